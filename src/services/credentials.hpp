// Passwords (argon2id) and random tokens (stored only as BLAKE2b hashes), via libsodium.
#pragma once
#include <string>
#include <string_view>

namespace mitra::services {

// Must be called once before any other function here (sodium_init); false if libsodium failed.
bool init_crypto();

std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);

// `bytes` random bytes, URL-safe base64 without padding.
std::string random_token(std::size_t bytes = 32);
// Hex BLAKE2b-256 of a token, the only form in which tokens are stored.
std::string hash_token(const std::string& token);
// Hex SHA-256 of file contents (photos, documents), as recorded and checked on read.
std::string sha256_hex(std::string_view bytes);

}  // namespace mitra::services
