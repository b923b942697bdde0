#include "reports/reply_letter.hpp"

#include <hpdf.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

namespace mitra::reports {

std::string win_ansi(const std::string& s) {
  static constexpr std::pair<char32_t, char> kSpecial[] = {
      {0x20ac, '\x80'}, {0x201a, '\x82'}, {0x0192, '\x83'}, {0x201e, '\x84'}, {0x2026, '\x85'}, {0x2020, '\x86'},
      {0x2021, '\x87'}, {0x02c6, '\x88'}, {0x2030, '\x89'}, {0x0160, '\x8a'}, {0x2039, '\x8b'}, {0x0152, '\x8c'},
      {0x017d, '\x8e'}, {0x2018, '\x91'}, {0x2019, '\x92'}, {0x201c, '\x93'}, {0x201d, '\x94'}, {0x2022, '\x95'},
      {0x2013, '\x96'}, {0x2014, '\x97'}, {0x02dc, '\x98'}, {0x2122, '\x99'}, {0x0161, '\x9a'}, {0x203a, '\x9b'},
      {0x0153, '\x9c'}, {0x017e, '\x9e'}, {0x0178, '\x9f'}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t length = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    bool valid = length > 0 && i + length <= s.size();
    char32_t code = length == 1 ? c : length == 2 ? c & 0x1f : length == 3 ? c & 0x0f : c & 0x07;
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(s[i + k]);
      valid = (next & 0xc0) == 0x80;
      code = (code << 6) | (next & 0x3f);
    }
    if (!valid) {
      ++i;  // a stray byte: dropped
      continue;
    }
    i += length;
    if (code == '\n' || code == '\t') {
      out += ' ';
    } else if (code >= 0x20 && code < 0x7f) {
      out += static_cast<char>(code);
    } else if (code >= 0xa0 && code <= 0xff) {
      out += static_cast<char>(code);
    } else if (code >= 0x80) {
      const auto* hit = std::find_if(std::begin(kSpecial), std::end(kSpecial), [&](const auto& p) { return p.first == code; });
      out += hit != std::end(kSpecial) ? hit->second : '?';
    }
  }
  return out;
}

namespace {

constexpr float kLeft = 56, kRight = 539, kTop = 800, kBottom = 70;

// libharu reports errors through a callback; remembered here and checked after each document.
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
  auto* failed = static_cast<HPDF_STATUS*>(data);
  if (*failed == 0) *failed = error ? error : detail;
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
    const std::string text = win_ansi(raw);
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
    HPDF_Page_TextOut(page_, x, y, text.c_str());
    HPDF_Page_EndText(page_);
  }
  void centred(const std::string& raw, bool bold, float size) {
    const std::string text = win_ansi(raw);
    text_at((kLeft + kRight - width_of(text, bold, size)) / 2, y_, text, bold, size);
    y_ -= size + 4;
  }
  // Wrapped at the margins; each line `size + 4` points below the last.
  void paragraph(const std::string& raw, bool bold = false, float size = 11, float indent = 0) {
    const std::string text = win_ansi(raw);
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
    std::string text = win_ansi(raw);
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
