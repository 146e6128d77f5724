/**
 * Splitting an mbox file (Google Takeout's export, Thunderbird, mutt, Python's mailbox) into
 * raw RFC 5322 messages, for the daily import CLI.
 *
 * Each message starts with a "From " line ("From 1797…@xxx Wed Jan 17 08:12:34 +0000 2024" in
 * Takeout, "From sender@host Wed Jan 17 08:12:34 2024" in mboxo/mboxrd, "From - …" in
 * Thunderbird). A "From " line starts a new message when it is the first line, follows a blank
 * line, or carries a readable date: a writer that escapes "From " in bodies (all of them should)
 * is split exactly; a body line "From …" that a broken writer left unescaped only splits when it
 * follows a blank line. Body lines escaped as ">From " (mboxo) or ">>From " (mboxrd) lose one
 * ">". CRLF and LF files are both read as they are; headers such as X-GM-THREAD-ID and
 * X-Gmail-Labels are ordinary headers to the MIME parser.
 *
 * The file is read as a stream, so a Takeout export of several gigabytes never sits in memory
 * whole: only the message being read does.
 */
import { createReadStream, openSync, type ReadStream } from 'node:fs';
import { UserError } from '../../core/errors';

export interface RawMessage {
  /** The message bytes, without the "From " line, ">From " unescaped. */
  readonly raw: Buffer;
  /** The date of the mbox "From " line, epoch ms; null when there is none or it is unreadable. */
  readonly envelopeDate: number | null;
}

const LF = 0x0a;
const CR = 0x0d;
const FROM_ = Buffer.from('From ', 'latin1');
const NL_FROM_ = Buffer.from('\nFrom ', 'latin1');
/** A "From " line longer than this is not waited for: the line is judged on what is there. */
const MAX_FROM_LINE = 4096;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date of a "From " line, epoch ms, or null. asctime as mboxo writes it ("Wed Jan 17
 * 08:12:34 2024", UTC), with the numeric offset Takeout adds ("Wed Jan 17 08:12:34 +0000
 * 2024"), or with the offset after the year.
 */
export function fromLineDate(line: string): number | null {
  const rest = /^From +\S+ +(.*)$/.exec(line.trim())?.[1];
  if (rest === undefined) return null;
  const m =
    /^(?:[A-Za-z]{3},? +)?([A-Za-z]{3})[a-z]* +(\d{1,2}) +(\d{1,2}):(\d{2})(?::(\d{2}))?(?: +([+-]\d{4}|[A-Z]{1,5}))? +(\d{4})(?: +([+-]\d{4}))?$/.exec(
      rest,
    );
  if (m) {
    const month = MONTHS.indexOf((m[1] as string).toLowerCase());
    if (month < 0) return null;
    const offset = /^[+-]\d{4}$/.test(m[6] ?? '') ? m[6] : m[8];
    let ms = Date.UTC(
      Number(m[7]),
      month,
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5] ?? 0),
    );
    if (offset) {
      const sign = offset.startsWith('-') ? -1 : 1;
      ms -= sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5))) * 60_000;
    }
    return Number.isFinite(ms) ? ms : null;
  }
  // Other writers put an RFC 5322 date there.
  if (!/\d{4}/.test(rest)) return null;
  const ms = Date.parse(rest);
  return Number.isFinite(ms) ? ms : null;
}

/** ">From " → "From ", ">>From " → ">From " (mboxrd; mboxo only ever wrote the first). */
export function unescapeFromLines(body: Buffer): Buffer {
  if (body.indexOf('>From ', 0, 'latin1') < 0) return body;
  // latin1 maps bytes 1:1, so whatever the charset the bytes come back unchanged.
  const text = body.toString('latin1').replace(/^>(>*From )/gm, '$1');
  return Buffer.from(text, 'latin1');
}

function lineEnd(data: Buffer, start: number, end: number): number {
  const at = data.indexOf(LF, start);
  return at < 0 || at >= end ? -1 : at;
}

