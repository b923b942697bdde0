// /api/v1/documents: files (PDF, JPEG, PNG up to 10 MiB) attached to an owner (organization,
// registration, and the owner types other features register). Uploaded as the raw request body;
// served as the file with its recorded SHA-256 as ETag.
#include <cctype>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/document_service.hpp"

namespace mitra::http {
namespace {

boost::json::object document_json(const store::DocumentRecord& d) {
  return {{"id", d.id},
          {"owner_type", d.owner_type},
          {"owner_id", d.owner_id},
          {"kind", d.kind},
          {"title", d.title},
          {"file_name", d.file_name},
          {"content_type", d.content_type},
          {"bytes", d.bytes},
          {"sha256", d.sha256},
          {"uploaded_by", {{"id", d.uploaded_by}, {"display_name", d.uploaded_by_name}}},
          {"uploaded_at", d.uploaded_at}};
}

// RFC 6266 / 5987: an ASCII fallback and the UTF-8 name percent-encoded.
std::string content_disposition(const std::string& name) {
  std::string ascii, encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : name) {
    ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_')
      encoded += static_cast<char>(c);
    else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

Response upload(Call& call) {
  services::DocumentUpload in;
  in.owner_type = query_value(call.query, "owner_type");
  in.owner_id = query_value(call.query, "owner_id");
  in.kind = query_value(call.query, "kind");
  in.title = query_value(call.query, "title");
  in.file_name = query_value(call.query, "file_name");
  if (in.owner_type.empty()) return error_response(invalid_input("owner_type", "Parameter owner_type wajib diisi."), call.request_id);
  if (in.owner_id.empty()) return error_response(invalid_input("owner_id", "Parameter owner_id wajib diisi."), call.request_id);
  in.bytes = call.request.body();
  return respond(call, services::upload_document(call.ctx, call.who(), in), document_json, Status::created);
}

Response list(Call& call) {
  const auto type = query_value(call.query, "owner_type"), owner = query_value(call.query, "owner_id");
  if (type.empty()) return error_response(invalid_input("owner_type", "Parameter owner_type wajib diisi."), call.request_id);
  if (owner.empty()) return error_response(invalid_input("owner_id", "Parameter owner_id wajib diisi."), call.request_id);
  return respond(call, services::list_documents(call.ctx, call.who(), type, owner), [](const auto& docs) {
    boost::json::array items;
    for (const auto& d : docs) items.emplace_back(document_json(d));
    return list_body(std::move(items), "");
  });
}

Response get(Call& call) {
  return respond(call, services::get_document(call.ctx, call.who(), call.param("id")), document_json);
}

Response content(Call& call) {
  auto r = services::read_document(call.ctx, call.who(), call.param("id"));
  if (!r) return error_response(r.error(), call.request_id);
  Response res{beast_http::status::ok, 11};
  res.set(beast_http::field::content_type, r->record.content_type);
  res.set(beast_http::field::content_disposition, content_disposition(r->record.file_name));
  res.set(beast_http::field::cache_control, "private, no-store");
  res.set(beast_http::field::etag, "\"" + r->record.sha256 + "\"");
  res.body() = std::move(r->bytes);
  res.prepare_payload();
  return res;
}

Response remove(Call& call) {
  auto r = services::delete_document(call.ctx, call.who(), call.param("id"));
  if (!r) return error_response(r.error(), call.request_id);
  return no_content();
}

}  // namespace

void register_document_routes(Api& api) {
  api.add("POST", "/api/v1/documents", Access::authenticated, upload);
  api.add("GET", "/api/v1/documents", Access::authenticated, list);
  api.add("GET", "/api/v1/documents/{id}", Access::authenticated, get);
  api.add("GET", "/api/v1/documents/{id}/content", Access::authenticated, content);
  api.add("DELETE", "/api/v1/documents/{id}", Access::authenticated, remove);
}

}  // namespace mitra::http
