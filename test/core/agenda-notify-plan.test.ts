import type { AgendaConventions, Leader } from '../../src/core/agenda/conventions';
import type { AgendaItem } from '../../src/core/agenda/item';
import {
  checklistFlagTime,
  type PlannedNotification,
  type ProtocolPeople,
  planNotifications,
  recipientsOf,
} from '../../src/core/agenda/notify-plan';
import type { AgendaRecord } from '../../src/core/agenda/record';
import { DEFAULT_CONVENTIONS } from '../../src/core/agenda/settings';
import { createWorkCalendar, type WorkCalendar } from '../../src/core/workdays';
import { agendaRecord } from '../fixtures/agenda-records';

const wib = (s: string) => Date.parse(`${s}:00+07:00`);
const HOUR = 3_600_000;

// November 2026: Thu 26, Fri 27, weekend 28–29, Mon 30 a (regional) holiday, Tue 1 December.
const calendar = createWorkCalendar({
  holidays: [{ date: '2026-11-30', name: 'Hari Jadi Kabupaten', kind: 'daerah' }],
});

const LEADERS: readonly Leader[] = [
  {
    name: 'Bupati',
    email: 'Bupati@Bangka.go.id',
    aides: ['ajudan.bupati@bangka.go.id', 'Pak Rudi (ajudan)'],
    fridayPrayer: true,
  },
  {
    name: 'Wakil Bupati',
    email: 'wabup@bangka.go.id',
    aides: ['ajudan.wabup@bangka.go.id'],
    fridayPrayer: false,
  },
  { name: 'Sekretaris Daerah', email: '', aides: [], fridayPrayer: true },
];
const CONVENTIONS: AgendaConventions = {
  ...DEFAULT_CONVENTIONS,
  leaders: LEADERS,
  escalation: ['inspektorat@bangka.go.id'],
};
const PEOPLE: ProtocolPeople = {
  operators: ['op1@bangka.go.id', 'Op2@Bangka.go.id'],
  coordinators: ['koor@bangka.go.id'],
};

/** The Bupati's published stunting meeting on Thursday 26 November 2026, 09:00–11:00 WIB. */
const makeRecord = (item: Partial<AgendaItem> = {}, over: Partial<AgendaRecord> = {}) =>
  agendaRecord(
    {
      id: 'A1',
      title: 'Rapat Koordinasi Stunting',
      activityType: 'Rapat',
      start: wib('2026-11-26T09:00'),
      end: wib('2026-11-26T11:00'),
      pic: { name: 'Siti Aminah', phone: '081234567890', email: 'siti@dinkes.bangka.go.id' },
      leaders: ['Bupati'],
      guests: ['Camat Sungailiat', 'Kapus@Puskesmas.id'],
      status: 'DIPUBLIKASIKAN',
      ...item,
    },
    { statusSince: wib('2026-11-17T08:00'), ...over },
  );

interface Run {
  readonly now: number;
  readonly sent?: ReadonlySet<string>;
  readonly conventions?: AgendaConventions;
  readonly people?: ProtocolPeople;
  readonly calendar?: WorkCalendar;
  readonly lookaheadMs?: number;
}
const plan = (records: readonly AgendaRecord[], run: Run) =>
  planNotifications({
    records,
    conventions: run.conventions ?? CONVENTIONS,
    calendar: run.calendar ?? calendar,
    people: run.people ?? PEOPLE,
    now: run.now,
    lookaheadMs: run.lookaheadMs ?? HOUR,
    sent: run.sent ?? new Set(),
  });
const ofKind = (kind: PlannedNotification['kind'], list: readonly PlannedNotification[]) =>
  list.filter((n) => n.kind === kind);

