export type Fulfilment = { needed: number; promised: number; delivered: number; remaining: number; met: boolean };
export type NeedStatus = 'open' | 'fulfilled' | 'closed';

export type Pledge = {
  id: string;
  need_id: string;
  organization: { id: string; code: string; name: string; type: string };
  quantity: number;
  status: 'pledged' | 'delivered' | 'cancelled';
  note: string | null;
  pledged_at: string;
  minutes_after_publication: number;
};

export type Need = {
  id: string;
  publisher: { id: string; code: string; name: string; type: string };
  title: string;
  description: string;
  item: string;
  quantity: number;
  unit: string;
  region_code: string;
  region_name: string;
  pmks_category: string | null;
  needed_by: string | null;
  partnership_id: string | null;
  public: boolean;
  status: NeedStatus;
  published_at: string;
  fulfilment: Fulfilment;
  pledge_count: number;
  first_response_minutes: number | null;
  may_manage: boolean;
  pledges?: Pledge[];
};

export type PublicNeed = Pick<
  Need,
  'id' | 'title' | 'description' | 'item' | 'quantity' | 'unit' | 'region_code' | 'region_name' | 'needed_by' | 'status' | 'published_at' | 'fulfilment' | 'pledge_count'
> & { publisher: { name: string } };
