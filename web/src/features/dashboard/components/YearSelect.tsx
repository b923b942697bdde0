// "Tahun [2026 v]": the last eight years, newest first (the dashboard and the yearly PMKS page).
import { t } from '../../../lib/i18n';

export function YearSelect({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const years = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i);
  return (
    <label class="inline">
      {t('dashboard.year')}{' '}
      <select name="year" value={year} onChange={(e) => onYear(Number(e.currentTarget.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