describe('reminders', () => {
  const rapat = makeRecord();

  it('sends the day-before reminder up to an hour early, to the leader, aide and PIC', () => {
    expect(plan([rapat], { now: wib('2026-11-25T07:59') })).toEqual([]);
    const [reminder, ...rest] = plan([rapat], { now: wib('2026-11-25T08:00') });
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({
      agendaId: 'A1',
      kind: 'PENGINGAT',
      dueAt: wib('2026-11-25T09:00'),
      recipients: ['bupati@bangka.go.id', 'ajudan.bupati@bangka.go.id', 'siti@dinkes.bangka.go.id'],
      subject: '[Pengingat Agenda] Rapat Koordinasi Stunting — Kamis, 26 November 2026 09.00 WIB',
    });
    expect(reminder?.body).toContain('Pengingat 1 hari sebelum kegiatan');
    expect(reminder?.body).toContain('Waktu: Kamis, 26 November 2026 09.00 WIB s.d. 11.00 WIB');
  });

  it('sends the hour-before reminder to the aide and the operators, and nothing once started', () => {
    const dayBefore = plan([rapat], { now: wib('2026-11-25T08:00') }).map((n) => n.key);
    const hourBefore = plan([rapat], { now: wib('2026-11-26T07:30'), sent: new Set(dayBefore) });
    expect(hourBefore).toMatchObject([
      {
        kind: 'PENGINGAT',
        dueAt: wib('2026-11-26T08:00'),
        recipients: ['ajudan.bupati@bangka.go.id', 'op1@bangka.go.id', 'op2@bangka.go.id'],
      },
    ]);
    expect(hourBefore[0]?.body).toContain('Pengingat 1 jam sebelum kegiatan');
    expect(plan([rapat], { now: wib('2026-11-26T09:00') })).toEqual([]);
  });

  it('still sends a missed reminder late, as long as the item has not started', () => {
    // Confirmed only at 08:30 on the day: the day-before reminder is overdue but still useful.
    const late = plan([rapat], { now: wib('2026-11-26T08:30') });
    expect(late.map((n) => n.dueAt)).toEqual([wib('2026-11-25T09:00'), wib('2026-11-26T08:00')]);
  });

  it('reminds only about confirmed items', () => {
    const now = wib('2026-11-26T08:30');
    for (const status of ['DIAJUKAN', 'DIVERIFIKASI', 'DIJADWALKAN', 'DITUNDA'] as const) {
      const pending = makeRecord({ status }, { statusSince: now });
      expect(ofKind('PENGINGAT', plan([pending], { now }))).toEqual([]);
    }
    for (const status of ['DIKONFIRMASI', 'DIPUBLIKASIKAN'] as const) {
      const confirmed = makeRecord({ status }, { statusSince: now });
      expect(ofKind('PENGINGAT', plan([confirmed], { now }))).toHaveLength(2);
    }
  });

  it('reminds the delegate and their aide instead of the leader of a represented item', () => {
    const represented = makeRecord({ status: 'DIWAKILKAN', delegate: 'Wakil Bupati' });
    const [dayBefore] = plan([represented], { now: wib('2026-11-25T08:00') });
    expect(dayBefore?.recipients).toEqual([
      'wabup@bangka.go.id',
      'ajudan.wabup@bangka.go.id',
      'siti@dinkes.bangka.go.id',
    ]);
    expect(dayBefore?.body).toContain('Pimpinan: Wakil Bupati');
  });

  it("adds the activity type's own rule: a ceremony is also reminded 3 hours before", () => {
    const upacara = makeRecord({ activityType: 'Upacara', title: 'Upacara Hari Jadi' });
    const dayBefore = plan([upacara], { now: wib('2026-11-25T08:00') }).map((n) => n.key);
    expect(
      plan([upacara], { now: wib('2026-11-26T05:00'), sent: new Set(dayBefore) }),
    ).toMatchObject([
      {
        dueAt: wib('2026-11-26T06:00'),
        recipients: ['ajudan.bupati@bangka.go.id', 'koor@bangka.go.id'],
      },
    ]);
    expect(
      plan([rapat], {
        now: wib('2026-11-26T05:00'),
        sent: new Set(plan([rapat], { now: wib('2026-11-25T08:00') }).map((n) => n.key)),
      }),
    ).toEqual([]);
  });

  it('reminds again about an item moved to another time', () => {
    const keys = new Set(plan([rapat], { now: wib('2026-11-25T08:00') }).map((n) => n.key));
    const moved = makeRecord({ start: wib('2026-11-26T13:00'), end: wib('2026-11-26T15:00') });
    expect(plan([moved], { now: wib('2026-11-25T12:00'), sent: keys })).toMatchObject([
      { kind: 'PENGINGAT', dueAt: wib('2026-11-25T13:00') },
    ]);
  });

  it('sends one reminder when a type rule repeats a general one (same time, same people)', () => {
    const conventions: AgendaConventions = {
      ...CONVENTIONS,
      reminders: [
        { activityType: '*', minutesBefore: 60, recipients: ['ajudan'] },
        { activityType: 'Rapat', minutesBefore: 60, recipients: ['ajudan'] },
      ],
    };
    const planned = plan([rapat], { now: wib('2026-11-26T08:00'), conventions });
    expect(planned.map((n) => n.recipients)).toEqual([['ajudan.bupati@bangka.go.id']]);
  });

  it('plans nothing for a reminder that would reach nobody', () => {
    const conventions: AgendaConventions = {
      ...CONVENTIONS,
      reminders: [{ activityType: '*', minutesBefore: 60, recipients: ['pimpinan'] }],
    };
    // The Sekda has no address on file.
    const sekda = makeRecord({ leaders: ['Sekretaris Daerah'] });
    expect(plan([sekda], { now: wib('2026-11-26T08:00'), conventions })).toEqual([]);
  });

  it('run hourly for a week, sends each reminder once, at most an hour early and before the start', () => {
    const records = [
      rapat,
      makeRecord({
        id: 'A2',
        activityType: 'Upacara',
        start: wib('2026-11-28T07:30'),
        end: wib('2026-11-28T09:00'),
      }),
    ];
    const sent = new Set<string>();
    const log: (PlannedNotification & { sentAt: number })[] = [];
    for (let now = wib('2026-11-22T00:00'); now < wib('2026-11-29T00:00'); now += HOUR) {
      for (const n of plan(records, { now, sent })) {
        expect(sent.has(n.key)).toBe(false);
        sent.add(n.key);
        log.push({ ...n, sentAt: now });
      }
    }
    expect(log.map((n) => [n.agendaId, n.dueAt])).toEqual([
      ['A1', wib('2026-11-25T09:00')],
      ['A1', wib('2026-11-26T08:00')],
      ['A2', wib('2026-11-27T07:30')],
      ['A2', wib('2026-11-28T04:30')],
      ['A2', wib('2026-11-28T06:30')],
    ]);
    for (const n of log) {
      expect(n.sentAt).toBeGreaterThanOrEqual(n.dueAt - HOUR);
      expect(n.sentAt).toBeLessThanOrEqual(n.dueAt);
    }
  });
});

