-- Typo-tolerant person search: each word of a person's full name and other names, as its
-- spelling form and phonetic key (domain/name_key.hpp). Written with the person; filled for
-- existing persons by the C++ step of this migration (store/migrations.cpp).

CREATE TABLE person_name_key (
  person_id TEXT NOT NULL REFERENCES person (id),
  name_key TEXT NOT NULL,                -- phonetic key: "mhmd" for Muhammad, Mochammad, ...
  spelling TEXT NOT NULL                 -- spelling form: "muhamad", "mohamad", ...
);
CREATE INDEX person_name_key_key ON person_name_key (name_key, person_id);
CREATE INDEX person_name_key_spelling ON person_name_key (spelling, person_id);
CREATE INDEX person_name_key_person ON person_name_key (person_id);

-- The plain list walks persons by (name, id) and stops after a page: with id in the index no
-- sort of every equal name is needed, and the cursor condition can use it.
DROP INDEX person_name;
CREATE INDEX person_name_id ON person (name_folded, id);
