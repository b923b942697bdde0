#include "domain/assistance_request.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace mitra {
namespace {

struct StatusName {
  RequestStatus status;
  std::string_view code, label;
};
constexpr std::array<StatusName, 5> kStatuses{{{RequestStatus::submitted, "submitted", "Diajukan"},
                                               {RequestStatus::under_review, "under_review", "Ditinjau"},
                                               {RequestStatus::approved, "approved", "Disetujui"},
                                               {RequestStatus::rejected, "rejected", "Ditolak"},
                                               {RequestStatus::delivered, "delivered", "Selesai"}}};

constexpr int kMaxQuantity = 1000000;

std::string item_field(std::size_t i, const char* key) { return "items[" + std::to_string(i) + "]." + key; }

}  // namespace

std::string_view to_string(RequestStatus s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n.code;
  return "submitted";
}

std::optional<RequestStatus> parse_request_status(std::string_view s) {
  for (const auto& n : kStatuses)
    if (n.code == s) return n.status;
  return std::nullopt;
}

std::string_view status_label(RequestStatus s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n.label;
  return "";
}

Status check_items(const std::vector<RequestItem>& items) {
  if (items.empty()) return invalid_input("items", "Isi sedikitnya satu barang atau bantuan yang dimohon.");
  if (items.size() > static_cast<std::size_t>(kMaxRequestItems))
    return invalid_input("items", "Paling banyak " + std::to_string(kMaxRequestItems) + " baris barang per permohonan.");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const std::string n = std::to_string(i + 1);
    if (it.description.empty())
      return invalid_input(item_field(i, "description"), "Isi uraian barang baris " + n + ".");
    if (it.quantity < 1 || it.quantity > kMaxQuantity)
      return invalid_input(item_field(i, "quantity"), "Jumlah barang baris " + n + " harus 1 sampai 1.000.000.");
    if (it.unit.empty()) return invalid_input(item_field(i, "unit"), "Isi satuan barang baris " + n + " (mis. porsi, paket).");
    if (it.estimated_value < 0)
      return invalid_input(item_field(i, "estimated_value"), "Perkiraan nilai baris " + n + " tidak boleh negatif.");
  }
  return ok_status();
}

Status check_transition(RequestStatus from, RequestStatus to) {
  bool ok = false;
  switch (to) {
    case RequestStatus::under_review:
      ok = from == RequestStatus::submitted;
      break;
    case RequestStatus::approved:
    case RequestStatus::rejected:
      ok = awaits_decision(from);
      break;
    case RequestStatus::delivered:
      ok = from == RequestStatus::approved;
      break;
    case RequestStatus::submitted:
      ok = false;
      break;
  }
  if (ok) return ok_status();
  return conflict("status", "Permohonan berstatus " + std::string(status_label(from)) +
                                " tidak dapat diubah menjadi " + std::string(status_label(to)) + ".");
}

bool awaits_decision(RequestStatus s) { return s == RequestStatus::submitted || s == RequestStatus::under_review; }

Result<bool> check_approval(const std::vector<RequestItem>& items, const std::vector<int>& approved) {
  if (approved.size() != items.size())
    return invalid_input("items", "Isi jumlah yang disetujui untuk setiap baris (" + std::to_string(items.size()) +
                                      " baris).");
  bool full = true, any = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (approved[i] < 0 || approved[i] > items[i].quantity)
      return invalid_input(item_field(i, "approved_quantity"), "Jumlah disetujui baris " + std::to_string(i + 1) +
                                                                  " harus 0 sampai " +
                                                                  std::to_string(items[i].quantity) + ".");
    full = full && approved[i] == items[i].quantity;
    any = any || approved[i] > 0;
  }
  if (!any)
    return invalid_input("items", "Tidak ada barang yang disetujui; gunakan Tolak dengan alasan bila permohonan ditolak.");
  return full;
}

Day reply_due(const WorkingCalendar& calendar, Day received, int service_level_days) {
  return calendar.add_working_days(received, service_level_days);
}

bool is_overdue(RequestStatus s, Day due, Day today) { return awaits_decision(s) && today > due; }

std::optional<double> median(std::vector<int> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  if (n % 2 == 1) return values[n / 2];
  return (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::optional<double> percentile(std::vector<int> values, int p) {
  if (values.empty() || p <= 0 || p > 100) return std::nullopt;
  std::sort(values.begin(), values.end());
  // Rank ceil(p/100 * n), computed in integers so that 90% of 10 is exactly rank 9.
  const std::size_t n = values.size();
  const std::size_t rank = std::max<std::size_t>(1, (static_cast<std::size_t>(p) * n + 99) / 100);
  return values[rank - 1];
}

ResponseFigures response_figures(const std::vector<ResponseSample>& samples, const WorkingCalendar& calendar) {
  ResponseFigures f;
  std::vector<int> days;
  int late = 0, after_activity = 0;
  for (const auto& s : samples) {
    ++f.count;
    if (s.decided) {
      ++f.decided;
      days.push_back(calendar.working_days_between(s.received, *s.decided));
      if (*s.decided > s.due) ++late;
    }
    if (s.delivered && s.activity) {
      ++f.delivered;
      if (*s.delivered > *s.activity) ++after_activity;
    }
  }
  f.median_days = median(days);
  f.p90_days = percentile(days, 90);
  if (f.decided > 0) f.late_share = static_cast<double>(late) / f.decided;
  if (f.delivered > 0) f.delivered_after_activity_share = static_cast<double>(after_activity) / f.delivered;
  return f;
}

}  // namespace mitra