const isBlankLineBefore = (data: Buffer, lf: number): boolean =>
  lf === 0 || data[lf - 1] === LF || (data[lf - 1] === CR && (lf < 2 || data[lf - 2] === LF));

/**
 * Splits mbox bytes pushed chunk by chunk. push() returns the messages completed so far, end()
 * the last one. The first line must be a "From " line (checked by the caller on the first chunk).
 */
export class MboxSplitter {
  private data = Buffer.alloc(0);
  private length = 0;
  /** Where the current message's "From " line starts (in data). */
  private start = 0;
  /** Where to look for the next "\nFrom " (in data). */
  private scan = 0;
  /** Blank lines before the first "From " line are skipped. */
  private begun = false;

  push(chunk: Buffer): RawMessage[] {
    let piece = chunk;
    if (!this.begun) {
      let at = 0;
      while (at < piece.length && (piece[at] === LF || piece[at] === CR)) at++;
      piece = piece.subarray(at);
      if (piece.length === 0) return [];
      this.begun = true;
    }
    this.append(piece);
    return this.split(false);
  }

  end(): RawMessage[] {
    const out = this.split(true);
    if (this.length > this.start) out.push(this.message(this.start, this.length));
    this.data = Buffer.alloc(0);
    this.length = this.start = this.scan = 0;
    this.begun = false;
    return out;
  }

  private append(chunk: Buffer): void {
    if (this.length + chunk.length > this.data.length) {
      // Drop what was emitted, then grow by doubling: every byte is copied O(1) times.
      const kept = this.length - this.start;
      const size = Math.max(kept + chunk.length, this.data.length * 2, 64 * 1024);
      const next = size > this.data.length ? Buffer.allocUnsafe(size) : this.data;
      this.data.copy(next, 0, this.start, this.length);
      this.data = next;
      this.scan -= this.start;
      this.length = kept;
      this.start = 0;
    }
    chunk.copy(this.data, this.length);
    this.length += chunk.length;
  }

  private split(final: boolean): RawMessage[] {
    const out: RawMessage[] = [];
    const data = this.data.subarray(0, this.length);
    for (;;) {
      const lf = data.indexOf(NL_FROM_, Math.max(this.scan, this.start));
      if (lf < 0) {
        // Keep the last few bytes: "\nFrom " may straddle the next chunk.
        this.scan = Math.max(this.start, this.length - NL_FROM_.length + 1);
        return out;
      }
      const lineStart = lf + 1;
      let end = lineEnd(data, lineStart, this.length);
      if (end < 0) {
        if (!final && this.length - lineStart < MAX_FROM_LINE) {
          this.scan = lf; // wait for the rest of the line
          return out;
        }
        end = this.length;
      }
      const line = data.toString('latin1', lineStart, end);
      if (isBlankLineBefore(data, lf) || fromLineDate(line) !== null) {
        out.push(this.message(this.start, lineStart));
        this.start = lineStart;
      }
      this.scan = lineStart;
    }
  }

  /** data[from, to) begins with its "From " line. */
  private message(from: number, to: number): RawMessage {
    const nl = lineEnd(this.data, from, to);
    const bodyStart = nl < 0 ? to : nl + 1;
    const line = this.data.toString('latin1', from, bodyStart);
    // A copy: the buffer is reused for the next messages.
    const raw = unescapeFromLines(Buffer.from(this.data.subarray(bodyStart, to)));
    return { raw, envelopeDate: fromLineDate(line) };
  }
}

/** The whole of a small mbox in memory (tests, --eml files that are mboxes). */
export function splitMbox(data: Buffer): RawMessage[] {
  const splitter = new MboxSplitter();
  return [...splitter.push(data), ...splitter.end()];
}

