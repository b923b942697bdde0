import { api } from '../../lib/api-client';

export const photoUrl = (personId: string, version: number) =>
  `/api/v1/persons/${personId}/photo?v=${version}`;
export const uploadPhoto = (personId: string, data: string) =>
  api<{ content_type: string; bytes: number; sha256: string }>('PUT', `/api/v1/persons/${personId}/photo`, {
    data,
  });
export const removePhoto = (personId: string) => api<void>('DELETE', `/api/v1/persons/${personId}/photo`);

// Shrinks a picture from the camera or gallery to at most `max` pixels on its longer side and
// encodes it as JPEG, so that uploads stay small on slow connections; returns base64.
export async function shrink(file: File, max = 640): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/jpeg', 0.82);
  return url.slice(url.indexOf(',') + 1);
}
