#include "http/api.hpp"

#include <gtest/gtest.h>

#include "testing/fixture.hpp"

namespace mitra::http {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  Response call(beast_http::verb method, const std::string& target, const std::string& body = "",
                const std::map<std::string, std::string>& headers = {}) {
    Request req{method, target, 11};
    for (const auto& [k, v] : headers) req.set(k, v);
    if (!body.empty()) {
      req.set(beast_http::field::content_type, "application/json");
      req.body() = body;
      req.prepare_payload();
    }
    return api.handle(std::move(req), "127.0.0.1");
  }
  boost::json::value json(const Response& r) { return boost::json::parse(r.body()); }

  testing::TestDatabase t;
  services::Actor admin = testing::make_actor(t, "ani", Role::admin, "DINSOS-MKS", "rahasia-ani-123");
  Api api{t.context(), ""};
};

TEST_F(ApiTest, HealthNeedsNoLoginAndCarriesSecurityHeaders) {
  auto r = call(beast_http::verb::get, "/api/v1/health");
  EXPECT_EQ(r.result(), Status::ok);
  EXPECT_EQ(json(r).at("status"), "ok");
  EXPECT_FALSE(r["X-Request-Id"].empty());
  EXPECT_EQ(r["X-Content-Type-Options"], "nosniff");
  EXPECT_NE(r["Content-Security-Policy"].find("frame-ancestors 'none'"), std::string::npos);
}

TEST_F(ApiTest, UnknownRouteIsJson404AndWrongMethodIs405WithAllow) {
  auto r = call(beast_http::verb::get, "/api/v1/nothing");
  EXPECT_EQ(r.result(), Status::not_found);
  EXPECT_EQ(json(r).at("error").at("code"), "not_found");
  auto m = call(beast_http::verb::delete_, "/api/v1/organizations");
  EXPECT_EQ(m.result(), Status::method_not_allowed);
  EXPECT_EQ(m["Allow"], "GET, POST");
}

TEST_F(ApiTest, ProtectedRoutesNeedAuthentication) {
  auto r = call(beast_http::verb::get, "/api/v1/organizations");
  EXPECT_EQ(r.result(), Status::unauthorized);
  EXPECT_EQ(json(r).at("error").at("code"), "unauthenticated");
}

TEST_F(ApiTest, CookieWritesNeedTheCsrfToken) {
  auto login = call(beast_http::verb::post, "/api/v1/session", R"({"username":"ani","password":"rahasia-ani-123"})");
  ASSERT_EQ(login.result(), Status::ok);
  const std::string set_cookie(login[beast_http::field::set_cookie]);
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos);
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string csrf(json(login).at("csrf_token").as_string());
  const std::string body = R"({"code":"LKS-BARU","name":"LKS Baru","type":"lks","region_code":"73.71"})";

  auto refused = call(beast_http::verb::post, "/api/v1/organizations", body, {{"Cookie", cookie}});
  EXPECT_EQ(refused.result(), Status::forbidden);
  EXPECT_EQ(json(refused).at("error").at("code"), "csrf_failed");
  auto wrong = call(beast_http::verb::post, "/api/v1/organizations", body, {{"Cookie", cookie}, {"X-CSRF-Token", "x"}});
  EXPECT_EQ(wrong.result(), Status::forbidden);
  auto ok = call(beast_http::verb::post, "/api/v1/organizations", body, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(ok.result(), Status::created) << ok.body();
  auto reads = call(beast_http::verb::get, "/api/v1/organizations?q=baru", "", {{"Cookie", cookie}});
  EXPECT_EQ(json(reads).at("items").as_array().size(), 1u);
}

TEST_F(ApiTest, BadBodiesAre4xxNever5xx) {
  auto login = call(beast_http::verb::post, "/api/v1/session", "{oops");
  EXPECT_EQ(login.result(), Status::bad_request);
  EXPECT_EQ(json(login).at("error").at("code"), "invalid_json");
  auto types = call(beast_http::verb::post, "/api/v1/session", R"({"username":5,"password":"x"})");
  EXPECT_EQ(types.result(), Status::bad_request);
  EXPECT_EQ(json(types).at("error").at("field"), "username");
  Request plain{beast_http::verb::post, "/api/v1/session", 11};
  plain.set(beast_http::field::content_type, "text/plain");
  plain.body() = "username=ani";
  plain.prepare_payload();
  EXPECT_EQ(api.handle(std::move(plain), "127.0.0.1").result(), Status::unsupported_media_type);
}

TEST_F(ApiTest, MetricsCountRequestsByRoute) {
  call(beast_http::verb::get, "/api/v1/health");
  auto m = call(beast_http::verb::get, "/metrics");
  EXPECT_NE(m.body().find("mitra_http_requests_total{method=\"GET\",route=\"/api/v1/health\",status=\"200\"} 1"),
            std::string::npos)
      << m.body();
  EXPECT_NE(m.body().find("mitra_db_pool_size 2"), std::string::npos);
}

}  // namespace
}  // namespace mitra::http
