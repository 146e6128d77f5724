import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import { renderSeed } from '../../build/holidays/indonesia';
import {
  normalizeDate,
  SEED_FIRST_YEAR,
  SEED_LAST_YEAR,
  seedHolidays,
  seedMissingYears,
  seedYearsFor,
} from '../../src/core/workdays';
import { SEED_ID } from '../../src/core/workdays/seed-id';

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

describe('Indonesian holiday seed', () => {
  it('covers 2025–2030 with national holidays only', () => {
    expect([SEED_FIRST_YEAR, SEED_LAST_YEAR]).toEqual([2025, 2030]);
    for (const year of YEARS) {
      expect(seedHolidays([year]).length).toBeGreaterThanOrEqual(14);
    }
    // Cuti bersama is decreed yearly and not in the package: the admin adds it.
    expect(SEED_ID.every((e) => e.kind === 'nasional')).toBe(true);
    expect(SEED_ID.every((e) => normalizeDate(e.date) === e.date)).toBe(true);
  });

  it.each(YEARS)('has the fixed-date holidays of %i', (year) => {
    const names = new Map(seedHolidays([year]).map((e) => [e.date, e.name]));
    expect(names.get(`${year}-08-17`)).toBe('Hari Kemerdekaan Republik Indonesia');
    expect(names.get(`${year}-01-01`)).toBe('Tahun Baru Masehi');
    expect(names.get(`${year}-05-01`)).toBe('Hari Buruh Internasional');
    expect(names.get(`${year}-06-01`)).toBe('Hari Lahir Pancasila');
    expect(names.get(`${year}-12-25`)).toBe('Kelahiran Yesus Kristus (Natal)');
  });

  it('has the Idul Fitri dates date-holidays gives, each year', () => {
    const hd = new Holidays('ID', { languages: ['id'], timezone: 'Asia/Jakarta' });
    for (const year of YEARS) {
      const fromPackage = hd
        .getHolidays(year, 'id')
        .filter((h) => h.rule === '1 Shawwal' || h.rule === '2 Shawwal')
        .map((h) => h.date.slice(0, 10));
      const fromSeed = seedHolidays([year])
        .filter((e) => e.name.startsWith('Idul Fitri'))
        .map((e) => e.date);
      expect(fromSeed).toEqual(fromPackage);
      expect(fromSeed).toHaveLength(2);
    }
    // Idul Fitri 1447 H per date-holidays 3.37.0 (the SKB says 21–22 March; see seed-id.ts).
    expect(seedHolidays([2026]).filter((e) => e.name.startsWith('Idul Fitri'))).toEqual([
      expect.objectContaining({ date: '2026-03-20', note: expect.stringContaining('SKB') }),
      expect.objectContaining({ date: '2026-03-21' }),
    ]);
  });

  it('names 27 Rajab Isra Mikraj (the package calls it Maulid)', () => {
    expect(seedHolidays([2026]).find((e) => e.date === '2026-01-16')?.name).toBe(
      'Isra Mikraj Nabi Muhammad SAW',
    );
  });

  it('is the file the generator writes from the installed package', () => {
    const committed = readFileSync(join(__dirname, '../../src/core/workdays/seed-id.ts'), 'utf8');
    expect(committed).toBe(renderSeed());
  });

  it('seeds only years the table does not have yet', () => {
    expect(seedYearsFor(2026)).toEqual([2026, 2027]);
    const existing = [{ date: '2026-03-21', name: 'Idul Fitri', kind: 'nasional' as const }];
    const added = seedMissingYears(existing, [2026, 2027]);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((e) => e.date.startsWith('2027-'))).toBe(true);
    expect(seedMissingYears([], [2040])).toEqual([]);
  });
});
