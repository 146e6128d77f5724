import type { AgendaItem } from '../../src/core/agenda/item';
import { clashMessages, recheckAll, withClashes } from '../../src/core/agenda/recheck';
import type { AgendaRecord } from '../../src/core/agenda/record';
import { DEFAULT_CONVENTIONS, toClashRules } from '../../src/core/agenda/settings';
import { agendaRecord } from '../fixtures/agenda-records';

const wib = (s: string) => Date.parse(`${s}:00+07:00`);
const RULES = toClashRules(DEFAULT_CONVENTIONS);

const T1 = wib('2026-11-20T10:00');
const T2 = wib('2026-11-21T10:00');
const T3 = wib('2026-11-22T10:00');

/** A scheduled audience of the Bupati on Thursday 26 November 2026, each in its own room. */
const record = (
  id: string,
  title: string,
  from: string,
  to: string,
  item: Partial<AgendaItem> = {},
  over: Partial<AgendaRecord> = {},
): AgendaRecord =>
  agendaRecord(
    {
      id,
      title,
      activityType: 'Audiensi',
      start: wib(`2026-11-26T${from}`),
      end: wib(`2026-11-26T${to}`),
      location: { venue: `Ruang ${id}`, desa: 'Sungailiat', kecamatan: 'Sungailiat' },
      leaders: ['Bupati'],
      status: 'DIJADWALKAN',
      ...item,
    },
    {
      requestedAt: T1 - 86_400_000,
      statusSince: T1 - 86_400_000,
      updatedAt: T1 - 86_400_000,
      ...over,
    },
  );

const OVERLAP =
  'Bupati: «Rapat Stunting» tumpang tindih 30 menit dengan «Audiensi KNPI» (09.30–10.00 WIB)';

const byId = (records: readonly AgendaRecord[]) =>
  Object.fromEntries(records.map((r) => [r.item.id, r]));

describe('clashMessages', () => {
  it('gives both items of a clash the message, with titles and WIB times', () => {
    const messages = clashMessages(
      [
        record('A', 'Rapat Stunting', '09:00', '10:00'),
        record('B', 'Audiensi KNPI', '09:30', '11:00'),
        record('C', 'Peresmian Pasar', '14:00', '15:00'),
      ],
      RULES,
    );
    expect(Object.fromEntries(messages)).toEqual({ A: [OVERLAP], B: [OVERLAP], C: [] });
  });

  it('leaves rejected and cancelled items out: they clash with nothing', () => {
    const messages = clashMessages(
      [
        record('A', 'Rapat Stunting', '09:00', '10:00'),
        record('B', 'Audiensi KNPI', '09:30', '11:00', { status: 'DIBATALKAN' }),
        record('C', 'Audiensi Pemuda', '09:00', '10:00', { status: 'DITOLAK' }),
      ],
      RULES,
    );
    expect(Object.fromEntries(messages)).toEqual({ A: [] });
  });

  it("puts a represented item in the delegate's day, not the original leader's", () => {
    const messages = clashMessages(
      [
        record('A', 'Rapat Stunting', '09:00', '10:00', { delegate: 'Wakil Bupati' }),
        record('B', 'Audiensi KNPI', '09:30', '11:00'),
        record('C', 'Kunjungan Sekolah', '09:45', '10:30', { leaders: ['Wakil Bupati'] }),
      ],
      RULES,
    );
    expect(messages.get('B')).toEqual([]);
    expect(messages.get('A')).toEqual([
      'Wakil Bupati: «Rapat Stunting» tumpang tindih 15 menit dengan «Kunjungan Sekolah» (09.45–10.00 WIB)',
    ]);
  });

  it("applies the conventions' buffers between activity types", () => {
    const messages = clashMessages(
      [
        record('A', 'Rapat Stunting', '09:00', '10:00', { activityType: 'Rapat' }),
        record('B', 'Peresmian Pasar', '10:20', '11:00', { activityType: 'Peresmian' }),
      ],
      RULES,
    );
    // Rapat keeps 15 minutes after, Peresmian 30 before: a 20-minute gap is too short.
    expect(messages.get('A')).toEqual([
      'Bupati: jeda 20 menit antara «Rapat Stunting» dan «Peresmian Pasar», kurang dari jeda minimal 45 menit (10.00–10.20 WIB)',
    ]);
  });

  it('skips an item whose end is not after its start instead of failing the whole check', () => {
    const broken = record('X', 'Rusak', '10:00', '09:00');
    const messages = clashMessages(
      [broken, record('A', 'Rapat Stunting', '09:00', '10:00')],
      RULES,
    );
    expect(messages.get('A')).toEqual([]);
    expect(messages.has('X')).toBe(false);
  });
});

