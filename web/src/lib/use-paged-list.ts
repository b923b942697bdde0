// Loads a paged list ({items, next_cursor}) for the current filters: the first page whenever
// the filters change (debounced for typing), further pages on demand.
import { useEffect, useState } from 'preact/hooks';
import type { Page } from './api-client';
import { errorMessage } from './i18n';

export function usePagedList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, deps: unknown[], debounceMs = 200) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);

  async function load(reset: boolean) {
    setLoading(true);
    try {
      const page = await fetchPage(reset ? null : cursor);
      setItems((old) => (reset ? page.items : [...old, ...page.items]));
      setCursor(page.next_cursor);
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    const timer = setTimeout(() => load(true), debounceMs);
    return () => clearTimeout(timer);
  }, deps);

  return { items, error, loading, hasMore: cursor !== null, loadMore: () => load(false), reload: () => load(true) };
}
