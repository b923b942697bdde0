#include "reports/pdf_writer.hpp"

#include <stdexcept>

namespace mitra::reports {
namespace {

// libharu reports errors through a callback; remembered here and checked after each document.
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
  auto* failed = static_cast<HPDF_STATUS*>(data);
  if (*failed == 0) *failed = error ? error : detail;
}

}  // namespace

std::string pdf_printable(const std::string& s) {
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
  const std::string text = pdf_printable(raw);
  HPDF_Page_BeginText(page_);
  HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
  HPDF_Page_TextOut(page_, x, y, text.c_str());
  HPDF_Page_EndText(page_);
}

void PdfWriter::centred(const std::string& raw, bool bold, float size) {
  const std::string text = pdf_printable(raw);
  text_at((kPdfLeft + right_ - width_of(text, bold, size)) / 2, y_, text, bold, size);
  y_ -= size + 4;
}

void PdfWriter::paragraph(const std::string& raw, bool bold, float size, float indent) {
  const std::string text = pdf_printable(raw);
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
  std::string text = pdf_printable(raw);
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
