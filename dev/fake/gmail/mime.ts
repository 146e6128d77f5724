/**
 * The RFC 5322 face of a stored message: its headers (for GmailMessage.getHeader) and a
 * plausible raw rendering (for getRawContent), with Message-ID / In-Reply-To / References so
 * code that threads or de-duplicates by them can be tested.
 */
import { tzOffset } from '@date-fns/tz';
import { htmlToText } from './html';
import type { MessageRecord } from './types';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `Mon, 23 Nov 2026 08:00:00 +0700` in the given zone. */
export function rfc2822Date(ms: number, timeZone: string): string {
  const off = tzOffset(timeZone, new Date(ms));
  const d = new Date(ms + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.trunc(abs / 60))}${pad(abs % 60)}`;
}

/** RFC 2047 encoded-word for non-ASCII header text. */
function encodeWord(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  return /^[\x00-\x7f]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
}

export function plainOf(m: MessageRecord): string {
  return m.plainBody ?? (m.htmlBody !== undefined ? htmlToText(m.htmlBody) : '');
}

/** Header name → value, in the order a raw message lists them. */
export function headersOf(m: MessageRecord, timeZone: string): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['MIME-Version', '1.0'],
    ['Date', rfc2822Date(m.dateMs, timeZone)],
    ['Message-ID', m.rfcId],
  ];
  if (m.inReplyTo) out.push(['In-Reply-To', m.inReplyTo]);
  if (m.references.length > 0) out.push(['References', m.references.join(' ')]);
  out.push(['Subject', m.subject], ['From', m.from]);
  if (m.to) out.push(['To', m.to]);
  if (m.cc) out.push(['Cc', m.cc]);
  if (m.bcc) out.push(['Bcc', m.bcc]);
  if (m.replyTo) out.push(['Reply-To', m.replyTo]);
  for (const [k, v] of Object.entries(m.headers ?? {})) out.push([k, v]);
  out.push(['Content-Type', contentType(m)]);
  return out;
}

const boundary = (m: MessageRecord, level: string) => `000000000000${m.id}${level}`;

function contentType(m: MessageRecord): string {
  if (m.attachments.length > 0) return `multipart/mixed; boundary="${boundary(m, 'm')}"`;
  if (m.htmlBody !== undefined) return `multipart/alternative; boundary="${boundary(m, 'a')}"`;
  return 'text/plain; charset="UTF-8"';
}

function textPart(type: string, body: string): string {
  return [
    `Content-Type: ${type}; charset="UTF-8"`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap(Buffer.from(body).toString('base64')),
  ].join('\r\n');
}

const wrap = (b64: string) => b64.replace(/.{1,76}/g, '$&\r\n').trimEnd();

function bodyParts(m: MessageRecord): string {
  if (m.htmlBody === undefined) return textPart('text/plain', plainOf(m));
  const b = boundary(m, 'a');
  return [
    `--${b}`,
    textPart('text/plain', plainOf(m)),
    `--${b}`,
    textPart('text/html', m.htmlBody),
    `--${b}--`,
  ].join('\r\n');
}

export function rawContent(m: MessageRecord, timeZone: string): string {
  const head = headersOf(m, timeZone)
    .map(([k, v]) => `${k}: ${k === 'Subject' ? encodeWord(v) : v}`)
    .join('\r\n');
  if (m.attachments.length === 0) {
    if (m.htmlBody === undefined) {
      return `${head}\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrap(Buffer.from(plainOf(m)).toString('base64'))}\r\n`;
    }
    return `${head}\r\n\r\n${bodyParts(m)}\r\n`;
  }
  const b = boundary(m, 'm');
  const inner =
    m.htmlBody === undefined
      ? textPart('text/plain', plainOf(m))
      : `Content-Type: multipart/alternative; boundary="${boundary(m, 'a')}"\r\n\r\n${bodyParts(m)}`;
  const files = m.attachments.map((a) =>
    [
      `--${b}`,
      `Content-Type: ${a.contentType}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      wrap(a.data),
    ].join('\r\n'),
  );
  return `${head}\r\n\r\n--${b}\r\n${inner}\r\n${files.join('\r\n')}\r\n--${b}--\r\n`;
}
