import { ApiError, api, csrfHeader, query, type Page } from '../../lib/api-client';
import type { DocumentRecord } from './types';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const listDocuments = (owner_type: string, owner_id: string) =>
  api<Page<DocumentRecord>>('GET', `/api/v1/documents${query({ owner_type, owner_id })}`);
export const deleteDocument = (id: string) => api<void>('DELETE', `/api/v1/documents/${id}`);
export const documentUrl = (id: string) => `/api/v1/documents/${id}/content`;

// The file goes as the raw request body; the server recognises its type from its bytes.
export async function uploadDocument(
  owner: { owner_type: string; owner_id: string },
  file: File,
  kind: string,
  title: string,
): Promise<DocumentRecord> {
  const res = await fetch(`/api/v1/documents${query({ ...owner, kind, title, file_name: file.name })}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', ...csrfHeader() },
    credentials: 'same-origin',
    body: file,
  }).catch(() => {
    throw new ApiError(0, 'network', '');
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    const e = json?.error;
    throw new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? '', e?.field);
  }
  return json as DocumentRecord;
}
