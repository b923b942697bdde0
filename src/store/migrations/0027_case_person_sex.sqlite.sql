-- client_case.person_sex follows the person (0027_case_person_sex.sql).
CREATE TRIGGER client_case_sex_on_insert AFTER INSERT ON client_case
BEGIN
  UPDATE client_case SET person_sex = COALESCE((SELECT p.sex FROM person p WHERE p.id = NEW.person_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER client_case_sex_on_move AFTER UPDATE OF person_id ON client_case
BEGIN
  UPDATE client_case SET person_sex = COALESCE((SELECT p.sex FROM person p WHERE p.id = NEW.person_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER person_sex_to_cases AFTER UPDATE OF sex ON person WHEN NEW.sex IS NOT OLD.sex
BEGIN
  UPDATE client_case SET person_sex = NEW.sex WHERE person_id = NEW.id;
END;
