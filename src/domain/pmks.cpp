#include "domain/pmks.hpp"

namespace mitra {

const std::vector<PmksCategory>& pmks_categories() {
  static const std::vector<PmksCategory> kCategories{
      {"anak_balita_telantar", 1, "Anak Balita Telantar", true, false},
      {"anak_telantar", 2, "Anak Telantar", true, false},
      {"abh", 3, "Anak yang Berhadapan dengan Hukum (ABH)", true, true},
      {"anak_jalanan", 4, "Anak Jalanan", true, false},
      {"anak_disabilitas", 5, "Anak dengan Kedisabilitasan", true, false},
      {"anak_korban_kekerasan", 6, "Anak Korban Tindak Kekerasan / Diperlakukan Salah", true, true},
      {"anak_perlindungan_khusus", 7, "Anak yang Memerlukan Perlindungan Khusus", true, true},
      {"lansia_telantar", 8, "Lanjut Usia Telantar", false, false},
      {"penyandang_disabilitas", 9, "Penyandang Disabilitas", false, false},
      {"tuna_susila", 10, "Tuna Susila", false, false},
      {"gelandangan", 11, "Gelandangan", false, false},
      {"pengemis", 12, "Pengemis", false, false},
      {"pemulung", 13, "Pemulung", false, false},
      {"kelompok_minoritas", 14, "Kelompok Minoritas", false, false},
      {"bekas_warga_binaan", 15, "Bekas Warga Binaan Lembaga Pemasyarakatan", false, false},
      {"odha", 16, "Orang dengan HIV/AIDS", false, false},
      {"korban_napza", 17, "Korban Penyalahgunaan NAPZA", false, false},
      {"korban_trafficking", 18, "Korban Trafficking", false, true},
      {"korban_kekerasan", 19, "Korban Tindak Kekerasan", false, true},
      {"pekerja_migran_bermasalah", 20, "Pekerja Migran Bermasalah Sosial", false, false},
      {"korban_bencana_alam", 21, "Korban Bencana Alam", false, false},
      {"korban_bencana_sosial", 22, "Korban Bencana Sosial", false, false},
      {"perempuan_rawan_sosial_ekonomi", 23, "Perempuan Rawan Sosial Ekonomi", false, false},
      {"fakir_miskin", 24, "Fakir Miskin", false, false},
      {"keluarga_bermasalah", 25, "Keluarga Bermasalah Sosial Psikologis", false, false},
      {"komunitas_adat_terpencil", 26, "Komunitas Adat Terpencil", false, false},
      {"odgj", 27, "Orang dengan Gangguan Jiwa (ODGJ)", false, false},
      {"orang_terlantar", 28, "Orang Terlantar", false, false},
  };
  return kCategories;
}

std::optional<PmksCategory> find_pmks(std::string_view code) {
  for (const auto& c : pmks_categories())
    if (c.code == code) return c;
  return std::nullopt;
}

}  // namespace mitra
