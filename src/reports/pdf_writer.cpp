#include "reports/pdf_writer.hpp"

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>

namespace mitra::reports {
namespace {

// libharu reports errors through a callback; remembered here and checked after each document.
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
  auto* failed = static_cast<HPDF_STATUS*>(data);
  if (*failed == 0) *failed = error ? error : detail;
}

}  // namespace

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

PdfWriter::PdfWriter(const PdfOptions& options) : doc_(HPDF_New(on_error, &failed_)), landscape_(options.landscape) {
  if (!doc_) throw std::runtime_error("libharu: cannot create a document");
  HPDF_SetCompressionMode(doc_, options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
  if (!options.password.empty()) {
    // The owner password is the user password reversed and salted: nobody needs it, and it must differ.
    const std::string owner = "mitra-owner:" + std::string(options.password.rbegin(), options.password.rend());
    HPDF_SetPassword(doc_, owner.c_str(), options.password.c_str());
    HPDF_SetEncryptionMode(doc_, HPDF_ENCRYPT_R3, 16);
    HPDF_SetPermission(doc_, HPDF_ENABLE_READ | HPDF_ENABLE_PRINT);
  }
  regular_ = HPDF_GetFont(doc_, "Helvetica", "WinAnsiEncoding");
  bold_ = HPDF_GetFont(doc_, "Helvetica-Bold", "WinAnsiEncoding");
  if (landscape_) {
    top_ = 539;
    right_ = 786;
  }
  new_page();
}

PdfWriter::~PdfWriter() { HPDF_Free(doc_); }

void PdfWriter::new_page() {
  page_ = HPDF_AddPage(doc_);
  HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, landscape_ ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
  y_ = top_;
}

void PdfWriter::need(float height) {
  if (y_ - height < kPdfBottom) new_page();
}

float PdfWriter::width_of(const std::string& text, bool bold, float size) {
  HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
  return HPDF_Page_TextWidth(page_, text.c_str());
}

void PdfWriter::text_at(float x, float y, const std::string& raw, bool bold, float size) {
  const std::string text = win_ansi(raw);
  HPDF_Page_BeginText(page_);
  HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
  HPDF_Page_TextOut(page_, x, y, text.c_str());
  HPDF_Page_EndText(page_);
}

void PdfWriter::centred(const std::string& raw, bool bold, float size) {
  const std::string text = win_ansi(raw);
  text_at((kPdfLeft + right_ - width_of(text, bold, size)) / 2, y_, text, bold, size);
  y_ -= size + 4;
}

void PdfWriter::paragraph(const std::string& raw, bool bold, float size, float indent) {
  const std::string text = win_ansi(raw);
  std::string line, word;
  auto flush = [&] {
    need(size + 4);
    text_at(kPdfLeft + indent, y_, line, bold, size);
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
    if (!line.empty() && width_of(candidate, bold, size) > right_ - kPdfLeft - indent) {
      flush();
      line = word;
    } else {
      line = candidate;
    }
    word.clear();
  }
  if (!line.empty()) flush();
}

std::string PdfWriter::fit(const std::string& raw, float width, float size) {
  std::string text = win_ansi(raw);
  if (width_of(text, false, size) <= width) return text;
  while (!text.empty() && width_of(text + "...", false, size) > width) text.pop_back();
  return text + "...";
}

void PdfWriter::rule(float thickness) { line(kPdfLeft, y_, right_, y_, thickness); }

void PdfWriter::line(float x1, float y1, float x2, float y2, float thickness) {
  HPDF_Page_SetLineWidth(page_, thickness);
  HPDF_Page_MoveTo(page_, x1, y1);
  HPDF_Page_LineTo(page_, x2, y2);
  HPDF_Page_Stroke(page_);
}

void PdfWriter::letterhead(const std::string& organization_name, const std::string& address) {
  centred("PEMERINTAH DAERAH", true, 12);
  centred(organization_name, true, 15);
  if (!address.empty()) centred(address, false, 10);
  skip(2);
  rule(2);
  skip(3);
  rule(0.5);
  skip(22);
}

std::string PdfWriter::bytes() {
  if (HPDF_SaveToStream(doc_) != HPDF_OK || failed_ != 0)
    throw std::runtime_error("libharu failed with error " + std::to_string(failed_));
  std::string out(HPDF_GetStreamSize(doc_), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(out.size());
  if (HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(out.data()), &size) != HPDF_OK && size != out.size())
    throw std::runtime_error("libharu: cannot read the document");
  out.resize(size);
  return out;
}

}  // namespace mitra::reports
