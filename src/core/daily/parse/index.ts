/**
 * LENTERA Email Daily: reading a daily report out of a mail. Tolerant of what people do
 * by hand (see subject.ts, dates.ts, body.ts, sections.ts), strict about what the
 * coordinator relies on: a known unit, a real date, one priority, the required sections.
 * When something is missing the answer lists every problem in Indonesian, precisely enough
 * for the sender to fix the mail. Never throws, on any input; linear in the input's size.
 */
import type { DailyConfig, DailyUnit } from '../config';
import { bodyText, splitParts } from './body';
import { type DateFinding, findDate, longDate } from './dates';
import { type IncomingMail, readMail, type SafeMail } from './mail';
import { quoted } from './normalize';
import { type PriorityReading, readPriority } from './priority';
import { readSections, type SectionReading } from './sections';
import { hasReportTag, readSubject, type SubjectReading } from './subject';
import { tokenize } from './tokens';
import { senderAddress, unitByName, unitsOfAddress } from './units';

export type { DateFinding } from './dates';
export type { IncomingMail, MailAttachment } from './mail';
export { SHEET_CELL_LIMIT, sheetCell, sheetSafeReport } from './sheet';
export { addressesIn, senderAddress } from './units';

export interface DailyReport {
  readonly messageId: string;
  /** The sender's address in lower case, without display name. */
  readonly from: string;
  /** Canonical unit name, from the Unit table. */
  readonly unit: string;
  readonly unitCode: string;
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  /** As written in the config ('Tinggi'), whatever case the sender used. */
  readonly priority: string;
  /** Canonical section name → plain text, only for sections filled in. */
  readonly sections: Readonly<Record<string, string>>;
  /** File names of the attachments (signature logos left out). */
  readonly attachments: readonly string[];
}

export type ParseResult =
  | { readonly ok: true; readonly report: DailyReport }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Where a value was found: the subject, the body ("Unit: …" line) or the sender. */
export type Source = 'subjek' | 'badan' | 'pengirim';

export type UnitReading =
  | { readonly unit: DailyUnit; readonly source: Source }
  | { readonly problem: string };

export type DateReading =
  | { readonly iso: string; readonly finding: DateFinding; readonly source: Source }
  | { readonly problem: string; readonly finding?: DateFinding };

/** Everything read from a mail, for the parser's result and the pre-send checklist. */
export interface DailyAnalysis {
  readonly mail: SafeMail;
  /** The sender's address in lower case. */
  readonly from: string;
  readonly subject: SubjectReading;
  /** The sections of the part of the body that holds the report. */
  readonly body: SectionReading;
  readonly unit: UnitReading;
  readonly date: DateReading;
  readonly priority: PriorityReading;
  /** Set when the subject does not carry the report tag. */
  readonly subjectProblem?: string;
  /** One per required section missing or empty. */
  readonly sectionProblems: readonly string[];
  /** Every problem, in the order the mail is read: subject, unit, date, priority, sections. */
  readonly problems: readonly string[];
}

/** Longest unit name looked for inside a longer part of the subject, in words. */
const UNIT_WINDOW = 8;
/** Words of one part, and parts, searched for a unit name: a pasted paragraph is not. */
const UNIT_WORDS = 40;
const UNIT_PARTS = 20;

type UnitSearch = { unit: DailyUnit } | { several: readonly DailyUnit[] } | null;

/**
 * The unit named by the texts, in order. A part is first matched whole; then every run of up
 * to UNIT_WINDOW words in it, so "Laporan Diskominfo Bangka" still finds Diskominfo.
 */
function searchUnit(texts: readonly string[], config: DailyConfig): UnitSearch {
  for (const text of texts.slice(0, UNIT_PARTS)) {
    const whole = unitByName(text, config);
    if (whole) return { unit: whole };
    const words = tokenize(text)
      .filter((t) => t.kind !== 'mark')
      .slice(0, UNIT_WORDS);
    const found = new Set<DailyUnit>();
    for (let size = Math.min(UNIT_WINDOW, words.length); size >= 1; size--) {
      for (let s = 0; s + size <= words.length; s++) {
        const run = words.slice(s, s + size);
        // A bare number ("SMPN 1") would otherwise match a unit whose code is "1".
        if (run.every((t) => t.kind === 'number')) continue;
        const unit = unitByName(text.slice(run[0]?.start, run[run.length - 1]?.end), config);
        if (unit) found.add(unit);
      }
    }
    if (found.size === 1) return { unit: [...found][0] as DailyUnit };
    if (found.size > 1) return { several: [...found] };
  }
  return null;
}

const names = (units: readonly DailyUnit[]) => units.map((u) => u.name).join(', ');

function unknownUnit(written: string, where: string, config: DailyConfig): string {
  if (config.units.length === 0) {
    return `Unit ${quoted(written)} ${where} tidak dapat dikenali karena tabel Unit masih kosong; minta Admin Sistem mengisinya.`;
  }
  const example = config.units[0]?.name ?? '';
  return `Unit ${quoted(written)} ${where} tidak ada di tabel Unit (dicocokkan dengan nama, kode dan alias); tulis nama unit seperti di tabel, misalnya "${example}".`;
}

