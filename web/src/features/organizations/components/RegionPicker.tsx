// Cascading province -> regency/city -> district picker over the Kemendagri codes.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { listRegions, regionPath } from '../api';
import type { Region } from '../types';

const LEVELS = ['province', 'regency', 'district'] as const;

export function RegionPicker({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  const [chosen, setChosen] = useState<string[]>([]); // codes per level
  const [options, setOptions] = useState<Region[][]>([[], [], []]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const path = value ? (await regionPath(value).catch(() => null))?.path.map((r) => r.code) ?? [] : [];
      const lists: Region[][] = [];
      const parents = ['', ...path];
      for (let i = 0; i < LEVELS.length; i++) {
        if (i > 0 && !path[i - 1]) break;
        lists.push((await listRegions(parents[i])).items);
      }
      if (!cancelled) {
        setChosen(path);
        setOptions([lists[0] ?? [], lists[1] ?? [], lists[2] ?? []]);
      }
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [value]);

  async function pick(level: number, code: string) {
    const next = [...chosen.slice(0, level), ...(code ? [code] : [])];
    setChosen(next);
    const lists = options.slice(0, level + 1);
    if (code && level + 1 < LEVELS.length) lists.push((await listRegions(code)).items);
    while (lists.length < LEVELS.length) lists.push([]);
    setOptions(lists);
    onChange(next[next.length - 1] ?? '');
  }

  return (
    <div class={`field region-picker${error ? ' field--error' : ''}`}>
      <span class="label">{t('organizations.region')}</span>
      {LEVELS.map((level, i) =>
        i === 0 || chosen[i - 1] ? (
          <select
            key={level}
            id={`region-${level}`}
            aria-label={t(`regions.${level}`)}
            value={chosen[i] ?? ''}
            onChange={(e) => pick(i, e.currentTarget.value)}
          >
            <option value="">— {t(`regions.${level}`)} —</option>
            {options[i].map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        ) : null,
      )}
      {error && (
        <small class="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
