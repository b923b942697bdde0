// The notification centre (pusat notifikasi): what is due for the signed-in user, computed on
// read by providers, one per module, each returning the items its module knows about; a user's
// read and dismissed marks are kept by item key, so the unread count drops once read.
//
// Adding a module's reminders is one line in notification_providers.cpp:
//   {"agreements", agreement_notifications},
// with the provider declared in that module's service header.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/database.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {

enum class Severity { info, warning, danger };  // hijau/kuning/merah in the web app
std::string_view to_string(Severity s);

struct NotificationItem {
  // Unique and stable while the item means the same thing; a new key (e.g. ":overdue") makes a
  // read item unread again when it turns more urgent.
  std::string key;
  std::string kind;    // e.g. action_item_due, action_item_overdue, referral_waiting, referral_overdue
  std::string title;   // Bahasa Indonesia; the web app may translate by kind
  std::string detail;  // no personal data: organisation names, counts, dates
  std::string due;     // "YYYY-MM-DD" or ISO time; "" when none
  std::string link;    // web path, e.g. /rapat/<id>
  Severity severity = Severity::info;
  bool read = false;  // filled by the centre
};

// What a provider is asked: for whom, and what time it is (now ISO UTC; today in the user's
// organisation's region). Providers read through `unit` and never write.
struct NotificationRequest {
  store::UnitOfWork& unit;
  const Context& ctx;
  const Actor& actor;
  std::string now;
  std::string today;
};
using NotificationProvider = std::vector<NotificationItem> (*)(const NotificationRequest&);

struct ProviderEntry {
  const char* name;
  NotificationProvider provide;
};
// Every registered provider (notification_providers.cpp).
const std::vector<ProviderEntry>& notification_providers();

// Every provider's items for the user, with their read marks, most urgent first; dismissed ones
// only when asked. Within the caller's unit of work; no permission check (the caller's job).
std::vector<NotificationItem> notification_items(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                                 bool include_dismissed);

struct NotificationPage {
  std::vector<NotificationItem> items;  // most urgent first
  std::string next_cursor;
  long long unread = 0;
};
// The user's items, without dismissed ones unless asked; `page.cursor` is the last key seen.
Result<NotificationPage> list_notifications(const Context& ctx, const Actor& actor, bool include_dismissed,
                                            const store::Page& page);

struct NotificationSummary {
  long long unread = 0, total = 0;  // not dismissed
};
Result<NotificationSummary> notification_summary(const Context& ctx, const Actor& actor);
// Marks the given keys (or, with all, every current item) read, and also dismissed when asked.
// Errors: invalid_input (field keys) when none is given or a key is too long.
Result<NotificationSummary> mark_notifications(const Context& ctx, const Actor& actor,
                                               const std::vector<std::string>& keys, bool all, bool dismiss);

}  // namespace mitra::services