/** True when the bytes start (after blank lines) with an mbox "From " line. */
export function startsLikeMbox(data: Buffer): boolean {
  let at = 0;
  while (at < data.length && (data[at] === LF || data[at] === CR)) at++;
  return data.subarray(at, at + FROM_.length).equals(FROM_);
}

/** Headers every mail client writes; one of them must be in a message's header block. */
const MAIL_HEADERS = new Set([
  'from',
  'date',
  'subject',
  'message-id',
  'received',
  'return-path',
  'delivered-to',
  'mime-version',
  'to',
]);

/**
 * True when the bytes start with an RFC 5322 header block (possibly after blank lines) that
 * names at least one usual mail header: "BEGIN:VCALENDAR" has the shape of a header, not the
 * content of one.
 */
export function startsLikeMessage(data: Buffer): boolean {
  const head = data
    .subarray(0, 64 * 1024)
    .toString('latin1')
    .replace(/^(\r?\n)+/, '');
  if (head.includes('\0')) return false;
  let known = false;
  for (const line of head.split(/\r?\n/).slice(0, 200)) {
    if (line === '') break;
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    const name = /^([!-9;-~]+):/.exec(line)?.[1];
    if (name === undefined) return false;
    if (MAIL_HEADERS.has(name.toLowerCase())) known = true;
  }
  return known;
}

/** What the first line of a file that is not an mbox looks like, for the error message. */
function notMboxMessage(flag: string, path: string, head: Buffer): string {
  const firstLine = head.toString('latin1').split(/\r?\n/, 1)[0] ?? '';
  // NUL anywhere, or control characters other than tab/CR/LF/FF in the first line.
  const binary = head.includes(0) || [...firstLine].some((c) => c < ' ' && !'\t\r\n\f'.includes(c));
  const base = `${flag}: berkas "${path}" bukan berkas mbox (ekspor Google Takeout)`;
  if (binary) return `${base}: isinya biner.`;
  if (startsLikeMessage(head)) {
    return `${base}: baris pertama harus diawali "From ", bukan header pesan. Untuk pesan .eml tunggal, pakai --eml.`;
  }
  return `${base}: baris pertama harus diawali "From ".`;
}

function unreadable(flag: string, path: string): UserError {
  return new UserError(`${flag}: berkas "${path}" tidak dapat dibaca.`, flag.replace(/^--/, ''));
}

/**
 * The messages of an mbox file (`-` for stdin), one at a time. Throws a UserError when the file
 * cannot be read, is empty or does not start like an mbox; nothing is yielded before that check.
 */
export async function* readMbox(path: string, flag = '--mbox'): AsyncGenerator<RawMessage> {
  let stream: ReadStream | NodeJS.ReadableStream;
  if (path === '-') {
    stream = process.stdin;
  } else {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      throw unreadable(flag, path);
    }
    stream = createReadStream('', { fd, highWaterMark: 1024 * 1024 });
  }
  const splitter = new MboxSplitter();
  let head: Buffer | null = Buffer.alloc(0);
  try {
    for await (const piece of stream) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : (piece as Buffer);
      if (head !== null) {
        // Judge the file on its first bytes (enough for the first line), before any output.
        head = Buffer.concat([head, chunk]);
        if (head.length < 1024 && !head.includes(LF)) continue;
        checkHead(flag, path, head);
        const first = head;
        head = null;
        yield* splitter.push(first);
        continue;
      }
      yield* splitter.push(chunk);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw unreadable(flag, path);
  }
  if (head !== null) {
    checkHead(flag, path, head);
    splitter.push(head);
  }
  yield* splitter.end();
}

function checkHead(flag: string, path: string, head: Buffer): void {
  if (head.toString('latin1').trim() === '') {
    throw new UserError(`${flag}: berkas "${path}" kosong.`, flag.replace(/^--/, ''));
  }
  if (!startsLikeMbox(head)) {
    throw new UserError(notMboxMessage(flag, path, head), flag.replace(/^--/, ''));
  }
}
