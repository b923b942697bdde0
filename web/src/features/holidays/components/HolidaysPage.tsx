// Hari libur: the national holidays and cuti bersama that working-day deadlines skip. Everyone
// reads the list; a Dinsos administrator enters each year's moving holidays from the SKB 3 Menteri.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { listHolidays, removeHoliday, saveHoliday, type Holiday } from '../api';

export function HolidaysPage({ canManage }: { canManage: boolean }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const [items, setItems] = useState<Holiday[]>([]);
  const [day, setDay] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const load = () => listHolidays(year).then((p) => setItems(p.items), (e) => setError(errorMessage(e)));
  useEffect(() => {
    setError('');
    load();
  }, [year]);

  const add = (e: Event) => {
    e.preventDefault();
    setError('');
    saveHoliday(day, name.trim()).then(
      (h) => {
        setDay('');
        setName('');
        if (h.day.startsWith(String(year))) load();
        else setYear(Number(h.day.slice(0, 4)));
      },
      (err) => setError(errorMessage(err)),
    );
  };
  const remove = (h: Holiday) => removeHoliday(h.day).then(load, (err) => setError(errorMessage(err)));

  return (
    <section class="card">
      <h1>{t('holidays.title')}</h1>
      <p class="muted">{t('holidays.help')}</p>
      <label>
        {t('holidays.year')}{' '}
        <input
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(e) => setYear(Number(e.currentTarget.value) || year)}
        />
      </label>
      <table class="list">
        <thead>
          <tr>
            <th>{t('holidays.day')}</th>
            <th>{t('holidays.name')}</th>
            {canManage && <th />}
          </tr>
        </thead>
        <tbody>
          {items.map((h) => (
            <tr key={h.day}>
              <td>{h.day}</td>
              <td>{h.name}</td>
              {canManage && (
                <td>
                  <button type="button" onClick={() => remove(h)}>
                    {t('holidays.remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p class="muted">{t('holidays.none')}</p>}
      {canManage && (
        <form class="form" onSubmit={add}>
          <h2>{t('holidays.add')}</h2>
          <label>
            {t('holidays.day')}
            <input type="date" required value={day} onInput={(e) => setDay(e.currentTarget.value)} />
          </label>
          <label>
            {t('holidays.name')}
            <input required maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            {t('holidays.save')}
          </button>
        </form>
      )}
      {error && <Alert>{error}</Alert>}
    </section>
  );
}
