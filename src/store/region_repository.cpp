#include "store/region_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <cctype>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

std::string fold(const std::string& s) {
  std::string out = s;
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

constexpr const char* kUpsertTail =
    " ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, "
    "parent_code = excluded.parent_code, name_folded = excluded.name_folded";

void upsert_regions(UnitOfWork& u, const std::vector<Region>& regions) {
  if (regions.empty()) return;
  if (u.engine() == Engine::sqlite) {
    // In-process: one prepared statement executed per row is fastest.
    std::vector<std::string> code, name, level, parent, folded;
    std::vector<soci::indicator> parent_ind;
    for (const auto& r : regions) {
      code.push_back(r.code);
      name.push_back(r.name);
      level.push_back(r.level);
      parent.push_back(r.parent_code);
      parent_ind.push_back(r.parent_code.empty() ? soci::i_null : soci::i_ok);
      folded.push_back(fold(r.name));
    }
    u.sql() << std::string("INSERT INTO region (code, name, level, parent_code, name_folded) VALUES (:c, :n, :l, :p, :f)") +
                   kUpsertTail,
        use(code), use(name), use(level), use(parent, parent_ind), use(folded);
    return;
  }
  // Over the network: multi-row INSERTs, one round trip per chunk instead of one per row.
  constexpr std::size_t kChunk = 500;
  for (std::size_t begin = 0; begin < regions.size(); begin += kChunk) {
    const std::size_t end = std::min(regions.size(), begin + kChunk);
    std::vector<std::string> folded;
    std::vector<soci::indicator> parent_ind;
    folded.reserve(end - begin);
    parent_ind.reserve(end - begin);
    std::string sql = "INSERT INTO region (code, name, level, parent_code, name_folded) VALUES ";
    soci::statement st(u.sql());
    for (std::size_t i = begin; i < end; ++i) {
      const auto& r = regions[i];
      folded.push_back(fold(r.name));
      parent_ind.push_back(r.parent_code.empty() ? soci::i_null : soci::i_ok);
      const auto n = std::to_string(i - begin);
      sql += (i == begin ? "(" : ", (") + (":c" + n) + ", :n" + n + ", :l" + n + ", :p" + n + ", :f" + n + ")";
      st.exchange(use(r.code, "c" + n));
      st.exchange(use(r.name, "n" + n));
      st.exchange(use(r.level, "l" + n));
      st.exchange(use(r.parent_code, parent_ind.back(), "p" + n));
      st.exchange(use(folded.back(), "f" + n));
    }
    sql += kUpsertTail;
    st.alloc();
    st.prepare(sql);
    st.define_and_bind();
    st.execute(true);
  }
}

std::optional<Region> find_region(UnitOfWork& u, const std::string& code) {
  Region r;
  soci::indicator parent_ind = soci::i_null;
  u.sql() << "SELECT code, name, level, parent_code FROM region WHERE code = :code", into(r.code), into(r.name),
      into(r.level), into(r.parent_code, parent_ind), use(code);
  if (!u.sql().got_data()) return std::nullopt;
  if (parent_ind != soci::i_ok) r.parent_code.clear();
  return r;
}

std::vector<Region> list_regions(UnitOfWork& u, const std::string& parent, const std::string& q,
                                 const std::string& level, const std::string& cursor, int limit) {
  std::vector<Region> out;
  Region r;
  soci::indicator parent_ind = soci::i_null;
  soci::statement st(u.sql());
  st.exchange(into(r.code));
  st.exchange(into(r.name));
  st.exchange(into(r.level));
  st.exchange(into(r.parent_code, parent_ind));
  std::string p = parent, like = like_containing(fold(q)), qq = q, lv = level, cur = cursor;
  // Without a parent or a search text, list provinces.
  if (p.empty() && qq.empty() && lv.empty()) lv = "province";
  int lim = limit + 1;
  st.exchange(use(p, "p1"));
  st.exchange(use(p, "p2"));
  st.exchange(use(qq, "q"));
  st.exchange(use(like, "like"));
  st.exchange(use(lv, "l1"));
  st.exchange(use(lv, "l2"));
  st.exchange(use(cur, "cur"));
  st.exchange(use(lim, "lim"));
  st.alloc();
  st.prepare(
      "SELECT code, name, level, parent_code FROM region WHERE (:p1 = '' OR parent_code = :p2) "
      "AND (:q = '' OR name_folded LIKE :like) AND (:l1 = '' OR level = :l2) AND code > :cur ORDER BY code LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    Region copy = r;
    if (parent_ind != soci::i_ok) copy.parent_code.clear();
    out.push_back(std::move(copy));
  }
  return out;
}

long long count_regions(UnitOfWork& u) {
  long long n = 0;
  u.sql() << "SELECT COUNT(*) FROM region", into(n);
  return n;
}

}  // namespace mitra::store
