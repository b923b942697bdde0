// The composition root: parses the command line, opens the database, wires the services and the
// HTTP layer, and runs one subcommand. The only file that knows every part.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "app/demo.hpp"
#include "app/generate.hpp"
#include "services/duplicate_service.hpp"
#include "app/regions_import.hpp"
#include "domain/clock.hpp"
#include "domain/ids.hpp"
#include "http/api.hpp"
#include "http/server.hpp"
#include "mail/smtp.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "services/credentials.hpp"
#include "services/directory_service.hpp"
#include "services/notification_email.hpp"
#include "store/database.hpp"
#include "store/identity_repository.hpp"
#include "store/migrations.hpp"

namespace {

using namespace mitra;

std::unique_ptr<store::Database> open_database(const std::string& url, std::size_t pool, std::size_t cache_mb = 0) {
  store::DatabaseUrl parsed;
  std::string message;
  if (!store::parse_database_url(url, parsed, message)) throw CLI::ValidationError("--db", message);
  if (parsed.engine == store::Engine::sqlite) {
    if (auto dir = std::filesystem::path(parsed.target).parent_path(); !dir.empty())
      std::filesystem::create_directories(dir);
  }
  return std::make_unique<store::Database>(parsed, pool, cache_mb);
}

std::string read_password() {
  if (const char* env = std::getenv("MITRA_PASSWORD"); env && *env) return env;
  std::cerr << "Password: " << std::flush;
  termios old{};
  const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
  if (tty) {
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
  }
  std::string password;
  std::getline(std::cin, password);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << '\n';
  }
  return password;
}

// Documents live beside the data: data/mitra.db -> data/files; data/files for PostgreSQL.
std::string default_files_dir(const std::string& db_url) {
  store::DatabaseUrl parsed;
  std::string message;
  if (store::parse_database_url(db_url, parsed, message) && parsed.engine == store::Engine::sqlite)
    return (std::filesystem::path(parsed.target).parent_path() / "files").string();
  return "data/files";
}

