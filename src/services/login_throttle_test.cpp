#include "services/login_throttle.hpp"

#include <gtest/gtest.h>

namespace mitra::services {
namespace {

using namespace std::chrono_literals;

TEST(LoginThrottle, FirstFailuresAreFreeThenDelaysGrow) {
  FakeClock clock(TimePoint{} + 1000h);
  LoginThrottle t(clock);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(t.wait_seconds("ani", "10.0.0.1"), 0);
    t.record_failure("ani", "10.0.0.1");
  }
  EXPECT_EQ(t.wait_seconds("ani", "10.0.0.1"), 0);
  t.record_failure("ani", "10.0.0.1");  // 5th
  const int first = t.wait_seconds("ani", "10.0.0.1");
  EXPECT_GT(first, 0);
  clock.advance(std::chrono::seconds(first));
  EXPECT_EQ(t.wait_seconds("ani", "10.0.0.1"), 0);
  t.record_failure("ani", "10.0.0.1");  // 6th
  EXPECT_GT(t.wait_seconds("ani", "10.0.0.1"), first);
}

TEST(LoginThrottle, OtherUsernamesFromOtherAddressesAreNotAffected) {
  FakeClock clock(TimePoint{} + 1000h);
  LoginThrottle t(clock);
  for (int i = 0; i < 6; ++i) t.record_failure("ani", "10.0.0.1");
  EXPECT_GT(t.wait_seconds("ani", "10.0.0.2"), 0);  // the username is throttled everywhere
  EXPECT_EQ(t.wait_seconds("budi", "10.0.0.2"), 0);
}

TEST(LoginThrottle, OneAddressTryingManyUsernamesIsThrottled) {
  FakeClock clock(TimePoint{} + 1000h);
  LoginThrottle t(clock);
  for (int i = 0; i < 20; ++i) t.record_failure("user" + std::to_string(i), "10.0.0.9");
  EXPECT_GT(t.wait_seconds("someone-new", "10.0.0.9"), 0);
}

TEST(LoginThrottle, SuccessClearsTheUsername) {
  FakeClock clock(TimePoint{} + 1000h);
  LoginThrottle t(clock);
  for (int i = 0; i < 5; ++i) t.record_failure("ani", "10.0.0.1");
  ASSERT_GT(t.wait_seconds("ani", "10.0.0.3"), 0);
  t.record_success("ani");
  EXPECT_EQ(t.wait_seconds("ani", "10.0.0.3"), 0);
}

TEST(LoginThrottle, DelayIsCapped) {
  FakeClock clock(TimePoint{} + 1000h);
  LoginThrottle t(clock);
  for (int i = 0; i < 40; ++i) t.record_failure("ani", "10.0.0.1");
  EXPECT_LE(t.wait_seconds("ani", "10.0.0.1"), 900);
}

}  // namespace
}  // namespace mitra::services
