#include "services/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace mitra::services {
namespace {

using namespace std::chrono_literals;

TEST(RateLimiter, AllowsTheLimitThenNamesTheWaitUntilTheOldestLeavesTheWindow) {
  FakeClock clock(TimePoint{} + 1000h);
  RateLimiter limiter(clock);
  const RateLimiter::Limit limit{5, 600s};
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(limiter.acquire("a:10.0.0.1", limit), 0) << i;
    clock.advance(60s);
  }
  // Five events at 0, 60, ..., 240 s; now is 300 s: the first leaves the window at 600 s.
  EXPECT_EQ(limiter.acquire("a:10.0.0.1", limit), 300);
  clock.advance(299s);
  EXPECT_EQ(limiter.acquire("a:10.0.0.1", limit), 1);
  clock.advance(1s);
  EXPECT_EQ(limiter.acquire("a:10.0.0.1", limit), 0) << "one slot is free again";
  EXPECT_EQ(limiter.acquire("a:10.0.0.1", limit), 60) << "the next frees when the second event ages out";
}

TEST(RateLimiter, RefusedAttemptsDoNotExtendTheWait) {
  FakeClock clock(TimePoint{} + 1000h);
  RateLimiter limiter(clock);
  const RateLimiter::Limit limit{2, 60s};
  EXPECT_EQ(limiter.acquire("k", limit), 0);
  EXPECT_EQ(limiter.acquire("k", limit), 0);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(limiter.acquire("k", limit), 60);
  clock.advance(60s);
  EXPECT_EQ(limiter.acquire("k", limit), 0);
}

TEST(RateLimiter, KeysAreCountedSeparately) {
  FakeClock clock(TimePoint{} + 1000h);
  RateLimiter limiter(clock);
  const RateLimiter::Limit limit{1, 600s};
  EXPECT_EQ(limiter.acquire("complaint:10.0.0.1", limit), 0);
  EXPECT_GT(limiter.acquire("complaint:10.0.0.1", limit), 0);
  EXPECT_EQ(limiter.acquire("complaint:10.0.0.2", limit), 0);
  EXPECT_EQ(limiter.acquire("lookup:10.0.0.1", limit), 0);
}

}  // namespace
}  // namespace mitra::services
