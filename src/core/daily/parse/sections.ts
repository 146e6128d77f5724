/**
 * The sections of a report body and its fields (Prioritas, and in the opening lines
 * Tanggal and Unit). A heading is a known section name or alias, written as people do:
 * `Ringkasan:`, `RINGKASAN`, `**Ringkasan**`, `1. Ringkasan`, `Ringkasan :`, `Kendala - …`,
 * with its text on the same line or on the lines below, up to the next heading. Text before
 * the first heading (greeting) and after a closing ("Demikian …", "Hormat kami", a "-- "
 * signature) belongs to no section.
 */
import type { DailyConfig, DailySection } from '../config';
import { foldName } from './normalize';

export type Field = 'priority' | 'date' | 'unit';

type Heading = { readonly section: string } | { readonly field: Field };

const FIELD_LABELS: Record<Field, readonly string[]> = {
  priority: ['prioritas', 'prioritas laporan', 'tingkat prioritas', 'priority'],
  date: ['tanggal', 'tanggal laporan', 'hari tanggal', 'hari dan tanggal', 'tgl', 'date'],
  unit: [
    'unit',
    'unit kerja',
    'nama unit',
    'opd',
    'perangkat daerah',
    'satuan kerja',
    'satker',
    'instansi',
  ],
};

const lookups = new WeakMap<readonly DailySection[], ReadonlyMap<string, Heading>>();

function lookupOf(sections: readonly DailySection[]): ReadonlyMap<string, Heading> {
  const cached = lookups.get(sections);
  if (cached) return cached;
  const map = new Map<string, Heading>();
  for (const [field, labels] of Object.entries(FIELD_LABELS) as [Field, readonly string[]][]) {
    for (const label of labels) map.set(label, { field });
  }
  // Sections are set last: a configured section wins over a built-in field label.
  for (const section of sections) {
    for (const name of [section.name, ...(section.aliases ?? [])]) {
      const key = foldName(name);
      if (key !== '') map.set(key, { section: section.name });
    }
  }
  lookups.set(sections, map);
  return map;
}

/** Longest heading label looked at; longer text before a colon is a sentence. */
const LABEL_MAX = 60;

/** "1. ", "a) ", "IV. ", "(2) " before a heading. */
const NUMBERING = /^\(?(?:\d{1,3}|[a-zA-Z]|[IVXivx]{1,4})[.)]\s*/;

interface HeadingLine {
  readonly heading: Heading;
  /** Text after the heading on the same line. */
  readonly rest: string;
}

const stripEmphasis = (text: string) => {
  let i = 0;
  while (i < text.length && '*_ \t'.includes(text.charAt(i))) i++;
  return text.slice(i).trim();
};

export function headingOf(line: string, lookup: ReadonlyMap<string, Heading>): HeadingLine | null {
  let s = line.trim();
  if (s === '') return null;
  // Markdown and bullets ("## ", "* ", "- ") are dropped by foldName; numbering is not.
  const lead = stripEmphasis(s.replace(/^[#*\-•·▪►\s]{0,8}/, ''));
  const numbered = NUMBERING.exec(lead.slice(0, 12));
  if (numbered) s = lead.slice(numbered[0].length);
  const window = s.slice(0, LABEL_MAX + 2);
  const splits: [number, number][] = [];
  const colon = window.search(/[:\uff1a]/);
  if (colon > 0) splits.push([colon, colon + 1]);
  const dash = window.search(/ [-–—] /);
  if (dash > 0) splits.push([dash, dash + 3]);
  if (s.length <= LABEL_MAX) splits.push([s.length, s.length]);
  for (const [end, restStart] of splits) {
    const heading = lookup.get(foldName(s.slice(0, end)));
    if (heading) return { heading, rest: stripEmphasis(s.slice(restStart)) };
  }
  return null;
}

// Where the report ends and the signature begins. Looked for at the start of a line.
const CLOSINGS = [
  'demikian',
  'hormat kami',
  'hormat saya',
  'salam',
  'wassalam',
  'terima kasih',
  'terimakasih',
  'regards',
  'best regards',
  'thanks',
  'thank you',
  'dikirim dari',
  'sent from',
];

function isClosing(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '--' || trimmed === '—') return true;
  const head = foldName(line.slice(0, 40));
  return CLOSINGS.some((c) => head === c || head.startsWith(`${c} `));
}

/** Text left from the template or typed as "nothing here": only dots, dashes or "…". */
export const isPlaceholder = (text: string): boolean => /^[\s.…\-–—_]*$/.test(text);

/** Lines as one text: outer blank lines dropped, inner runs of blank lines kept as one. */
function joinLines(lines: readonly string[]): string {
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line.trim() === '' ? '' : line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

export interface SectionReading {
  /** Canonical section name → text, for sections whose text is not empty or a placeholder. */
  readonly sections: Readonly<Record<string, string>>;
  /** Canonical names of every section whose heading was found, filled in or not. */
  readonly headings: ReadonlySet<string>;
  /** Values written for each field, in order. */
  readonly fields: Readonly<Record<Field, readonly string[]>>;
  /** The text with heading labels removed ("Lampiran: foto" → "foto"), for word searches. */
  readonly plain: string;
}

export function readSections(lines: readonly string[], config: DailyConfig): SectionReading {
  const lookup = lookupOf(config.sections);
  const texts = new Map<string, string[]>();
  const headings = new Set<string>();
  const fields: Record<Field, string[]> = { priority: [], date: [], unit: [] };
  let current: string[] | null = null;
  let pendingField: Field | null = null;
  const plain: string[] = [];
  for (const line of lines) {
    const found = headingOf(line, lookup);
    plain.push(found ? found.rest : line);
    // Tanggal and Unit count only in the opening lines: further down, "Tanggal: …" is
    // report text (a list of letters received, a schedule).
    const heading =
      found && 'field' in found.heading && found.heading.field !== 'priority' && headings.size > 0
        ? null
        : found;
    if (heading) {
      pendingField = null;
      if ('section' in heading.heading) {
        const name = heading.heading.section;
        headings.add(name);
        current = texts.get(name) ?? [];
        if (current.length > 0) current.push('');
        texts.set(name, current);
        if (heading.rest !== '') current.push(heading.rest);
      } else {
        current = null;
        if (heading.rest !== '') fields[heading.heading.field].push(heading.rest);
        else pendingField = heading.heading.field;
      }
      continue;
    }
    if (pendingField !== null && line.trim() !== '') {
      fields[pendingField].push(line.trim());
      pendingField = null;
      continue;
    }
    if (isClosing(line)) {
      current = null;
      pendingField = null;
      continue;
    }
    current?.push(line);
  }
  const sections = Object.fromEntries(
    [...texts]
      .map(([name, sectionLines]) => [name, joinLines(sectionLines)] as const)
      .filter(([, text]) => !isPlaceholder(text)),
  );
  return { sections, headings, fields, plain: plain.join('\n') };
}
