/**
 * Catat and Tolak on LaporanHarian rows: the row of a Message-ID is found by header, a
 * decision rewrites only what it decides, and text read back stays literal text.
 */
import type { DailyReport } from '../../src/core/daily/parse/index';
import { problemRow, REPORT_LOG_TABLE } from '../../src/core/daily/report-log';
import { type Decision, findLogged, loggedRow, rejectedRow } from '../../src/core/daily/review';

const HEADER = [...REPORT_LOG_TABLE.headers, 'Catatan Admin'];
const col = (name: string) => HEADER.indexOf(name);
const AT = new Date('2026-11-23T10:00:00Z');
const JOB_AT = new Date('2026-11-23T09:00:00Z');

const message = {
  messageId: 'abc@mail.bangka.go.id',
  threadId: 't1',
  subject: '=HYPERLINK("x") laporan',
  from: 'Budi <budi@bangka.go.id>',
  receivedAt: Date.parse('2026-11-23T08:00:00Z'),
};

const report: DailyReport = {
  messageId: message.messageId,
  from: 'budi@bangka.go.id',
  unit: 'Dinas Kominfo',
  unitCode: 'KOMINFO',
  date: '2026-11-23',
  priority: 'Sedang',
  sections: { Ringkasan: 'Rapat koordinasi' },
  attachments: [],
};

const decision = (r: DailyReport | null): Decision => ({
  message,
  report: r,
  late: false,
  by: 'koordinator@bangka.go.id',
  at: AT,
});

/** A PERLU_DIPERIKSA row as the job wrote it and Sheets gives it back (apostrophes gone). */
const waitingRow = () => {
  const row: unknown[] = problemRow(message, ['Bagian Ringkasan wajib diisi.'], 'job@x', JOB_AT);
  row.push('dicek Senin');
  return row.map((c) => (typeof c === 'string' ? c.replace(/^'/, '') : c));
};

describe('findLogged', () => {
  const rows = [['other@x', 't0', ...new Array(HEADER.length - 2).fill('')], waitingRow()];

  it('finds the row of the Message-ID with its status, note, who and when', () => {
    expect(findLogged(HEADER, rows, message.messageId, 'Asia/Jakarta')).toEqual({
      index: 1,
      status: 'PERLU_DIPERIKSA',
      note: 'Bagian Ringkasan wajib diisi.',
      by: 'job@x',
      at: JOB_AT.getTime(),
      row: rows[1],
    });
    expect(findLogged(HEADER, rows, 'unknown@x', 'Asia/Jakarta')).toBeNull();
    expect(findLogged(HEADER, rows, '', 'Asia/Jakarta')).toBeNull();
  });

  it('finds columns by header when the admin has moved them', () => {
    const moved = [...HEADER].reverse();
    const reversed = rows.map((r) => [...r].reverse());
    expect(findLogged(moved, reversed, message.messageId, 'Asia/Jakarta')?.status).toBe(
      'PERLU_DIPERIKSA',
    );
  });
});

describe('loggedRow (Catat)', () => {
  it('overrides a PERLU_DIPERIKSA row with the report, the note and the admin column kept', () => {
    const existing = findLogged(HEADER, [waitingRow()], message.messageId, 'Asia/Jakarta');
    const row = loggedRow(
      HEADER,
      { ...decision(report), report },
      'Dicatat manual oleh Y.',
      existing,
    );
    expect(row[col('Status')]).toBe('DICATAT');
    expect(row[col('Catatan')]).toBe('Dicatat manual oleh Y.');
    expect(row[col('Kode Unit')]).toBe('KOMINFO');
    expect(row[col('Ringkasan')]).toBe('Rapat koordinasi');
    expect(row[col('Dicatat Oleh')]).toBe('koordinator@bangka.go.id');
    expect(row[col('Dicatat')]).toBe(AT);
    // A column the admin added is written back as it was, as literal text.
    expect(row[col('Catatan Admin')]).toBe("'dicek Senin");
    // Mail text never becomes a formula.
    expect(String(row[col('Subjek')]).startsWith("'")).toBe(true);
  });
});

describe('rejectedRow (Tolak)', () => {
  it('keeps every cell of an existing row but the decision, re-protected as literal text', () => {
    const existing = findLogged(HEADER, [waitingRow()], message.messageId, 'Asia/Jakarta');
    const row = rejectedRow(HEADER, decision(null), 'Ringkasan kosong', existing);
    expect(row[col('Status')]).toBe('DITOLAK');
    expect(row[col('Catatan')]).toBe('Ringkasan kosong');
    expect(row[col('Dicatat Oleh')]).toBe('koordinator@bangka.go.id');
    // The subject read back as "=HYPERLINK…" must not be written back as a formula.
    expect(row[col('Subjek')]).toBe(`'${message.subject}`);
    expect(row[col('Diterima')]).toEqual(new Date(message.receivedAt));
  });

  it('builds a new row from the report when the message was not logged yet', () => {
    const row = rejectedRow(HEADER, decision(report), 'Lampiran tidak ada', null);
    expect(row).toHaveLength(HEADER.length);
    expect(row[col('Message-ID')]).toBe(message.messageId);
    expect(row[col('Unit')]).toBe('Dinas Kominfo');
    expect(row[col('Status')]).toBe('DITOLAK');
    expect(row[col('Catatan')]).toBe('Lampiran tidak ada');
  });
});
