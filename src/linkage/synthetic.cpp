#include "linkage/synthetic.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

namespace mitra::linkage {
namespace {

constexpr std::string_view kMale[] = {
    "Agus", "Budi", "Joko", "Bambang", "Hendra", "Rizki", "Andi", "Dedi", "Eko", "Fajar", "Hadi", "Irfan",
    "Iwan", "Yusuf", "Arif", "Bayu", "Dimas", "Fikri", "Galih", "Hasan", "Ilham", "Kurnia", "Lukman",
    "Rahmat", "Slamet", "Sugeng", "Teguh", "Wahyu", "Yoga", "Zainal", "Imam", "Jaka", "Surya", "Taufik",
    "Sutrisno", "Suharto", "Sukarno", "Supriyadi", "Sumarno", "Haryanto", "Suryanto", "Gunawan", "Cahyo",
    "Heru", "Krisna", "Mulyadi", "Nanang", "Purnomo", "Rudi", "Samsul", "Syahrul", "Tono", "Udin", "Wawan",
    "Yanto", "Adi", "Aldi", "Reza", "Rizal", "Fauzi", "Hamzah", "Ismail", "Jamal", "Khairul", "Darmawan",
    "Firman", "Hidayat", "Junaidi", "Kasim", "Lutfi", "Mansur", "Nasrul", "Rosyid", "Sahrul", "Yudi",
    "Ardiansyah", "Bagus", "Candra", "Danu", "Erwin", "Ferdi", "Gilang", "Hafiz", "Indra", "Januar",
    "Kevin", "Lucky", "Made", "Nyoman", "Ketut", "Wayan", "Putu", "Gede", "Komang", "Ucok", "Togar",
    "Parlindungan", "Baharuddin", "Syamsuddin", "Nurdin", "Amiruddin", "Jumadi", "Mustofa", "Ridwan"};
constexpr std::string_view kFemale[] = {
    "Sri", "Dewi", "Ayu", "Rina", "Wati", "Yuni", "Fitri", "Ani", "Lestari", "Nurhaliza", "Aminah",
    "Fatimah", "Aisyah", "Indah", "Kartika", "Lina", "Maya", "Novi", "Putri", "Ratna", "Sari", "Tuti",
    "Umi", "Wulan", "Yanti", "Zahra", "Endang", "Suharti", "Sulastri", "Suryani", "Kurniawati", "Handayani",
    "Rahayu", "Setyowati", "Mulyani", "Purwanti", "Susanti", "Wahyuni", "Astuti", "Hartini", "Nining",
    "Eka", "Desi", "Erna", "Farida", "Hana", "Intan", "Jamilah", "Khadijah", "Laila", "Mega", "Nadia",
    "Oktavia", "Pratiwi", "Rosita", "Salma", "Titin", "Utami", "Vina", "Winda", "Yulia", "Zulaikha",
    "Anisa", "Bunga", "Citra", "Diah", "Elok", "Gita", "Hesti", "Irma", "Juwita", "Kiki", "Lilis", "Mira",
    "Nia", "Okta", "Puspita", "Rini", "Siska", "Tari", "Ulfa", "Vera", "Yati", "Halimah", "Maryam",
    "Rohani", "Salamah", "Sumiati", "Juariah", "Komariah", "Rukmini", "Ngatini", "Tukinah", "Painem"};
constexpr std::string_view kParts[] = {
    "Saputra", "Wijaya", "Pratama", "Santoso", "Setiawan", "Kurniawan", "Nugroho", "Hidayat", "Siregar",
    "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sinaga", "Tampubolon", "Hutapea", "Manurung",
    "Sitompul", "Panjaitan", "Situmorang", "Ramadhan", "Permana", "Firmansyah", "Hakim", "Rahman",
    "Syahputra", "Gunadi", "Susilo", "Wibowo", "Prasetyo", "Utomo", "Purnama", "Sanjaya", "Halim",
    "Effendi", "Hasibuan", "Daulay", "Pohan", "Tanjung", "Batubara", "Ginting", "Sembiring", "Tarigan",
    "Pane", "Rangkuti", "Matondang", "Pardede", "Silalahi", "Sihombing", "Napitupulu", "Pasaribu",
    "Saragih", "Damanik", "Purba", "Wahyudi", "Suryadi", "Hermawan", "Irawan", "Yulianto", "Riyadi",
    "Maulana", "Iskandar", "Kusuma", "Anggraini", "Safitri", "Wulandari", "Puspitasari", "Novitasari",
    "Rahmawati", "Hasanah", "Nurjanah", "Fadillah", "Maharani", "Oktaviani", "Permatasari", "Lestari",
    "Ningsih", "Rahmadani", "Amalia", "Fitriani", "Handoko", "Susanto", "Hartono", "Gunawan", "Budiman",
    "Darmawan", "Sulaiman", "Yusuf", "Ibrahim", "Ismail", "Hamid", "Latif", "Karim", "Mahmud", "Anwar",
    "Sudirman", "Tjahjono", "Djunaedi", "Soeharjo", "Soetomo", "Wahjudi", "Djamaluddin", "Tjiptono",
    "Chairul", "Achmadi", "Mochtar", "Rasyid", "Zulkarnain", "Baskoro", "Wicaksono", "Adiputra",
    "Mahendra", "Pangestu", "Saragi", "Daeng", "Patta", "Lamusu", "Pakaya", "Mokodompit", "Rumbiak",
    "Wenda", "Kogoya", "Tabuni", "Ndruru", "Zebua", "Laia", "Gulo", "Harefa", "Telaumbanua"};

template <class T, std::size_t N>
std::string pick(const T (&list)[N], std::mt19937_64& rng) {
  return std::string(list[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)]);
}

bool chance(std::mt19937_64& rng, double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
int uniform(std::mt19937_64& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ') {
      if (!w.empty()) out.push_back(std::move(w)), w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) {
    if (!s.empty()) s += ' ';
    s += w;
  }
  return s;
}

std::string typo(std::string w, std::mt19937_64& rng) {
  if (w.size() < 3) return w;
  const auto i = static_cast<std::size_t>(uniform(rng, 1, static_cast<int>(w.size()) - 1));
  const char letter = static_cast<char>('a' + uniform(rng, 0, 25));
  switch (uniform(rng, 0, 3)) {
    case 0: w.erase(i, 1); break;
    case 1: w.insert(i, 1, letter); break;
    case 2: w[i] = letter; break;
    default: if (i + 1 < w.size()) std::swap(w[i], w[i + 1]); break;
  }
  return w;
}

// Today's spelling written the old way (or the reverse), as registries still do.
std::string old_spelling(std::string w) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"Dj", "J"}, {"dj", "j"}, {"Tj", "C"}, {"tj", "c"}, {"oe", "u"}, {"Oe", "U"}, {"ch", "kh"}, {"j", "y"}};
  for (auto [old_form, new_form] : kPairs) {
    if (auto at = w.find(old_form); at != std::string::npos) return w.replace(at, old_form.size(), new_form);
    if (auto at = w.find(new_form); at != std::string::npos) return w.replace(at, new_form.size(), old_form);
  }
  return w;
}