function readUnit(
  subject: SubjectReading,
  body: SectionReading,
  from: string,
  config: DailyConfig,
): UnitReading {
  const sources: [Source, readonly string[], string][] = [
    ['subjek', subject.unitTexts, 'pada subjek'],
    ['badan', body.fields.unit, 'pada baris Unit di badan email'],
  ];
  for (const [source, texts, where] of sources) {
    if (texts.length === 0) continue;
    const found = searchUnit(texts, config);
    if (found === null) return { problem: unknownUnit(texts[0] ?? '', where, config) };
    if ('several' in found) {
      return {
        problem: `Unit ${where} tidak jelas: tertulis lebih dari satu unit (${names(found.several)}); sebutkan satu unit saja.`,
      };
    }
    return { unit: found.unit, source };
  }
  const units = unitsOfAddress(from, config);
  if (units.length === 1 && units[0]) return { unit: units[0], source: 'pengirim' };
  const sender = from === '' ? 'pengirim' : `pengirim ${from}`;
  return {
    problem:
      units.length > 1
        ? `Nama unit tidak ada pada subjek, dan alamat ${sender} terdaftar pada beberapa unit (${names(units)}); tulis nama unit pada subjek.`
        : `Nama unit tidak ada pada subjek, dan alamat ${sender} tidak terdaftar pada unit mana pun; tulis nama unit pada subjek.`,
  };
}

const DATE_EXAMPLE = 'tulis misalnya "23 November 2026" atau "23/11/2026"';

function readDate(subject: SubjectReading, body: SectionReading): DateReading {
  const fromSubject = subject.date;
  if (fromSubject) {
    if (fromSubject.iso !== undefined) {
      return { iso: fromSubject.iso, finding: fromSubject, source: 'subjek' };
    }
    return {
      problem: `Tanggal ${quoted(fromSubject.written)} pada subjek tidak valid: ${fromSubject.reason}.`,
      finding: fromSubject,
    };
  }
  for (const value of body.fields.date) {
    const finding = findDate(value);
    if (finding?.iso !== undefined) return { iso: finding.iso, finding, source: 'badan' };
    if (finding) {
      return {
        problem: `Tanggal ${quoted(finding.written)} pada baris Tanggal tidak valid: ${finding.reason}.`,
        finding,
      };
    }
  }
  return { problem: `Tanggal laporan tidak ada pada subjek; ${DATE_EXAMPLE}.` };
}

function subjectProblem(mail: SafeMail, unit: UnitReading, date: DateReading, config: DailyConfig) {
  const unitName = 'unit' in unit ? unit.unit.name : (config.units[0]?.name ?? 'Nama Unit');
  const day = 'iso' in date ? longDate(date.iso).replace(/^[^,]*, /, '') : '23 November 2026';
  const example = `"[${config.subjectTag}] ${unitName} — ${day}"`;
  return mail.subject.trim() === ''
    ? `Subjek masih kosong; tulis misalnya ${example}.`
    : `Subjek ${quoted(mail.subject)} bukan subjek laporan harian: awali dengan "[${config.subjectTag}]", misalnya ${example}.`;
}

function sectionProblems(body: SectionReading, config: DailyConfig): string[] {
  return config.sections
    .filter((s) => s.required && !(s.name in body.sections))
    .map((s) =>
      body.headings.has(s.name)
        ? `Bagian ${s.name} wajib diisi: isinya masih kosong.`
        : `Bagian ${s.name} wajib diisi: judul "${s.name}:" tidak ditemukan di badan email.`,
    );
}

/** Reads everything the parser and the checklist need from a mail; never throws. */
export function analyseDailyMail(input: unknown, config: DailyConfig): DailyAnalysis {
  const mail = readMail(input);
  const from = senderAddress(mail.from);
  const subject = readSubject(mail.subject, config);
  const parts = splitParts(bodyText(mail.text, mail.html));
  let body = readSections(parts[0]?.lines ?? [], config);
  if (body.headings.size === 0) {
    // A forwarded report is the report; quoted reply history is only when the mail itself
    // was forwarded (Outlook marks both the same way).
    for (const part of parts.slice(1)) {
      if (part.kind === 'own' || (part.kind === 'history' && !subject.forwarded)) continue;
      const reading = readSections(part.lines, config);
      if (reading.headings.size > 0) {
        body = reading;
        break;
      }
    }
  }
  const unit = readUnit(subject, body, from, config);
  const date = readDate(subject, body);
  const priority = readPriority(body.fields.priority, config);
  const badSubject = subject.isReport ? undefined : subjectProblem(mail, unit, date, config);
  const missing = sectionProblems(body, config);
  const problems: string[] = [];
  // Unit and date are read from the subject; when it is not a report subject at all, one
  // problem with an example says more than three about the same line.
  if (badSubject !== undefined) problems.push(badSubject);
  else {
    if ('problem' in unit) problems.push(unit.problem);
    if ('problem' in date) problems.push(date.problem);
  }
  if ('problem' in priority) problems.push(priority.problem);
  problems.push(...missing);
  return {
    ...(badSubject === undefined ? {} : { subjectProblem: badSubject }),
    sectionProblems: missing,
    mail,
    from,
    subject,
    body,
    unit,
    date,
    priority,
    problems,
  };
}

export function parseDailyReport(mail: IncomingMail, config: DailyConfig): ParseResult {
  const analysis = analyseDailyMail(mail, config);
  const { unit, date, priority, problems } = analysis;
  // Without problems all three are found; the checks after the first narrow the types.
  if (problems.length > 0 || !('unit' in unit) || !('iso' in date) || !('priority' in priority)) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    report: {
      messageId: analysis.mail.messageId,
      from: analysis.from,
      unit: unit.unit.name,
      unitCode: unit.unit.code,
      date: date.iso,
      priority: priority.priority,
      sections: analysis.body.sections,
      attachments: analysis.mail.attachments.map((a) => a.filename),
    },
  };
}

/** Cheap pre-filter for the mailbox search: the subject carries the report tag. */
export function looksLikeDailyReport(subject: string, config: DailyConfig): boolean {
  return typeof subject === 'string' && hasReportTag(subject, config);
}
