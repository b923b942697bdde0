// Patrols and raids: the list, a new patrol, and one patrol with the persons netted and the quick
// registration form (the night-patrol screen, made for a phone).
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../../app/router';
import { Alert } from '../../../components/Field';
import { errorMessage, formatDateTime as when, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { endPatrol, getPatrol, listPatrols } from '../api';
import type { Patrol } from '../types';
import { PatrolForm } from './PatrolForm';
import { QuickRegister } from './QuickRegister';


function PatrolDetail({ id }: { id: string }) {
  const [patrol, setPatrol] = useState<Patrol | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const load = () => getPatrol(id).then(setPatrol, (e) => setError(errorMessage(e)));
  useEffect(() => {
    load();
  }, [id]);

  if (error) return <Alert>{error}</Alert>;
  if (!patrol) return <p class="loading">{t('common.wait')}</p>;
  const close = () => endPatrol(id, '').then(setPatrol, (e) => setError(errorMessage(e)));
  return (
    <section>
      <a href="/patroli">← {t('patrols.back')}</a>
      <div class="card">
        <div class="page-head">
          <h1>
            {t(`patrols.kinds.${patrol.kind}`)}: {patrol.place}
          </h1>
          <span class="badge">{t('patrols.personsCount', { n: patrol.persons_count })}</span>
        </div>
        <p class="muted">
          {when(patrol.started_at)} — {patrol.ended_at ? when(patrol.ended_at) : t('patrols.stillOut')} ·{' '}
          {patrol.agencies.map((a) => t(`patrols.agencyNames.${a}`)).join(', ')}
        </p>
        <p>{t('patrols.receiving')}: {patrol.receiving_organization.name}</p>
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      {!patrol.ended_at && (
        <QuickRegister
          patrolId={id}
          onAdded={(n) => {
            setNotice(t('patrols.added', { name: n.person.full_name ?? '', org: patrol.receiving_organization.name }));
            load();
          }}
        />
      )}
      <h2>{t('patrols.persons')}</h2>
      <ul class="netted">
        {(patrol.persons ?? []).map((n) => (
          <li key={n.person.id} class="card">
            <strong>{n.person.full_name ?? t('patrols.hidden')}</strong>
            {n.found_note && <span class="muted"> — {n.found_note}</span>}
            <br />
            <small class="muted">
              {n.case_stage
                ? t('patrols.caseAt', { org: patrol.receiving_organization.name, stage: t(`cases.stages.${n.case_stage}`) })
                : t('patrols.caseElsewhere')}
            </small>
          </li>
        ))}
      </ul>
      {!patrol.ended_at && (
        <button type="button" onClick={close}>
          {t('patrols.end')}
        </button>
      )}
    </section>
  );
}

export function PatrolsPage({ path }: { path: string }) {
  const rest = path.replace(/^\/patroli\/?/, '');
  const { items, error, hasMore, loadMore } = usePagedList((cursor) => listPatrols({ cursor }), [rest === ''], 0);
  if (rest === 'baru') return <PatrolForm onSaved={(p) => navigate(`/patroli/${p.id}`)} onCancel={() => navigate('/patroli')} />;
  if (rest) return <PatrolDetail id={rest} />;
  return (
    <section>
      <div class="page-head">
        <h1>{t('patrols.title')}</h1>
        <a class="button primary" href="/patroli/baru">
          + {t('patrols.new')}
        </a>
      </div>
      {error && <Alert>{error}</Alert>}
      <ul class="patrols">
        {items.map((p) => (
          <li key={p.id} class="card">
            <a href={`/patroli/${p.id}`}>
              <strong>
                {t(`patrols.kinds.${p.kind}`)}: {p.place}
              </strong>
            </a>
            <br />
            <small class="muted">
              {when(p.started_at)} · {t('patrols.personsCount', { n: p.persons_count })} · {p.receiving_organization.name}
            </small>
          </li>
        ))}
      </ul>
      {items.length === 0 && <p class="muted">{t('patrols.empty')}</p>}
      {hasMore && (
        <button type="button" class="more" onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
