import { blocksFor } from '../../src/core/agenda/blocks';
import type { AgendaConventions } from '../../src/core/agenda/conventions';
import type { AgendaItem } from '../../src/core/agenda/item';
import { DEFAULT_CONVENTIONS } from '../../src/core/agenda/settings';
import { createWorkCalendar, DEFAULT_OFFICE_HOURS } from '../../src/core/workdays';
import { agendaItem } from '../fixtures/agenda-records';

const wib = (s: string) => Date.parse(`${s}:00+07:00`);

// 24 December 2026 is a Thursday, 25 December a Friday; 27 November a Friday too.
const calendar = createWorkCalendar({
  holidays: [
    { date: '2026-12-24', name: 'Cuti Bersama Natal', kind: 'cuti-bersama' },
    { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'nasional' },
  ],
});

const leader = (name: string, fridayPrayer: boolean) => ({
  name,
  email: '',
  aides: [],
  fridayPrayer,
});
/** Bupati and Sekda keep Friday prayer free; the Wakil Bupati does not pray on Friday. */
const conventions = (over: Partial<AgendaConventions> = {}): AgendaConventions => ({
  ...DEFAULT_CONVENTIONS,
  leaders: [
    leader('Bupati', true),
    leader('Wakil Bupati', false),
    leader('Sekretaris Daerah', true),
  ],
  ...over,
});

/** An item of the Bupati from `from` to `to` (WIB wall times). */
const item = (from: string, to: string, over: Partial<AgendaItem> = {}): AgendaItem =>
  agendaItem({ start: wib(from), end: wib(to), leaders: ['Bupati'], ...over });

const NATAL = 'Jumat, 25 Desember 2026 adalah hari libur (Hari Raya Natal).';
const CUTI = 'Kamis, 24 Desember 2026 adalah hari libur (Cuti Bersama Natal).';
const PRAYER = (who: string) => `${who}: agenda bertepatan dengan waktu salat Jumat (11:30–13:00).`;

describe('holiday block', () => {
  const upacara = item('2026-12-25T08:00', '2026-12-25T10:00', { leaders: ['Wakil Bupati'] });

  it('only warns by default (a ceremony on a holiday is often intended)', () => {
    expect(blocksFor(upacara, conventions(), calendar)).toEqual({ hard: [], soft: [NATAL] });
  });

  it('refuses the item when set to keras, and says nothing when set to abaikan', () => {
    expect(blocksFor(upacara, conventions({ holidayBlock: 'keras' }), calendar)).toEqual({
      hard: [NATAL],
      soft: [],
    });
    expect(blocksFor(upacara, conventions({ holidayBlock: 'abaikan' }), calendar)).toEqual({
      hard: [],
      soft: [],
    });
  });

  it('counts the WIB day, not the UTC one', () => {
    const c = conventions();
    // 06:00 WIB on the 25th is still the 24th in UTC; 05:00 WIB on the 26th is the 25th in UTC.
    expect(blocksFor(item('2026-12-25T06:00', '2026-12-25T07:00'), c, calendar).soft).toEqual([
      NATAL,
    ]);
    expect(blocksFor(item('2026-12-26T05:00', '2026-12-26T06:00'), c, calendar).soft).toEqual([]);
  });

  it('flags every holiday an item spanning midnight touches', () => {
    const malam = item('2026-12-24T21:00', '2026-12-25T01:00', { leaders: ['Wakil Bupati'] });
    expect(blocksFor(malam, conventions(), calendar).soft).toEqual([CUTI, NATAL]);
  });

  it('does not flag the holiday an item ends on at exactly midnight', () => {
    const malam = item('2026-12-23T20:00', '2026-12-24T00:00', { leaders: ['Wakil Bupati'] });
    expect(blocksFor(malam, conventions(), calendar)).toEqual({ hard: [], soft: [] });
  });

  it('lets an ordinary working day through', () => {
    expect(
      blocksFor(item('2026-11-26T09:00', '2026-11-26T11:00'), conventions(), calendar),
    ).toEqual({ hard: [], soft: [] });
  });
});

