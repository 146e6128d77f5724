/**
 * Gmail search for GmailApp.search and friends. Supported: label:, from:, to:, cc:, bcc:,
 * subject:, after:/before: (yyyy/mm/dd — midnight in PST, UTC−8, as the Gmail API's filtering
 * guide warns — or epoch seconds), older_than:/newer_than: (Nd, Nm, Ny), is:unread|read|
 * starred, in:inbox|sent|drafts|trash|spam|anywhere|starred, has:attachment, filename:,
 * rfc822msgid:, plain words and "quoted phrases" (subject, body, addresses, attachment names),
 * `-` negation, `OR` and `{…}` alternatives; terms are ANDed. Words match whole words (Gmail
 * does not match word prefixes). Mail in Trash or Spam is left out unless in:trash, in:spam or
 * in:anywhere asks for it. A thread matches when one of its messages satisfies the query; user
 * labels are per thread, as GmailApp applies them.
 */

import type { Mailbox } from './mailbox';
import { plainOf } from './mime';
import type { MailStore } from './store';
import type { LabelRecord, MessageRecord, SystemLabel, ThreadRecord } from './types';

interface Term {
  neg: boolean;
  op: string;
  value: string;
}

/** A clause holds when any of its terms holds (OR); a query is an AND of clauses. */
type Clause = Term[];

const PST_OFFSET_MS = 8 * 3_600_000;
const OPERATORS = new Set([
  'label',
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'after',
  'before',
  'older',
  'newer',
  'older_than',
  'newer_than',
  'is',
  'in',
  'has',
  'filename',
  'rfc822msgid',
]);

/** Lower-case words joined by single spaces, padded, so a phrase is a substring test. */
export function wordsOf(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? ` ${words.join(' ')} ` : ' ';
}

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const re = /(-?)(?:([a-z_0-9]+):)?("([^"]*)"|\{|\}|\(|\)|[^\s{}()"]+)/gi;
  for (let m = re.exec(query); m; m = re.exec(query)) tokens.push(m[0]);
  return tokens;
}

export function parseQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  let group: Term[] | undefined;
  let joinNext = false;
  for (const token of tokenize(query)) {
    if (token === '{' || token === '(') {
      group = [];
      continue;
    }
    if (token === '}' || token === ')') {
      if (group && group.length > 0) clauses.push(group);
      group = undefined;
      continue;
    }
    if (token === 'OR') {
      joinNext = true;
      continue;
    }
    const term = parseTerm(token);
    if (group) group.push(term);
    else if (joinNext && clauses.length > 0) clauses[clauses.length - 1]?.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  if (group && group.length > 0) clauses.push(group);
  return clauses;
}

function parseTerm(token: string): Term {
  const neg = token.startsWith('-');
  const body = neg ? token.slice(1) : token;
  const m = /^([a-z_0-9]+):(.*)$/i.exec(body);
  const op = m?.[1]?.toLowerCase();
  if (m && op && OPERATORS.has(op)) return { neg, op, value: unquote(m[2] ?? '') };
  return { neg, op: 'text', value: unquote(body) };
}

const unquote = (v: string) => v.replace(/^"(.*)"$/, '$1');

function parseDate(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  let m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + PST_OFFSET_MS;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) + PST_OFFSET_MS;
  return undefined;
}

function relative(value: string, nowMs: number): number | undefined {
  const m = /^(\d+)([dmy])$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const d = new Date(nowMs);
  const unit = (m[2] ?? 'd').toLowerCase();
  if (unit === 'd') return nowMs - n * 86_400_000;
  if (unit === 'm') d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return d.getTime();
}

const LOCATION: Record<string, SystemLabel> = {
  inbox: 'INBOX',
  sent: 'SENT',
  drafts: 'DRAFT',
  draft: 'DRAFT',
  trash: 'TRASH',
  spam: 'SPAM',
  starred: 'STARRED',
  unread: 'UNREAD',
};

