// Name normalisation for typo-tolerant person search: Indonesian spelling variants (old EYD
// spelling "oe", "dj", "tj"; "Muhamad"/"Muhammad"/"Mochammad"; "Siti"/"Sity"), doubled or
// dropped letters, and small typos. Pure functions; the store indexes their output.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mitra {

// A name's words, case-folded and stripped of accents (utf8proc), letters a-z only; other
// characters separate words, except apostrophes, which are dropped ("Ma'ruf" -> "maruf").
std::vector<std::string> fold_name_tokens(std::string_view name);

// One folded word in today's spelling with variants merged and doubled letters collapsed:
// "mochammad" -> "mohamad", "soekarno" -> "sukarno", "djoko" -> "yoko" (old "j" and "dj"
// both become "y", so "Jusuf" meets "Yusuf"), "sity" -> "siti", "fatimah" -> "patima" (f and p merge:
// Yusuf / Yusup).
std::string spelling_form(std::string_view folded_word);

// The phonetic key of a spelling form: its first letter (any vowel -> 'a') followed by its
// consonants ("muhamad" -> "mhmd", "siti" -> "st", "amina" -> "amn"). Spelling variants share
// a key; a typo usually changes it by one letter.
std::string name_key(std::string_view spelling);

// Every key within one edit (deletion, substitution, insertion, adjacent transposition) of
// `key` over the key alphabet, `key` itself included, sorted and unique. Keys shorter than
// three letters return only themselves (one edit away from them is half the registry).
std::vector<std::string> key_neighbours(const std::string& key);

// Damerau-Levenshtein distance (optimal string alignment) between two words.
int edit_distance(std::string_view a, std::string_view b);

// How far a typed word is from a registered word, in points (lower is closer); -1 when they
// do not match. 0 same word, 1 same spelling form, 2 the registered word starts with the typed
// one (three letters or more), 3 same key; otherwise 2 + 2 x edit distance of the spelling
// forms. Beyond the first three cases the spelling forms may differ by at most 1 edit (words
// of up to 5 letters) or 2.
int word_cost(std::string_view typed, std::string_view registered);

// How far a typed name is from a registered person's names (full name and other names):
// the sum of each typed word's best word_cost; -1 when some typed word matches none.
int name_cost(const std::vector<std::string>& typed_words, const std::vector<std::string>& registered_words);

}  // namespace mitra
