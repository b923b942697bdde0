-- Case notes and assessment versions are never edited (a correction is a new row). Deletion stays
-- possible for retention rules (UU 27/2022).
CREATE TRIGGER case_note_no_update BEFORE UPDATE ON case_note
BEGIN
  SELECT RAISE(ABORT, 'case_note is append-only');
END;
CREATE TRIGGER case_assessment_no_update BEFORE UPDATE ON case_assessment
BEGIN
  SELECT RAISE(ABORT, 'case_assessment is append-only');
END;
