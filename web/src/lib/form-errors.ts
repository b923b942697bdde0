import { ApiError } from './api-client';
import { errorMessage } from './i18n';

// A failed save as errors by field: the server names the field at fault, or the whole form.
export function formErrors(err: unknown): Record<string, string> {
  const field = err instanceof ApiError && err.field ? err.field : 'form';
  return { [field]: errorMessage(err) };
}
