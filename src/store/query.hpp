// Small helpers shared by the repositories for the two most common reads.
#pragma once
#include <soci/soci.h>

#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "domain/text_list.hpp"
#include "store/database.hpp"

namespace mitra::store {

// Lists kept in one text column, comma-separated: mitra::join_list / split_list (domain/text_list.hpp).
// A LIKE pattern for text containing `text` anywhere: "%text%".
std::string like_containing(const std::string& text);
// Lists of free text kept one item per line (agenda, obligations, outputs); empty lines dropped.
std::string join_lines(const std::vector<std::string>& items);
std::vector<std::string> split_lines(const std::string& text);

// One text column of every row `sql` returns for one bound key (":k" style, any name).
std::vector<std::string> select_strings(UnitOfWork& u, const char* sql, const std::string& key);

// The row `columns + where` returns for `key` (bound as ":k"), read through a Row type with
// bind(soci::statement&) and take(); nullopt when there is none.
template <class Row>
auto select_one(UnitOfWork& u, const std::string& columns, const char* where, const std::string& key)
    -> std::optional<decltype(Row{}.take())> {
  Row row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string k = key;
  st.exchange(soci::use(k, "k"));
  st.alloc();
  st.prepare(columns + where);
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.take();
}

// Every row `sql` returns, read through a Row type with bind(soci::statement&) and take();
// `bind_params(statement&)` binds the query's named parameters.
template <class Row, class F>
auto select_rows(UnitOfWork& u, const std::string& sql, F&& bind_params) -> std::vector<decltype(Row{}.take())> {
  std::vector<decltype(Row{}.take())> out;
  Row row;
  soci::statement st(u.sql());
  row.bind(st);
  bind_params(st);
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

// The same with the query given as `columns + where`, like select_one.
template <class Row, class F>
auto select_all(UnitOfWork& u, const std::string& columns, const std::string& where, F&& bind_params) {
  return select_rows<Row>(u, columns + where, std::forward<F>(bind_params));
}

}  // namespace mitra::store
