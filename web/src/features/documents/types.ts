export type DocumentRecord = {
  id: string;
  owner_type: string;
  owner_id: string;
  kind: string;
  title: string;
  file_name: string;
  content_type: string;
  bytes: number;
  sha256: string;
  uploaded_by: { id: string; display_name: string };
  uploaded_at: string;
};
