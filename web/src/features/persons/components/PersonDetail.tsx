import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { getPerson } from '../api';
import type { Person } from '../types';
import { PersonPhoto } from '../../photos/components/PersonPhoto';
import { FamilySection } from './FamilySection';
import { PersonCategories } from './PersonCategories';
import { PersonForm } from './PersonForm';

export function PersonDetail({
  id,
  onClose,
  children,
  canPhoto = false,
}: {
  id: string;
  onClose: () => void;
  children?: ComponentChildren;
  canPhoto?: boolean;
}) {
  const [person, setPerson] = useState<Person | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setEditing(false);
    setSaved(false);
    getPerson(id).then(setPerson, (e) => setError(errorMessage(e)));
  }, [id]);

  if (error) return <Alert>{error}</Alert>;
  if (!person) return <p class="muted">{t('common.wait')}</p>;
  const birth = person.birth_date
    ? `${person.birth_date}${person.birth_date_estimated ? ` (${t('persons.estimated')})` : ''}`
    : '—';
  return (
    <div class="card detail">
      <div class="page-head">
        <h2>
          {person.full_name} {person.sensitive && <span class="badge">{t('persons.sensitive')}</span>}
        </h2>
        <div class="actions">
          {!editing && (
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('personEdit.edit')}
            </button>
          )}
          <button type="button" class="link-button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
      {editing && (
        <PersonForm
          person={person}
          onSaved={(p) => {
            setPerson(p);
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {saved && <Alert kind="success">{t('personEdit.saved')}</Alert>}
      {person.warnings.length > 0 && <Alert kind="info">{person.warnings.join(' ')}</Alert>}
      {canPhoto && <PersonPhoto personId={person.id} />}
      <dl class="facts">
        <dt>{t('persons.otherNames')}</dt>
        <dd>{person.other_names || '—'}</dd>
        <dt>{t('persons.sex')}</dt>
        <dd>{person.sex === 'P' ? t('persons.female') : t('persons.male')}</dd>
        <dt>{t('persons.birthDate')}</dt>
        <dd>{birth}</dd>
        <dt>{t('persons.nik')}</dt>
        <dd class="code">{person.nik ?? '—'}</dd>
        <dt>{t('persons.motherName')}</dt>
        <dd data-field="mother_name">{person.mother_name || '—'}</dd>
        <dt>{t('personDetails.religion')}</dt>
        <dd data-field="religion">{person.religion ? t(`personDetails.religions.${person.religion}`) : t('personDetails.religionUnknown')}</dd>
        <dt>{t('personDetails.disabilities')}</dt>
        <dd data-field="disabilities">
          {person.disabilities.map((d) => t(`personDetails.disabilityKinds.${d}`)).join(', ') || t('personDetails.noDisabilities')}
        </dd>
        <dt>{t('persons.consent')}</dt>
        <dd>
          {person.consents.length
            ? person.consents
                .map(
                  (c) =>
                    `${c.given_by} (${t(`persons.relation.${c.relation}`)}), ${c.given_on}: ${c.purpose}`,
                )
                .join('; ')
            : t('persons.noConsent')}
        </dd>
        <dt>{t('persons.registeredBy')}</dt>
        <dd>{person.organization.name}</dd>
      </dl>
      <PersonCategories person={person} onChanged={setPerson} />
      <FamilySection personId={person.id} regionCode={person.region_code} />
      {children}
    </div>
  );
}
