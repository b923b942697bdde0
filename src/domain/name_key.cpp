#include "domain/name_key.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace mitra {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The letters a key can hold: 'a' (a leading vowel) and the consonants left after spelling_form.
constexpr std::string_view kKeyAlphabet = "abcdghklmnprstwy";

// Old and variant spellings, longest first at each position: (from, to).
struct Rewrite {
  std::string_view from, to;
};
constexpr Rewrite kRewrites[] = {
    {"oe", "u"},  // EYD before 1972: Soekarno, Wahjoe
    {"dj", "y"},  // Djoko -> Joko; old and new "j" both become "y" (see below)
    {"tj", "c"},  // Tjahjo -> Cahyo
    {"sj", "s"},  // Sjamsul -> Syamsul -> Samsul
    {"nj", "ny"},
    {"ch", "h"},  // Mochammad, Achmad
    {"kh", "h"},  // Khairul / Hairul, Akhmad
    {"ph", "p"},
    {"th", "t"},
    {"dh", "d"},  // Ramadhan
    {"gh", "g"},
    {"sh", "s"},
    {"sy", "s"},  // Syamsul / Samsul
    {"ck", "k"},
    {"q", "k"},   // Taufiq / Taufik
    {"x", "ks"},
    {"f", "p"},   // Yusuf / Yusup, Arif / Arip
    {"v", "p"},
    {"z", "s"},   // Rizky / Risky
    {"j", "y"},   // old "j" is today's "y": Jusuf / Yusuf, Wahju / Wahyu
};

}  // namespace

std::vector<std::string> fold_name_tokens(std::string_view name) {
  std::string folded;
  utf8proc_uint8_t* mapped = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                              static_cast<utf8proc_ssize_t>(name.size()), &mapped,
                              static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                             UTF8PROC_STRIPMARK | UTF8PROC_STABLE));
  if (n >= 0) {
    folded.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  } else {  // not UTF-8: keep the ASCII letters
    folded.assign(name);
    for (auto& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::free(mapped);
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
    } else if (c == '\'' || c == '`') {
      continue;
    } else if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019, the typographic apostrophe
      i += 2;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::string spelling_form(std::string_view typed) {
  // A written "y" not before a vowel is an "i": Sity, Dewy, Rizky (before the rewrites, whose
  // "y" from an old "j" is a consonant: Fajr / Fajar).
  std::string word(typed);
  for (std::size_t i = 0; i < word.size(); ++i)
    if (word[i] == 'y' && (i + 1 == word.size() || !is_vowel(word[i + 1]))) word[i] = 'i';
  std::string s;
  for (std::size_t i = 0; i < word.size();) {
    bool rewritten = false;
    for (const auto& r : kRewrites) {
      if (word.compare(i, r.from.size(), r.from) == 0) {
        s.append(r.to);
        i += r.from.size();
        rewritten = true;
        break;
      }
    }
    if (!rewritten) s.push_back(word[i++]);
  }
  s.erase(std::unique(s.begin(), s.end()), s.end());  // Muhammad / Muhamad, Sitti / Siti
  // A final "h" after a vowel is often dropped: Fatimah / Fatima.
  if (s.size() > 2 && s.back() == 'h' && is_vowel(s[s.size() - 2])) s.pop_back();
  return s;
}

std::string name_key(std::string_view spelling) {
  std::string key;
  for (std::size_t i = 0; i < spelling.size(); ++i) {
    const char c = spelling[i];
    if (i == 0)
      key.push_back(is_vowel(c) ? 'a' : c);
    else if (!is_vowel(c))
      key.push_back(c);
  }
  return key;
}

std::vector<std::string> key_neighbours(const std::string& key) {
  std::vector<std::string> out{key};
  if (key.size() < 3) return out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    out.push_back(key.substr(0, i) + key.substr(i + 1));
    for (char c : kKeyAlphabet) {
      std::string s = key;
      s[i] = c;
      out.push_back(std::move(s));
    }
    if (i + 1 < key.size()) {
      std::string t = key;
      std::swap(t[i], t[i + 1]);
      out.push_back(std::move(t));
    }
  }
  for (std::size_t i = 0; i <= key.size(); ++i)
    for (char c : kKeyAlphabet) out.push_back(key.substr(0, i) + c + key.substr(i));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

int word_cost(std::string_view typed, std::string_view registered) {
  if (typed == registered) return 0;
  const std::string t = spelling_form(typed), r = spelling_form(registered);
  if (t == r) return 1;
  if (typed.size() >= 3 && r.size() > t.size() && r.compare(0, t.size(), t) == 0) return 2;
  const int allowed = t.size() <= 5 ? 1 : 2;
  const int d = edit_distance(t, r);
  if (d > allowed) return -1;
  return name_key(t) == name_key(r) ? std::min(3, 2 + 2 * d) : 2 + 2 * d;
}

int name_cost(const std::vector<std::string>& typed_words, const std::vector<std::string>& registered_words) {
  int total = 0;
  for (const auto& t : typed_words) {
    int best = -1;
    for (const auto& r : registered_words) {
      const int c = word_cost(t, r);
      if (c >= 0 && (best < 0 || c < best)) best = c;
      if (best == 0) break;
    }
    if (best < 0) return -1;
    total += best;
  }
  return total;
}

}  // namespace mitra
