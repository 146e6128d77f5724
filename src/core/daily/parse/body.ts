/**
 * The body of a report mail as plain lines, split into the sender's own text and what came
 * with it: quoted reply history and forwarded messages. Which part holds the report is
 * decided by the caller (index.ts): forwarded content can be the report itself, reply
 * history never is unless the subject says the mail was forwarded.
 */
import { htmlToText } from './html';

/** The plain text of the mail: the text part when it has any, else the HTML converted. */
export function bodyText(text: string, html: string): string {
  const chosen = text.trim() !== '' ? text : htmlToText(html);
  return (
    chosen
      .replace(/\r\n?/g, '\n')
      // Zero-width characters come with pasted text and break heading matches.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
  );
}

export type PartKind = 'own' | 'forwarded' | 'history';

export interface BodyPart {
  readonly kind: PartKind;
  /** Lines with quote markers removed. */
  readonly lines: readonly string[];
}

/** Only the start and the end of a line are looked at: every marker is short. */
const EDGE = 120;

/** What the splitter needs of one line, computed once. */
interface Line {
  /** Without its leading "> > ". */
  readonly content: string;
  readonly quoted: boolean;
  /** The first EDGE characters, trimmed, lower case. */
  readonly head: string;
  readonly blank: boolean;
  /** "from", "subjek" … when the line looks like a mail header ("From: …"); else ''. */
  readonly label: string;
}

function lineOf(raw: string): Line {
  let i = 0;
  let quoted = false;
  while (i < raw.length) {
    const c = raw.charAt(i);
    if (c === '>') quoted = true;
    else if (c !== ' ' && c !== '\t') break;
    i++;
  }
  const content = quoted ? raw.slice(i) : raw;
  const head = content.slice(0, EDGE).trim().toLowerCase();
  const colon = head.indexOf(':');
  const label = colon > 0 && colon <= 10 ? head.slice(0, colon).trim() : '';
  return { content, quoted, head, blank: head === '' && content.trim() === '', label };
}

const FORWARD_WORDS = ['forward', 'terus'];
const ORIGINAL_WORDS = ['original message', 'pesan asli', 'pesan awal', 'pesan semula'];
const DASHES = /^[-_=*]{2}/;

function isForwardMarker({ head }: Line): boolean {
  if (head.startsWith('begin forwarded message') || head.startsWith('awal pesan yang diteruskan')) {
    return true;
  }
  // "---------- Forwarded message ---------", "-------- Pesan yang diteruskan --------".
  return DASHES.test(head) && FORWARD_WORDS.some((w) => head.includes(w));
}

const isOriginalMarker = ({ head }: Line): boolean =>
  DASHES.test(head) && ORIGINAL_WORDS.some((w) => head.includes(w));

const ATTRIBUTION_ENDS = ['wrote:', 'menulis:', 'schrieb:', 'a écrit :', 'a écrit:'];
const endsAttribution = (line: Line | undefined) => {
  const end = line?.content.slice(-EDGE).trim().toLowerCase() ?? '';
  return ATTRIBUTION_ENDS.some((w) => end.endsWith(w));
};

/** Lines of "Pada … menulis:" / "On … wrote:" starting here (clients wrap it onto two). */
function attributionLength(lines: readonly Line[], i: number): number {
  const head = lines[i]?.head ?? '';
  if (!head.startsWith('on ') && !head.startsWith('pada ') && !head.startsWith('am ')) return 0;
  if (endsAttribution(lines[i])) return 1;
  return endsAttribution(lines[i + 1]) ? 2 : 0;
}

const HEADER_LABELS = new Set([
  'from',
  'dari',
  'sent',
  'date',
  'dikirim',
  'terkirim',
  'tanggal',
  'to',
  'kepada',
  'cc',
  'bcc',
  'subject',
  'subjek',
  'perihal',
  'reply-to',
]);

const WHEN_STRICT = ['sent', 'dikirim', 'terkirim'];
const WHEN_LOOSE = [...WHEN_STRICT, 'date', 'tanggal'];
const ABOUT_STRICT = ['subject', 'subjek'];
const ABOUT_LOOSE = [...ABOUT_STRICT, 'perihal'];

/**
 * Outlook's "From: … Sent: … To: … Subject: …" block. Without a rule line above it only the
 * mail-specific labels count: a report listing incoming letters ("Dari: …, Tanggal: …,
 * Perihal: …") must not be cut there.
 */
function isHeaderBlock(lines: readonly Line[], i: number, afterRule: boolean): boolean {
  const first = lines[i]?.label;
  if (first !== 'from' && first !== 'dari') return false;
  const whenLabels = afterRule ? WHEN_LOOSE : WHEN_STRICT;
  const aboutLabels = afterRule ? ABOUT_LOOSE : ABOUT_STRICT;
  let when = false;
  let about = false;
  for (let k = i + 1; k < lines.length && k <= i + 6; k++) {
    const label = lines[k]?.label ?? '';
    if (whenLabels.includes(label)) when = true;
    if (aboutLabels.includes(label)) about = true;
  }
  return when && about;
}

/** A line of underscores Outlook puts above the header block. */
const isRule = ({ head }: Line) => head.length >= 8 && /^_+$/.test(head);

export function splitParts(text: string): BodyPart[] {
  const lines = text.split('\n').map(lineOf);
  const parts: { kind: PartKind; lines: string[] }[] = [{ kind: 'own', lines: [] }];
  let current = parts[0] as { kind: PartKind; lines: string[] };
  const start = (kind: PartKind) => {
    current = { kind, lines: [] };
    parts.push(current);
  };
  const skipBlank = (i: number): number => {
    let k = i;
    while (lines[k]?.blank) k++;
    return k;
  };
  /** Skips the header lines of a forwarded or original message starting at i. */
  const skipHeaders = (i: number): number => {
    let k = skipBlank(i);
    const first = k;
    while (HEADER_LABELS.has(lines[k]?.label ?? '')) k++;
    return k > first ? k : i;
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as Line;
    if (isForwardMarker(line)) {
      start('forwarded');
      i = skipHeaders(i + 1);
      continue;
    }
    if (isOriginalMarker(line)) {
      start('history');
      i = skipHeaders(i + 1);
      continue;
    }
    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      start('history');
      i += attribution;
      continue;
    }
    if (isRule(line) && isHeaderBlock(lines, skipBlank(i + 1), true)) {
      start('history');
      i = skipHeaders(i + 1);
      continue;
    }
    if (isHeaderBlock(lines, i, false)) {
      start('history');
      i = skipHeaders(i);
      continue;
    }
    if (line.quoted && current.kind !== 'history') start('history');
    current.lines.push(line.content);
    i++;
  }
  return parts;
}
