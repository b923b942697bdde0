// On a person's page: when the record was merged into another, say so, link to the record kept,
// and let a Dinsos supervisor split them again (Pisahkan).
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { getPerson } from '../../persons/api';
import { unmergePerson } from '../api';

export function MergedNotice({ personId, canUnmerge }: { personId: string; canUnmerge: boolean }) {
  const [mergedInto, setMergedInto] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    getPerson(personId).then(
      (p) => setMergedInto((p as unknown as { merged_into: string | null }).merged_into ?? null),
      () => setMergedInto(null),
    );
  }, [personId]);
  const unmerge = async () => {
    try {
      await unmergePerson(personId);
      setMergedInto(null);
      setMessage(t('duplicates.unmerged'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  if (message) return <Alert kind="success">{message}</Alert>;
  if (!mergedInto) return null;
  return (
    <div class="card merged-notice">
      <Alert kind="info">{t('duplicates.mergedNotice')}</Alert>
      {error && <Alert>{error}</Alert>}
      <div class="actions">
        <a href={`/penerima-manfaat?open=${mergedInto}`}>{t('duplicates.openSurvivor')}</a>
        {canUnmerge && (
          <button type="button" onClick={unmerge}>
            {t('duplicates.unmerge')}
          </button>
        )}
      </div>
    </div>
  );
}
