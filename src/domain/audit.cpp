#include "domain/audit.hpp"

#include <sodium.h>

#include <array>

namespace mitra {
namespace {

void feed(crypto_generichash_state& st, const std::string& s) {
  const std::uint64_t n = s.size();
  std::array<unsigned char, 8> len{};
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
  crypto_generichash_update(&st, len.data(), len.size());
  crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

}  // namespace

std::string audit_hash(const AuditEntry& e) {
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, 32);
  feed(st, e.prev_hash);
  feed(st, std::to_string(e.seq));
  for (const auto* f : {&e.at, &e.user_id, &e.organization_id, &e.action, &e.entity_type, &e.entity_id,
                        &e.request_id, &e.client_address, &e.details})
    feed(st, *f);
  std::array<unsigned char, 32> out{};
  crypto_generichash_final(&st, out.data(), out.size());
  std::array<char, 65> hex{};
  sodium_bin2hex(hex.data(), hex.size(), out.data(), out.size());
  return hex.data();
}

}  // namespace mitra
