-- The records of the journey after intake that `mitra generate` does not make, added in SQL to the
-- large benchmark database (bench_big_db in bench/lib.sh), so that every statistic of the
-- dashboard reads a registry-sized table: services, shelter stays with discharges, follow-up
-- plans and visits, referrals, and patrols that net some discharged persons again. Deterministic
-- (rowid arithmetic); every row's id ends in a letter that marks it synthetic.
CREATE TEMP TABLE gen AS
  SELECT c.rowid AS n, c.id, c.person_id, c.organization_id, c.opened_at, c.opened_by
  FROM client_case c JOIN consent s ON s.person_id = c.person_id AND s.purpose LIKE '%(data sintetis)';

-- Every second case gets a service a week after opening, of six kinds (education with a school
-- level, civil documents with an issue date: the outcome counts read both).
INSERT INTO case_service (id, case_id, person_id, provider_organization, service_type, status, starts_on, ends_on,
                          outcome, details, created_by, created_at, updated_at)
SELECT g.id || '-s', g.id, g.person_id, g.organization_id,
       CASE (g.n / 2) % 6 WHEN 0 THEN 'basic_needs' WHEN 1 THEN 'education' WHEN 2 THEN 'health'
                    WHEN 3 THEN 'civil_document' WHEN 4 THEN 'counselling' ELSE 'social_care' END,
       'completed', date(g.opened_at, '+7 days'), date(g.opened_at, '+37 days'), '',
       CASE (g.n / 2) % 6 WHEN 1 THEN '{"level":"' || (CASE g.n % 3 WHEN 0 THEN 'SD' WHEN 1 THEN 'SMP' ELSE 'SMA' END) || '"}'
                    WHEN 3 THEN '{"document":"akta_kelahiran","issued_on":"' || date(g.opened_at, '+30 days') || '"}'
                    ELSE '{}' END,
       g.opened_by, g.opened_at, g.opened_at
FROM gen g WHERE g.n % 2 = 0;

-- Every case of an organisation with a shelter: a stay of 1-60 days, discharged to a family, home,
-- an LKS or a hospital, or run away.
INSERT INTO shelter_stay (id, facility_id, case_id, person_id, region_code, bed_group, status, admitted_at,
                          planned_days, planned_until, health_checked, admitted_by, discharged_at, destination,
                          discharged_by, created_at, updated_at)
SELECT g.id || '-t', f.organization_id, g.id, g.person_id, f.region_code,
       CASE g.n % 4 WHEN 0 THEN 'male_child' WHEN 1 THEN 'female_child' WHEN 2 THEN 'male_adult' ELSE 'female_adult' END,
       'discharged', g.opened_at, 30, date(g.opened_at, '+30 days'), 1, g.opened_by,
       strftime('%Y-%m-%dT%H:%M:%SZ', g.opened_at, '+' || (1 + g.n % 60) || ' days'),
       CASE g.n % 5 WHEN 0 THEN 'family' WHEN 1 THEN 'home' WHEN 2 THEN 'lks' WHEN 3 THEN 'hospital' ELSE 'ran_away' END,
       g.opened_by, g.opened_at, g.opened_at
FROM gen g JOIN shelter_facility f ON f.organization_id = g.organization_id;

-- A follow-up plan for each stay's case, with monthly visits over three months; two in three
-- visited, on time or a week late.
INSERT INTO follow_up_plan (id, case_id, organization_id, starts_on, months, interval_months, created_by, created_at)
SELECT st.case_id || '-f', st.case_id, st.facility_id, date(st.discharged_at, '+30 days'), 3, 1, st.admitted_by,
       st.discharged_at
FROM shelter_stay st WHERE st.id LIKE '%-t';
INSERT INTO follow_up_visit (id, plan_id, case_id, person_id, organization_id, due_on, visited_on, seen_on_street,
                             created_at)
SELECT p.id || k.k, p.id, p.case_id, c.person_id, p.organization_id, date(p.starts_on, '+' || (k.k - 1) || ' months'),
       CASE (c.rowid + k.k) % 3 WHEN 0 THEN '' WHEN 1 THEN date(p.starts_on, '+' || (k.k - 1) || ' months')
            ELSE date(p.starts_on, '+' || (k.k - 1) || ' months', '+7 days') END,
       (c.rowid + k.k) % 10 = 0, p.created_at
FROM follow_up_plan p JOIN client_case c ON c.id = p.case_id
CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) k
WHERE p.id LIKE '%-f';

-- One case in twenty referred to another organisation of its region, accepted in 1-5 days.
INSERT INTO referral (id, case_id, person_id, from_organization, to_organization, kind, service, reason, status,
                      consent_basis, reply_due, replied_at, created_by, created_at, updated_at)
SELECT g.id || '-r', g.id, g.person_id, g.organization_id, t.id, 'referral', 'Konseling', 'Rujukan (data sintetis)',
       'accepted', 'consent', strftime('%Y-%m-%dT%H:%M:%SZ', g.opened_at, '+3 days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', g.opened_at, '+' || (1 + g.n % 5) || ' days'), g.opened_by, g.opened_at,
       g.opened_at
FROM gen g JOIN organization o ON o.id = g.organization_id
JOIN organization t ON t.id = (SELECT x.id FROM organization x WHERE x.region_code = o.region_code
                                 AND x.id <> o.id ORDER BY x.id LIMIT 1)
WHERE g.n % 20 = 0;

-- A night patrol per month and shelter from 2019 on; one discharged person in four is netted
-- again by the patrol of the fourth month after discharge (back on the street within 6 months).
INSERT INTO patrol (id, organization_id, region_code, kind, started_at, place, agencies, receiving_organization,
                    created_by, created_at)
WITH RECURSIVE m(day) AS (SELECT '2019-01-15' UNION ALL SELECT date(day, '+1 month') FROM m WHERE day < '2026-12-15')
SELECT f.organization_id || '-p' || substr(m.day, 1, 7), f.organization_id, f.region_code, 'patrol',
       m.day || 'T21:00:00Z', 'Patroli malam (data sintetis)', 'satpol_pp', f.organization_id, f.updated_by, m.day || 'T23:00:00Z'
FROM shelter_facility f CROSS JOIN m;
INSERT INTO patrol_person (patrol_id, person_id, case_id, added_by, added_at)
SELECT st.facility_id || '-p' || substr(date(st.discharged_at, 'start of month', '+4 months'), 1, 7), st.person_id,
       st.case_id, st.admitted_by, st.discharged_at
FROM shelter_stay st
WHERE st.id LIKE '%-t' AND st.rowid % 4 = 0 AND date(st.discharged_at, 'start of month', '+4 months') < '2027-01-01'
  AND NOT EXISTS (SELECT 1 FROM patrol_person x WHERE x.patrol_id = st.facility_id || '-p' ||
                  substr(date(st.discharged_at, 'start of month', '+4 months'), 1, 7) AND x.person_id = st.person_id);