describe('withClashes', () => {
  const a = record('A', 'Rapat Stunting', '09:00', '10:00');

  it('remembers when a clash was first found, and keeps that time when the clash changes', () => {
    const first = withClashes(a, ['m1'], T1);
    expect(first).toMatchObject({ clashes: ['m1'], firstClashAt: T1, clashResolvedAt: 0 });
    expect(first.updatedAt).toBe(T1);
    const changed = withClashes(first, ['m1', 'm2'], T2);
    expect(changed).toMatchObject({ clashes: ['m1', 'm2'], firstClashAt: T1, clashResolvedAt: 0 });
  });

  it('marks the clash resolved when it disappears, and unresolved when it returns', () => {
    const resolved = withClashes(withClashes(a, ['m1'], T1), [], T2);
    expect(resolved).toMatchObject({ clashes: [], firstClashAt: T1, clashResolvedAt: T2 });
    const back = withClashes(resolved, ['m3'], T3);
    expect(back).toMatchObject({ clashes: ['m3'], firstClashAt: T1, clashResolvedAt: 0 });
    // Resolved again later: the latest resolution counts.
    expect(withClashes(back, [], T3 + 1000).clashResolvedAt).toBe(T3 + 1000);
  });

  it('does not mark a record that never clashed as resolved', () => {
    const unchanged = withClashes(a, [], T2);
    expect(unchanged).toBe(a);
    expect(unchanged.clashResolvedAt).toBe(0);
  });
});

describe('recheckAll', () => {
  const a = record('A', 'Rapat Stunting', '09:00', '10:00');
  const b = record('B', 'Audiensi KNPI', '09:30', '11:00');
  const c = record('C', 'Peresmian Pasar', '14:00', '15:00');

  it('returns only the records whose clash state changed', () => {
    const changed = recheckAll([a, b, c], RULES, T1);
    expect(changed.map((r) => r.item.id)).toEqual(['A', 'B']);
    expect(byId(changed).A).toMatchObject({
      clashes: [OVERLAP],
      firstClashAt: T1,
      clashResolvedAt: 0,
      updatedAt: T1,
    });
    // Run again on the updated register: nothing to write.
    const register = [byId(changed).A as AgendaRecord, byId(changed).B as AgendaRecord, c];
    expect(recheckAll(register, RULES, T2)).toEqual([]);
  });

  it('resolves the clash of both items when one is cancelled, and clears the cancelled one', () => {
    const [a1, b1] = recheckAll([a, b, c], RULES, T1) as [AgendaRecord, AgendaRecord];
    const cancelled = { ...b1, item: { ...b1.item, status: 'DIBATALKAN' as const } };
    const changed = byId(recheckAll([a1, cancelled, c], RULES, T2));
    expect(Object.keys(changed).sort()).toEqual(['A', 'B']);
    expect(changed.A).toMatchObject({ clashes: [], firstClashAt: T1, clashResolvedAt: T2 });
    expect(changed.B).toMatchObject({ clashes: [], firstClashAt: T1, clashResolvedAt: T2 });
  });

  it('resolves a clash when an item is moved away, and reopens it when moved back', () => {
    const [a1, b1] = recheckAll([a, b], RULES, T1) as [AgendaRecord, AgendaRecord];
    const moved = {
      ...b1,
      item: { ...b1.item, start: wib('2026-11-26T13:00'), end: wib('2026-11-26T14:00') },
    };
    const [a2, b2] = recheckAll([a1, moved], RULES, T2) as [AgendaRecord, AgendaRecord];
    expect(a2).toMatchObject({ clashes: [], clashResolvedAt: T2 });
    const back = { ...b2, item: b.item };
    const reopened = byId(recheckAll([a2, back], RULES, T3));
    expect(reopened.A).toMatchObject({ clashes: [OVERLAP], firstClashAt: T1, clashResolvedAt: 0 });
  });
});

describe('a title with a line break', () => {
  it('gives one-line messages, so the register reads back the same list and nothing changes on the next run', () => {
    const records = [
      record('a', 'Rapat\nStunting', '09:00', '10:00'),
      record('b', 'Audiensi KNPI', '09:30', '10:30'),
    ];
    const first = recheckAll(records, RULES, T2);
    expect(first[0]?.clashes[0]).not.toMatch(/\n/);
    // The register stores the list one message per line and splits it on read.
    const stored = first.map((r) => ({ ...r, clashes: r.clashes.join('\n').split('\n') }));
    expect(recheckAll(stored, RULES, T3)).toEqual([]);
  });
});
