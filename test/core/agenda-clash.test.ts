import fc from 'fast-check';
import { type ClashRules, findClashes, type TimedItem } from '../../src/core/agenda/clashes';
import { pairwiseClashes } from '../fixtures/clash-pairwise';

const MINUTE = 60_000;
/** 2026-03-02 (a Monday) at hh:mm WIB. */
const wib = (hhmm: string, day = '2026-03-02') => Date.parse(`${day}T${hhmm}:00+07:00`);

const item = (id: string, from: string, to: string, extra: Partial<TimedItem> = {}): TimedItem => ({
  id,
  start: wib(from),
  end: wib(to),
  leaders: ['Bupati'],
  ...extra,
});

describe('findClashes by hand', () => {
  it('does not count items that only touch end-to-start', () => {
    const items = [item('a', '08:00', '09:00'), item('b', '09:00', '10:00')];
    expect(findClashes(items)).toEqual([]);
  });

  it('explains a 30-minute overlap in Indonesian with WIB times', () => {
    const titles = new Map([
      ['upacara', 'Upacara Hari Jadi'],
      ['rakor', 'Rapat Koordinasi'],
    ]);
    const clashes = findClashes(
      [item('rakor', '09:30', '11:00'), item('upacara', '08:00', '10:00')],
      undefined,
      titles,
    );
    expect(clashes).toEqual([
      {
        a: 'upacara',
        b: 'rakor',
        start: wib('09:30'),
        end: wib('10:00'),
        kind: 'overlap',
        leader: 'Bupati',
        message:
          'Bupati: «Upacara Hari Jadi» tumpang tindih 30 menit dengan «Rapat Koordinasi» (09.30–10.00 WIB)',
      },
    ]);
  });

  it('falls back to ids, shows hours, and dates an interval that crosses midnight', () => {
    const [clash] = findClashes([
      { id: 'malam', start: wib('22:00'), end: wib('01:30', '2026-03-03'), leaders: ['Sekda'] },
      { id: 'dini', start: wib('23:00'), end: wib('02:00', '2026-03-03'), leaders: ['Sekda'] },
    ]);
    expect(clash?.message).toBe(
      'Sekda: «malam» tumpang tindih 2 jam 30 menit dengan «dini» (2 Mar 23.00–3 Mar 01.30 WIB)',
    );
  });

  it('orders a and b by start, then the shorter item, then id', () => {
    const clashes = findClashes([
      item('z', '08:00', '09:00'),
      item('long', '08:00', '12:00'),
      item('y', '08:00', '09:00'),
    ]);
    expect(clashes.map((c) => [c.a, c.b])).toEqual([
      ['y', 'long'],
      ['y', 'z'],
      ['z', 'long'],
    ]);
  });

  it('reports a gap shorter than the buffers of the two activity types', () => {
    const rules: ClashRules = {
      buffers: { '*': { before: 5, after: 5 }, upacara: { before: 30, after: 20 } },
    };
    const clashes = findClashes(
      [
        item('upacara', '07:00', '08:00', { activityType: 'upacara' }),
        item('rapat', '08:20', '09:00', { activityType: 'rapat' }), // 20 + 5 > 20
        item('audiensi', '09:10', '09:30'), // 5 + 5 ≤ 10: fine
      ],
      rules,
    );
    expect(clashes).toEqual([
      expect.objectContaining({
        a: 'upacara',
        b: 'rapat',
        kind: 'buffer',
        start: wib('08:00'),
        end: wib('08:20'),
        message:
          'Bupati: jeda 20 menit antara «upacara» dan «rapat», kurang dari jeda minimal 25 menit (08.00–08.20 WIB)',
      }),
    ]);
    // Touching items clash under a buffer: a gap of zero.
    const touching = findClashes([item('a', '08:00', '09:00'), item('b', '09:00', '10:00')], rules);
    expect(touching.map((c) => [c.kind, c.start, c.end])).toEqual([
      ['buffer', wib('09:00'), wib('09:00')],
    ]);
  });

  it('reports a gap shorter than the travel time, in either direction, once as travel', () => {
    const rules: ClashRules = {
      buffers: { '*': { before: 15, after: 15 } },
      travel: { Sungailiat: { Belinyu: 45 } },
    };
    const clashes = findClashes(
      [
        item('pasar', '08:00', '09:00', { kecamatan: 'Belinyu' }),
        item('kantor', '09:20', '10:00', { kecamatan: 'Sungailiat' }),
      ],
      rules,
    );
    expect(clashes).toEqual([
      expect.objectContaining({
        kind: 'travel',
        a: 'pasar',
        b: 'kantor',
        message:
          'Bupati: jeda 20 menit dari «pasar» (Belinyu) ke «kantor» (Sungailiat), kurang dari waktu tempuh 45 menit (09.00–09.20 WIB)',
      }),
    ]);
    // Same kecamatan: no travel, but the 30-minute buffer still applies.
    const near = findClashes(
      [
        item('pasar', '08:00', '09:00', { kecamatan: 'Belinyu' }),
        item('masjid', '09:20', '10:00', { kecamatan: 'Belinyu' }),
      ],
      rules,
    );
    expect(near.map((c) => c.kind)).toEqual(['buffer']);
  });

  it('uses a given reverse direction instead of mirroring', () => {
    const rules: ClashRules = { travel: { A: { B: 60 }, B: { A: 10 } } };
    const from = (k1: string, k2: string) =>
      findClashes(
        [
          item('x', '08:00', '09:00', { kecamatan: k1 }),
          item('y', '09:30', '10:00', { kecamatan: k2 }),
        ],
        rules,
      );
    expect(from('A', 'B').map((c) => c.kind)).toEqual(['travel']);
    expect(from('B', 'A')).toEqual([]);
  });

  it('finds a venue booked twice, whoever attends, with case and spaces ignored', () => {
    const items: TimedItem[] = [
      item('bimtek', '08:00', '12:00', { leaders: [], venue: 'Aula  Timur ' }),
      item('rakor', '11:00', '13:00', { leaders: ['Sekda'], venue: 'AULA TIMUR' }),
      item('lain', '11:00', '13:00', { leaders: [], venue: 'Aula Barat' }),
    ];
    expect(findClashes(items)).toEqual([
      {
        a: 'bimtek',
        b: 'rakor',
        start: wib('11:00'),
        end: wib('12:00'),
        kind: 'venue',
        leader: null,
        message:
          'Aula Timur: «bimtek» dan «rakor» memakai tempat yang sama, tumpang tindih 1 jam (11.00–12.00 WIB)',
      },
    ]);
    expect(findClashes(items, { venue: false })).toEqual([]);
  });

  it('reports one clash per leader on items several leaders attend', () => {
    const clashes = findClashes([
      item('upacara', '08:00', '10:00', { leaders: ['Bupati', 'Wakil Bupati', 'Sekda'] }),
      item('rakor', '09:00', '11:00', { leaders: ['Wakil Bupati', 'Bupati', 'Bupati'] }),
    ]);
    expect(clashes.map((c) => [c.leader, c.kind])).toEqual([
      ['Bupati', 'overlap'],
      ['Wakil Bupati', 'overlap'],
    ]);
  });

  it('rejects items that end before they start and negative rules', () => {
    expect(() => findClashes([item('x', '09:00', '09:00')])).toThrow(RangeError);
    expect(() => findClashes([], { buffers: { '*': { before: -5, after: 0 } } })).toThrow(
      RangeError,
    );
  });
});

