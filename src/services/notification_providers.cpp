// The notification centre's providers: one line per module. See notification_service.hpp.
// Modules whose reminders are service functions of their own (agreements, LPJ) are adapted here.
#include "services/agreement_service.hpp"
#include "services/assistance_request_service.hpp"
#include "services/budget_service.hpp"
#include "services/meeting_service.hpp"
#include "services/notification_service.hpp"
#include "services/referral_service.hpp"

namespace mitra::services {
namespace {

// Agreements ending within 60 days (a reminder at 60 and another at 30 days left).
std::vector<NotificationItem> agreement_notifications(const NotificationRequest& request) {
  std::vector<NotificationItem> out;
  auto due = agreements_due_for_reminder(request.ctx, request.actor, request.today);
  if (!due) return out;  // roles without partnership access
  for (const auto& a : *due) {
    NotificationItem item;
    item.key = "agreement:" + a.agreement_id + ":" + std::to_string(a.reminder);
    item.kind = a.reminder == 30 ? "agreement_expiring_30" : "agreement_expiring_60";
    item.title = "Perjanjian berakhir dalam " + std::to_string(a.days_left) + " hari";
    item.detail = a.number + " · " + a.title;
    item.due = a.end_date;
    item.link = "/kemitraan/" + a.partnership_id;
    item.severity = a.reminder == 30 ? Severity::danger : Severity::warning;
    out.push_back(std::move(item));
  }
  return out;
}

// Accountability reports (LPJ) past their due date and not submitted.
std::vector<NotificationItem> lpj_notifications(const NotificationRequest& request) {
  std::vector<NotificationItem> out;
  auto overdue = overdue_lpj(request.ctx, request.actor, request.today);
  if (!overdue) return out;
  for (const auto& l : *overdue) {
    NotificationItem item;
    item.key = "lpj:" + l.record.id + ":overdue";
    item.kind = "lpj_overdue";
    item.title = "LPJ belum diserahkan";
    item.detail = l.record.title + " · " + l.partnership_title;
    item.due = l.record.due_date;
    item.link = "/kemitraan/" + l.record.partnership_id;
    item.severity = Severity::danger;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

const std::vector<ProviderEntry>& notification_providers() {
  static const std::vector<ProviderEntry> providers = {
      {"meetings", action_item_notifications},
      {"referrals", referral_notifications},
      {"agreements", agreement_notifications},
      {"lpj", lpj_notifications},
      {"assistance_requests", assistance_request_notifications},
  };
  return providers;
}

}  // namespace mitra::services
