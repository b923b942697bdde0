// Identifiers are UUID v7 (time-ordered), so records made offline or in another office merge
// without renumbering. Injected so tests can make predictable ids.
#pragma once
#include <string>

#include "domain/clock.hpp"

namespace mitra {

class IdGenerator {
 public:
  virtual ~IdGenerator() = default;
  virtual std::string next() = 0;
};

// RFC 9562 version 7: 48-bit Unix milliseconds, then random bits (libsodium's randombytes).
class UuidV7Generator final : public IdGenerator {
 public:
  explicit UuidV7Generator(const Clock& clock) : clock_(clock) {}
  std::string next() override;

 private:
  const Clock& clock_;
};

// True for the canonical lower-case 8-4-4-4-12 hex form.
bool is_uuid(const std::string& s);

}  // namespace mitra