describe('Friday-prayer block', () => {
  const c = conventions();

  it('refuses a Friday item of the Bupati that overlaps 11:30–13:00 WIB', () => {
    expect(blocksFor(item('2026-11-27T11:00', '2026-11-27T12:00'), c, calendar)).toEqual({
      hard: [PRAYER('Bupati')],
      soft: [],
    });
    expect(blocksFor(item('2026-11-27T12:59', '2026-11-27T14:00'), c, calendar).hard).toEqual([
      PRAYER('Bupati'),
    ]);
  });

  it('lets items that end at 11:30 or start at 13:00 through', () => {
    expect(blocksFor(item('2026-11-27T10:00', '2026-11-27T11:30'), c, calendar).hard).toEqual([]);
    expect(blocksFor(item('2026-11-27T13:00', '2026-11-27T15:00'), c, calendar).hard).toEqual([]);
  });

  it('does not block the same hours on a Thursday', () => {
    expect(blocksFor(item('2026-11-26T11:00', '2026-11-26T13:00'), c, calendar)).toEqual({
      hard: [],
      soft: [],
    });
  });

  it('applies only to leaders who keep Friday prayer, named as configured', () => {
    const at = ['2026-11-27T11:00', '2026-11-27T12:00'] as const;
    expect(blocksFor(item(...at, { leaders: ['Wakil Bupati'] }), c, calendar).hard).toEqual([]);
    expect(
      blocksFor(
        item(...at, { leaders: ['Wakil Bupati', 'sekretaris daerah', 'bupati'] }),
        c,
        calendar,
      ).hard,
    ).toEqual([PRAYER('Bupati, Sekretaris Daerah')]);
  });

  it('looks at the delegate instead of the leaders of a represented item', () => {
    const at = ['2026-11-27T11:00', '2026-11-27T12:00'] as const;
    const byWakil = item(...at, { leaders: ['Bupati'], delegate: 'Wakil Bupati' });
    expect(blocksFor(byWakil, c, calendar).hard).toEqual([]);
    const bySekda = item(...at, { leaders: ['Wakil Bupati'], delegate: 'Sekretaris Daerah' });
    expect(blocksFor(bySekda, c, calendar).hard).toEqual([PRAYER('Sekretaris Daerah')]);
  });

  it('catches an item that runs from Thursday evening into Friday noon, but not one ending at night', () => {
    expect(blocksFor(item('2026-11-26T20:00', '2026-11-27T12:00'), c, calendar).hard).toEqual([
      PRAYER('Bupati'),
    ]);
    expect(blocksFor(item('2026-11-26T22:00', '2026-11-27T02:00'), c, calendar).hard).toEqual([]);
  });

  it('warns once for a working visit that spans two Fridays', () => {
    const kunker = item('2026-11-27T08:00', '2026-12-04T17:00');
    expect(blocksFor(kunker, c, calendar).hard).toEqual([PRAYER('Bupati')]);
  });

  it('only warns when set to lunak, and ignores prayer when set to abaikan', () => {
    const jumat = item('2026-11-27T11:00', '2026-11-27T12:00');
    expect(blocksFor(jumat, conventions({ fridayPrayerBlock: 'lunak' }), calendar)).toEqual({
      hard: [],
      soft: [PRAYER('Bupati')],
    });
    expect(blocksFor(jumat, conventions({ fridayPrayerBlock: 'abaikan' }), calendar)).toEqual({
      hard: [],
      soft: [],
    });
  });

  it("follows the instansi's own prayer window, or none", () => {
    const later = createWorkCalendar({
      officeHours: { ...DEFAULT_OFFICE_HOURS, fridayPrayer: { start: '12:00', end: '13:30' } },
    });
    expect(blocksFor(item('2026-11-27T11:00', '2026-11-27T12:00'), c, later).hard).toEqual([]);
    expect(blocksFor(item('2026-11-27T13:00', '2026-11-27T14:00'), c, later).hard).toEqual([
      'Bupati: agenda bertepatan dengan waktu salat Jumat (12:00–13:30).',
    ]);
    const none = createWorkCalendar({
      officeHours: { ...DEFAULT_OFFICE_HOURS, fridayPrayer: null },
    });
    expect(blocksFor(item('2026-11-27T11:00', '2026-11-27T12:00'), c, none).hard).toEqual([]);
  });

  it('reports a Friday holiday and the prayer window together', () => {
    const natal = item('2026-12-25T11:00', '2026-12-25T12:00');
    expect(blocksFor(natal, c, calendar)).toEqual({ hard: [PRAYER('Bupati')], soft: [NATAL] });
  });
});
