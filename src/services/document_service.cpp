#include "services/document_service.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/document.hpp"
#include "services/audit_service.hpp"
#include "services/credentials.hpp"
#include "services/document_access.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
namespace fs = std::filesystem;

Error no_document() { return not_found("Dokumen tidak ditemukan."); }
Error no_owner() { return not_found("Pemilik dokumen tidak ditemukan."); }
Error may_not_read() { return forbidden("Anda tidak berwenang melihat dokumen ini."); }
Error may_not_write() { return forbidden("Anda tidak berwenang mengunggah atau menghapus dokumen di sini."); }

fs::path file_path(const Context& ctx, const std::string& id) { return fs::path(ctx.files_dir) / id; }

std::string details(const store::DocumentRecord& d) {
  return boost::json::serialize(boost::json::object{{"owner_type", d.owner_type},
                                                    {"owner_id", d.owner_id},
                                                    {"content_type", d.content_type},
                                                    {"bytes", d.bytes}});
}

// Writes the file under a temporary name, then renames it into place.
void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  const fs::path tmp = path.string() + ".part";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush())
      throw std::runtime_error("cannot write document file");
  }
  fs::rename(tmp, path);
}

Status check_upload(const DocumentUpload& in) {
  if (in.bytes.empty()) return invalid_input("file", "Pilih berkas yang akan diunggah.");
  if (in.bytes.size() > kMaxDocumentBytes)
    return Error{ErrorCode::payload_too_large, "Berkas terlalu besar: paling besar 10 MiB.", "file"};
  if (!document_type(in.bytes))
    return Error{ErrorCode::unsupported_media_type, "Berkas harus berupa PDF, JPEG atau PNG.", "file"};
  if (in.kind.size() > 40) return invalid_input("kind", "Jenis dokumen paling panjang 40 karakter.");
  if (in.title.size() > 200) return invalid_input("title", "Judul dokumen paling panjang 200 karakter.");
  return ok_status();
}

// The access to the document's owner, as an error when reading is not allowed.
Result<DocumentAccess> access_for(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                  const std::string& owner_type, const std::string& owner_id) {
  auto access = document_access(unit, ctx, actor, owner_type, owner_id);
  if (!access) return invalid_input("owner_type", "Jenis pemilik dokumen tidak dikenal.");
  if (!access->visible) return no_owner();
  return *access;
}

}  // namespace

Result<store::DocumentRecord> attach_document(store::UnitOfWork& unit, const Context& ctx, const std::string& user_id,
                                              const DocumentUpload& in) {
  if (auto s = check_upload(in); !s) return s.error();
  store::DocumentRecord d;
  d.id = ctx.ids.next();
  d.owner_type = in.owner_type;
  d.owner_id = in.owner_id;
  d.kind = in.kind;
  d.title = in.title;
  d.file_name = clean_file_name(in.file_name);
  d.content_type = *document_type(in.bytes);
  d.bytes = static_cast<long long>(in.bytes.size());
  d.sha256 = sha256_hex(in.bytes);
  d.uploaded_by = user_id;
  d.uploaded_at = format_time(ctx.clock.now());
  write_file(file_path(ctx, d.id), in.bytes);
  store::insert_document(unit, d);
  return d;
}

Result<store::DocumentRecord> upload_document(const Context& ctx, const Actor& actor, const DocumentUpload& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto access = access_for(unit, ctx, actor, in.owner_type, in.owner_id);
  if (!access) return access.error();
  if (!access->may_write) return may_not_write();
  auto d = attach_document(unit, ctx, actor.user.id, in);
  if (!d) return d.error();
  write_audit(unit, ctx, actor, {"document.upload", "document", d->id, details(*d)});
  try {
    unit.commit();
  } catch (...) {
    std::error_code ignored;
    fs::remove(file_path(ctx, d->id), ignored);
    throw;
  }
  d->uploaded_by_name = actor.user.display_name;
  return d;
}

Result<std::vector<store::DocumentRecord>> list_documents(const Context& ctx, const Actor& actor,
                                                          const std::string& owner_type, const std::string& owner_id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto access = access_for(unit, ctx, actor, owner_type, owner_id);
  if (!access) return access.error();
  if (!access->may_read) return may_not_read();
  return store::list_documents(unit, owner_type, owner_id);
}

namespace {

Result<store::DocumentRecord> readable(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                       const std::string& id, bool write) {
  auto d = store::find_document(unit, id);
  if (!d || !d->deleted_at.empty()) return no_document();
  auto access = document_access(unit, ctx, actor, d->owner_type, d->owner_id);
  if (!access || !access->visible) return no_document();
  if (!access->may_read) return may_not_read();
  if (write && !access->may_write) return may_not_write();
  return *d;
}

}  // namespace

Result<store::DocumentRecord> get_document(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  return readable(unit, ctx, actor, id, false);
}

Result<DocumentContent> read_document(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::write);  // the download itself is audited
  auto d = readable(unit, ctx, actor, id, false);
  if (!d) return d.error();
  std::ifstream in(file_path(ctx, id), std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  DocumentContent out{*d, bytes.str()};
  if (!in || sha256_hex(out.bytes) != d->sha256) {
    spdlog::error("{{\"msg\":\"document file missing or changed\",\"document_id\":\"{}\"}}", id);
    return Error{ErrorCode::internal, "Berkas dokumen hilang atau berubah sejak diunggah. Hubungi admin.", {}};
  }
  write_audit(unit, ctx, actor, {"document.read", "document", id, details(*d)});
  unit.commit();
  return out;
}

Status delete_document(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto d = readable(unit, ctx, actor, id, true);
  if (!d) return d.error();
  store::mark_document_deleted(unit, id, format_time(ctx.clock.now()));
  write_audit(unit, ctx, actor, {"document.delete", "document", id, details(*d)});
  unit.commit();
  return ok_status();
}

bool document_of(store::UnitOfWork& unit, const std::string& document_id, const std::string& owner_type,
                 const std::string& owner_id) {
  auto d = store::find_document(unit, document_id);
  return d && d->deleted_at.empty() && d->owner_type == owner_type && d->owner_id == owner_id;
}

}  // namespace mitra::services
