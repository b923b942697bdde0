#include "services/notification_service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "domain/region_time.hpp"
#include "services/audit_service.hpp"
#include "store/notification_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

constexpr std::size_t kMaxKeyBytes = 200;
constexpr std::size_t kMaxKeys = 500;

bool may_have_notifications(const Actor& a) { return a.user.active; }

int urgency(Severity s) { return s == Severity::danger ? 0 : s == Severity::warning ? 1 : 2; }

NotificationSummary summarise(const std::vector<NotificationItem>& items) {
  NotificationSummary s;
  s.total = static_cast<long long>(items.size());
  s.unread = std::count_if(items.begin(), items.end(), [](const NotificationItem& i) { return !i.read; });
  return s;
}

}  // namespace

std::vector<NotificationItem> notification_items(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                      bool include_dismissed) {
  const auto now = ctx.clock.now();
  const NotificationRequest request{unit, ctx, actor, format_time(now),
                                    local_date(now, utc_offset_hours(actor.organization.region_code))};
  std::vector<NotificationItem> items;
  for (const auto& p : notification_providers()) {
    auto more = p.provide(request);
    items.insert(items.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  const auto states = store::notification_states(unit, actor.user.id);
  std::vector<NotificationItem> out;
  for (auto& item : items) {
    auto it = states.find(item.key);
    if (it != states.end()) {
      if (!it->second.dismissed_at.empty() && !include_dismissed) continue;
      item.read = !it->second.read_at.empty();
    }
    out.push_back(std::move(item));
  }
  // Most urgent first, then the earliest due, then by key so pages are stable.
  std::sort(out.begin(), out.end(), [](const NotificationItem& a, const NotificationItem& b) {
    if (urgency(a.severity) != urgency(b.severity)) return urgency(a.severity) < urgency(b.severity);
    if (a.due != b.due) return a.due < b.due;
    return a.key < b.key;
  });
  return out;
}

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::danger:
      return "danger";
  }
  return "info";
}

Result<NotificationPage> list_notifications(const Context& ctx, const Actor& actor, bool include_dismissed,
                                            const store::Page& page) {
  if (!may_have_notifications(actor)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto items = notification_items(unit, ctx, actor, include_dismissed);
  NotificationPage out;
  out.unread = summarise(items).unread;
  auto start = items.begin();
  if (!page.cursor.empty()) {
    auto at = std::find_if(items.begin(), items.end(), [&](const NotificationItem& i) { return i.key == page.cursor; });
    if (at != items.end()) start = at + 1;
  }
  for (auto it = start; it != items.end(); ++it) {
    if (static_cast<int>(out.items.size()) == page.limit) {
      out.next_cursor = out.items.back().key;
      break;
    }
    out.items.push_back(*it);
  }
  return out;
}

Result<NotificationSummary> notification_summary(const Context& ctx, const Actor& actor) {
  if (!may_have_notifications(actor)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  return summarise(notification_items(unit, ctx, actor, false));
}

Result<NotificationSummary> mark_notifications(const Context& ctx, const Actor& actor,
                                               const std::vector<std::string>& keys, bool all, bool dismiss) {
  if (!may_have_notifications(actor)) return forbidden();
  if (!all && keys.empty()) return invalid_input("keys", "Pilih notifikasi yang ditandai (keys) atau semua (all).");
  if (keys.size() > kMaxKeys) return invalid_input("keys", "Paling banyak 500 notifikasi sekaligus.");
  for (const auto& k : keys)
    if (k.empty() || k.size() > kMaxKeyBytes) return invalid_input("keys", "Kunci notifikasi tidak sah.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  std::vector<std::string> marked = keys;
  if (all)
    for (const auto& item : notification_items(unit, ctx, actor, false)) marked.push_back(item.key);
  const std::string now = format_time(ctx.clock.now());
  for (const auto& k : marked) store::mark_notification(unit, actor.user.id, k, now, dismiss);
  write_audit(unit, ctx, actor,
              {dismiss ? "notification.dismiss" : "notification.read", "user", actor.user.id,
               boost::json::serialize(boost::json::object{{"items", marked.size()}, {"all", all}})});
  auto summary = summarise(notification_items(unit, ctx, actor, false));
  unit.commit();
  return summary;
}

}  // namespace mitra::services
