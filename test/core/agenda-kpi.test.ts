import type { AgendaItem } from '../../src/core/agenda/item';
import { type AgendaKpis, computeAgendaKpis } from '../../src/core/agenda/kpi';
import { agendaKpiSheet, KPI_HEADER_ROW, NO_VALUE } from '../../src/core/agenda/kpi-sheet';
import type { NotificationRecord } from '../../src/core/agenda/notification';
import type { AgendaRecord } from '../../src/core/agenda/record';
import { isoDateIn } from '../../src/core/time/format';
import { createWorkCalendar } from '../../src/core/workdays';
import { agendaRecord } from '../fixtures/agenda-records';

/** Epoch ms of a Jakarta wall time. */
const wib = (local: string) => Date.parse(`${local}:00+07:00`);
const HOUR = 3_600_000;

// March 2026: 14–15 and 21–22 are weekends, Thursday 19 is Nyepi. Office hours are the
// default ones: Mon–Thu 07:30–16:00, Fri 07:30–16:30.
const calendar = createWorkCalendar({
  holidays: [{ date: '2026-03-19', name: 'Hari Suci Nyepi', kind: 'nasional' }],
});
const NOW = new Date(wib('2026-03-26T12:00'));

/** A request made on Monday 2 March 08:00 unless `extra` says otherwise. */
const record = (
  id: string,
  over: Partial<AgendaItem>,
  extra: Partial<Omit<AgendaRecord, 'item'>> = {},
): AgendaRecord => {
  const requestedAt = extra.requestedAt ?? wib('2026-03-02T08:00');
  return agendaRecord(
    {
      id,
      start: wib('2026-03-23T09:00'),
      end: wib('2026-03-23T11:00'),
      status: 'DIAJUKAN',
      ...over,
    },
    {
      requestedAt,
      statusSince: requestedAt,
      reached: { DIAJUKAN: requestedAt },
      updatedAt: requestedAt,
      ...extra,
    },
  );
};

const reminder = (agendaId: string, dueAt: number, sentAt: number): NotificationRecord => ({
  key: `PENGINGAT|${agendaId}|${dueAt}`,
  agendaId,
  kind: 'PENGINGAT',
  dueAt,
  sentAt,
  recipients: ['bupati@kab.go.id'],
  note: '',
});

/** The reminder rules of the example: one day and one hour before the start. */
const dueTimes = (r: AgendaRecord) => [r.item.start - 1440 * 60_000, r.item.start - 60 * 60_000];

// A small register for March and April 2026.
// A: published; a clash found on the 16th was resolved on the 17th, before the event (23rd).
//    Request Fri 13 15:00 → verified Mon 16 08:30 → scheduled 10:30 → confirmed Tue 17 09:30
//    → published 10:30: 2.5 + 2 + 7.5 + 1 = 13 working hours (the weekend does not count).
const A = record(
  'A',
  { status: 'DIPUBLIKASIKAN', start: wib('2026-03-23T09:00'), end: wib('2026-03-23T11:00') },
  {
    requestedAt: wib('2026-03-13T15:00'),
    reached: {
      DIAJUKAN: wib('2026-03-13T15:00'),
      DIVERIFIKASI: wib('2026-03-16T08:30'),
      DIJADWALKAN: wib('2026-03-16T10:30'),
      DIKONFIRMASI: wib('2026-03-17T09:30'),
      DIPUBLIKASIKAN: wib('2026-03-17T10:30'),
    },
    firstClashAt: wib('2026-03-16T10:30'),
    clashResolvedAt: wib('2026-03-17T09:00'),
  },
);
// B: represented by the Wakil Bupati (that is the confirmation) and published.
//    Request Wed 18 14:00 → verified 15:00 → scheduled 15:30 → represented Fri 20 08:30 (Nyepi
//    on Thursday does not count: 0.5 + 1 = 1.5 h) → published 09:30; 4 h in all.
const B = record(
  'B',
  {
    status: 'DIPUBLIKASIKAN',
    delegate: 'Wakil Bupati',
    start: wib('2026-03-20T13:30'),
    end: wib('2026-03-20T15:00'),
  },
  {
    requestedAt: wib('2026-03-18T14:00'),
    reached: {
      DIAJUKAN: wib('2026-03-18T14:00'),
      DIVERIFIKASI: wib('2026-03-18T15:00'),
      DIJADWALKAN: wib('2026-03-18T15:30'),
      DIWAKILKAN: wib('2026-03-20T08:30'),
      DIPUBLIKASIKAN: wib('2026-03-20T09:30'),
    },
  },
);
// C: refused; its clash must not count.
const C = record(
  'C',
  { status: 'DITOLAK', reason: 'Berkas tidak lengkap', start: wib('2026-03-25T09:00') },
  { firstClashAt: wib('2026-03-10T09:00'), reached: { DITOLAK: wib('2026-03-10T10:00') } },
);
// D: scheduled, not confirmed: 1 h to verify, 1 h to schedule.
const D = record(
  'D',
  { status: 'DIJADWALKAN', start: wib('2026-03-30T09:00'), end: wib('2026-03-30T10:00') },
  {
    requestedAt: wib('2026-03-23T08:00'),
    reached: {
      DIAJUKAN: wib('2026-03-23T08:00'),
      DIVERIFIKASI: wib('2026-03-23T09:00'),
      DIJADWALKAN: wib('2026-03-23T10:00'),
    },
  },
);
// E: a fresh request.
const E = record('E', { start: wib('2026-03-31T09:00'), end: wib('2026-03-31T10:00') });
// G: published (Mon 9 08:00 → Tue 10 10:00 = 8 + 2.5 = 10.5 h), then cancelled on Mon 23
//    12:00, the day before the event: its one-day reminder was due, its one-hour one was not.
const G = record(
  'G',
  { status: 'DIBATALKAN', start: wib('2026-03-24T10:00'), end: wib('2026-03-24T11:00') },
  {
    requestedAt: wib('2026-03-09T08:00'),
    reached: {
      DIAJUKAN: wib('2026-03-09T08:00'),
      DIPUBLIKASIKAN: wib('2026-03-10T10:00'),
      DIBATALKAN: wib('2026-03-23T12:00'),
    },
  },
);
// H (April): confirmed, still clashing, event not yet started: the outcome is open.
const H = record(
  'H',
  { status: 'DIKONFIRMASI', start: wib('2026-04-06T09:00'), end: wib('2026-04-06T10:00') },
  { clashes: ['Bentrok dengan agenda X'], firstClashAt: wib('2026-03-25T09:00') },
);
const REGISTER = [A, B, C, D, E, G, H];

