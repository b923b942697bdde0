// The rules of the duplicate review queue (data ganda), free of I/O: how a pair is keyed, what a
// new dedup run does with a pair already in the queue, and what a reviewer may do to a pair.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/person.hpp"

namespace mitra {

// A pair of persons in one order whatever the order found: (smaller id, larger id).
std::pair<std::string, std::string> duplicate_pair_key(const std::string& x, const std::string& y);

// What a dedup run does with a pair it finds, given the status of that pair in the queue (none
// when new): insert it open, refresh the score of an open one, or leave it alone (merged, or
// decided "not the same person", or unmerged: never proposed again).
enum class QueueAction { insert, refresh, keep };
QueueAction queue_action(const std::optional<std::string>& existing_status);

// Whether a reviewer may merge / mark not-same a pair in this status; the message (Bahasa
// Indonesia) for a 409 when not.
std::optional<std::string> merge_refusal(std::string_view status);
std::optional<std::string> not_same_refusal(std::string_view status);

// How a field's agreement level (linkage/compare.hpp) reads to a reviewer: same | similar |
// partial | different. `field` is linkage::field_name().
std::string_view agreement_label(std::string_view field, int level);

// What a merge does to the surviving record: it keeps the survivor's identity and takes from the
// absorbed record what the survivor lacks — every empty field takes the absorbed one's value, an
// estimated birth date gives way to a recorded one, and documents and disabilities are united.
// Returns one entry per changed field with the survivor's value before ("birth_date_estimated":
// "0"/"1"; lists joined by ","), so that an unmerge can put each back.
struct FilledField {
  std::string field, before;
};
std::vector<FilledField> fill_from_absorbed(Person& survivor, const Person& absorbed);
// Puts back what fill_from_absorbed changed (an unmerge).
void restore_filled(Person& survivor, const std::vector<FilledField>& filled);

}  // namespace mitra