/** Latest activity first; among equal times the later-created thread (ids grow) first. */
export function newestFirst(a: ThreadRecord, b: ThreadRecord): number {
  return b.lastMs - a.lastMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export class Searcher {
  constructor(
    private readonly store: MailStore,
    private readonly now: () => number,
  ) {}

  /** Labels named in the current query, resolved once per search. */
  private labelMemo = new Map<string, LabelRecord | undefined>();

  private label(box: Mailbox, name: string): LabelRecord | undefined {
    if (!this.labelMemo.has(name)) this.labelMemo.set(name, box.findLabel(name));
    return this.labelMemo.get(name);
  }

  /** Matching threads, newest activity first. */
  search(box: Mailbox, query: string): ThreadRecord[] {
    this.labelMemo = new Map();
    const clauses = parseQuery(query);
    const wantsHidden = clauses.some((c) =>
      c.some(
        (t) =>
          !t.neg && t.op === 'in' && ['trash', 'spam', 'anywhere'].includes(t.value.toLowerCase()),
      ),
    );
    const candidates = this.candidates(box, clauses);
    const out: ThreadRecord[] = [];
    for (const thread of candidates) {
      for (const message of box.messagesOf(thread)) {
        if (!wantsHidden && (message.system.includes('TRASH') || message.system.includes('SPAM'))) {
          continue;
        }
        if (clauses.every((clause) => clause.some((t) => this.holds(t, box, thread, message)))) {
          out.push(thread);
          break;
        }
      }
    }
    return out.sort(newestFirst);
  }

  /** A positive single-term label: clause narrows the scan to that label's threads. */
  private candidates(box: Mailbox, clauses: Clause[]): Iterable<ThreadRecord> {
    for (const clause of clauses) {
      const term = clause.length === 1 ? clause[0] : undefined;
      if (!term || term.neg || term.op !== 'label') continue;
      const label = this.label(box, term.value);
      if (!label) continue;
      const ids = box.labelThreads.get(label.id) ?? new Set<string>();
      return [...ids].flatMap((id) => {
        const t = box.threads.get(id);
        return t ? [t] : [];
      });
    }
    return box.threads.values();
  }

  private holds(term: Term, box: Mailbox, thread: ThreadRecord, m: MessageRecord): boolean {
    const result = this.test(term, box, thread, m);
    return term.neg ? !result : result;
  }

  private cached(m: MessageRecord) {
    let c = this.store.searchCache.get(m.id);
    if (!c) {
      c = {
        subject: wordsOf(m.subject),
        from: m.from.toLowerCase(),
        to: [m.to, m.cc, m.bcc].join(', ').toLowerCase(),
        text: wordsOf(
          [m.subject, plainOf(m), m.from, m.to, m.cc, ...m.attachments.map((a) => a.name)].join(
            '\n',
          ),
        ),
      };
      this.store.searchCache.set(m.id, c);
    }
    return c;
  }

  private address(header: string, value: string, box: Mailbox): boolean {
    const v = value.toLowerCase() === 'me' ? box.owner.toLowerCase() : value.toLowerCase();
    if (v.includes('@')) return header.includes(v);
    const phrase = wordsOf(v);
    return phrase !== ' ' && wordsOf(header).includes(phrase);
  }

  private test(term: Term, box: Mailbox, thread: ThreadRecord, m: MessageRecord): boolean {
    const value = term.value;
    const lower = value.toLowerCase();
    switch (term.op) {
      case 'label': {
        const system = LOCATION[lower];
        if (system) return m.system.includes(system);
        const label = this.label(box, value);
        return label !== undefined && thread.labelIds.includes(label.id);
      }
      case 'in':
        if (lower === 'anywhere') return true;
        return LOCATION[lower] !== undefined && m.system.includes(LOCATION[lower]);
      case 'is':
        if (lower === 'read') return !m.system.includes('UNREAD');
        return LOCATION[lower] !== undefined && m.system.includes(LOCATION[lower]);
      case 'from':
        return this.address(this.cached(m).from, value, box);
      case 'to':
        return this.address(this.cached(m).to, value, box);
      case 'cc':
        return this.address(m.cc.toLowerCase(), value, box);
      case 'bcc':
        return this.address(m.bcc.toLowerCase(), value, box);
      case 'subject':
        return this.cached(m).subject.includes(wordsOf(value));
      case 'after':
      case 'newer': {
        const t = parseDate(value);
        return t !== undefined && m.dateMs >= t;
      }
      case 'before':
      case 'older': {
        const t = parseDate(value);
        return t !== undefined && m.dateMs < t;
      }
      case 'newer_than': {
        const t = relative(value, this.now());
        return t !== undefined && m.dateMs > t;
      }
      case 'older_than': {
        const t = relative(value, this.now());
        return t !== undefined && m.dateMs < t;
      }
      case 'has':
        return lower === 'attachment' && m.attachments.length > 0;
      case 'filename':
        return m.attachments.some((a) => {
          const name = a.name.toLowerCase();
          return (
            name === lower || name.endsWith(`.${lower}`) || wordsOf(name).includes(wordsOf(lower))
          );
        });
      case 'rfc822msgid':
        return m.rfcId.replace(/[<>]/g, '').toLowerCase() === lower.replace(/[<>]/g, '');
      default: {
        const phrase = wordsOf(value);
        return phrase === ' ' || this.cached(m).text.includes(phrase);
      }
    }
  }
}