const NOTIFICATIONS: NotificationRecord[] = [
  // A: both reminders sent before they were due.
  reminder('A', A.item.start - 1440 * 60_000, A.item.start - 1440 * 60_000 - 10 * 60_000),
  reminder('A', A.item.start - 60 * 60_000, A.item.start - 65 * 60_000),
  // B: the one-day reminder half an hour late, the one-hour reminder never sent.
  reminder('B', B.item.start - 1440 * 60_000, B.item.start - 1440 * 60_000 + 30 * 60_000),
  // G: the one-day reminder went out before the cancellation.
  reminder('G', G.item.start - 1440 * 60_000, G.item.start - 1440 * 60_000 - 60_000),
  // Not reminders, or not of a published item: none of these may count.
  { ...reminder('A', A.item.start, A.item.start + HOUR), kind: 'SLA', key: 'SLA|A' },
  reminder('D', D.item.start - 60 * 60_000, D.item.start),
  reminder('ZZZ', wib('2026-03-20T08:00'), wib('2026-03-20T09:00')),
];

const kpis = computeAgendaKpis(REGISTER, NOTIFICATIONS, calendar, NOW, {
  reminderDueTimes: dueTimes,
});
const month = (k: AgendaKpis, period: string) => {
  const found = k.months.find((m) => m.period === period);
  if (!found) throw new Error(`no month ${period}`);
  return found;
};

