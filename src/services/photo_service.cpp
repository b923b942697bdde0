#include "services/photo_service.hpp"

#include <sodium.h>

#include <boost/json.hpp>

#include "domain/photo.hpp"
#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/credentials.hpp"
#include "services/person_service.hpp"
#include "store/person_repository.hpp"
#include "store/photo_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

// The person, when the actor may see them, within the unit.
bool person_visible(store::UnitOfWork& unit, const Actor& actor, const std::string& id) {
  auto person = store::find_person(unit, id);
  return person && can_see_person(unit, actor, *person);
}

Error no_person() { return not_found("Penerima manfaat tidak ditemukan."); }
Error not_allowed() { return forbidden("Peran Anda tidak dapat melihat atau mengubah foto penerima manfaat."); }

}  // namespace

Result<Photo> set_photo(const Context& ctx, const Actor& actor, const std::string& person_id, const std::string& base64) {
  if (!serves_clients(actor)) return not_allowed();
  if (base64.empty()) return invalid_input("data", "Pilih foto yang akan diunggah.");
  const std::size_t max_base64 = (kMaxPhotoBytes + 2) / 3 * 4;
  if (base64.size() > max_base64) return invalid_input("data", "Foto terlalu besar: paling besar 512 KiB.");
  std::string bytes(base64.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), base64.data(), base64.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return invalid_input("data", "Foto tidak terbaca (bukan base64).");
  bytes.resize(length);
  if (bytes.size() > kMaxPhotoBytes) return invalid_input("data", "Foto terlalu besar: paling besar 512 KiB.");
  const auto type = image_type(bytes);
  if (!type) return invalid_input("data", "Foto harus berupa gambar JPEG, PNG atau WebP.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!person_visible(unit, actor, person_id)) return no_person();
  Photo photo{*type, std::move(bytes), ""};
  photo.sha256 = sha256_hex(photo.bytes);
  store::save_photo(unit, {person_id, photo.content_type, base64, photo.sha256, actor.user.id, format_time(ctx.clock.now()),
                           static_cast<long long>(photo.bytes.size())});
  write_audit(unit, ctx, actor,
              {"person_photo.set", "person", person_id,
               boost::json::serialize(boost::json::object{{"type", photo.content_type}, {"bytes", photo.bytes.size()}})});
  unit.commit();
  return photo;
}

Result<Photo> get_photo(const Context& ctx, const Actor& actor, const std::string& person_id) {
  if (!serves_clients(actor)) return not_allowed();
  store::UnitOfWork unit(ctx.db, Mode::write);  // the read itself is audited
  if (!person_visible(unit, actor, person_id)) return no_person();
  auto record = store::find_photo(unit, person_id);
  if (!record) return not_found("Penerima manfaat ini belum punya foto.");
  std::string bytes(record->data_base64.size(), '\0');
  std::size_t length = 0;
  sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), record->data_base64.data(),
                    record->data_base64.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL);
  bytes.resize(length);
  write_audit(unit, ctx, actor, {"person_photo.read", "person", person_id, "{}"});
  unit.commit();
  return Photo{record->content_type, std::move(bytes), record->sha256};
}

Status delete_photo(const Context& ctx, const Actor& actor, const std::string& person_id) {
  if (!serves_clients(actor)) return not_allowed();
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!person_visible(unit, actor, person_id)) return no_person();
  if (!store::delete_photo(unit, person_id)) return not_found("Penerima manfaat ini belum punya foto.");
  write_audit(unit, ctx, actor, {"person_photo.delete", "person", person_id, "{}"});
  unit.commit();
  return ok_status();
}

}  // namespace mitra::services
