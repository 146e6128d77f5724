/**
 * Page and sync tokens: opaque to callers (base64url JSON), checked on the way back in. A sync
 * token remembers the calendar, the change sequence it was issued at, and the calendar's sync
 * epoch, which moves when Google would invalidate tokens (ACL changes, or the test API).
 */
export interface SyncToken {
  c: string;
  s: number;
  e: number;
}

const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export const encodeSyncToken = (t: SyncToken): string => `S${encode(t)}`;
export const encodePageToken = (offset: number): string => `P${encode({ o: offset })}`;

export function decodeSyncToken(token: string): SyncToken | undefined {
  if (!token.startsWith('S')) return undefined;
  const v = decode(token.slice(1)) as Partial<SyncToken> | undefined;
  if (typeof v?.c !== 'string' || typeof v.s !== 'number' || typeof v.e !== 'number')
    return undefined;
  return { c: v.c, s: v.s, e: v.e };
}

export function decodePageToken(token: string): number | undefined {
  if (!token.startsWith('P')) return undefined;
  const v = decode(token.slice(1)) as { o?: unknown } | undefined;
  return typeof v?.o === 'number' && Number.isInteger(v.o) && v.o >= 0 ? v.o : undefined;
}