describe('agenda KPIs of a small register', () => {
  it('groups items by the month of their start in WIB, oldest first', () => {
    expect(kpis.months.map((m) => [m.period, m.items])).toEqual([
      ['2026-03', 6],
      ['2026-04', 1],
    ]);
    expect(kpis.total.items).toBe(7);
  });

  it('puts an item starting just after midnight WIB in its WIB month, not the UTC one', () => {
    // 1 April 00:30 WIB is still 31 March in UTC.
    const early = record('X', { start: wib('2026-04-01T00:30'), end: wib('2026-04-01T01:30') });
    const k = computeAgendaKpis([early], [], calendar, NOW);
    expect(k.months.map((m) => m.period)).toEqual(['2026-04']);
  });

  it('counts refused and cancelled items apart and leaves them out of the clash rate', () => {
    const march = month(kpis, '2026-03');
    expect([march.rejected, march.cancelled, march.active]).toEqual([1, 1, 4]);
    // Only A clashed among A, B, D, E; C's clash does not count.
    expect(march.clashed).toBe(1);
    expect(march.clashRate).toBe(0.25);
    expect(march.clashResolvedRate).toBe(1);
  });

  it('leaves a future clash still open out of the resolution rate instead of failing it', () => {
    const april = month(kpis, '2026-04');
    expect([april.clashed, april.clashPending, april.clashResolved]).toEqual([1, 1, 0]);
    expect(april.clashRate).toBe(1);
    expect(april.clashResolvedRate).toBeNull();
    expect(kpis.total.clashRate).toBeCloseTo(2 / 5);
    expect(kpis.total.clashResolvedRate).toBe(1);
  });

  it('averages request → publication in working hours', () => {
    const march = month(kpis, '2026-03');
    // A 13 h, B 4 h, G 10.5 h: published before it was cancelled, so it counts.
    expect(march.requestToPublication.count).toBe(3);
    expect(march.requestToPublication.hours).toBeCloseTo((13 + 4 + 10.5) / 3);
    expect(month(kpis, '2026-04').requestToPublication).toEqual({ count: 0, hours: null });
  });

  it('averages each stage, counting a representation as the confirmation', () => {
    const { stages } = month(kpis, '2026-03');
    expect(stages.DIAJUKAN_DIVERIFIKASI.hours).toBeCloseTo((2.5 + 1 + 1) / 3);
    expect(stages.DIVERIFIKASI_DIJADWALKAN.hours).toBeCloseTo((2 + 0.5 + 1) / 3);
    expect(stages.DIJADWALKAN_DIKONFIRMASI.hours).toBeCloseTo((7.5 + 1.5) / 2);
    expect(stages.DIKONFIRMASI_DIPUBLIKASIKAN.hours).toBeCloseTo(1);
  });

  it('measures in working hours: a weekend and a holiday add nothing', () => {
    // Friday 13 16:00 → Monday 16 08:00: 30 min on Friday, 30 min on Monday.
    const weekend = record(
      'W',
      { status: 'DIPUBLIKASIKAN', start: wib('2026-03-27T09:00') },
      {
        requestedAt: wib('2026-03-13T16:00'),
        reached: { DIPUBLIKASIKAN: wib('2026-03-16T08:00') },
      },
    );
    // Wednesday 18 15:00 → Friday 20 08:30 across Nyepi: 1 h + 1 h.
    const holiday = record(
      'N',
      { status: 'DIPUBLIKASIKAN', start: wib('2026-03-27T09:00') },
      {
        requestedAt: wib('2026-03-18T15:00'),
        reached: { DIPUBLIKASIKAN: wib('2026-03-20T08:30') },
      },
    );
    const one = (r: AgendaRecord) =>
      computeAgendaKpis([r], [], calendar, NOW).total.requestToPublication.hours;
    expect(one(weekend)).toBeCloseTo(1);
    expect(one(holiday)).toBeCloseTo(2);
  });

  it('judges the reminders of published items that are due', () => {
    // A: 2 on time; B: 1 late + 1 never sent; G: 1 on time (its other one fell after the
    // cancellation); D is not published, the SLA log and the unknown agenda are ignored.
    expect(month(kpis, '2026-03').reminders).toEqual({
      due: 5,
      onTime: 3,
      late: 1,
      missed: 1,
      rate: 3 / 5,
    });
    expect(month(kpis, '2026-04').reminders.rate).toBeNull();
  });

  it('lowers compliance for a reminder that was expected but never logged', () => {
    const loggedOnly = computeAgendaKpis(REGISTER, NOTIFICATIONS, calendar, NOW);
    expect(loggedOnly.total.reminders.missed).toBe(0);
    expect(loggedOnly.total.reminders.rate).toBeCloseTo(3 / 4);
    expect(kpis.total.reminders.rate).toBeLessThan(loggedOnly.total.reminders.rate ?? 0);
  });

  it('counts a logged reminder that never went out (no send time) as missed', () => {
    const due = A.item.start - 60 * 60_000;
    const k = computeAgendaKpis([A], [reminder('A', due, 0)], calendar, NOW);
    expect(k.total.reminders).toEqual({ due: 1, onTime: 0, late: 0, missed: 1, rate: 0 });
  });

  it('does not judge reminders that are not due yet', () => {
    // D's reminders would be due on the 29th/30th; even once D is published they are not due.
    const published = { ...D, item: { ...D.item, status: 'DIPUBLIKASIKAN' as const } };
    const k = computeAgendaKpis([published], [], calendar, NOW, { reminderDueTimes: dueTimes });
    expect(k.total.reminders.due).toBe(0);
    expect(k.total.reminders.rate).toBeNull();
  });

  it('does not count a clash resolved after the event, or one that came back', () => {
    const past = { start: wib('2026-03-24T09:00'), end: wib('2026-03-24T10:00') };
    const clashed = { firstClashAt: wib('2026-03-20T09:00') };
    const k = computeAgendaKpis(
      [
        record('late', past, { ...clashed, clashResolvedAt: wib('2026-03-24T09:30') }),
        record('back', past, {
          ...clashed,
          clashResolvedAt: wib('2026-03-21T09:00'),
          clashes: ['Bentrok lagi dengan agenda Y'],
        }),
        record('never', past, { ...clashed, clashes: ['Bentrok dengan agenda Z'] }),
        record('ok', past, { ...clashed, clashResolvedAt: wib('2026-03-23T09:00') }),
      ],
      [],
      calendar,
      NOW,
    );
    expect(k.total.clashRate).toBe(1);
    expect(k.total.clashPending).toBe(0);
    expect(k.total.clashResolvedRate).toBe(1 / 4);
  });

  it('gives null, not NaN, for every ratio of an empty register', () => {
    const k = computeAgendaKpis([], [], calendar, NOW);
    expect(k.months).toEqual([]);
    const t = k.total;
    expect([
      t.clashRate,
      t.clashResolvedRate,
      t.reminders.rate,
      t.requestToPublication.hours,
    ]).toEqual([null, null, null, null]);
  });
});

