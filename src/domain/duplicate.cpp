#include "domain/duplicate.hpp"

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

}  // namespace mitra