describe('SLA escalation', () => {
  // Submitted Friday 15:00; 8 working hours: 1.5 on Friday, none over the weekend and the
  // Monday holiday, 6.5 on Tuesday from 07:30 — due Tuesday 14:00, not Friday 23:00.
  const since = wib('2026-11-27T15:00');
  const submitted = makeRecord(
    { status: 'DIAJUKAN', start: wib('2026-12-10T09:00'), end: wib('2026-12-10T11:00') },
    { statusSince: since },
  );

  it('counts working hours only: nothing over the weekend and the holiday', () => {
    expect(plan([submitted], { now: wib('2026-11-28T08:00') })).toEqual([]);
    expect(plan([submitted], { now: wib('2026-11-30T15:00') })).toEqual([]);
    expect(plan([submitted], { now: wib('2026-12-01T13:59') })).toEqual([]);
  });

  it('escalates to the escalation list and the coordinators once the SLA has passed', () => {
    const [sla, ...rest] = plan([submitted], { now: wib('2026-12-01T14:00') });
    expect(rest).toEqual([]);
    expect(sla).toMatchObject({
      kind: 'SLA',
      agendaId: 'A1',
      dueAt: wib('2026-12-01T14:00'),
      recipients: ['inspektorat@bangka.go.id', 'koor@bangka.go.id'],
      subject: '[Eskalasi SLA] Rapat Koordinasi Stunting melewati batas tahap DIAJUKAN',
    });
    expect(sla?.body).toContain('sejak Jumat, 27 November 2026 15.00 WIB');
    expect(sla?.body).toContain(
      'melewati batas 8 jam kerja (jatuh tempo Selasa, 1 Desember 2026 14.00 WIB)',
    );
  });

  it('escalates once per stay in a status, and again when the item re-enters it later', () => {
    const keys = new Set(plan([submitted], { now: wib('2026-12-01T14:00') }).map((n) => n.key));
    expect(plan([submitted], { now: wib('2026-12-03T10:00'), sent: keys })).toEqual([]);
    const verified = makeRecord(
      { ...submitted.item, status: 'DIVERIFIKASI' },
      { statusSince: since },
    );
    expect(plan([verified], { now: wib('2026-12-03T10:00'), sent: keys })).toMatchObject([
      { kind: 'SLA', subject: expect.stringContaining('tahap DIVERIFIKASI') },
    ]);
    const again = makeRecord(submitted.item, { statusSince: wib('2026-12-02T08:00') });
    expect(plan([again], { now: wib('2026-12-03T10:00'), sent: keys })).toMatchObject([
      { kind: 'SLA', dueAt: wib('2026-12-02T16:00') },
    ]);
  });

  it('gives the leader 16 working hours to decide on a scheduled item', () => {
    // 1.5 h on Friday, 8.5 h on Tuesday (07:30–16:00), 6 h on Wednesday: due Wednesday 13:30.
    const scheduled = makeRecord(submitted.item, { statusSince: since });
    const waiting = { ...scheduled, item: { ...scheduled.item, status: 'DIJADWALKAN' as const } };
    expect(plan([waiting], { now: wib('2026-12-01T14:00') })).toEqual([]);
    expect(plan([waiting], { now: wib('2026-12-02T13:29') })).toEqual([]);
    expect(plan([waiting], { now: wib('2026-12-02T13:30') })).toMatchObject([
      { kind: 'SLA', dueAt: wib('2026-12-02T13:30') },
    ]);
  });

  it('does not escalate a published item (no SLA) or an escalation nobody would receive', () => {
    const published = makeRecord(
      { ...submitted.item, status: 'DIPUBLIKASIKAN' },
      { statusSince: since },
    );
    expect(ofKind('SLA', plan([published], { now: wib('2026-12-09T08:00') }))).toEqual([]);
    expect(
      plan([submitted], {
        now: wib('2026-12-03T10:00'),
        conventions: { ...CONVENTIONS, escalation: ['bukan alamat'] },
        people: { operators: PEOPLE.operators, coordinators: [] },
      }),
    ).toEqual([]);
  });
});

