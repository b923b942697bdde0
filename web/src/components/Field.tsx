// A labelled form field with its error message under it.
import type { ComponentChildren } from 'preact';

type Props = { label: string; name: string; error?: string; children: ComponentChildren; hint?: string };

export function Field({ label, name, error, children, hint }: Props) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={name}>{label}</label>
      {children}
      {hint && !error && <small class="hint">{hint}</small>}
      {error && (
        <small class="field-error" id={`${name}-error`} role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

export function Alert({ kind = 'error', children }: { kind?: 'error' | 'info' | 'success'; children: ComponentChildren }) {
  return (
    <div class={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
