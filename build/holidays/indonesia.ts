/**
 * Indonesian national holidays from the npm package date-holidays (a devDependency only: it
 * weighs megabytes and must stay out of Code.js), turned into the source of
 * src/core/workdays/seed-id.ts. Used by ./generate.ts and by the seed test, which checks that
 * the committed file is exactly what this produces.
 */
import Holidays from 'date-holidays';
import type { HolidayEntry } from '../../src/core/workdays/holidays';

export const SEED_FIRST_YEAR = 2025;
export const SEED_LAST_YEAR = 2030;

/**
 * Names as the SKB 3 Menteri writes them, by the package's rule. The package's Indonesian
 * name for 27 Rajab is wrong ("Maulid Nabi Muhammad"; it is Isra Mikraj). Rules missing
 * here keep the package's Indonesian name (Nyepi and Waisak are per-date rules).
 */
const NAME_BY_RULE: Record<string, string> = {
  '01-01': 'Tahun Baru Masehi',
  '27 Rajab': 'Isra Mikraj Nabi Muhammad SAW',
  'chinese 01-0-01': 'Tahun Baru Imlek',
  '1 Shawwal': 'Idul Fitri',
  '2 Shawwal': 'Idul Fitri (hari kedua)',
  'easter -2': 'Wafat Yesus Kristus',
  '05-01': 'Hari Buruh Internasional',
  'easter 39': 'Kenaikan Yesus Kristus',
  '06-01': 'Hari Lahir Pancasila',
  '10 Dhu al-Hijjah': 'Idul Adha',
  '1 Muharram': 'Tahun Baru Islam (1 Muharam)',
  '08-17': 'Hari Kemerdekaan Republik Indonesia',
  '12 Rabi al-awwal': 'Maulid Nabi Muhammad SAW',
  '12-25': 'Kelahiran Yesus Kristus (Natal)',
};

/** Islamic dates are calculated by the package; the government fixes them by sighting. */
const ISLAMIC_RULE = /\b(Muharram|Rabi al-awwal|Rajab|Shawwal|Dhu al-Hijjah)\b/;
export const ISLAMIC_NOTE = 'Tanggal hasil hitungan; cocokkan dengan SKB 3 Menteri';

/** The national holidays every year should have; the header lists those the package lacks. */
const EXPECTED: readonly { label: string; matches: (name: string) => boolean }[] = [
  ...Object.entries(NAME_BY_RULE).map(([, name]) => ({
    label: name,
    matches: (n: string) => n === name,
  })),
  { label: 'Hari Raya Nyepi', matches: (n) => /Nyepi/.test(n) },
  { label: 'Hari Raya Waisak', matches: (n) => /Waisak/.test(n) },
];

export function packageVersion(): string {
  // Read through require so the version is the installed one, not a typed constant.
  return (require('date-holidays/package.json') as { version: string }).version;
}

/** National public holidays of the years, sorted by date then name. */
export function collectIndonesianHolidays(first: number, last: number): HolidayEntry[] {
  const calendar = new Holidays('ID', { languages: ['id'], timezone: 'Asia/Jakarta' });
  const entries: HolidayEntry[] = [];
  for (let year = first; year <= last; year++) {
    for (const holiday of calendar.getHolidays(year, 'id') ?? []) {
      if (holiday.type !== 'public') continue;
      // "2025-03-30 00:00:00 -0600": Islamic days start at the previous sunset; the date
      // part is still the holiday's civil day.
      const date = holiday.date.slice(0, 10);
      if (!date.startsWith(String(year))) continue;
      const name = NAME_BY_RULE[holiday.rule] ?? holiday.name;
      entries.push({
        date,
        name,
        kind: 'nasional',
        ...(ISLAMIC_RULE.test(holiday.rule) ? { note: ISLAMIC_NOTE } : {}),
      });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

/** Per year, the expected holidays the package does not give. */
export function missingByYear(
  entries: readonly HolidayEntry[],
  first: number,
  last: number,
): Map<number, string[]> {
  const missing = new Map<number, string[]>();
  for (let year = first; year <= last; year++) {
    const names = entries.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.name);
    const absent = EXPECTED.filter((x) => !names.some(x.matches)).map((x) => x.label);
    if (absent.length > 0) missing.set(year, absent);
  }
  return missing;
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The TypeScript source of seed-id.ts, already formatted as biome wants it. */
export function renderSeed(first = SEED_FIRST_YEAR, last = SEED_LAST_YEAR): string {
  const entries = collectIndonesianHolidays(first, last);
  const missing = missingByYear(entries, first, last);
  const missingLines =
    missing.size === 0
      ? [' *   (none)']
      : [...missing].map(([year, names]) => ` *   ${year}: ${names.join(', ')}`);
  const lines = entries.map((e) => {
    const note = e.note === ISLAMIC_NOTE ? ', note: HITUNGAN' : '';
    return `  { date: '${e.date}', name: ${quote(e.name)}, kind: 'nasional'${note} },`;
  });
  return [
    '/**',
    ` * GENERATED FILE, do not edit. Indonesian national holidays ${first}–${last} from the npm`,
    ` * package date-holidays ${packageVersion()} (data CC-BY-3.0, © date-holidays contributors).`,
    ' * Regenerate after upgrading the package:',
    ' *',
    ' *   npx tsx build/holidays/generate.ts          (writes this file)',
    ' *   npx tsx build/holidays/generate.ts --check  (fails if this file is out of date)',
    ' *',
    ' * This is a seed for the HariLibur sheet, which the admin owns and corrects each year.',
    ' * - Cuti bersama is NOT here: the package does not carry it and the SKB 3 Menteri sets',
    ' *   it yearly. The admin adds those rows (Jenis "cuti bersama").',
    ' * - Islamic holidays are calculated by the package; the government fixes them by',
    ' *   sighting (sidang isbat) and the date can differ by a day. Known cases: 2025 Idul',
    ' *   Fitri (SKB: 31 Mar–1 Apr; here 30–31 Mar), 2025 1 Muharam (SKB: 27 Jun; here',
    ' *   26 Jun), 2026 Idul Fitri (SKB: 21–22 Mar; here 20–21 Mar). Those rows carry a note.',
    ' * - Easter Sunday (Paskah) is not listed; it is a Sunday, so it changes no working day.',
    ' * - Holidays the package does not have for a year (its per-year tables end early):',
    ...missingLines,
    ' */',
    "import type { HolidayEntry } from './holidays';",
    '',
    `export const SEED_FIRST_YEAR = ${first};`,
    `export const SEED_LAST_YEAR = ${last};`,
    '',
    `const HITUNGAN = ${quote(ISLAMIC_NOTE)};`,
    '',
    'export const SEED_ID: readonly HolidayEntry[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
