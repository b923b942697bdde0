#include "reports/reply_letter.hpp"

#include <array>

#include "reports/pdf_writer.hpp"

namespace mitra::reports {
namespace {

constexpr float kLeft = kPdfLeft, kRight = kPdfRight;

constexpr std::array<const char*, 12> kMonths{"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                              "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};

}  // namespace

std::string indonesian_date(const std::string& iso_day) {
  if (iso_day.size() != 10 || iso_day[4] != '-' || iso_day[7] != '-') return iso_day;
  const int month = std::atoi(iso_day.substr(5, 2).c_str()), day = std::atoi(iso_day.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso_day;
  return std::to_string(day) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " + iso_day.substr(0, 4);
}

std::string render_reply_letter(const ReplyLetterData& d) {
  PdfWriter w;
  w.letterhead(d.organization_name, d.address);

  const float label = 56, colon = 120, value = 130;
  w.text_at(kRight - w.width_of(win_ansi(d.place + ", " + d.date), false, 11), w.y(), d.place + ", " + d.date);
  for (const auto& [k, v] : std::array<std::pair<const char*, std::string>, 3>{
           {{"Nomor", d.number}, {"Sifat", "Biasa"}, {"Perihal", d.subject}}}) {
    w.text_at(label, w.y(), k);
    w.text_at(colon, w.y(), ":");
    w.text_at(value, w.y(), w.fit(v, 250, 11));
    w.skip(15);
  }
  w.skip(10);
  w.text_at(label, w.y(), "Kepada Yth.");
  w.skip(15);
  w.text_at(label, w.y(), "Pimpinan " + d.addressee, true);
  w.skip(15);
  w.text_at(label, w.y(), "di tempat");
  w.skip(24);

  w.paragraph("Menindaklanjuti " + d.reference + " perihal " + d.subject +
              (d.activity.empty() ? "" : " untuk kegiatan " + d.activity) +
              ", dengan ini kami sampaikan bahwa permohonan tersebut: " + d.decision + ".");
  w.skip(6);

  // The items: requested and approved quantities.
  const float c_no = kLeft, c_desc = kLeft + 26, c_unit = 330, c_req = 400, c_app = 470;
  w.need(40);
  w.rule(0.5);
  w.skip(13);
  w.text_at(c_no, w.y(), "No", true, 10);
  w.text_at(c_desc, w.y(), "Uraian", true, 10);
  w.text_at(c_unit, w.y(), "Satuan", true, 10);
  w.text_at(c_req, w.y(), "Dimohon", true, 10);
  w.text_at(c_app, w.y(), "Disetujui", true, 10);
  w.skip(6);
  w.rule(0.5);
  for (std::size_t i = 0; i < d.lines.size(); ++i) {
    const auto& l = d.lines[i];
    w.skip(14);
    w.need(14);
    w.text_at(c_no, w.y(), std::to_string(i + 1), false, 10);
    w.text_at(c_desc, w.y(), w.fit(l.description, c_unit - c_desc - 8, 10), false, 10);
    w.text_at(c_unit, w.y(), w.fit(l.unit, c_req - c_unit - 8, 10), false, 10);
    w.text_at(c_req, w.y(), std::to_string(l.requested), false, 10);
    w.text_at(c_app, w.y(), std::to_string(l.approved), false, 10);
  }
  w.skip(6);
  w.rule(0.5);
  w.skip(18);
  if (!d.note.empty()) {
    w.paragraph("Keterangan: " + d.note);
    w.skip(4);
  }
  w.paragraph("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.");

  // Signature block.
  w.need(110);
  w.skip(24);
  const float sign = 330;
  w.text_at(sign, w.y(), d.signatory_title.empty() ? "Kepala " + d.organization_name : d.signatory_title);
  w.skip(70);
  w.text_at(sign, w.y(), d.signatory_name.empty() ? "(..............................)" : d.signatory_name, true);
  return w.bytes();
}

}  // namespace mitra::reports
