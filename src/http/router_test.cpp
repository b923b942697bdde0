#include "http/router.hpp"

#include <gtest/gtest.h>

namespace mitra::http {
namespace {

using R = Router<int>;

R make() {
  R r;
  r.add("GET", "/api/v1/users", 1);
  r.add("POST", "/api/v1/users", 2);
  r.add("GET", "/api/v1/users/{id}", 3);
  r.add("PATCH", "/api/v1/users/{id}", 4);
  r.add("GET", "/api/v1/regions/{code}", 5);
  return r;
}

TEST(Router, MatchesLiteralRoutesByMethod) {
  auto r = make();
  auto m = r.match("POST", "/api/v1/users");
  ASSERT_EQ(m.kind, R::Match::Kind::found);
  EXPECT_EQ(*m.handler, 2);
  EXPECT_EQ(m.pattern, "/api/v1/users");
}

TEST(Router, ExtractsPathParameters) {
  auto r = make();
  auto m = r.match("PATCH", "/api/v1/users/0190-abc");
  ASSERT_EQ(m.kind, R::Match::Kind::found);
  EXPECT_EQ(*m.handler, 4);
  EXPECT_EQ(m.params.at("id"), "0190-abc");
  EXPECT_EQ(m.pattern, "/api/v1/users/{id}");
}

TEST(Router, UnknownPathIsNotFound) {
  auto r = make();
  EXPECT_EQ(r.match("GET", "/api/v1/nothing").kind, R::Match::Kind::not_found);
  EXPECT_EQ(r.match("GET", "/api/v1/users/1/extra").kind, R::Match::Kind::not_found);
}

TEST(Router, WrongMethodListsAllowedOnes) {
  auto r = make();
  auto m = r.match("DELETE", "/api/v1/users");
  ASSERT_EQ(m.kind, R::Match::Kind::method_not_allowed);
  EXPECT_EQ(m.allow, "GET, POST");
}

TEST(Router, HeadIsAnsweredByGet) {
  auto r = make();
  auto m = r.match("HEAD", "/api/v1/regions/73.71");
  ASSERT_EQ(m.kind, R::Match::Kind::found);
  EXPECT_EQ(*m.handler, 5);
}

TEST(Router, TrailingSlashIsIgnored) {
  auto r = make();
  EXPECT_EQ(r.match("GET", "/api/v1/users/").kind, R::Match::Kind::found);
}

}  // namespace
}  // namespace mitra::http