std::string two(int v) {
  char b[4];
  std::snprintf(b, sizeof b, "%02d", v % 100);
  return b;
}

std::string date_text(int y, int m, int d) { return std::to_string(y) + "-" + two(m) + "-" + two(d); }

std::string muhammad_variant(std::mt19937_64& rng) {
  static constexpr std::string_view kForms[] = {"Muhammad", "Muhamad", "Mohammad", "Moh.", "M.", "Mochammad", "Muh."};
  return pick(kForms, rng);
}

Record original(std::mt19937_64& rng, std::uint32_t serial) {
  Record r;
  const bool female = chance(rng, 0.5);
  r.sex = female ? 'P' : 'L';
  std::vector<std::string> words;
  if (!female && chance(rng, 0.15)) words.push_back(muhammad_variant(rng));
  else if (female && chance(rng, 0.12)) words.push_back(chance(rng, 0.8) ? "Siti" : "Nur");
  else if (!female && chance(rng, 0.04)) words.push_back(chance(rng, 0.5) ? "Abdul" : "Ahmad");
  words.push_back(female ? pick(kFemale, rng) : pick(kMale, rng));
  const int parts = uniform(rng, 0, 9) < 2 ? 0 : (uniform(rng, 0, 9) < 6 ? 1 : 2);
  for (int k = 0; k < parts; ++k) words.push_back(pick(kParts, rng));
  r.name = join(words);
  const int province = uniform(rng, 11, 44), regency = uniform(rng, 1, 12), district = uniform(rng, 1, 15);
  r.region = {two(province), two(province) + "." + two(regency), two(province) + "." + two(regency) + "." + two(district)};
  const int year = uniform(rng, 1940, 2022), month = uniform(rng, 1, 12), day = uniform(rng, 1, 28);
  if (chance(rng, 0.08)) {  // the registry never knew the date
    r.birth_date = chance(rng, 0.3) ? date_text(year, month, 15) : (year < 2004 ? date_text(year, 12, 31) : date_text(year, 7, 1));
  } else {
    r.birth_date = date_text(year, month, day);
  }
  const int nik_day = std::stoi(r.birth_date.substr(8, 2)) + (female ? 40 : 0);
  r.id_number = two(province) + two(regency) + two(district) + two(nik_day) + r.birth_date.substr(5, 2) +
                r.birth_date.substr(2, 2) + two(1 + static_cast<int>(serial / 100 % 99)) + two(1 + static_cast<int>(serial % 99));
  if (chance(rng, 0.6)) {
    std::vector<std::string> mother{chance(rng, 0.1) ? "Siti" : pick(kFemale, rng)};
    if (chance(rng, 0.5)) mother.push_back(pick(kParts, rng));
    r.mother_name = join(mother);
  }
  r.address = "Jl. " + pick(kParts, rng) + " No. " + std::to_string(uniform(rng, 1, 200));
  return r;
}

}  // namespace

