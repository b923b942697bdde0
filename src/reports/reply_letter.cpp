#include "reports/reply_letter.hpp"

#include <hpdf.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace mitra::reports {
namespace {

constexpr float kLeft = 56, kRight = 539, kTop = 800, kBottom = 70;

// libharu reports errors through a callback; remembered here and checked after each document.
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
  auto* failed = static_cast<HPDF_STATUS*>(data);
  if (*failed == 0) *failed = error ? error : detail;
}

// The standard fonts speak WinAnsi: keep printable ASCII, one '?' per other UTF-8 character.
std::string printable(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else if (c == '\n' || c == '\t') {
      out += ' ';
    } else if ((c & 0xc0) != 0x80) {
      out += '?';  // the first byte of a multi-byte character (continuation bytes dropped)
    }
  }
  return out;
}

class Writer {
 public:
  Writer() : doc_(HPDF_New(on_error, &failed_)) {
    if (!doc_) throw std::runtime_error("libharu: cannot create a document");
    HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
    regular_ = HPDF_GetFont(doc_, "Helvetica", "WinAnsiEncoding");
    bold_ = HPDF_GetFont(doc_, "Helvetica-Bold", "WinAnsiEncoding");
    new_page();
  }
  ~Writer() { HPDF_Free(doc_); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void new_page() {
    page_ = HPDF_AddPage(doc_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    y_ = kTop;
  }
  // Starts a new page when fewer than `height` points are left.
  void need(float height) {
    if (y_ - height < kBottom) new_page();
  }
  float width_of(const std::string& text, bool bold, float size) {
    HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
    return HPDF_Page_TextWidth(page_, text.c_str());
  }
  void text_at(float x, float y, const std::string& raw, bool bold = false, float size = 11) {
    const std::string text = printable(raw);
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
    HPDF_Page_TextOut(page_, x, y, text.c_str());
    HPDF_Page_EndText(page_);
  }
  void centred(const std::string& raw, bool bold, float size) {
    const std::string text = printable(raw);
    text_at((kLeft + kRight - width_of(text, bold, size)) / 2, y_, text, bold, size);
    y_ -= size + 4;
  }
  // Wrapped at the margins; each line `size + 4` points below the last.
  void paragraph(const std::string& raw, bool bold = false, float size = 11, float indent = 0) {
    const std::string text = printable(raw);
    std::string line, word;
    auto flush = [&] {
      need(size + 4);
      text_at(kLeft + indent, y_, line, bold, size);
      y_ -= size + 4;
      line.clear();
    };
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] != ' ') {
        word += text[i];
        continue;
      }
      if (word.empty()) continue;
      const std::string candidate = line.empty() ? word : line + ' ' + word;
      if (!line.empty() && width_of(candidate, bold, size) > kRight - kLeft - indent) {
        flush();
        line = word;
      } else {
        line = candidate;
      }
      word.clear();
    }
    if (!line.empty()) flush();
  }
  // The text cut with "..." to fit `width` points.
  std::string fit(const std::string& raw, float width, float size) {
    std::string text = printable(raw);
    if (width_of(text, false, size) <= width) return text;
    while (!text.empty() && width_of(text + "...", false, size) > width) text.pop_back();
    return text + "...";
  }
  void rule(float thickness) {
    HPDF_Page_SetLineWidth(page_, thickness);
    HPDF_Page_MoveTo(page_, kLeft, y_);
    HPDF_Page_LineTo(page_, kRight, y_);
    HPDF_Page_Stroke(page_);
  }
  void skip(float points) { y_ -= points; }
  float y() const { return y_; }

  std::string bytes() {
    if (HPDF_SaveToStream(doc_) != HPDF_OK || failed_ != 0)
      throw std::runtime_error("libharu failed with error " + std::to_string(failed_));
    std::string out(HPDF_GetStreamSize(doc_), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(out.size());
    if (HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(out.data()), &size) != HPDF_OK &&
        size != out.size())
      throw std::runtime_error("libharu: cannot read the document");
    out.resize(size);
    return out;
  }

 private:
  HPDF_STATUS failed_ = 0;
  HPDF_Doc doc_;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
  HPDF_Page page_ = nullptr;
  float y_ = kTop;
};

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
  Writer w;
  // Kop surat.
  w.centred("PEMERINTAH DAERAH", true, 12);
  w.centred(d.organization_name, true, 15);
  if (!d.address.empty()) w.centred(d.address, false, 10);
  w.skip(2);
  w.rule(2);
  w.skip(3);
  w.rule(0.5);
  w.skip(22);

  const float label = 56, colon = 120, value = 130;
  w.text_at(kRight - w.width_of(printable(d.place + ", " + d.date), false, 11), w.y(), d.place + ", " + d.date);
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
