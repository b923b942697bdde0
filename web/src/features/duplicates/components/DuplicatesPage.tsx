// Data ganda: the review queue of records that may be one person, and one pair side by side
// with the evidence per field, to merge (choosing the record kept), mark "not the same
// person", or split again. Dinsos supervisors only (the API answers 403 to everyone else).
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, formatDate, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { getDuplicate, listDuplicates, markNotSame, mergeDuplicate, runDedup, unmergePerson } from '../api';
import type { Duplicate, DuplicateSide } from '../types';
import '../duplicates.css';

const STATUSES = ['open', 'merged', 'not_same', 'unmerged', 'all'];

const percent = (p: number) => `${Math.round(p * 100)}%`;

function sideName(s: DuplicateSide) {
  return s.name || t('duplicates.hiddenName');
}

export function DuplicatesPage({ path, navigate }: { path: string; navigate: (p: string) => void }) {
  const id = path.split('/')[2];
  if (id) return <DuplicateDetail id={id} navigate={navigate} />;
  return <DuplicateQueue />;
}

function DuplicateQueue() {
  const [status, setStatus] = useState('open');
  const [q, setQ] = useState('');
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState('');
  const [running, setRunning] = useState(false);
  const { items, error, hasMore, loadMore } = usePagedList<Duplicate>(
    (cursor) => listDuplicates({ status, q, cursor, limit: 50 }),
    [status, q, reload],
    200,
  );
  const run = async () => {
    setRunning(true);
    try {
      const r = await runDedup();
      setNotice(t('duplicates.ran', { persons: r.persons, inserted: r.inserted }));
      setReload(reload + 1);
    } catch (e) {
      setNotice(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };
  return (
    <section class="duplicates">
      <h1>{t('duplicates.title')}</h1>
      <p class="muted">{t('duplicates.intro')}</p>
      <div class="filters">
        <input
          type="search"
          aria-label={t('duplicates.search')}
          placeholder={t('duplicates.search')}
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <select aria-label={t('duplicates.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`duplicates.statuses.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={run} disabled={running}>
          {t('duplicates.run')}
        </button>
      </div>
      {notice && <Alert kind="info">{notice}</Alert>}
      {error && <Alert>{error}</Alert>}
      {!error && items.length === 0 && <p class="muted">{t('duplicates.empty')}</p>}
      <ul class="duplicate-list">
        {items.map((d) => (
          <li key={d.id} class="card duplicate-item">
            <div class="pair-names">
              <span>
                <strong>{sideName(d.a)}</strong> · {d.a.birth_year || '—'} · {d.a.organization.code}
              </span>
              <span>
                <strong>{sideName(d.b)}</strong> · {d.b.birth_year || '—'} · {d.b.organization.code}
              </span>
            </div>
            <p class="muted">
              {t(`duplicates.decisions.${d.decision}`)} · {percent(d.probability)} · {t(`duplicates.statuses.${d.status}`)}
            </p>
            <a href={`/data-ganda/${d.id}`}>{t('duplicates.compare')}</a>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" class="more" onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

const ROWS: { key: string; label: string; value: (s: DuplicateSide) => string }[] = [
  { key: 'name', label: 'duplicates.fields.name', value: (s) => s.person?.full_name ?? sideName(s) },
  {
    key: 'birth',
    label: 'duplicates.fields.birth',
    value: (s) => (s.person ? (s.person.birth_date ? formatDate(s.person.birth_date) : '—') : s.birth_year || '—'),
  },
  { key: 'sex', label: 'duplicates.fields.sex', value: (s) => t(`duplicates.sex.${s.sex}`) },
  { key: 'id', label: 'duplicates.fields.id', value: (s) => s.person?.nik ?? '—' },
  { key: 'mother', label: 'duplicates.fields.mother', value: (s) => s.person?.mother_name || '—' },
  { key: 'address', label: 'duplicates.fields.address', value: (s) => s.person?.domicile_address || '—' },
  { key: 'region', label: 'duplicates.fields.region', value: (s) => s.person?.region_code ?? '—' },
  { key: 'organization', label: 'duplicates.fields.organization', value: (s) => s.organization.name },
];

function DuplicateDetail({ id, navigate }: { id: string; navigate: (p: string) => void }) {
  const [pair, setPair] = useState<Duplicate | null>(null);
  const [survivor, setSurvivor] = useState('');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const load = () =>
    getDuplicate(id).then(
      (d) => {
        setPair(d);
        setSurvivor(d.a.person_id ?? '');
      },
      (e) => setError(errorMessage(e)),
    );
  useEffect(() => {
    load();
  }, [id]);
  const act = async (f: () => Promise<Duplicate>, message: string, after?: (d: Duplicate) => void) => {
    setBusy(true);
    setError('');
    try {
      const d = await f();
      setNotice(message);
      if (after) after(d);
      else load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  if (!pair)
    return (
      <section>
        <h1>{t('duplicates.compareTitle')}</h1>
        {error ? <Alert>{error}</Alert> : <p class="muted">{t('common.wait')}</p>}
      </section>
    );
  const evidence = Object.fromEntries(pair.evidence.map((e) => [e.field, e.agreement]));
  const sides = [pair.a, pair.b];
  const bothVisible = pair.a.visible && pair.b.visible;
  return (
    <section class="duplicates">
      <a href="/data-ganda">← {t('duplicates.back')}</a>
      <h1>{t('duplicates.compareTitle')}</h1>
      <p class="muted">
        {t(`duplicates.decisions.${pair.decision}`)} · {percent(pair.probability)} · {t(`duplicates.statuses.${pair.status}`)}
      </p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {error && <Alert>{error}</Alert>}
      <table class="side-by-side">
        <thead>
          <tr>
            <th>{t('duplicates.field')}</th>
            <th>{t('duplicates.recordA')}</th>
            <th>{t('duplicates.recordB')}</th>
            <th>{t('duplicates.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(r.label)}</th>
              {sides.map((s, i) => (
                <td key={i} data-label={t(i === 0 ? 'duplicates.recordA' : 'duplicates.recordB')}>
                  {r.value(s)}
                </td>
              ))}
              <td data-label={t('duplicates.evidence')}>
                {evidence[r.key] ? (
                  <span class={`agreement ${evidence[r.key]}`}>{t(`duplicates.agreement.${evidence[r.key]}`)}</span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pair.status === 'open' && bothVisible && (
        <fieldset class="survivor">
          <legend>{t('duplicates.keep')}</legend>
          {sides.map((s) => (
            <label key={s.person_id} class="check">
              <input
                type="radio"
                name="survivor"
                checked={survivor === s.person_id}
                onChange={() => setSurvivor(s.person_id ?? '')}
              />
              {s.person?.full_name} ({s.organization.code})
            </label>
          ))}
          <div class="actions">
            <button
              type="button"
              disabled={busy || !survivor}
              onClick={() =>
                act(() => mergeDuplicate(pair.id, survivor), t('duplicates.merged'), () =>
                  navigate(`/penerima-manfaat?open=${survivor}`),
                )
              }
            >
              {t('duplicates.merge')}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => act(() => markNotSame(pair.id), t('duplicates.notSameDone'))}>
              {t('duplicates.notSame')}
            </button>
          </div>
        </fieldset>
      )}
      {pair.status === 'open' && !bothVisible && <Alert kind="info">{t('duplicates.outsideRegion')}</Alert>}
      {pair.status === 'merged' && pair.absorbed_id && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => act(() => unmergePerson(pair.absorbed_id ?? ''), t('duplicates.unmerged'))}>
            {t('duplicates.unmerge')}
          </button>
        </div>
      )}
    </section>
  );
}
