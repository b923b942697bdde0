// A small layer over libharu shared by the PDF documents (reply letter, statistics tables):
// an A4 page with margins, a cursor moving down, text in the standard Helvetica fonts, the
// letterhead (kop surat), optional password protection. No I/O: bytes() gives the document.
#pragma once
#include <hpdf.h>

#include <string>

namespace mitra::reports {

inline constexpr float kPdfLeft = 56, kPdfRight = 539, kPdfTop = 800, kPdfBottom = 70;

// UTF-8 text in the standard fonts' WinAnsi (Windows-1252) encoding: Latin-1 letters (é, ü,
// ñ...), curly quotes, dashes, bullets and the euro sign are kept; any other character becomes
// one '?', invalid UTF-8 bytes are dropped, and tabs and line breaks become spaces.
std::string win_ansi(const std::string& utf8);

struct PdfOptions {
  bool compress = true;
  bool landscape = false;
  std::string password;  // non-empty: the document opens only with it (RC4 128-bit, revision 3), printing allowed
};

class PdfWriter {
 public:
  explicit PdfWriter(const PdfOptions& options = {});
  ~PdfWriter();
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  void new_page();
  // Starts a new page when fewer than `height` points are left.
  void need(float height);
  float width_of(const std::string& text, bool bold, float size);
  void text_at(float x, float y, const std::string& raw, bool bold = false, float size = 11);
  void centred(const std::string& raw, bool bold, float size);
  // Wrapped at the margins; each line `size + 4` points below the last.
  void paragraph(const std::string& raw, bool bold = false, float size = 11, float indent = 0);
  // The text cut with "..." to fit `width` points.
  std::string fit(const std::string& raw, float width, float size);
  void rule(float thickness);
  void line(float x1, float y1, float x2, float y2, float thickness);
  void skip(float points) { y_ -= points; }
  float y() const { return y_; }
  float left() const { return kPdfLeft; }
  float right() const { return right_; }
  // The kop surat: "PEMERINTAH DAERAH", the organisation's name and address, a double rule.
  void letterhead(const std::string& organization_name, const std::string& address);

  // The document's bytes. Throws std::runtime_error if libharu failed.
  std::string bytes();

 private:
  HPDF_STATUS failed_ = 0;
  HPDF_Doc doc_;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
  HPDF_Page page_ = nullptr;
  bool landscape_ = false;
  float y_ = kPdfTop, top_ = kPdfTop, right_ = kPdfRight;
};

}  // namespace mitra::reports
