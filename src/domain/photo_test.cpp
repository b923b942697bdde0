#include "domain/photo.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

using namespace std::string_literals;

TEST(Photo, TypeComesFromTheFirstBytes) {
  EXPECT_EQ(image_type("\xFF\xD8\xFF\xE0rest"s), "image/jpeg");
  EXPECT_EQ(image_type("\x89PNG\r\n\x1A\n...."s), "image/png");
  EXPECT_EQ(image_type("RIFF\x10\0\0\0WEBPVP8 "s), "image/webp");
  EXPECT_FALSE(image_type("GIF89a......"s));
  EXPECT_FALSE(image_type("%PDF-1.7"s));
  EXPECT_FALSE(image_type("<svg xmlns="s));
  EXPECT_FALSE(image_type("\xFF\xD8"s)) << "too short";
  EXPECT_FALSE(image_type("RIFF\x10\0\0\0WAVE"s));
}

}  // namespace
}  // namespace mitra
