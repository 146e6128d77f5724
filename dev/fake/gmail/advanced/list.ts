/**
 * What threads.list and messages.list share: the query (Gmail search, as GmailApp.search reads
 * it; Spam and Trash only with `includeSpamTrash` or an `in:` asking for them) and the paging
 * (`maxResults` default 100, capped at 500 as the API caps it; an opaque `pageToken` holding the
 * offset into the newest-first order, so pages are stable while the mailbox is).
 */
import { decodePageToken, encodePageToken } from '../../calendar/tokens';
import type { FakeKernel } from '../../kernel';
import { invalid } from './errors';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

export function queryOf(args: Record<string, unknown>): string {
  const q = String(args.q ?? '');
  return args.includeSpamTrash === true ? `in:anywhere ${q}` : q;
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

export function pageOf<T>(
  kernel: FakeKernel,
  all: readonly T[],
  args: Record<string, unknown>,
  method: string,
): Page<T> {
  const asked = Number(args.maxResults);
  const size = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_PAGE) : DEFAULT_PAGE;
  let offset = 0;
  if (args.pageToken !== undefined && args.pageToken !== '') {
    const decoded = decodePageToken(String(args.pageToken));
    if (decoded === undefined) throw invalid(kernel, method, 'Invalid pageToken');
    offset = decoded;
  }
  const items = all.slice(offset, offset + size);
  return offset + size < all.length
    ? { items, nextPageToken: encodePageToken(offset + size) }
    : { items };
}

/** The list response: the items key is left out when nothing matched, as the API does. */
export function listResponse<T>(key: string, page: Page<T>, total: number): object {
  return {
    ...(page.items.length > 0 ? { [key]: page.items } : {}),
    ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
    resultSizeEstimate: total,
  };
}
