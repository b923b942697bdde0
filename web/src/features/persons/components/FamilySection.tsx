// A person's family: links to relatives (read both ways) and their household (KK). Relatives
// and members the viewer may not see show as "another person".
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { listPersons } from '../api';
import {
  addHouseholdMember,
  addRelative,
  createHousehold,
  getFamily,
  HOUSEHOLD_ROLES,
  RELATIONS,
  type Family,
  type PersonRef,
} from '../family-api';
import type { PersonSummary } from '../types';

const nameOf = (p: PersonRef) => (p.visible ? p.full_name : t('caseRecords.family.hiddenPerson'));

// Search-as-you-type over the persons the viewer may see, as a select.
function PersonPicker({
  id,
  exclude,
  value,
  onPick,
}: {
  id: string;
  exclude: string;
  value: string;
  onPick: (id: string) => void;
}) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PersonSummary[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return setFound([]);
    const timer = setTimeout(
      () =>
        listPersons({ q, limit: 20 }).then(
          (p) => setFound(p.items.filter((x) => x.id !== exclude)),
          () => setFound([]),
        ),
      200,
    );
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <div class="row-2">
      <Field
        label={t('caseRecords.family.search')}
        name={`${id}-q`}
        hint={t('caseRecords.family.searchHint')}
      >
        <input id={`${id}-q`} type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </Field>
      <Field label={t('caseRecords.family.person')} name={id}>
        <select id={id} value={value} onChange={(e) => onPick(e.currentTarget.value)}>
          <option value="">{t('caseRecords.family.choose')}</option>
          {found.map((p) => (
            <option key={p.id} value={p.id}>
              {p.full_name}
              {p.birth_date ? ` (${p.birth_date.slice(0, 4)})` : ''}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

export function FamilySection({ personId, regionCode }: { personId: string; regionCode: string }) {
  const [family, setFamily] = useState<Family | null>(null);
  const [error, setError] = useState('');
  const [link, setLink] = useState({ relative_id: '', relation: 'parent' });
  const [member, setMember] = useState({ person_id: '', relation: 'child' });
  const [kk, setKk] = useState({ region_code: regionCode, address: '', kk_number: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const reload = () => getFamily(personId).then(setFamily, (e) => setError(errorMessage(e)));
  useEffect(() => {
    reload();
  }, [personId]);

  async function run(action: () => Promise<unknown>, reset: () => void) {
    try {
      await action();
      reset();
      setErrors({});
      await reload();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  if (error) return <Alert>{error}</Alert>;
  if (!family) return <p class="muted">{t('common.wait')}</p>;
  const h = family.household;
  return (
    <section class="family">
      <h2>{t('caseRecords.family.title')}</h2>
      <h3>{t('caseRecords.family.relatives')}</h3>
      {family.relatives.length === 0 && <p class="muted">{t('caseRecords.family.none')}</p>}
      <ul class="records-list relatives">
        {family.relatives.map((r) => (
          <li key={r.link_id} class={r.person.visible ? '' : 'muted'}>
            <strong>{t(`caseRecords.family.relation.${r.relation}`)}</strong>: {nameOf(r.person)}
          </li>
        ))}
      </ul>
      <details class="records-add">
        <summary>+ {t('caseRecords.family.addLink')}</summary>
        <form
          class="records-form family-link-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run(
              () => addRelative(personId, link.relative_id, link.relation),
              () => setLink({ ...link, relative_id: '' }),
            );
          }}
        >
          {(errors.form || errors.relative_id || errors.relation) && (
            <Alert>{errors.form ?? errors.relative_id ?? errors.relation}</Alert>
          )}
          <PersonPicker
            id={`relative-${personId}`}
            exclude={personId}
            value={link.relative_id}
            onPick={(id) => setLink({ ...link, relative_id: id })}
          />
          <Field label={t('caseRecords.family.relationLabel')} name={`relation-${personId}`}>
            <select
              id={`relation-${personId}`}
              value={link.relation}
              onChange={(e) => setLink({ ...link, relation: e.currentTarget.value })}
            >
              {RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`caseRecords.family.relation.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" disabled={!link.relative_id}>
            {t('caseRecords.family.addLink')}
          </button>
        </form>
      </details>

      <h3>{t('caseRecords.family.household')}</h3>
      {!h && <p class="muted">{t('caseRecords.family.noHousehold')}</p>}
      {h ? (
        <div class="household">
          <dl class="facts">
            <dt>{t('caseRecords.family.kkNumber')}</dt>
            <dd class="code">{h.kk_number ?? '—'}</dd>
            <dt>{t('caseRecords.family.address')}</dt>
            <dd>
              {h.address || '—'} ({h.region_code})
            </dd>
            <dt>{t('caseRecords.family.members')}</dt>
            <dd>
              <ul class="records-list members">
                {h.members.map((m, i) => (
                  <li key={i} class={m.person.visible ? '' : 'muted'}>
                    {nameOf(m.person)} — {t(`caseRecords.family.role.${m.relation}`)}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <details class="records-add">
            <summary>+ {t('caseRecords.family.addMember')}</summary>
            <form
              class="records-form household-member-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                run(
                  () => addHouseholdMember(h.id, member.person_id, member.relation),
                  () => setMember({ ...member, person_id: '' }),
                );
              }}
            >
              {(errors.person_id || (errors.relation && !errors.relative_id)) && (
                <Alert>{errors.person_id ?? errors.relation}</Alert>
              )}
              <PersonPicker
                id={`member-${personId}`}
                exclude={personId}
                value={member.person_id}
                onPick={(id) => setMember({ ...member, person_id: id })}
              />
              <Field label={t('caseRecords.family.roleLabel')} name={`member-role-${personId}`}>
                <select
                  id={`member-role-${personId}`}
                  value={member.relation}
                  onChange={(e) => setMember({ ...member, relation: e.currentTarget.value })}
                >
                  {HOUSEHOLD_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`caseRecords.family.role.${r}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <button type="submit" disabled={!member.person_id}>
                {t('caseRecords.family.addMember')}
              </button>
            </form>
          </details>
        </div>
      ) : (
        <details class="records-add">
          <summary>+ {t('caseRecords.family.createHousehold')}</summary>
          <form
            class="records-form household-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              run(
                () => createHousehold({ head_person_id: personId, ...kk }),
                () => undefined,
              );
            }}
          >
            <div class="row-2">
              <Field
                label={t('caseRecords.family.region')}
                name={`kk-region-${personId}`}
                error={errors.region_code}
              >
                <input
                  id={`kk-region-${personId}`}
                  value={kk.region_code}
                  onInput={(e) => setKk({ ...kk, region_code: e.currentTarget.value })}
                />
              </Field>
              <Field
                label={t('caseRecords.family.kkNumber')}
                name={`kk-number-${personId}`}
                error={errors.kk_number}
              >
                <input
                  id={`kk-number-${personId}`}
                  inputMode="numeric"
                  value={kk.kk_number}
                  onInput={(e) => setKk({ ...kk, kk_number: e.currentTarget.value })}
                />
              </Field>
            </div>
            <Field
              label={t('caseRecords.family.address')}
              name={`kk-address-${personId}`}
              error={errors.address ?? errors.head_person_id}
            >
              <input
                id={`kk-address-${personId}`}
                value={kk.address}
                onInput={(e) => setKk({ ...kk, address: e.currentTarget.value })}
              />
            </Field>
            <button type="submit" disabled={!kk.region_code.trim()}>
              {t('caseRecords.family.create')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