describe('the KPI Agenda sheet', () => {
  const { values, decoration } = agendaKpiSheet(kpis);
  const header = values[KPI_HEADER_ROW - 1] as unknown[];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  const rowOf = (label: string) => {
    const row = values.find((r) => {
      const first = r[0];
      return first instanceof Date ? isoDateIn(first).slice(0, 7) === label : first === label;
    });
    if (!row) throw new Error(`no row ${label}`);
    return row;
  };
  /** The cells an A1 range like "G4:G6" covers, read from the written values. */
  const cells = (range: string): unknown[] => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m || m[1] !== m[3]) throw new Error(`unexpected range ${range}`);
    const column = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return values.slice(Number(m[2]) - 1, Number(m[4])).map((r) => r[column]);
  };

  it('has a row per month, labelled with a date in that month, and a total row', () => {
    expect(rowOf('2026-03')[col('Jumlah agenda')]).toBe(6);
    expect(rowOf('2026-04')[col('Jumlah agenda')]).toBe(1);
    expect(rowOf('Total')[col('Jumlah agenda')]).toBe(7);
  });

  it('writes ratios as fractions and "–" where nothing could be measured', () => {
    expect(rowOf('2026-03')[col('% bentrok')]).toBe(0.25);
    expect(rowOf('2026-03')[col('% bentrok tuntas sebelum acara')]).toBe(1);
    expect(rowOf('2026-04')[col('% bentrok tuntas sebelum acara')]).toBe(NO_VALUE);
    expect(rowOf('2026-04')[col('% kepatuhan notifikasi')]).toBe(NO_VALUE);
    expect(rowOf('Total')[col('% kepatuhan notifikasi')]).toBe(0.6);
    for (const row of values) for (const cell of row) expect(Number.isNaN(cell)).toBe(false);
  });

  it('formats percentages as 0.0% and hours as 0.0 over the month and total rows', () => {
    const formatOf = (name: string) =>
      decoration.numberFormats?.find((f) => f.column === col(name) + 1)?.format;
    expect(formatOf('% bentrok')).toBe('0.0%');
    expect(formatOf('% kepatuhan notifikasi')).toBe('0.0%');
    expect(formatOf('Rata-rata pengajuan → publikasi (jam kerja)')).toBe('0.0');
    expect(formatOf('Dijadwalkan → Dikonfirmasi (jam kerja)')).toBe('0.0');
    const first = decoration.firstDataRow ?? 2;
    const covered = values.slice(first - 1, first - 1 + decoration.rows).map((r) => r[0]);
    expect(covered.at(-1)).toBe('Total');
    expect(covered.slice(0, -1).every((c) => c instanceof Date)).toBe(true);
  });

  it('charts the month rows (not the total) of the right columns', () => {
    const charts = decoration.charts ?? [];
    expect(charts.map((c) => [c.kind, cells(c.ranges[1] ?? '')[0]])).toEqual([
      ['column', '% bentrok'],
      ['line', 'Rata-rata pengajuan → publikasi (jam kerja)'],
      ['column', '% kepatuhan notifikasi'],
    ]);
    for (const chart of charts) {
      const labels = cells(chart.ranges[0] ?? '');
      expect(labels[0]).toBe('Bulan');
      expect(labels.slice(1).map((d) => isoDateIn(d as Date).slice(0, 7))).toEqual([
        '2026-03',
        '2026-04',
      ]);
      expect(cells(chart.ranges[1] ?? '')).toHaveLength(labels.length);
    }
  });

  it('draws no chart and still shows a total for an empty register', () => {
    const empty = agendaKpiSheet(computeAgendaKpis([], [], calendar, NOW), 'KPI Kosong');
    expect(empty.decoration.sheet).toBe('KPI Kosong');
    expect(empty.decoration.charts).toEqual([]);
    const total = empty.values.find((r) => r[0] === 'Total');
    expect(total?.[header.indexOf('% bentrok')]).toBe(NO_VALUE);
  });
});