describe('clash escalation', () => {
  const clashing = (clashes: string[]) =>
    makeRecord({ status: 'DIJADWALKAN' }, { clashes, statusSince: wib('2026-11-25T08:00') });
  const now = wib('2026-11-25T09:00');

  it('tells the escalation list, the coordinators and the operators right away', () => {
    expect(plan([clashing(['Bupati: bentrok 1'])], { now })).toMatchObject([
      {
        kind: 'BENTROK',
        dueAt: now,
        recipients: [
          'inspektorat@bangka.go.id',
          'koor@bangka.go.id',
          'op1@bangka.go.id',
          'op2@bangka.go.id',
        ],
        subject: '[Bentrok Jadwal] Rapat Koordinasi Stunting',
        body: expect.stringContaining('Agenda ini bentrok:\n- Bupati: bentrok 1\n'),
      },
    ]);
  });

  it('does not repeat the same set of clashes, but escalates a changed set', () => {
    const keys = new Set(plan([clashing(['m1', 'm2'])], { now }).map((n) => n.key));
    expect(keys.size).toBe(1);
    expect(plan([clashing(['m2', 'm1'])], { now: now + HOUR, sent: keys })).toEqual([]);
    const changed = plan([clashing(['m1', 'm3'])], { now: now + HOUR, sent: keys });
    expect(changed).toHaveLength(1);
    expect(keys.has(changed[0]?.key ?? '')).toBe(false);
    expect(plan([clashing(['m1'])], { now: now + HOUR, sent: keys })).toHaveLength(1);
  });
});

describe('checklist flag', () => {
  const open = [
    {
      item: 'Lokasi dikonfirmasi',
      done: true,
      by: 'op1@bangka.go.id',
      at: wib('2026-12-01T09:00'),
    },
    { item: 'Transportasi siap', done: false, by: '', at: 0 },
    { item: 'Undangan dan bahan rapat diterima', done: false, by: '', at: 0 },
  ];
  const monday = makeRecord(
    { start: wib('2026-12-07T09:00'), end: wib('2026-12-07T11:00') },
    { checklist: open },
  );

  it('flags open items of a Monday event on the Friday before at 13:00 WIB', () => {
    expect(plan([monday], { now: wib('2026-12-04T12:59') })).toEqual([]);
    expect(plan([monday], { now: wib('2026-12-04T13:00') })).toEqual([
      {
        key: expect.any(String),
        agendaId: 'A1',
        kind: 'CEKLIS',
        dueAt: wib('2026-12-04T13:00'),
        recipients: ['op1@bangka.go.id', 'op2@bangka.go.id', 'siti@dinkes.bangka.go.id'],
        subject:
          '[Ceklis Belum Lengkap] Rapat Koordinasi Stunting — Senin, 7 Desember 2026 09.00 WIB',
        body: expect.stringContaining(
          'Ceklis pra-acara yang belum selesai:\n- Transportasi siap\n- Undangan dan bahan rapat diterima\n\n',
        ),
      },
    ]);
  });

  it('skips the weekend and the holiday: a Tuesday event after a holiday Monday is flagged on Friday', () => {
    const tuesday = makeRecord(
      { start: wib('2026-12-01T09:00'), end: wib('2026-12-01T11:00') },
      { checklist: open },
    );
    expect(ofKind('CEKLIS', plan([tuesday], { now: wib('2026-11-27T12:00') }))).toEqual([]);
    expect(ofKind('CEKLIS', plan([tuesday], { now: wib('2026-11-27T13:00') }))).toHaveLength(1);
  });

  it('flags at once an item entered after the flag time, once, and not when all is done', () => {
    const flagged = plan([monday], { now: wib('2026-12-07T07:00') });
    expect(ofKind('CEKLIS', flagged)).toHaveLength(1);
    const keys = new Set(flagged.map((n) => n.key));
    expect(ofKind('CEKLIS', plan([monday], { now: wib('2026-12-07T08:00'), sent: keys }))).toEqual(
      [],
    );
    const done = makeRecord(monday.item, { checklist: open.map((m) => ({ ...m, done: true })) });
    expect(ofKind('CEKLIS', plan([done], { now: wib('2026-12-07T07:00') }))).toEqual([]);
  });

  it('checklistFlagTime gives the previous working day at the given hour', () => {
    expect(checklistFlagTime(wib('2026-11-26T09:00'), 13, calendar)).toBe(wib('2026-11-25T13:00'));
    expect(checklistFlagTime(wib('2026-12-07T09:00'), 13, calendar)).toBe(wib('2026-12-04T13:00'));
    expect(checklistFlagTime(wib('2026-12-01T00:30'), 9, calendar)).toBe(wib('2026-11-27T09:00'));
    // A Saturday event is flagged on Friday too.
    expect(checklistFlagTime(wib('2026-11-28T19:00'), 13, calendar)).toBe(wib('2026-11-27T13:00'));
  });
});

