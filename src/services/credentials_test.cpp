#include "services/credentials.hpp"

#include <gtest/gtest.h>

#include <set>

namespace mitra::services {
namespace {

TEST(Password, HashIsArgon2idAndVerifies) {
  ASSERT_TRUE(init_crypto());
  const auto hash = hash_password("kata-sandi-rahasia");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_TRUE(verify_password(hash, "kata-sandi-rahasia"));
  EXPECT_FALSE(verify_password(hash, "kata-sandi-rahasiA"));
  EXPECT_FALSE(verify_password(hash, ""));
}

TEST(Password, SamePasswordHashesDifferently) {
  ASSERT_TRUE(init_crypto());
  EXPECT_NE(hash_password("sama-saja-123"), hash_password("sama-saja-123"));
}

TEST(Token, RandomAndUrlSafe) {
  ASSERT_TRUE(init_crypto());
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    auto t = random_token();
    EXPECT_EQ(t.size(), 43u);
    EXPECT_EQ(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(Token, StoredHashIsStableHex) {
  ASSERT_TRUE(init_crypto());
  EXPECT_EQ(hash_token("abc"), hash_token("abc"));
  EXPECT_NE(hash_token("abc"), hash_token("abd"));
  EXPECT_EQ(hash_token("abc").size(), 64u);
}

}  // namespace
}  // namespace mitra::services
