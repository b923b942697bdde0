#include "services/auth_service.hpp"

#include <gtest/gtest.h>

#include "services/auth_cache.hpp"
#include "services/directory_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

using namespace std::chrono_literals;
using testing::TestDatabase;

class AuthTest : public ::testing::Test {
 protected:
  TestDatabase t;
  LoginThrottle throttle{t.clock};
  SessionLimits limits;  // idle 2 h, absolute 12 h
  Origin origin{"req-1", "10.1.1.1"};
  Actor admin = testing::make_actor(t, "ani", Role::admin, "DINSOS-MKS", "rahasia-ani-123");
};

TEST_F(AuthTest, LoginGivesASessionThatAuthenticates) {
  auto r = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(r.ok()) << r.error().message;
  auto s = authenticate_session(t.context(), limits, r->session_token, origin);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->actor.user.username, "ani");
  EXPECT_EQ(s->csrf_token, r->csrf_token);
}

TEST_F(AuthTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  auto wrong = login(t.context(), throttle, limits, "ani", "salah-salah-123", origin);
  auto unknown = login(t.context(), throttle, limits, "siapa", "salah-salah-123", origin);
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::invalid_credentials);
  EXPECT_EQ(unknown.error().code, ErrorCode::invalid_credentials);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(AuthTest, SessionEndsAfterIdleTime) {
  auto r = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(r.ok());
  t.clock.advance(limits.idle - 1min);
  ASSERT_TRUE(authenticate_session(t.context(), limits, r->session_token, origin).ok());  // and is touched
  t.clock.advance(limits.idle - 1min);
  ASSERT_TRUE(authenticate_session(t.context(), limits, r->session_token, origin).ok()) << "activity extends it";
  t.clock.advance(limits.idle + 1s);
  auto s = authenticate_session(t.context(), limits, r->session_token, origin);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::unauthenticated);
}

TEST_F(AuthTest, SessionEndsAtAbsoluteExpiryEvenWhenActive) {
  auto r = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(r.ok());
  for (int i = 0; i < 13; ++i) {
    t.clock.advance(1h);
    (void)authenticate_session(t.context(), limits, r->session_token, origin);
  }
  EXPECT_FALSE(authenticate_session(t.context(), limits, r->session_token, origin).ok());
}

TEST_F(AuthTest, LogoutEndsTheSession) {
  auto r = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(r.ok());
  auto s = authenticate_session(t.context(), limits, r->session_token, origin);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(logout(t.context(), s->actor, s->token_hash).ok());
  EXPECT_FALSE(authenticate_session(t.context(), limits, r->session_token, origin).ok());
}

TEST_F(AuthTest, DeactivatedUserCannotLogInAndLosesSessions) {
  auto r = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(r.ok());
  Actor other = testing::make_actor(t, "budi", Role::admin, "DINSOS-MKS");
  UserInput in;
  in.active = false;
  ASSERT_TRUE(update_user(t.context(), other, admin.user.id, in).ok());
  EXPECT_FALSE(authenticate_session(t.context(), limits, r->session_token, origin).ok());
  auto again = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::invalid_credentials);
}

TEST_F(AuthTest, ThrottledLoginRefusesEvenTheRightPassword) {
  for (int i = 0; i < 5; ++i) (void)login(t.context(), throttle, limits, "ani", "salah-salah-123", origin);
  auto r = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::too_many_attempts);
  EXPECT_GT(r.error().retry_after_seconds, 0);
}

TEST_F(AuthTest, PasswordChangeChecksTheCurrentOneAndEndsOtherSessions) {
  auto first = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  auto second = login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(first.ok() && second.ok());
  auto s = authenticate_session(t.context(), limits, second->session_token, origin);
  ASSERT_TRUE(s.ok());
  auto wrong = change_password(t.context(), s->actor, "bukan-ini-123", "baru-sekali-456", s->token_hash);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().field, "current_password");
  auto weak = change_password(t.context(), s->actor, "rahasia-ani-123", "pendek", s->token_hash);
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().field, "new_password");
  ASSERT_TRUE(change_password(t.context(), s->actor, "rahasia-ani-123", "baru-sekali-456", s->token_hash).ok());
  EXPECT_FALSE(authenticate_session(t.context(), limits, first->session_token, origin).ok());
  EXPECT_TRUE(authenticate_session(t.context(), limits, second->session_token, origin).ok());
  EXPECT_FALSE(login(t.context(), throttle, limits, "ani", "rahasia-ani-123", origin).ok());
  EXPECT_TRUE(login(t.context(), throttle, limits, "ani", "baru-sekali-456", origin).ok());
}

TEST_F(AuthTest, ApiTokensAuthenticateUntilExpiry) {
  auto token = create_api_token(t.context(), "ani", "laporan", 1);
  ASSERT_TRUE(token.ok());
  EXPECT_TRUE(authenticate_bearer(t.context(), token.value(), origin).ok());
  EXPECT_FALSE(authenticate_bearer(t.context(), token.value() + "x", origin).ok());
  t.clock.advance(25h);
  EXPECT_FALSE(authenticate_bearer(t.context(), token.value(), origin).ok());
}

TEST_F(AuthTest, CachedSessionsEndAtOnceWhenTheUserIsDeactivated) {
  AuthCache cache;
  Context ctx = t.context();
  ctx.auth_cache = &cache;
  auto r = login(ctx, throttle, limits, "ani", "rahasia-ani-123", origin);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(authenticate_session(ctx, limits, r->session_token, origin).ok());  // now cached
  Actor other = testing::make_actor(t, "budi", Role::admin, "DINSOS-MKS");
  UserInput in;
  in.active = false;
  ASSERT_TRUE(update_user(ctx, other, admin.user.id, in).ok());
  EXPECT_FALSE(authenticate_session(ctx, limits, r->session_token, origin).ok());
}

TEST_F(AuthTest, CachedSessionStillEndsOnLogout) {
  AuthCache cache;
  Context ctx = t.context();
  ctx.auth_cache = &cache;
  auto r = login(ctx, throttle, limits, "ani", "rahasia-ani-123", origin);
  auto s = authenticate_session(ctx, limits, r->session_token, origin);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(logout(ctx, s->actor, s->token_hash).ok());
  EXPECT_FALSE(authenticate_session(ctx, limits, r->session_token, origin).ok());
}

}  // namespace
}  // namespace mitra::services
