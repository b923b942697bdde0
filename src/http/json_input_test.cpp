#include "http/json_input.hpp"

#include <gtest/gtest.h>

namespace mitra::http {
namespace {

TEST(ParseObject, RejectsSyntaxErrorsInvalidUtf8AndNonObjects) {
  EXPECT_EQ(parse_object("{bad").error().code, ErrorCode::invalid_json);
  EXPECT_EQ(parse_object("{\"name\":\"\xff\xfe\"}").error().code, ErrorCode::invalid_json);
  EXPECT_EQ(parse_object("[1,2]").error().code, ErrorCode::invalid_input);
  EXPECT_EQ(parse_object("").error().code, ErrorCode::invalid_json);
  EXPECT_TRUE(parse_object("{\"name\":\"Ani\"}").ok());
}

TEST(Fields, NamesTheFirstFieldAtFault) {
  auto o = parse_object(R"({"username": 5, "display_name": true})").value();
  Fields f(o);
  EXPECT_FALSE(f.text("username", true).has_value());
  EXPECT_FALSE(f.text("display_name").has_value());
  ASSERT_TRUE(f.error().has_value());
  EXPECT_EQ(f.error()->field, "username");
  EXPECT_EQ(f.error()->code, ErrorCode::invalid_input);
}

TEST(Fields, RequiredMissingOrEmptyIsAnError) {
  auto o = parse_object(R"({"name": ""})").value();
  Fields f(o);
  f.text("name", true);
  ASSERT_TRUE(f.error().has_value());
  EXPECT_EQ(f.error()->field, "name");
  Fields g(o);
  g.text("code", true);
  EXPECT_EQ(g.error()->field, "code");
}

TEST(Fields, ReadsBooleansListsAndNullables) {
  auto o = parse_object(R"({"active": false, "roles": ["admin", "auditor"], "parent_id": null})").value();
  Fields f(o);
  EXPECT_EQ(f.boolean("active"), std::optional<bool>(false));
  EXPECT_EQ(f.texts("roles")->size(), 2u);
  auto parent = f.nullable_text("parent_id");
  ASSERT_TRUE(parent.has_value());
  EXPECT_FALSE(parent->has_value());
  EXPECT_FALSE(f.nullable_text("absent").has_value());
  EXPECT_FALSE(f.error().has_value());
}

TEST(Fields, TooLongTextIsRefused) {
  auto o = parse_object(R"({"code": "ABCDEFGHIJ"})").value();
  Fields f(o);
  f.text("code", false, 5);
  EXPECT_EQ(f.error()->field, "code");
}

TEST(Query, DecodesParametersAndPaging) {
  auto q = parse_query("/api/v1/organizations?q=rumah%20singgah&limit=2&cursor=LSM-FPS");
  EXPECT_EQ(query_value(q, "q"), "rumah singgah");
  auto p = parse_page(q);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->limit, 2);
  EXPECT_EQ(p->cursor, "LSM-FPS");
}

TEST(Query, LimitMustBeASmallWholeNumber) {
  for (const char* bad : {"abc", "0", "201", "100000", "-1", "5x"}) {
    auto p = parse_page(parse_query(std::string("/x?limit=") + bad));
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().field, "limit");
  }
  EXPECT_EQ(parse_page(parse_query("/x")).value().limit, 50);
}

}  // namespace
}  // namespace mitra::http