// ---- property: the sweep equals the pairwise reference --------------------------------------

const LEADERS = ['Bupati', 'Wakil Bupati', 'Sekda', ''];
const VENUES = [
  'Aula Timur',
  'aula  timur',
  ' AULA TIMUR',
  'Ruang Rapat',
  'RuangRapat',
  'Pendopo',
  '',
  '  ',
];
const KECAMATAN = ['Sungailiat', 'Belinyu', 'Merawang', 'Mendo Barat', 'constructor'];
const TYPES = ['*', 'rapat', 'upacara', 'kunjungan', 'toString'];
const BASE = wib('06:00');
// A 15-minute grid with a few odd minutes, so that touching ends, equal starts and gaps that
// exactly meet a rule are common.
const minutes = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 16 }).map((q) => q * 15) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 240 }) },
);
const ruleMinutes = fc.integer({ min: 0, max: 12 }).map((q) => q * 5);

const itemArb = fc.record(
  {
    start: minutes,
    length: minutes.map((m) => m + 1),
    leaders: fc.array(fc.constantFrom(...LEADERS), { maxLength: 3 }),
    venue: fc.constantFrom(...VENUES),
    kecamatan: fc.constantFrom(...KECAMATAN),
    activityType: fc.constantFrom(...TYPES),
  },
  { requiredKeys: ['start', 'length', 'leaders'] },
);

const calendarArb = fc.array(itemArb, { maxLength: 40, size: 'medium' }).chain((specs) =>
  fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), {
      minLength: specs.length,
      maxLength: specs.length,
    })
    .map((ids) =>
      specs.map(({ start, length, ...rest }, i): TimedItem => {
        const from = BASE + start * MINUTE;
        // Some items end mid-minute so that rounding in the messages is exercised.
        const end = from + length * MINUTE - (i % 7 === 0 ? 30_000 : 0);
        return { id: ids[i] as string, start: from, end, ...rest };
      }),
    ),
);

const rulesArb: fc.Arbitrary<ClashRules | undefined> = fc.option(
  fc.record(
    {
      buffers: fc.dictionary(
        fc.constantFrom(...TYPES),
        fc.record({ before: ruleMinutes, after: ruleMinutes }),
      ),
      travel: fc.dictionary(
        fc.constantFrom(...KECAMATAN),
        fc.dictionary(fc.constantFrom(...KECAMATAN), ruleMinutes),
      ),
      venue: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('findClashes on random calendars', () => {
  it('gives exactly what the pairwise reference gives', () => {
    fc.assert(
      fc.property(calendarArb, rulesArb, fc.boolean(), (items, rules, named) => {
        const titles = named
          ? new Map(items.filter((_, i) => i % 2 === 0).map((it) => [it.id, `Acara ${it.id}`]))
          : undefined;
        expect(findClashes(items, rules, titles)).toEqual(pairwiseClashes(items, rules, titles));
      }),
      { numRuns: 250 },
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        calendarArb.chain((items) =>
          fc.tuple(
            fc.constant(items),
            fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
          ),
        ),
        rulesArb,
        ([items, shuffled], rules) => {
          expect(findClashes(shuffled, rules)).toEqual(findClashes(items, rules));
        },
      ),
    );
  });
});
