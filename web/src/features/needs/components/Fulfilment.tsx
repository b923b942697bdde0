// The fulfilment bar: delivered and promised against what is needed.
import { t } from '../../../lib/i18n';
import type { Fulfilment } from '../types';

export function FulfilmentBar({ f, unit }: { f: Fulfilment; unit: string }) {
  const pct = (n: number) => `${Math.min(100, Math.round((n / Math.max(1, f.needed)) * 100))}%`;
  return (
    <div class="fulfilment" data-testid="fulfilment">
      <div
        class="fulfilment-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={f.needed}
        aria-valuenow={f.delivered}
        aria-label={t('needs.fulfilment')}
      >
        <span class="promised" style={{ width: pct(f.promised) }} />
        <span class="delivered" style={{ width: pct(f.delivered) }} />
      </div>
      <small>
        {t('needs.fulfilmentText', { delivered: f.delivered, promised: f.promised, needed: f.needed, unit })}
      </small>
    </div>
  );
}
