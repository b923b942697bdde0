-- Case notes and assessment versions are never edited (a correction is a new row). Deletion stays
-- possible for retention rules (UU 27/2022).
CREATE FUNCTION case_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER case_note_no_update BEFORE UPDATE ON case_note
  FOR EACH ROW EXECUTE FUNCTION case_record_append_only();
CREATE TRIGGER case_assessment_no_update BEFORE UPDATE ON case_assessment
  FOR EACH ROW EXECUTE FUNCTION case_record_append_only();
