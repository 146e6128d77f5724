import fc from 'fast-check';
import {
  newProblemRow,
  nextProblemId,
  openProblems,
  overdue,
  readProblemLog,
} from '../../src/core/daily/problems-log';
import { configurationSummary, readStaff } from '../../src/core/daily/staff';
import {
  describeSheetProblem,
  STAFF_TABLE,
  TECH_PROBLEMS_TABLE,
} from '../../src/core/daily/tables';
import { createWorkCalendar } from '../../src/core/workdays';

const cell = fc.oneof(
  fc.anything(),
  fc.date(),
  fc.double(),
  fc.constantFrom(
    '',
    'Ya',
    'Tidak',
    'mungkin',
    'budi@bangka.go.id',
    'budi@gmail.com',
    '31/02/2026',
    '2026-11-20 08:30',
    'SELESAI',
    'DIESKALASI',
  ),
);

const wib = (local: string) => Date.parse(`${local}:00+07:00`);
/** A date cell as Sheets returns it: midnight of the day in the spreadsheet's zone (WIB). */
const dateCell = (iso: string) => new Date(wib(`${iso}T00:00`));

const header = [...STAFF_TABLE.headers];
const DOMAIN = 'bangka.go.id';

describe('readStaff: problems by cell', () => {
  const rows = [
    // Email, Nama, Unit, Jabatan, Akun Aktif, 2FA, Dikonfigurasi di Ponsel, Oleh, Catatan
    [
      'budi.santoso@bangka.go.id',
      'Budi Santoso',
      'KOMINFO',
      'Pranata Komputer',
      'Ya',
      'Ya',
      dateCell('2026-11-02'),
      'admin',
      '',
    ],
    ['siti.aminah@gmail.com', 'Siti Aminah', 'KOMINFO', 'Analis', 'Ya', 'Tidak', '', '', ''],
    ['andi@bangkabaratkab.go.id', 'Andi', 'UMUM', 'Staf', 'Ya', '', '', '', ''],
    [
      'Rina.Wati@Bangka.go.id',
      'Rina Wati',
      'UMUM',
      'Kasubbag',
      'ya',
      'mungkin',
      '2026-11-05',
      'admin',
      '',
    ],
    [
      'dewi_lestari@bangka.go.id',
      'Dewi Lestari',
      'UMUM',
      'Staf',
      'Ya',
      'Y',
      '31/02/2026',
      'admin',
      '',
    ],
    [
      'joko-susilo@bangka.go.id',
      'Joko Susilo',
      'KOMINFO',
      'Staf',
      'Ya',
      'Ya',
      '03/11/2026',
      'admin',
      '',
    ],
    ['', 'Wahyu', 'UMUM', 'Honorer', 'Tidak', '', '', '', 'belum punya akun'],
    ['budi.santoso@bangka.go.id', 'Budi S.', 'KOMINFO', '', 'Ya', '', '', '', ''],
    ['', '', '', '', '', '', '', '', ''],
  ];
  const { staff, problems } = readStaff(header, rows, { domain: DOMAIN });

  it('names the row and column of every problem, in Indonesian', () => {
    expect(problems.map(describeSheetProblem)).toEqual([
      'Pegawai baris 3, kolom Email: alamat pribadi tidak boleh dipakai untuk urusan dinas; isi alamat kedinasan @bangka.go.id.',
      'Pegawai baris 4, kolom Email: andi@bangkabaratkab.go.id di luar domain resmi; alamat kedinasan berakhiran @bangka.go.id.',
      'Pegawai baris 5, kolom 2FA: isi "Ya" atau "Tidak", bukan "mungkin".',
      'Pegawai baris 6, kolom Dikonfigurasi di Ponsel (tanggal): "31/02/2026" bukan tanggal yang valid.',
      'Pegawai baris 7, kolom Email: "joko-susilo" tidak sesuai standar penamaan (huruf kecil dan angka, dipisah titik atau garis bawah), mis. nama.belakang@bangka.go.id.',
      'Pegawai baris 9, kolom Email: budi.santoso@bangka.go.id sudah tercantum di baris 2; baris ini diabaikan.',
    ]);
  });

  it('keeps staff with a problem in the list, and reads dates in every accepted form', () => {
    expect(staff.map((s) => s.email)).toEqual([
      'budi.santoso@bangka.go.id',
      'siti.aminah@gmail.com',
      'andi@bangkabaratkab.go.id',
      'rina.wati@bangka.go.id',
      'dewi_lestari@bangka.go.id',
      'joko-susilo@bangka.go.id',
      '',
    ]);
    expect(staff.map((s) => s.configuredOn)).toEqual([
      '2026-11-02',
      null,
      null,
      '2026-11-05',
      null,
      '2026-11-03',
      null,
    ]);
    expect(staff.map((s) => s.official)).toEqual([true, false, false, true, true, true, false]);
    // "mungkin" reads as Tidak; "Y" as Ya.
    expect(staff.map((s) => s.twoFactor)).toEqual([true, false, false, false, true, true, false]);
  });

  it('summarises configuration per unit and overall', () => {
    const { units, overall } = configurationSummary(staff);
    expect(units).toEqual([
      { unit: 'KOMINFO', total: 3, active: 3, twoFactor: 2, configured: 2, configuredRate: 2 / 3 },
      { unit: 'UMUM', total: 4, active: 3, twoFactor: 1, configured: 1, configuredRate: 0.25 },
    ]);
    expect(overall).toMatchObject({ total: 7, active: 6, configured: 3 });
    expect(overall.configuredRate).toBeCloseTo(3 / 7);
    // As of 3 November, Rina (5 November) was not configured yet.
    expect(configurationSummary(staff, '2026-11-03').overall.configured).toBe(2);
    expect(configurationSummary([]).overall.configuredRate).toBeNull();
  });

  it('checks units against the Unit table and a custom naming pattern', () => {
    const result = readStaff(
      header,
      [['budisantoso@bangka.go.id', 'Budi', 'Dinas Antah', '', 'Ya', 'Ya', '', '', '']],
      {
        domain: DOMAIN,
        namingPattern: /^[a-z]+\.[a-z]+$/,
        namingHint: 'nama.belakang',
        units: [{ code: 'KOMINFO', name: 'Dinas Kominfo' }],
      },
    );
    expect(result.problems.map((p) => [p.column, p.message])).toEqual([
      [
        'Email',
        '"budisantoso" tidak sesuai standar penamaan (nama.belakang), mis. nama.belakang@bangka.go.id',
      ],
      ['Unit', 'unit "Dinas Antah" tidak ada di tabel Unit; isi kode atau nama unit'],
    ]);
  });

  it('reports a missing Email column once and reads nothing', () => {
    const result = readStaff(['Nama', 'Unit'], [['Budi', 'KOMINFO']], { domain: DOMAIN });
    expect(result.staff).toEqual([]);
    expect(result.problems[0]).toMatchObject({ row: 1, column: 'Email' });
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 10 }),
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 6 }),
        (h, rows) => {
          readStaff(h, rows, { domain: DOMAIN });
          const { staff: read } = readStaff(header, rows, { domain: [DOMAIN, ''] });
          configurationSummary(read, '2026-11-20');
        },
      ),
    );
  });
});

