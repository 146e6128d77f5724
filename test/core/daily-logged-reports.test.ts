import { goLiveDay, readExcuses, readLoggedReports } from '../../src/core/daily/logged-reports';
import { EXCUSES_TABLE, REPORT_LOG_TABLE } from '../../src/core/daily/tables';

const TZ = 'Asia/Jakarta';
const header = [...REPORT_LOG_TABLE.headers];
const at = (local: string) => new Date(Date.parse(`${local}:00+07:00`));

/** A LaporanHarian row with the cells the readers look at. */
function logRow(cells: Record<string, unknown>): unknown[] {
  return header.map((h) => cells[h] ?? '');
}

describe('LaporanHarian read back', () => {
  it('counts DICATAT rows only, with their unit, day, receipt and lateness', () => {
    const rows = [
      logRow({
        'Message-ID': 'a@x',
        'Kode Unit': 'HUMAS',
        'Tanggal Laporan': '2026-11-20',
        Diterima: at('2026-11-20T15:00'),
        Terlambat: 'Tidak',
        Status: 'DICATAT',
      }),
      // Waiting for the coordinator, and refused: not reports.
      logRow({ 'Message-ID': 'b@x', Diterima: at('2026-11-20T15:00'), Status: 'PERLU_DIPERIKSA' }),
      logRow({ 'Kode Unit': 'HUMAS', Status: 'DITOLAK' }),
      // Corrected by hand: a date picked in the cell, lateness typed in lower case.
      logRow({
        'Kode Unit': 'UMUM',
        'Tanggal Laporan': at('2026-11-19T00:00'),
        Diterima: at('2026-11-20T08:00'),
        Terlambat: 'ya',
        Status: 'dicatat',
      }),
    ];
    const { reports, problems } = readLoggedReports(header, rows, TZ);
    expect(problems).toEqual([]);
    expect(reports).toEqual([
      {
        unitCode: 'HUMAS',
        date: '2026-11-20',
        receivedAt: at('2026-11-20T15:00').getTime(),
        late: false,
        messageId: 'a@x',
      },
      {
        unitCode: 'UMUM',
        date: '2026-11-19',
        receivedAt: at('2026-11-20T08:00').getTime(),
        late: true,
        messageId: '',
      },
    ]);
  });

  it('names the cell of a DICATAT row it cannot count', () => {
    const rows = [
      logRow({
        'Kode Unit': 'HUMAS',
        'Tanggal Laporan': '31/02/2026',
        Diterima: at('2026-11-20T15:00'),
        Terlambat: 'mungkin',
        Status: 'DICATAT',
      }),
    ];
    const { reports, problems } = readLoggedReports(header, rows, TZ);
    expect(reports).toEqual([]);
    expect(problems.map((p) => `${p.row} ${p.column}`)).toEqual([
      '2 Tanggal Laporan',
      '2 Terlambat',
    ]);
  });
});

describe('Pengecualian read back', () => {
  it('reads unit, day and reason, and names the missing cells', () => {
    const { excuses, problems } = readExcuses(
      [...EXCUSES_TABLE.headers],
      [
        ['HUMAS', '20/11/2026', 'Dinas luar'],
        ['', '2026-11-21', 'Tanpa unit'],
      ],
      TZ,
    );
    expect(excuses).toEqual([{ unitCode: 'HUMAS', date: '2026-11-20', reason: 'Dinas luar' }]);
    expect(problems.map((p) => `${p.row} ${p.column}`)).toEqual(['3 Unit']);
  });
});

describe('the go-live day', () => {
  it('is the Mulai Berlaku setting, else the day of the earliest report', () => {
    const reports = [{ date: '2026-10-02' }, { date: '2026-09-28' }];
    expect(goLiveDay('2026-10-01', reports)).toBe('2026-10-01');
    expect(goLiveDay(null, reports)).toBe('2026-09-28');
    expect(goLiveDay(null, [])).toBeNull();
  });
});
