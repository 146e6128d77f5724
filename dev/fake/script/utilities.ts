/**
 * Utilities: date formatting in a time zone (Java SimpleDateFormat patterns, the common
 * subset), uuids, sleep on the fake clock, base64, digests, blobs and CSV.
 */
import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { FakeKernel } from '../kernel';
import { FakeBlob, fromBytes, toSignedBytes } from './blob';

/** SimpleDateFormat letters that mean something else in date-fns. */
const toDateFnsPattern = (pattern: string) =>
  pattern.replace(/'[^']*'|Z+|u/g, (token) => {
    if (token.startsWith("'")) return token;
    if (token.startsWith('Z')) return 'xx';
    return 'i';
  });

const bytesOrString = (data: unknown): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : fromBytes(data as number[]);

/** RFC 4180 CSV, as Utilities.parseCsv reads it. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class FakeUtilities {
  private uuidCounter = 0;

  constructor(private readonly kernel: FakeKernel) {}

  globals() {
    const kernel = this.kernel;
    const newBlob = (data: unknown, contentType?: string, name?: string) => {
      kernel.call('Utilities.newBlob');
      return new FakeBlob(kernel, bytesOrString(data), contentType ?? null, name ?? null);
    };
    return {
      Utilities: {
        formatDate: (date: Date, timeZone: string, pattern: string) => {
          kernel.call('Utilities.formatDate');
          return format(new TZDate(date.getTime(), timeZone), toDateFnsPattern(pattern), {
            useAdditionalDayOfYearTokens: true,
            useAdditionalWeekYearTokens: true,
          });
        },
        getUuid: () => {
          kernel.call('Utilities.getUuid');
          this.uuidCounter += 1;
          const hex = createHash('sha256').update(`uuid-${this.uuidCounter}`).digest('hex');
          return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
        },
        sleep: (ms: number) => {
          kernel.call('Utilities.sleep');
          kernel.advance(ms);
        },
        base64Encode: (data: unknown) => {
          kernel.call('Utilities.base64Encode');
          return bytesOrString(data).toString('base64');
        },
        base64EncodeWebSafe: (data: unknown) => {
          kernel.call('Utilities.base64EncodeWebSafe');
          return bytesOrString(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
        },
        base64Decode: (encoded: string) => {
          kernel.call('Utilities.base64Decode');
          return toSignedBytes(Buffer.from(encoded, 'base64'));
        },
        base64DecodeWebSafe: (encoded: string) => {
          kernel.call('Utilities.base64DecodeWebSafe');
          return toSignedBytes(Buffer.from(encoded, 'base64url'));
        },
        computeDigest: (algorithm: string, value: unknown) => {
          kernel.call('Utilities.computeDigest');
          const name = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' }[
            algorithm
          ];
          if (!name) throw kernel.error('INVALID_ARGUMENT', `algorithm ${algorithm}`);
          return toSignedBytes(createHash(name).update(bytesOrString(value)).digest());
        },
        newBlob,
        parseCsv: (csv: string, delimiter?: string) => {
          kernel.call('Utilities.parseCsv');
          return parseCsv(csv, delimiter);
        },
        DigestAlgorithm: { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_512: 'SHA_512' },
        Charset: { UTF_8: 'UTF-8', US_ASCII: 'US-ASCII' },
      },
    };
  }

  snapshot(): { uuidCounter: number } {
    return { uuidCounter: this.uuidCounter };
  }

  restore(state: { uuidCounter: number }): void {
    this.uuidCounter = state.uuidCounter;
  }
}