describe('what is never planned', () => {
  const everything = makeRecord(
    { status: 'DIKONFIRMASI' },
    {
      statusSince: wib('2026-11-20T08:00'),
      clashes: ['m1'],
      checklist: [{ item: 'Transportasi siap', done: false, by: '', at: 0 }],
    },
  );

  it('plans all four kinds for an item that needs them, and nothing twice', () => {
    const now = wib('2026-11-26T08:30');
    const first = plan([everything], { now });
    expect(first.map((n) => n.kind).sort()).toEqual([
      'BENTROK',
      'CEKLIS',
      'PENGINGAT',
      'PENGINGAT',
      'SLA',
    ]);
    expect(plan([everything], { now, sent: new Set(first.map((n) => n.key)) })).toEqual([]);
  });

  it('plans nothing for rejected, cancelled or finished items', () => {
    const now = wib('2026-11-26T08:30');
    for (const status of ['DITOLAK', 'DIBATALKAN'] as const) {
      const closed = { ...everything, item: { ...everything.item, status } };
      expect(plan([closed], { now })).toEqual([]);
    }
    expect(plan([everything], { now: wib('2026-11-26T11:00') })).toEqual([]);
  });
});

describe('recipientsOf', () => {
  const record = makeRecord();

  it('resolves every kind, lower-cases, drops duplicates and anything that is not an address', () => {
    expect(
      recipientsOf(
        [
          'pimpinan',
          'ajudan',
          'penanggungJawab',
          'operator',
          'koordinator',
          'tamu',
          { email: 'Humas@Bangka.go.id' },
          { email: 'bukan alamat' },
          { email: 'koor@bangka.go.id' },
        ],
        record,
        CONVENTIONS,
        PEOPLE,
      ),
    ).toEqual([
      'bupati@bangka.go.id',
      'ajudan.bupati@bangka.go.id',
      'siti@dinkes.bangka.go.id',
      'op1@bangka.go.id',
      'op2@bangka.go.id',
      'koor@bangka.go.id',
      'kapus@puskesmas.id',
      'humas@bangka.go.id',
    ]);
  });

  it('matches leader names ignoring case and covers every leader of the item', () => {
    const both = makeRecord({ leaders: ['bupati', 'WAKIL BUPATI', 'Sekretaris Daerah'] });
    expect(recipientsOf(['pimpinan'], both, CONVENTIONS, PEOPLE)).toEqual([
      'bupati@bangka.go.id',
      'wabup@bangka.go.id',
    ]);
  });

  it('uses the delegate instead of the leaders when the item is represented', () => {
    const represented = makeRecord({ status: 'DIWAKILKAN', delegate: 'Wakil Bupati' });
    expect(recipientsOf(['pimpinan', 'ajudan'], represented, CONVENTIONS, PEOPLE)).toEqual([
      'wabup@bangka.go.id',
      'ajudan.wabup@bangka.go.id',
    ]);
  });

  it('gives nobody for guests without an address and a leader without one', () => {
    const quiet = makeRecord({ leaders: ['Sekretaris Daerah'], guests: ['Camat Sungailiat'] });
    expect(recipientsOf(['pimpinan', 'ajudan', 'tamu'], quiet, CONVENTIONS, PEOPLE)).toEqual([]);
  });
});
