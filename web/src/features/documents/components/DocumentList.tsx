// The documents of one owner (an organisation, a registration, and later agreements, LPJ and
// request letters): list, download, upload (PDF, JPEG, PNG up to 10 MiB) and delete.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, formatDateTime, t } from '../../../lib/i18n';
import { MAX_DOCUMENT_BYTES, deleteDocument, documentUrl, listDocuments, uploadDocument } from '../api';
import type { DocumentRecord } from '../types';

type Props = { ownerType: string; ownerId: string; canUpload: boolean; kinds?: string[]; title?: string };

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.max(1, Math.round(n / 1024))} KiB`);

export function DocumentList({ ownerType, ownerId, canUpload, kinds = ['other'], title }: Props) {
  const [items, setItems] = useState<DocumentRecord[]>([]);
  const [error, setError] = useState('');
  const [hidden, setHidden] = useState(false);
  const [kind, setKind] = useState(kinds[0]);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);

  const load = () =>
    listDocuments(ownerType, ownerId).then(
      (p) => setItems(p.items),
      (e) => (e?.status === 403 ? setHidden(true) : setError(errorMessage(e))),
    );
  useEffect(() => {
    setHidden(false);
    load();
  }, [ownerType, ownerId]);

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setError('');
    if (file.size > MAX_DOCUMENT_BYTES) {
      setError(t('documents.tooBig'));
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      await uploadDocument({ owner_type: ownerType, owner_id: ownerId }, file, kind, label);
      setLabel('');
      await load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  async function remove(d: DocumentRecord) {
    if (!confirm(t('documents.confirmDelete', { name: d.file_name }))) return;
    try {
      await deleteDocument(d.id);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (hidden) return <p class="muted">{t('documents.restricted')}</p>;
  return (
    <div class="documents">
      <h3>{title ?? t('documents.title')}</h3>
      {error && <Alert>{error}</Alert>}
      {items.length === 0 ? (
        <p class="muted">{t('documents.none')}</p>
      ) : (
        <ul class="document-list">
          {items.map((d) => (
            <li key={d.id}>
              <a href={documentUrl(d.id)} download={d.file_name}>
                {d.title || d.file_name}
              </a>{' '}
              <span class="muted">
                {t(`documents.kinds.${d.kind}`, { defaultValue: d.kind })} · {size(d.bytes)} · {d.uploaded_by.display_name} ·{' '}
                {formatDateTime(d.uploaded_at)}
              </span>
              {canUpload && (
                <button type="button" class="link-button" onClick={() => remove(d)}>
                  {t('documents.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <div class="document-upload">
          {kinds.length > 1 && (
            <select aria-label={t('documents.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`documents.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
          <input
            type="text"
            aria-label={t('documents.label')}
            placeholder={t('documents.label')}
            value={label}
            maxLength={200}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
          <label class="button">
            {busy ? t('common.wait') : t('documents.upload')}
            <input type="file" accept="application/pdf,image/jpeg,image/png" class="sr-only" disabled={busy} onChange={onFile} />
          </label>
          <small class="hint">{t('documents.hint')}</small>
        </div>
      )}
    </div>
  );
}
