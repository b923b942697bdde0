// One person netted, registered on a phone in a few taps: name or nickname, sex, estimated age,
// category, what they were doing. Likely existing records are offered first, to avoid duplicates.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { findMatches, listCategories } from '../../persons/api';
import type { Candidate, PmksCategory } from '../../persons/types';
import { addNetted } from '../api';
import type { Netted } from '../types';

const empty = { full_name: '', sex: '', age_years: '', category: '', found_note: '' };

export function QuickRegister({ patrolId, onAdded }: { patrolId: string; onAdded: (n: Netted) => void }) {
  const [f, setF] = useState(empty);
  const [categories, setCategories] = useState<PmksCategory[]>([]);
  const [matches, setMatches] = useState<Candidate[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });

  useEffect(() => {
    listCategories().then((p) => setCategories(p.items), () => undefined);
  }, []);
  useEffect(() => {
    if (f.full_name.trim().length < 3) return setMatches([]);
    const timer = setTimeout(
      () => findMatches({ full_name: f.full_name }).then((p) => setMatches(p.items.filter((m) => m.visible)), () => setMatches([])),
      400,
    );
    return () => clearTimeout(timer);
  }, [f.full_name]);

  async function save(body: Record<string, unknown>) {
    try {
      onAdded(await addNetted(patrolId, body));
      setF(empty);
      setMatches([]);
      setErrors({});
    } catch (err) {
      const e = formErrors(err);
      // "person.full_name" -> "full_name": the quick form's own fields.
      setErrors(Object.fromEntries(Object.entries(e).map(([k, v]) => [k.replace(/^person\./, ''), v])));
    }
  }

  function submit(e: Event) {
    e.preventDefault();
    const person: Record<string, unknown> = { full_name: f.full_name.trim(), sex: f.sex, categories: f.category ? [f.category] : [] };
    if (f.age_years) person.age_years = Number(f.age_years);
    save({ person, found_note: f.found_note });
  }

  return (
    <form class="card form quick" onSubmit={submit} noValidate aria-label={t('patrols.quickTitle')}>
      <h2>{t('patrols.addPerson')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      {errors.person_id && <Alert>{errors.person_id}</Alert>}
      <Field label={t('patrols.name')} name="q_name" error={errors.full_name}>
        <input id="q_name" autocomplete="off" value={f.full_name} onInput={(e) => set('full_name', e.currentTarget.value)} />
      </Field>
      {matches.length > 0 && (
        <div class="alert alert--info matches" role="status">
          <strong>{t('patrols.matches')}</strong>
          <ul>
            {matches.map((m) => (
              <li key={m.person_id}>
                {m.name} {m.birth_year && <span class="muted">({m.birth_year})</span>} — {m.organization.name}{' '}
                <button type="button" class="link-button" onClick={() => save({ person_id: m.person_id, found_note: f.found_note })}>
                  {t('patrols.useExisting')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="row-2">
        <Field label={t('patrols.sex')} name="q_sex" error={errors.sex}>
          <select id="q_sex" value={f.sex} onChange={(e) => set('sex', e.currentTarget.value)}>
            <option value="">—</option>
            <option value="L">{t('patrols.male')}</option>
            <option value="P">{t('patrols.female')}</option>
          </select>
        </Field>
        <Field label={t('patrols.age')} name="q_age" error={errors.age_years}>
          <input id="q_age" type="number" inputMode="numeric" min="0" max="120" value={f.age_years} onInput={(e) => set('age_years', e.currentTarget.value)} />
        </Field>
      </div>
      <Field label={t('patrols.category')} name="q_category" error={errors.categories}>
        <select id="q_category" value={f.category} onChange={(e) => set('category', e.currentTarget.value)}>
          <option value="">—</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('patrols.foundNote')} name="q_note" error={errors.found_note}>
        <input id="q_note" value={f.found_note} onInput={(e) => set('found_note', e.currentTarget.value)} />
      </Field>
      <button type="submit" class="primary wide">
        {t('patrols.register')}
      </button>
    </form>
  );
}