// The optional mailer of `serve`: one pass of e-mailed notifications every `interval`, on its own
// thread, until stopped.
class MailerLoop {
 public:
  MailerLoop(const services::Context& ctx, mail::SmtpServer server, services::MailerOptions options,
             std::chrono::seconds interval)
      : thread_([this, &ctx, server = std::move(server), options = std::move(options), interval] {
          std::unique_lock lock(mutex_);
          while (!wake_.wait_for(lock, interval, [this] { return stopping_; })) {
            lock.unlock();
            try {
              mail::SmtpMailer mailer(server);
              const auto pass = services::email_notifications(ctx, mailer, options);
              if (pass.messages || pass.failed)
                spdlog::info("mailer: {} messages with {} items sent, {} failed", pass.messages, pass.items,
                             pass.failed);
            } catch (const std::exception& e) {
              spdlog::warn("mailer: pass failed: {}", e.what());
            }
            lock.lock();
          }
        }) {}
  ~MailerLoop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  MailerLoop(const MailerLoop&) = delete;
  MailerLoop& operator=(const MailerLoop&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;  // last: started once the members it uses exist
};

int fail(const std::string& message) {
  std::cerr << "mitra: " << message << '\n';
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (!services::init_crypto()) return fail("libsodium could not be initialised");
  auto logger = spdlog::stderr_color_mt("mitra");
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %l %v", spdlog::pattern_time_type::utc);
  spdlog::set_default_logger(logger);

  CLI::App cli{"mitra: the shared information system of a Dinas Sosial and its partner organisations"};
  cli.require_subcommand(1);
  std::string db_url = "sqlite:data/mitra.db";
  auto add_db = [&](CLI::App* cmd) {
    cmd->add_option("--db", db_url, "sqlite:PATH or postgresql://... (libpq URL)")->capture_default_str();
  };

  auto* serve = cli.add_subcommand("serve", "Serve the API and the web app");
  add_db(serve);
  std::string listen = "127.0.0.1:8080", web_dir = "web/dist";
  unsigned threads = 0;
  std::size_t body_limit = 1024 * 1024;
  serve->add_option("--listen", listen, "HOST:PORT")->capture_default_str();
  serve->add_option("--web", web_dir, "folder of the built web app")->capture_default_str();
  serve->add_option("--threads", threads, "I/O threads (0: one per core)")->capture_default_str();
  serve->add_option("--body-limit", body_limit, "largest request body in bytes")->capture_default_str();
  std::size_t cache_mb = 256;
  serve->add_option("--cache-mb", cache_mb,
                    "SQLite page cache of all the server's connections together, in MiB (0: SQLite's default)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{0}, std::size_t{65536}));
  std::string files_dir;
  serve->add_option("--files", files_dir,
                    "folder of uploaded documents (default: 'files' beside an SQLite database, else data/files)");

  // Optional e-mail of notifications (serve: every --mail-interval seconds; notify: one pass).
  std::string smtp_url, mail_from = "mitra <noreply@mitra.localdomain>", base_url = "http://127.0.0.1:8080";
  long mail_interval = 300;
  auto add_mail = [&](CLI::App* cmd, bool required) {
    auto* o = cmd->add_option("--smtp", smtp_url,
                              "SMTP server for e-mailed notifications: smtp://[user@]host[:port][?starttls=1] or "
                              "smtps://...; password in the URL or MITRA_SMTP_PASSWORD");
    if (required) o->required();
    cmd->add_option("--mail-from", mail_from, "sender of notification e-mails")->capture_default_str();
    cmd->add_option("--base-url", base_url, "address of the web app, for links in e-mails")->capture_default_str();
  };
  add_mail(serve, false);
  serve->add_option("--mail-interval", mail_interval, "seconds between two e-mail passes")
      ->capture_default_str()
      ->check(CLI::Range(1L, 86400L));
  auto* notify = cli.add_subcommand("notify", "E-mail due notifications once to the users who asked for e-mail");
  add_db(notify);
  add_mail(notify, true);

  auto* migrate = cli.add_subcommand("migrate", "Apply database migrations");
  add_db(migrate);

  auto* demo = cli.add_subcommand("demo", "Load the demo organisations and users of the five cases");
  add_db(demo);
  std::string credentials = "data/demo-credentials.txt";
  demo->add_option("--credentials", credentials, "where to write the demo logins (mode 0600)")->capture_default_str();

  auto* regions = cli.add_subcommand("regions", "Kemendagri region codes");
  regions->require_subcommand(1);
  auto* regions_import = regions->add_subcommand("import", "Load idn-area-data CSV files");
  add_db(regions_import);
  std::string regions_dir = "node_modules/idn-area-data/data";
  regions_import->add_option("--dir", regions_dir, "folder with provinces.csv ... villages.csv")->capture_default_str();
  bool only_if_empty = false;
  regions_import->add_flag("--if-empty", only_if_empty, "skip when regions are already loaded");

  auto* user = cli.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Add a user (password from MITRA_PASSWORD or a prompt)");
  add_db(user_add);
  std::string username, org_code, display_name;
  std::vector<std::string> role_names;
  user_add->add_option("--username", username)->required();
  user_add->add_option("--org", org_code, "organisation code, e.g. DINSOS-MKS")->required();
  user_add->add_option("--role", role_names, "admin, supervisor, social_worker, partner_manager, analyst, auditor")
      ->required();
  user_add->add_option("--display-name", display_name);

  auto* token = cli.add_subcommand("token", "API tokens");
  token->require_subcommand(1);
  auto* token_create = token->add_subcommand("create", "Create a bearer token for a user; prints it once");
  add_db(token_create);
  std::string token_user, token_name = "cli";
  int token_days = 0;
  token_create->add_option("--username", token_user)->required();
  token_create->add_option("--name", token_name)->capture_default_str();
  token_create->add_option("--days", token_days, "valid for this many days (0: no expiry)")->capture_default_str();

  auto* audit = cli.add_subcommand("audit", "The audit log");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Check the hash chain: exit 0 intact, 1 broken");
  add_db(audit_verify);

  auto* generate = cli.add_subcommand("generate", "Insert synthetic persons with cases (benchmarks, load tests)");
  add_db(generate);
  app::GenerateOptions gen;
  generate->add_option("--persons", gen.persons, "how many persons")->required();
  generate->add_option("--seed", gen.seed, "random seed (same seed, same names and dates)")->capture_default_str();
  generate->add_option("--batch", gen.batch, "persons per transaction")->capture_default_str();

  auto* dedup = cli.add_subcommand("dedup", "Find likely duplicate persons across organisations into the review queue");
  add_db(dedup);

  CLI11_PARSE(cli, argc, argv);

  SystemClock clock;
  UuidV7Generator ids(clock);
  std::optional<mail::SmtpServer> smtp;
  if (!smtp_url.empty()) {
    std::string message;
    smtp = mail::parse_smtp_url(smtp_url, message);
    if (!smtp) return fail("--smtp: " + message);
    if (!is_email_address(envelope_address(mail_from))) return fail("--mail-from is not an e-mail address");
  }
  const services::MailerOptions mail_options{mail_from, base_url};
  try {
    if (serve->parsed()) {
      const auto colon = listen.rfind(':');
      if (colon == std::string::npos) return fail("--listen must be HOST:PORT");
      http::ServerConfig config;
      config.host = listen.substr(0, colon);
      config.port = static_cast<unsigned short>(std::stoi(listen.substr(colon + 1)));
      config.threads = threads;
      config.body_limit = body_limit;
      config.body_limit_for = http::body_limit_for;
      config.largest_body_limit = http::body_limit_for("POST", "/api/v1/documents", body_limit);
      const unsigned io_threads = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
      auto db = open_database(db_url, io_threads * 2 + 2, cache_mb);
      store::migrate(*db);
      if (store::analyze_if_never(*db)) spdlog::info("database statistics gathered (ANALYZE)");
      services::Context ctx{*db, clock, ids};
      ctx.files_dir = files_dir.empty() ? default_files_dir(db_url) : files_dir;
      http::Api api(ctx, web_dir);
      std::optional<MailerLoop> mailer;
      if (smtp) mailer.emplace(ctx, *smtp, mail_options, std::chrono::seconds(mail_interval));
      http::serve(
          config, [&](http::Request&& req, const std::string& client) { return api.handle(std::move(req), client); },
          [&](const Error& e) { return api.refuse(e); },
          [&](unsigned short port) {
            spdlog::info("mitra {} listening on http://{}:{} ({})", MITRA_VERSION, config.host, port,
                         db->engine() == store::Engine::sqlite ? "sqlite" : "postgresql");
          });
      spdlog::info("stopped cleanly");
      return 0;
    }
    // A mailer pass reads notifications whose providers may open a second unit of work.
    auto db = open_database(db_url, notify->parsed() ? 4 : 1);
    services::Context ctx{*db, clock, ids};
    if (migrate->parsed()) {
      const int v = store::migrate(*db);
      store::analyze_if_never(*db);
      std::cout << "schema version " << v << '\n';
      return 0;
    }
    if (regions_import->parsed()) {
      store::migrate(*db);
      if (only_if_empty) {
        store::UnitOfWork unit(*db, store::UnitOfWork::Mode::read);
        if (store::count_regions(unit) > 0) {
          std::cout << "regions already loaded\n";
          return 0;
        }
      }
      const auto c = app::import_regions(*db, regions_dir);
      std::cout << "regions loaded: " << c.provinces << " provinces, " << c.regencies << " regencies/cities, "
                << c.districts << " districts, " << c.villages << " villages\n";
      return 0;
    }
    if (demo->parsed()) {
      store::migrate(*db);
      auto r = app::load_demo(ctx, credentials);
      // The review queue is not empty after the demo: the planted duplicates and any look-alikes.
      if (!r.already_loaded)
        if (auto dedup = services::run_dedup(ctx, nullptr)) r.duplicates = static_cast<int>(dedup->inserted);
      if (r.already_loaded)
        std::cout << "demo data already loaded\n";
      else
        std::cout << "demo data loaded: " << r.organizations << " organisations, " << r.users << " users, " << r.persons
                << " persons, " << r.patrols << " patrols, " << r.cases << " cases, " << r.referrals
                << " referrals, " << r.stays << " shelter stays, " << r.services << " services, " << r.visits
                << " follow-up visits, " << r.complaints << " complaints, " << r.registrations << " registrations, " << r.partnerships << " partnerships, "
                << r.meetings << " meetings with " << r.action_items << " action items, " << r.duplicates
                << " likely duplicate pairs to review; logins in " << credentials << '\n';
      return 0;
    }
    if (generate->parsed()) {
      store::migrate(*db);
      const auto started = std::chrono::steady_clock::now();
      const auto r = app::generate_persons(ctx, gen, [&](long long done) {
        if (done % 100000 < static_cast<long long>(gen.batch) || done == gen.persons)
          std::cerr << "  " << done << " persons\n";
      });
      const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::cout << "generated " << r.persons << " synthetic persons (" << r.with_nik << " with NIK, " << r.sensitive
                << " sensitive), " << r.cases << " cases in " << seconds << " s\n";
      return 0;
    }
    if (dedup->parsed()) {
      store::migrate(*db);
      auto r = services::run_dedup(ctx, nullptr);
      if (!r) return fail(r.error().message);
      const auto& d = r.value();
      std::cout << "dedup: " << d.persons << " persons, " << d.candidates << " candidate pairs, " << d.found
                << " likely duplicates (" << d.inserted << " new in the queue, " << d.refreshed << " re-scored, "
                << d.kept << " decided before), " << (d.learned ? "weights learned by EM" : "documented weights")
                << ", " << d.seconds << " s\n";
      return 0;
    }
    if (user_add->parsed()) {
      store::migrate(*db);
      services::UserInput in;
      in.username = username;
      in.display_name = display_name.empty() ? username : display_name;
      std::set<Role> roles;
      for (const auto& name : role_names) {
        auto r = parse_role(name);
        if (!r) return fail("unknown role '" + name + "'");
        roles.insert(*r);
      }
      in.roles = roles;
      {
        store::UnitOfWork unit(*db, store::UnitOfWork::Mode::read);
        auto org = store::find_organization_by_code(unit, org_code);
        if (!org) return fail("no organisation with code '" + org_code + "'");
        in.organization_id = org->id;
      }
      in.password = read_password();
      auto r = services::bootstrap_user(ctx, in);
      if (!r) return fail(r.error().message + (r.error().field.empty() ? "" : " (" + r.error().field + ")"));
      std::cout << "user " << r->username << " added (" << r->id << ")\n";
      return 0;
    }
    if (token_create->parsed()) {
      auto r = services::create_api_token(ctx, token_user, token_name, token_days);
      if (!r) return fail(r.error().message);
      std::cout << r.value() << '\n';
      return 0;
    }
    if (notify->parsed()) {
      store::migrate(*db);
      mail::SmtpMailer mailer(*smtp);
      const auto pass = services::email_notifications(ctx, mailer, mail_options);
      std::cout << "e-mail: " << pass.users << " users asked for e-mail; " << pass.messages << " messages with "
                << pass.items << " items sent, " << pass.failed << " failed\n";
      return pass.failed ? 1 : 0;
    }
    if (audit_verify->parsed()) {
      const auto v = services::verify_audit(*db);
      if (v.intact) {
        std::cout << "audit log intact: " << v.rows << " rows\n";
        return 0;
      }
      std::cout << "audit log BROKEN at row " << v.first_broken_seq << ": " << v.reason << '\n';
      return 1;
    }
  } catch (const CLI::Error& e) {
    return cli.exit(e);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  return 0;
}
