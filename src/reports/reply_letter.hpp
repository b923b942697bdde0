// The reply letter to an assistance request (surat balasan permohonan bantuan) as a PDF: the
// responder's letterhead (kop surat), number, date, addressee, the items with requested and
// approved quantities, the decision and a signature block. libharu; no I/O.
#pragma once
#include <string>
#include <vector>

namespace mitra::reports {

struct LetterLine {
  std::string description, unit;
  int requested = 0, approved = 0;
};

struct ReplyLetterData {
  std::string organization_name, address;  // kop surat
  std::string number, place, date;         // date in words, e.g. "5 Maret 2024"
  std::string addressee;                   // the requesting organisation
  std::string subject;
  std::string reference;  // "Surat Saudara nomor ... tanggal ..."
  std::string activity;   // the activity and its date, "" when none
  std::string decision;   // "Disetujui seluruhnya" / "Disetujui sebagian" / "Ditolak"
  std::string note;       // the reason or remarks
  std::vector<LetterLine> lines;
  std::string signatory_title, signatory_name;
};

// The PDF bytes, text in win_ansi() (pdf_writer.hpp). Throws std::runtime_error
// if libharu fails (out of memory), which is a bug or a server problem, not bad input.
std::string render_reply_letter(const ReplyLetterData& d);

// "2024-03-05" -> "5 Maret 2024"; anything else unchanged.
std::string indonesian_date(const std::string& iso_day);

}  // namespace mitra::reports
