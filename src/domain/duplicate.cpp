#include "domain/duplicate.hpp"

#include "domain/text_list.hpp"

#include <algorithm>

namespace mitra {

std::pair<std::string, std::string> duplicate_pair_key(const std::string& x, const std::string& y) {
  return x < y ? std::pair{x, y} : std::pair{y, x};
}

QueueAction queue_action(const std::optional<std::string>& existing_status) {
  if (!existing_status) return QueueAction::insert;
  if (*existing_status == "open") return QueueAction::refresh;
  return QueueAction::keep;
}

std::optional<std::string> merge_refusal(std::string_view status) {
  if (status == "open") return std::nullopt;
  if (status == "merged") return "Pasangan ini sudah digabungkan.";
  if (status == "not_same") return "Pasangan ini sudah dinyatakan bukan orang yang sama.";
  return "Pasangan ini sudah dipisahkan dan tidak digabungkan lagi.";
}

std::optional<std::string> not_same_refusal(std::string_view status) {
  if (status == "open") return std::nullopt;
  if (status == "merged") return "Pasangan ini sudah digabungkan; pisahkan dulu bila keliru.";
  if (status == "not_same") return "Pasangan ini sudah dinyatakan bukan orang yang sama.";
  return "Pasangan ini sudah dipisahkan.";
}

std::string_view agreement_label(std::string_view field, int level) {
  if (level == 0) return "same";
  if (field == "sex" || field == "id") return level == 1 && field == "id" ? "similar" : "different";
  if (field == "name") return level == 1 ? "similar" : level <= 3 ? "partial" : "different";
  if (field == "birth") return level <= 2 ? "similar" : level <= 4 ? "partial" : "different";
  if (field == "mother") return level == 1 ? "similar" : "different";
  if (field == "region" || field == "address") return level == 1 ? "similar" : level == 2 ? "partial" : "different";
  return level == 1 ? "similar" : level == 2 ? "partial" : "different";
}

namespace {

// The scalar identity fields a merge may fill (not the name, sex or holder: those are the
// survivor's by the reviewer's choice).
constexpr std::pair<const char*, std::string Person::*> kFillable[] = {
    {"other_names", &Person::other_names},       {"birth_place", &Person::birth_place},
    {"nik", &Person::nik},                       {"kk_number", &Person::kk_number},
    {"mother_name", &Person::mother_name},       {"father_name", &Person::father_name},
    {"phone", &Person::phone},                   {"domicile_region", &Person::domicile_region},
    {"domicile_address", &Person::domicile_address}, {"origin_region", &Person::origin_region},
    {"origin_address", &Person::origin_address}, {"education_level", &Person::education_level},
    {"school_status", &Person::school_status},   {"religion", &Person::religion},
};
constexpr std::pair<const char*, std::vector<std::string> Person::*> kUnited[] = {
    {"documents", &Person::documents},
    {"disabilities", &Person::disabilities},
};

}  // namespace

std::vector<FilledField> fill_from_absorbed(Person& survivor, const Person& absorbed) {
  std::vector<FilledField> filled;
  for (const auto& [field, member] : kFillable)
    if ((survivor.*member).empty() && !(absorbed.*member).empty()) {
      filled.push_back({field, ""});
      survivor.*member = absorbed.*member;
    }
  const bool survivor_date_weak = survivor.birth_date.empty() || survivor.birth_date_estimated;
  if (survivor_date_weak && !absorbed.birth_date.empty() &&
      (survivor.birth_date.empty() || !absorbed.birth_date_estimated)) {
    filled.push_back({"birth_date", survivor.birth_date});
    filled.push_back({"birth_date_estimated", survivor.birth_date_estimated ? "1" : "0"});
    survivor.birth_date = absorbed.birth_date;
    survivor.birth_date_estimated = absorbed.birth_date_estimated;
  }
  for (const auto& [field, member] : kUnited) {
    auto& list = survivor.*member;
    const auto before = join_list(list);
    for (const auto& item : absorbed.*member)
      if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    if (join_list(list) != before) filled.push_back({field, before});
  }
  return filled;
}

void restore_filled(Person& survivor, const std::vector<FilledField>& filled) {
  for (const auto& f : filled) {
    for (const auto& [field, member] : kFillable)
      if (f.field == field) survivor.*member = f.before;
    for (const auto& [field, member] : kUnited)
      if (f.field == field) survivor.*member = split_list(f.before);
    if (f.field == "birth_date") survivor.birth_date = f.before;
    if (f.field == "birth_date_estimated") survivor.birth_date_estimated = f.before == "1";
  }
}

}  // namespace mitra
