// A new surat permohonan bantuan: to whom, the letter's number and date, the activity it serves,
// and the items table (what, how many, unit, estimated value in rupiah).
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { navigate } from '../../../app/router';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { listResponders, submitRequest } from '../api';
import { requestsPath } from './RequestsPage';

type Line = { description: string; quantity: string; unit: string; estimated_value: string };
const emptyLine = (): Line => ({ description: '', quantity: '', unit: '', estimated_value: '' });
const today = () => new Date().toISOString().slice(0, 10);

export function RequestForm() {
  const [responders, setResponders] = useState<{ id: string; name: string; type: string }[]>([]);
  const [v, setV] = useState({
    responder_id: '',
    title: '',
    purpose: '',
    activity_name: '',
    activity_date: '',
    beneficiaries: '',
    letter_number: '',
    letter_date: today(),
  });
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    listResponders()
      .then((p) => {
        // Dinas Sosial first: most letters go to them.
        const sorted = [...p.items].sort((a, b) => Number(!a.type.startsWith('dinsos')) - Number(!b.type.startsWith('dinsos')));
        setResponders(sorted);
      })
      .catch((e) => setErrors(formErrors(e)));
  }, []);

  const set = (k: keyof typeof v) => (e: Event) => setV({ ...v, [k]: (e.currentTarget as HTMLInputElement).value });
  const setLine = (i: number, k: keyof Line) => (e: Event) =>
    setLines(lines.map((l, j) => (j === i ? { ...l, [k]: (e.currentTarget as HTMLInputElement).value } : l)));

  async function send(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const r = await submitRequest({
        ...v,
        beneficiaries: v.beneficiaries ? Number(v.beneficiaries) : 0,
        items: lines.map((l) => ({
          description: l.description.trim(),
          quantity: l.quantity === '' ? null : Number(l.quantity),
          unit: l.unit.trim(),
          estimated_value: l.estimated_value === '' ? 0 : Number(l.estimated_value),
        })),
      });
      navigate(`${requestsPath}/${r.id}`);
    } catch (err) {
      setErrors(formErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={send} noValidate>
      <h1>{t('requests.new')}</h1>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('requests.responder')} name="responder_id" error={errors.responder_id}>
        <select id="responder_id" name="responder_id" value={v.responder_id} onChange={set('responder_id')}>
          <option value="">{t('requests.chooseResponder')}</option>
          {responders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('requests.subject')} name="title" error={errors.title}>
        <input id="title" name="title" value={v.title} onInput={set('title')} maxLength={300} />
      </Field>
      <div class="row-2">
        <Field label={t('requests.letterNumber')} name="letter_number" error={errors.letter_number}>
          <input id="letter_number" name="letter_number" value={v.letter_number} onInput={set('letter_number')} />
        </Field>
        <Field label={t('requests.letterDate')} name="letter_date" error={errors.letter_date}>
          <input id="letter_date" name="letter_date" type="date" value={v.letter_date} onInput={set('letter_date')} />
        </Field>
      </div>
      <div class="row-2">
        <Field label={t('requests.activity')} name="activity_name" error={errors.activity_name}>
          <input id="activity_name" name="activity_name" value={v.activity_name} onInput={set('activity_name')} />
        </Field>
        <Field label={t('requests.activityDate')} name="activity_date" error={errors.activity_date}>
          <input id="activity_date" name="activity_date" type="date" value={v.activity_date} onInput={set('activity_date')} />
        </Field>
      </div>
      <Field label={t('requests.beneficiaries')} name="beneficiaries" error={errors.beneficiaries}>
        <input id="beneficiaries" name="beneficiaries" type="number" min={0} inputMode="numeric" value={v.beneficiaries} onInput={set('beneficiaries')} />
      </Field>
      <Field label={t('requests.purpose')} name="purpose" error={errors.purpose}>
        <textarea id="purpose" name="purpose" rows={3} value={v.purpose} onInput={set('purpose')} />
      </Field>
      <fieldset class="field items-table">
        <legend>{t('requests.items')}</legend>
        {errors.items && (
          <small class="field-error" role="alert">
            {errors.items}
          </small>
        )}
        {lines.map((l, i) => (
          <div class="item-line" key={i} data-testid="item-line">
            <Field label={t('requests.itemDescription')} name={`item-${i}-description`} error={errors[`items[${i}].description`]}>
              <input id={`item-${i}-description`} value={l.description} onInput={setLine(i, 'description')} />
            </Field>
            <Field label={t('requests.quantity')} name={`item-${i}-quantity`} error={errors[`items[${i}].quantity`]}>
              <input id={`item-${i}-quantity`} type="number" min={1} inputMode="numeric" value={l.quantity} onInput={setLine(i, 'quantity')} />
            </Field>
            <Field label={t('requests.unit')} name={`item-${i}-unit`} error={errors[`items[${i}].unit`]}>
              <input id={`item-${i}-unit`} value={l.unit} onInput={setLine(i, 'unit')} placeholder={t('requests.unitHint')} />
            </Field>
            <Field label={t('requests.value')} name={`item-${i}-value`} error={errors[`items[${i}].estimated_value`]}>
              <input id={`item-${i}-value`} type="number" min={0} inputMode="numeric" value={l.estimated_value} onInput={setLine(i, 'estimated_value')} />
            </Field>
            {lines.length > 1 && (
              <button type="button" class="link-button" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                {t('requests.removeItem')}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setLines([...lines, emptyLine()])}>
          {t('requests.addItem')}
        </button>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('common.wait') : t('requests.send')}
        </button>
        <a class="button" href={requestsPath}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}
