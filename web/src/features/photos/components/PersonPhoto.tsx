// A person's photo on the person page: shown when there is one, taken or chosen on a phone,
// shrunk before upload, removable.
import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { ApiError } from '../../../lib/api-client';
import { errorMessage, t } from '../../../lib/i18n';
import { photoUrl, removePhoto, shrink, uploadPhoto } from '../api';
import './photo.css';

export function PersonPhoto({ personId }: { personId: string }) {
  const [version, setVersion] = useState(0);
  const [shown, setShown] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const choose = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      await uploadPhoto(personId, await shrink(file));
      setShown(true);
      setVersion(version + 1);
    } catch (err) {
      setError(err instanceof ApiError ? errorMessage(err) : t('photos.unreadable'));
    } finally {
      setBusy(false);
    }
  };
  const remove = () =>
    removePhoto(personId).then(
      () => setShown(false),
      (err) => setError(errorMessage(err)),
    );
  return (
    <div class="person-photo">
      {shown && (
        <img
          src={photoUrl(personId, version)}
          alt={t('photos.alt')}
          onError={() => setShown(false)}
          onLoad={() => setShown(true)}
        />
      )}
      {!shown && <p class="muted">{t('photos.none')}</p>}
      <label class="button">
        {shown ? t('photos.change') : t('photos.add')}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          onChange={choose}
          disabled={busy}
          hidden
        />
      </label>
      {shown && (
        <button type="button" class="link-button" onClick={remove}>
          {t('photos.remove')}
        </button>
      )}
      {busy && <span class="muted"> {t('common.wait')}</span>}
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
