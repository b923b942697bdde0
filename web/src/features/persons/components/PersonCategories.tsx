// A person's PMKS categories with their periods (assessed on, by whom, ended on), a button to
// end one that applies, and a small form to assess the person in another category.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { addPersonCategory, endPersonCategory, listCategories } from '../api';
import type { Person, PmksCategory } from '../types';

const today = () => new Date().toISOString().slice(0, 10);

export function PersonCategories({ person, onChanged }: { person: Person; onChanged: (p: Person) => void }) {
  const [all, setAll] = useState<PmksCategory[]>([]);
  const [category, setCategory] = useState('');
  const [assessedOn, setAssessedOn] = useState(today());
  const [ending, setEnding] = useState('');
  const [endedOn, setEndedOn] = useState(today());
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    listCategories().then(
      (p) => setAll(p.items),
      () => undefined,
    );
  }, []);

  const open = new Set(person.categories.filter((c) => !c.ended_on).map((c) => c.code));

  async function add(e: Event) {
    e.preventDefault();
    try {
      onChanged(await addPersonCategory(person.id, { category, assessed_on: assessedOn }));
      setCategory('');
      setErrors({});
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  async function end(e: Event, code: string) {
    e.preventDefault();
    try {
      onChanged(await endPersonCategory(person.id, code, { ended_on: endedOn }));
      setEnding('');
      setErrors({});
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <section class="records-section person-categories" aria-label={t('personDetails.categories')}>
      <h3>{t('personDetails.categories')}</h3>
      {(errors.form || errors.category) && <Alert>{errors.form || errors.category}</Alert>}
      {person.categories.length === 0 && <p class="muted">{t('personDetails.noCategories')}</p>}
      <ul class="records-list">
        {person.categories.map((c) => (
          <li key={`${c.code}-${c.assessed_on}`} data-category={c.code}>
            <strong>{c.name}</strong>{' '}
            {c.ended_on ? (
              <span class="badge">{t('personDetails.categoryEnded')}</span>
            ) : (
              <span class="badge">{t('personDetails.categoryActive')}</span>
            )}
            <div class="muted">
              {t('personDetails.categoryPeriod', {
                from: c.assessed_on,
                to: c.ended_on ?? t('personDetails.categoryNow'),
              })}{' '}
              · {t('personDetails.assessedBy', { name: c.assessed_by.name || '—' })}
            </div>
            {!c.ended_on &&
              (ending === c.code ? (
                <form class="records-form row-2" onSubmit={(e) => end(e, c.code)} noValidate>
                  <Field
                    label={t('personDetails.endedOn')}
                    name={`ended_on-${c.code}`}
                    error={errors.ended_on}
                  >
                    <input
                      id={`ended_on-${c.code}`}
                      type="date"
                      value={endedOn}
                      onInput={(e) => setEndedOn(e.currentTarget.value)}
                    />
                  </Field>
                  <div class="actions">
                    <button type="submit" class="primary">
                      {t('personDetails.endCategoryConfirm')}
                    </button>
                    <button type="button" onClick={() => setEnding('')}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </form>
              ) : (
                <button
                  type="button"
                  aria-label={`${t('personDetails.endCategory')} ${c.name}`}
                  onClick={() => {
                    setEnding(c.code);
                    setEndedOn(today());
                    setErrors({});
                  }}
                >
                  {t('personDetails.endCategory')}
                </button>
              ))}
          </li>
        ))}
      </ul>
      <form class="records-form" onSubmit={add} noValidate>
        <div class="row-2">
          <Field label={t('personDetails.addCategory')} name="new_category">
            <select id="new_category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
              <option value="">—</option>
              {all
                .filter((c) => !open.has(c.code))
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.number}. {c.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field label={t('personDetails.assessedOn')} name="category_assessed_on" error={errors.assessed_on}>
            <input
              id="category_assessed_on"
              type="date"
              value={assessedOn}
              onInput={(e) => setAssessedOn(e.currentTarget.value)}
            />
          </Field>
        </div>
        <button type="submit" disabled={!category}>
          {t('personDetails.addCategoryButton')}
        </button>
      </form>
    </section>
  );
}