Record corrupt_record(const Record& o, std::mt19937_64& rng) {
  Record r = o;
  auto words = split(r.name);
  for (auto& w : words) {
    if (w == "Muhammad" || w == "Muhamad" || w == "Mohammad" || w == "Moh." || w == "M." || w == "Mochammad" || w == "Muh.") {
      if (chance(rng, 0.6)) w = muhammad_variant(rng);
    } else if (w == "Siti" && chance(rng, 0.3)) {
      w = "St.";
    } else if (w == "Nur" && chance(rng, 0.3)) {
      w = chance(rng, 0.5) ? "Noor" : "Nurul";
    } else if (w == "Abdul" && chance(rng, 0.3)) {
      w = "Abd.";
    }
  }
  for (auto& w : words)
    if (chance(rng, 0.12)) w = old_spelling(w);
  if (chance(rng, 0.3)) {
    auto& w = words[static_cast<std::size_t>(uniform(rng, 0, static_cast<int>(words.size()) - 1))];
    w = typo(w, rng);
  }
  if (chance(rng, 0.04)) {  // a nickname: the last syllables of the given name
    auto& w = words[words.size() > 1 && words[0].back() == '.' ? 1 : 0];
    if (w.size() >= 7) w = std::string(1, static_cast<char>(std::toupper(w[w.size() - 5]))) + w.substr(w.size() - 4);
  }
  if (words.size() >= 2 && chance(rng, 0.12)) words.erase(words.begin() + uniform(rng, 0, static_cast<int>(words.size()) - 1));
  if (words.size() >= 2 && chance(rng, 0.08)) std::rotate(words.begin(), words.begin() + 1, words.end());
  if (words.size() >= 3 && chance(rng, 0.03)) words.resize(1);
  if (chance(rng, 0.04)) {
    std::string title = r.sex == 'P' ? "Hj." : "H.";
    words.insert(words.begin(), std::move(title));
  }
  r.name = join(words);
  if (chance(rng, 0.04)) r.name += ", S.Pd.";
  // NIK: missing in about 40% of registrations, a typo in 4%.
  if (chance(rng, 0.4)) r.id_number.clear();
  else if (chance(rng, 0.04)) r.id_number[static_cast<std::size_t>(uniform(rng, 12, 15))] = static_cast<char>('0' + uniform(rng, 0, 9));
  // Birth date.
  if (r.birth_date.size() == 10) {
    const int year = std::stoi(r.birth_date.substr(0, 4));
    const int month = std::stoi(r.birth_date.substr(5, 2)), day = std::stoi(r.birth_date.substr(8, 2));
    const double d = std::uniform_real_distribution<double>(0, 1)(rng);
    if (d < 0.08) {
      r.birth_date = year < 2004 ? date_text(year, 12, 31) : date_text(year, 7, 1);
    } else if (d < 0.15) {  // only an age was given
      r.birth_date = date_text(year + uniform(rng, -2, 2), 7, 1);
      r.birth_estimated = true;
    } else if (d < 0.18 && day <= 12) {
      r.birth_date = date_text(year, day, month);
    } else if (d < 0.22) {
      r.birth_date = date_text(year + (chance(rng, 0.5) ? 1 : -1) * (chance(rng, 0.5) ? 1 : 10), month, day);
    } else if (d < 0.26) {
      r.birth_date.clear();
    }
  }
  // Moved within the regency or elsewhere.
  if (chance(rng, 0.12)) {
    const bool far = chance(rng, 0.35);
    const std::string province = far ? two(uniform(rng, 11, 44)) : r.region[0];
    const std::string regency = far ? province + "." + two(uniform(rng, 1, 12)) : r.region[1];
    r.region = {province, regency, regency + "." + two(uniform(rng, 1, 15))};
    r.address = "Jl. " + std::string(kParts[static_cast<std::size_t>(uniform(rng, 0, 50))]) + " No. " + std::to_string(uniform(rng, 1, 200));
  }
  if (!r.mother_name.empty() && chance(rng, 0.3)) r.mother_name.clear();
  else if (!r.mother_name.empty() && chance(rng, 0.15)) r.mother_name = typo(r.mother_name, rng);
  if (chance(rng, 0.05)) r.sex = 0;
  if (chance(rng, 0.3)) r.address.clear();
  return r;
}

SyntheticSet generate_synthetic(std::size_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  SyntheticSet set;
  set.records.reserve(count);
  set.entity.reserve(count);
  std::uint32_t entity = 0;
  while (set.records.size() < count) {
    const Record full = original(rng, entity);
    Record o = full;
    // The first registration carries the NIK about 65% of the time.
    if (chance(rng, 0.35)) o.id_number.clear();
    const double x = std::uniform_real_distribution<double>(0, 1)(rng);
    const int dups = x < 0.5 ? 0 : (x < 0.8 ? 1 : (x < 0.95 ? 2 : 3));
    set.records.push_back(o);
    set.entity.push_back(entity);
    for (int k = 0; k < dups && set.records.size() < count; ++k) {
      set.records.push_back(corrupt_record(full, rng));
      set.entity.push_back(entity);
    }
    ++entity;
  }
  // Shuffle records and truth together.
  std::vector<std::size_t> order(set.records.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  SyntheticSet out;
  out.records.reserve(order.size());
  out.entity.reserve(order.size());
  for (auto i : order) {
    out.records.push_back(std::move(set.records[i]));
    out.entity.push_back(set.entity[i]);
  }
  return out;
}

}  // namespace mitra::linkage
