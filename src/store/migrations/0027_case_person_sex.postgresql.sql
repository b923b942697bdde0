-- client_case.person_sex follows the person (0027_case_person_sex.sql).
CREATE FUNCTION client_case_person_sex() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.person_sex := COALESCE((SELECT p.sex FROM person p WHERE p.id = NEW.person_id), '');
  RETURN NEW;
END;
$$;
CREATE TRIGGER client_case_sex BEFORE INSERT OR UPDATE OF person_id ON client_case
  FOR EACH ROW EXECUTE FUNCTION client_case_person_sex();
CREATE FUNCTION person_sex_to_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE client_case SET person_sex = NEW.sex WHERE person_id = NEW.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER person_sex_cases AFTER UPDATE OF sex ON person
  FOR EACH ROW WHEN (NEW.sex IS DISTINCT FROM OLD.sex) EXECUTE FUNCTION person_sex_to_cases();
