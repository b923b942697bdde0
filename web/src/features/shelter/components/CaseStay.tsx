// The shelter part of a case card: its current stay, or a button to admit the person.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { listStays } from '../api';
import type { Stay } from '../types';
import { AdmitForm } from './AdmitForm';
import { StayCard } from './StayCard';
import '../shelter.css';

export function CaseStay({ caseId }: { caseId: string }) {
  const [stays, setStays] = useState<Stay[]>([]);
  const [admitting, setAdmitting] = useState(false);
  const [error, setError] = useState('');
  const load = () =>
    listStays({ case_id: caseId, limit: 5 }).then(
      (p) => setStays(p.items),
      (e) => setError(errorMessage(e)),
    );
  useEffect(() => {
    load();
  }, [caseId]);
  const current = stays.find((s) => s.status === 'open');

  return (
    <div class="case-stay">
      {error && <Alert>{error}</Alert>}
      {current ? (
        <ul class="stays">
          <StayCard stay={current} showFacility onChanged={() => load()} />
        </ul>
      ) : (
        !admitting && (
          <button type="button" onClick={() => setAdmitting(true)}>
            {t('shelter.admitButton')}
          </button>
        )
      )}
      {admitting && (
        <AdmitForm
          caseId={caseId}
          onCancel={() => setAdmitting(false)}
          onAdmitted={(s) => {
            setAdmitting(false);
            setStays([s, ...stays]);
          }}
        />
      )}
    </div>
  );
}