describe('the technical-problem log', () => {
  const calendar = createWorkCalendar();
  const logHeader = [...TECH_PROBLEMS_TABLE.headers];
  // ID, Dilaporkan, Pelapor, Pegawai, Masalah, Status, Dieskalasi Ke, Selesai, Catatan
  const rows = [
    [
      'MT-20261116-001',
      '16/11/2026 09:00',
      'admin',
      'budi@bangka.go.id',
      'Sinkronisasi gagal',
      'SELESAI',
      '',
      '2026-11-16 11:00',
      '',
    ],
    [
      'MT-20261118-001',
      new Date(wib('2026-11-18T08:00')),
      'admin',
      'siti@bangka.go.id',
      'Ponsel tidak mendukung',
      'dieskalasi',
      '',
      '',
      '',
    ],
    [
      'MT-20261119-001',
      '2026-11-19 14:00',
      'admin',
      'andi@bangka.go.id',
      'Lupa kata sandi',
      '',
      '',
      '',
      '',
    ],
    ['MT-20261119-001', 'kemarin', 'admin', '', 'Notifikasi tidak muncul', 'ditunda', '', '', ''],
    [
      'MT-20261120-001',
      '2026-11-20 08:00',
      'admin',
      '',
      '',
      'DIPROSES',
      '',
      '20/11/2026 10:00',
      '',
    ],
  ];
  const log = readProblemLog(logHeader, rows);

  it('reports each inconsistent cell and keeps open entries listed', () => {
    expect(log.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'Dieskalasi Ke', 'status DIESKALASI: isi kepada siapa masalah ini dieskalasi'],
      [5, 'ID', 'ID MT-20261119-001 sudah dipakai di baris 4'],
      [
        5,
        'Dilaporkan',
        '"kemarin" bukan tanggal dan jam yang valid; tulis seperti 17/08/2026 08:30',
      ],
      [
        5,
        'Status',
        'status "ditunda" tidak dikenal; isi salah satu dari BARU, DIPROSES, DIESKALASI, SELESAI (dibaca BARU)',
      ],
      [6, 'Masalah', 'uraian masalah wajib diisi'],
      [6, 'Status', 'waktu Selesai sudah diisi, tetapi status masih DIPROSES; ubah ke SELESAI'],
    ]);
    expect(log.entries.map((e) => e.status)).toEqual([
      'SELESAI',
      'DIESKALASI',
      'BARU',
      'BARU',
      'DIPROSES',
    ]);
    expect(openProblems(log.entries).map((e) => e.row)).toEqual([3, 4, 6, 5]);
  });

  it('finds open problems older than the working-hour limit', () => {
    // Friday 20 November 2026, 12:00. Open since Wed 08:00: 8 + 8.5 + 4.5 = 21 working hours;
    // since Thu 14:00: 2 + 4.5 = 6.5; since Fri 08:00: 4. The one without a time is skipped.
    const found = overdue(log.entries, calendar, wib('2026-11-20T12:00'), 6);
    expect(found.map((f) => [f.entry.id, f.workingHours])).toEqual([
      ['MT-20261118-001', 21],
      ['MT-20261119-001', 6.5],
    ]);
    expect(() => overdue(log.entries, calendar, Date.now(), 0)).toThrow(RangeError);
  });

  it('numbers new problems per day in the zone', () => {
    const ids = log.entries.map((e) => e.id);
    expect(nextProblemId(ids, wib('2026-11-19T16:00'))).toBe('MT-20261119-002');
    expect(nextProblemId(ids, wib('2026-11-21T06:30'))).toBe('MT-20261121-001');
    // 23:30 UTC on the 20th is already the 21st in WIB.
    expect(nextProblemId(['MT-20261121-009'], Date.parse('2026-11-20T23:30:00Z'))).toBe(
      'MT-20261121-010',
    );
  });

  it('writes a new entry that reads back without problems', () => {
    const row = newProblemRow({
      id: 'MT-20261120-002',
      reportedAt: wib('2026-11-20T09:15'),
      reporter: 'admin@bangka.go.id',
      staff: 'budi@bangka.go.id',
      problem: '-Akun terkunci',
    });
    expect(row[4]).toBe("'-Akun terkunci");
    const back = readProblemLog(logHeader, [row]);
    expect(back.problems).toEqual([]);
    expect(back.entries[0]).toMatchObject({ id: 'MT-20261120-002', status: 'BARU' });
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 10 }),
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 6 }),
        (h, rows) => {
          readProblemLog(h, rows);
          const { entries } = readProblemLog(logHeader, rows);
          openProblems(entries);
          overdue(entries, calendar, wib('2026-11-20T12:00'), 8);
          nextProblemId([...entries.map((e) => e.id), ...rows.flat()], wib('2026-11-20T12:00'));
        },
      ),
    );
  });
});
