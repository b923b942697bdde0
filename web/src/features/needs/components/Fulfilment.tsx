// The parts of a need shown on the board and on the public page: what is needed and the
// fulfilment bar (delivered and promised against what is needed).
import { t } from '../../../lib/i18n';
import type { Fulfilment, PublicNeed } from '../types';

export function NeedBody({ n }: { n: PublicNeed }) {
  return (
    <>
      <p>
        <strong>
          {n.quantity} {n.unit}
        </strong>{' '}
        {n.item}
      </p>
      {n.description && <p>{n.description}</p>}
      <FulfilmentBar f={n.fulfilment} unit={n.unit} />
    </>
  );
}

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
