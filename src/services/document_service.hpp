// Documents (PDF, JPEG, PNG; at most 10 MiB) attached to any owner whose type registered an
// access rule (services/document_access.hpp). The file is kept on disk under ctx.files_dir, named
// by the document's id, with its SHA-256 recorded and checked on every read. Uploads, downloads
// and deletions are audited (ids, types and sizes only).
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/document_repository.hpp"

namespace mitra::services {

struct DocumentUpload {
  std::string owner_type, owner_id, kind, title, file_name;
  std::string bytes;
};

// Errors: invalid_input (owner_type unknown, empty file, kind/title too long), not_found (owner
// not visible), forbidden, payload_too_large (over 10 MiB), unsupported_media_type (not a PDF,
// JPEG or PNG by its bytes).
Result<store::DocumentRecord> upload_document(const Context& ctx, const Actor& actor, const DocumentUpload& in);
// The same within a caller's unit of work, with no permission check: for set-up (demo data)
// and for features that attach a generated document to their own record. The file is written
// at once; a rolled-back unit leaves an unreferenced file behind.
Result<store::DocumentRecord> attach_document(store::UnitOfWork& unit, const Context& ctx, const std::string& user_id,
                                              const DocumentUpload& in);
Result<std::vector<store::DocumentRecord>> list_documents(const Context& ctx, const Actor& actor,
                                                          const std::string& owner_type, const std::string& owner_id);
Result<store::DocumentRecord> get_document(const Context& ctx, const Actor& actor, const std::string& id);

struct DocumentContent {
  store::DocumentRecord record;
  std::string bytes;
};
// Errors as get_document, plus internal when the file is missing or its hash no longer matches.
Result<DocumentContent> read_document(const Context& ctx, const Actor& actor, const std::string& id);
Status delete_document(const Context& ctx, const Actor& actor, const std::string& id);

// Whether a (not deleted) document belongs to this owner: for records that point at one.
bool document_of(store::UnitOfWork& unit, const std::string& document_id, const std::string& owner_type,
                 const std::string& owner_id);

}  // namespace mitra::services
