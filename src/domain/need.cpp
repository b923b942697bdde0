#include "domain/need.hpp"

#include "domain/pmks.hpp"
#include "domain/working_days.hpp"

namespace mitra {

std::string_view to_string(NeedStatus s) {
  switch (s) {
    case NeedStatus::open:
      return "open";
    case NeedStatus::fulfilled:
      return "fulfilled";
    case NeedStatus::closed:
      return "closed";
  }
  return "open";
}

std::optional<NeedStatus> parse_need_status(std::string_view s) {
  for (auto v : {NeedStatus::open, NeedStatus::fulfilled, NeedStatus::closed})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

std::string_view to_string(PledgeStatus s) {
  switch (s) {
    case PledgeStatus::pledged:
      return "pledged";
    case PledgeStatus::delivered:
      return "delivered";
    case PledgeStatus::cancelled:
      return "cancelled";
  }
  return "pledged";
}

std::optional<PledgeStatus> parse_pledge_status(std::string_view s) {
  for (auto v : {PledgeStatus::pledged, PledgeStatus::delivered, PledgeStatus::cancelled})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

Status check_need(const NeedText& n) {
  if (n.title.empty()) return invalid_input("title", "Isi judul kebutuhan.");
  if (n.item.empty()) return invalid_input("item", "Isi barang atau bantuan yang dibutuhkan.");
  if (n.quantity < 1 || n.quantity > kMaxNeedQuantity)
    return invalid_input("quantity", "Jumlah yang dibutuhkan harus 1 sampai 1.000.000.");
  if (n.unit.empty()) return invalid_input("unit", "Isi satuan (mis. unit, paket).");
  if (!n.needed_by.empty() && !parse_day(n.needed_by))
    return invalid_input("needed_by", "Tanggal dibutuhkan harus berformat YYYY-MM-DD.");
  if (!n.pmks_category.empty() && !find_pmks(n.pmks_category))
    return invalid_input("pmks_category", "Kategori PMKS tidak dikenal.");
  return ok_status();
}

Status check_pledge(NeedStatus status, const Fulfilment& f, int quantity) {
  if (quantity < 1 || quantity > kMaxNeedQuantity)
    return invalid_input("quantity", "Jumlah yang dijanjikan harus bilangan bulat 1 atau lebih.");
  if (status != NeedStatus::open)
    return conflict("need_id", "Kebutuhan ini sudah terpenuhi atau ditutup; janji bantuan tidak lagi diterima.");
  if (quantity > f.remaining())
    return conflict("quantity", "Jumlah melebihi sisa kebutuhan yang belum dijanjikan (" + std::to_string(f.remaining()) +
                                    ").");
  return ok_status();
}

Status check_pledge_transition(PledgeStatus from, PledgeStatus to) {
  if (from == PledgeStatus::pledged && to != PledgeStatus::pledged) return ok_status();
  const auto word = [](PledgeStatus s) -> std::string {
    switch (s) {
      case PledgeStatus::pledged:
        return "Dijanjikan";
      case PledgeStatus::delivered:
        return "Diterima";
      case PledgeStatus::cancelled:
        return "Dibatalkan";
    }
    return "";
  };
  return conflict("status", "Janji bantuan berstatus " + word(from) + " tidak dapat diubah menjadi " + word(to) + ".");
}

}  // namespace mitra
