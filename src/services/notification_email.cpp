#include "services/notification_email.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <exception>

#include "domain/clock.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "services/notification_service.hpp"
#include "store/notification_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

// One message listing the user's new items, in the user's language.
MailMessage digest(const Actor& actor, const std::string& to, const std::vector<NotificationItem>& items,
                   const MailerOptions& o) {
  const bool en = actor.user.language == "en";
  MailMessage m;
  m.from = o.from;
  m.to = to;
  m.subject = "mitra: " + std::to_string(items.size()) +
              (en ? (items.size() == 1 ? " item needs attention" : " items need attention") : " hal perlu perhatian");
  m.body = (en ? "Hello " : "Yth. ") + actor.user.display_name + ",\n\n" +
           (en ? "These items in mitra need your attention:\n\n" : "Hal berikut di mitra perlu perhatian Anda:\n\n");
  for (const auto& item : items) {
    m.body += "- " + item.title + "\n";
    if (!item.detail.empty()) m.body += "  " + item.detail + "\n";
    if (!item.due.empty()) m.body += std::string(en ? "  Due: " : "  Batas: ") + item.due.substr(0, 10) + "\n";
    if (!item.link.empty()) m.body += "  " + o.base_url + item.link + "\n";
    m.body += "\n";
  }
  m.body += en ? "All notifications: " : "Semua notifikasi: ";
  m.body += o.base_url + "/notifikasi\n\n";
  m.body += en ? "You receive this e-mail because you asked for it on your account page in mitra.\n"
               : "Anda menerima surel ini karena memintanya di halaman Akun di mitra.\n";
  return m;
}

}  // namespace

Result<EmailPreference> get_email_preference(const Context& ctx, const Actor& actor) {
  if (!actor.user.active) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto saved = store::find_user_email(unit, actor.user.id);
  if (!saved) return EmailPreference{};
  return EmailPreference{saved->address, saved->enabled};
}

Result<EmailPreference> set_email_preference(const Context& ctx, const Actor& actor, const EmailPreference& in) {
  if (!actor.user.active) return forbidden();
  if (!in.address.empty() && !is_email_address(in.address))
    return invalid_input("address", "Alamat surel tidak sah; contoh: nama@dinsos.go.id.");
  if (in.enabled && in.address.empty())
    return invalid_input("address", "Isi alamat surel untuk menerima notifikasi lewat surel.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::save_user_email(unit, {actor.user.id, in.address, in.enabled}, format_time(ctx.clock.now()));
  write_audit(unit, ctx, actor,
              {"user.email_preference", "user", actor.user.id,
               boost::json::serialize(boost::json::object{{"enabled", in.enabled}, {"address_set", !in.address.empty()}})});
  unit.commit();
  return in;
}

MailerPass email_notifications(const Context& ctx, MailSender& sender, const MailerOptions& options) {
  MailerPass pass;
  std::vector<store::UserEmail> recipients;
  {
    store::UnitOfWork unit(ctx.db, Mode::read);
    recipients = store::users_wanting_email(unit);
  }
  pass.users = static_cast<int>(recipients.size());
  for (const auto& r : recipients) {
    MailMessage message;
    std::vector<std::string> keys;
    {
      store::UnitOfWork unit(ctx.db, Mode::read);
      auto actor = load_actor(unit, r.user_id, Origin{"mailer", "local"});
      if (!actor) continue;
      actor->now = format_time(ctx.clock.now());
      const auto sent = store::emailed_items(unit, r.user_id);
      std::vector<NotificationItem> fresh;
      for (auto& item : notification_items(unit, ctx, *actor, false))
        if (!item.read && !sent.count(item.key)) fresh.push_back(std::move(item));
      if (fresh.empty()) continue;
      for (const auto& item : fresh) keys.push_back(item.key);
      message = digest(*actor, r.address, fresh, options);
    }
    try {
      sender.send(message);
    } catch (const std::exception& e) {
      ++pass.failed;
      spdlog::warn("mailer: a message to user {} was not sent: {}", r.user_id, e.what());
      continue;
    }
    store::UnitOfWork unit(ctx.db, Mode::write);
    const auto now = format_time(ctx.clock.now());
    for (const auto& k : keys) store::mark_emailed(unit, r.user_id, k, now);
    unit.commit();
    ++pass.messages;
    pass.items += static_cast<int>(keys.size());
  }
  return pass;
}

}  // namespace mitra::services
