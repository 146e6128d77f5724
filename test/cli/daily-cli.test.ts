/**
 * `npm run --silent daily -- import …` as a coordinator runs it on a Google Takeout export
 * (here: tsx on the same file): the messages in test/fixtures/mail/ go through postal-mime and
 * the core report parser, JSON on stdout; exit code 2 and an Indonesian message on stderr
 * (nothing on stdout) for a file that cannot be read, is not an mbox, or a bad units CSV.
 * The mbox splitter, the MIME reading and the CSV reader are also tested on their own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repairC1 } from '../../src/cli/mail/charset';
import { fromLineDate, MboxSplitter, splitMbox } from '../../src/cli/mail/mbox';
import { readMessage } from '../../src/cli/mail/mime';
import { parseCsv, readUnitsCsv } from '../../src/cli/mail/units-csv';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = 'test/fixtures/mail';
const MBOX = `${FIXTURES}/takeout.mbox`;
const UNITS = `${FIXTURES}/units.csv`;

// Each case spawns Node; the 2,000-message mailbox takes a few seconds on a slow machine.
jest.setTimeout(120_000);

function daily(args: string[], stdin: string | Buffer = '') {
  const run = spawnSync(TSX, ['src/cli/daily.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 110_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Report {
  messageId: string;
  from: string;
  unit: string;
  date: string;
  priority: string;
  sections: Record<string, string>;
  late: boolean;
}
interface Rejected {
  messageId: string;
  subject: string;
  problems: string[];
}
interface Output {
  reports: Report[];
  rejected: Rejected[];
}

/** Runs an import expected to succeed and returns the parsed output. */
function importOk(...args: string[]): Output {
  const { code, stdout, stderr } = daily(['import', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'daily-cli-')), name);
  writeFileSync(path, content);
  return path;
}

const DISKOMINFO = 'Dinas Komunikasi dan Informatika';
const DISDUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';
const BAPPEDA = 'Badan Perencanaan Pembangunan Daerah';
const UMUM = 'Bagian Umum, Sekretariat Daerah';
const MERAWANG = 'Kecamatan Merawang';

/** "date unit messageId late", easier to read in a failing diff. */
const lines = (out: Output) =>
  out.reports.map((r) => `${r.date} ${r.unit} ${r.messageId} ${r.late ? 'terlambat' : 'tepat'}`);

describe('daily import --mbox: a Google Takeout export', () => {
  let out: Output;
  beforeAll(() => {
    out = importOk('--mbox', MBOX, '--units', UNITS);
  });

  it('lists the reports by date, unit and messageId, each with its lateness', () => {
    expect(lines(out)).toEqual([
      // Sent 17.10 WIB, after the 16.00 cutoff.
      `2026-05-11 ${DISDUKCAPIL} CAF2+dukcapil.0511.x9Q@mail.gmail.com terlambat`,
      `2026-05-11 ${DISKOMINFO} CAKx7Lm2VqY1dJ=kominfo-0511@mail.gmail.com tepat`,
      `2026-05-12 ${BAPPEDA} 20260512070219.4f2a9c@bappeda.bangka.go.id tepat`,
      // The 12 May report sent on the morning of 13 May.
      `2026-05-12 ${UMUM} AM0PR01MB6401B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9@AM0PR01MB6401.apcprd01.prod.outlook.com terlambat`,
      `2026-05-12 ${MERAWANG} 4D2F7A10.merawang.0512@kec-merawang.bangka.go.id tepat`,
      `2026-05-13 ${DISKOMINFO} CAKx7Lm2kominfo-0513-lampiran@mail.gmail.com tepat`,
      // Forwarded by the camat's staff: the forwarded report is read.
      `2026-05-13 ${MERAWANG} CAH3fwd.merawang.0513@mail.gmail.com tepat`,
      // No Message-ID, no Date (the "From " line: 15 May 07.30 WIB). 14 May 2026 is a seeded
      // national holiday (Kenaikan Yesus Kristus): on time until 15 May 16.00.
      expect.stringMatching(
        /^2026-05-14 Dinas Kependudukan dan Pencatatan Sipil tanpa-id:[0-9a-f]{20} tepat$/,
      ),
      // Unreadable Date header: the mbox "From " line says 15.10 WIB.
      `2026-05-15 ${BAPPEDA} bappeda-0515@bappeda.bangka.go.id tepat`,
    ]);
  });

  it('gives the full report of a plain text/plain message', () => {
    expect(out.reports[1]).toEqual({
      messageId: 'CAKx7Lm2VqY1dJ=kominfo-0511@mail.gmail.com',
      from: 'admin.kominfo@bangka.go.id',
      unit: DISKOMINFO,
      date: '2026-05-11',
      priority: 'Sedang',
      sections: {
        Ringkasan: 'Pemeliharaan jaringan fiber optik ke 3 OPD selesai.',
        Capaian:
          '- Penyambungan FO Dinas Pendidikan dan RSUD\n- Pembaruan sertifikat SSL portal bangka.go.id',
        Kendala: 'Tidak ada.',
        'Rencana Besok': 'Uji beban aplikasi SRIKANDI.',
      },
      late: false,
    });
  });

  it('decodes quoted-printable, base64, encoded-word subjects and legacy charsets', () => {
    const byId = new Map(out.reports.map((r) => [r.messageId, r]));
    // iso-8859-1 + quoted-printable (the ° is byte 0xB0).
    const merawang = byId.get('4D2F7A10.merawang.0512@kec-merawang.bangka.go.id');
    expect(merawang?.sections.Kendala).toBe(
      'jaringan terputus di Kecamatan Merawang sejak pukul 10.15.',
    );
    expect(merawang?.sections.Capaian).toContain('stabil 24°C');
    expect(merawang?.priority).toBe('Tinggi');
    // windows-1252 in 8bit: the en dash and the curly quotes are bytes 0x96, 0x93 and 0x94.
    const umum = byId.get(
      'AM0PR01MB6401B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9@AM0PR01MB6401.apcprd01.prod.outlook.com',
    );
    expect(umum?.sections.Capaian).toBe('Pengadaan ATK triwulan II selesai – 100%.');
    expect(umum?.sections.Kendala).toBe('UPS ruang server “mati total” sejak pagi.');
    // multipart/alternative in quoted-printable UTF-8: the em dash survives.
    const dukcapil = byId.get('CAF2+dukcapil.0511.x9Q@mail.gmail.com');
    expect(dukcapil?.sections.Capaian).toContain('(target harian 35 — tercapai)');
    expect(dukcapil?.from).toBe('rina.dukcapil@bangka.go.id');
    // HTML only, base64, subject as =?UTF-8?B?…?=.
    const bappeda = byId.get('20260512070219.4f2a9c@bappeda.bangka.go.id');
    expect(bappeda?.sections).toEqual({
      Ringkasan: 'Penyusunan RKPD 2027 tahap rancangan awal.',
      Capaian: 'Forum konsultasi publik RKPD diikuti 23 perangkat daerah.',
      Kendala: 'Data capaian kinerja 4 OPD belum masuk ke SIPD.',
      'Rencana Besok': 'Rapat sinkronisasi dengan Bidang Ekonomi.',
    });
    // base64 text/plain inside multipart/alternative inside multipart/mixed, plus a PDF.
    const lampiran = byId.get('CAKx7Lm2kominfo-0513-lampiran@mail.gmail.com');
    expect(lampiran?.sections.Lampiran).toBe('Berita acara uji beban (terlampir).');
  });

  it('rejects, in file order, a reply, a broken MIME message and a non-report, saying why', () => {
    expect(out.rejected.map((r) => [r.messageId, r.subject])).toEqual([
      [
        'CAM9koordinator-reply-0511@mail.gmail.com',
        'Re: [LAPORAN HARIAN] Diskominfo - 11 Mei 2026',
      ],
      ['rusak.0513.bappeda@bappeda.bangka.go.id', '[LAPORAN HARIAN] Bappeda - 13 Mei 2026'],
      ['undangan-rakor-spbe-2026@kominfo.go.id', 'Undangan Rapat Koordinasi SPBE Triwulan II'],
    ]);
    const [reply, broken, invitation] = out.rejected as [Rejected, Rejected, Rejected];
    // The quoted history of a reply is not read as a new report.
    expect(reply.problems).toContain(
      'Bagian Ringkasan wajib diisi: judul "Ringkasan:" tidak ditemukan di badan email.',
    );
    expect(broken.problems).toEqual([
      'struktur MIME rusak: pembatas bagian (boundary "----=_Part_0_1234567.1778665200000") tidak ditemukan di badan pesan, isi pesan tidak terbaca.',
    ]);
    expect(invitation.problems[0]).toContain('bukan subjek laporan harian');
  });

  it('counts a Message-ID seen twice once', () => {
    const ids = [...out.reports, ...out.rejected].map((r) => r.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(12); // 13 messages, one a second copy
  });

  it('reads the same mailbox with CRLF line ends, from stdin', () => {
    const crlf = readFileSync(join(ROOT, MBOX)).toString('latin1').replace(/\r?\n/g, '\r\n');
    const { code, stdout, stderr } = daily(
      ['import', '--mbox', '-', '--units', UNITS],
      Buffer.from(crlf, 'latin1'),
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual(out);
  });
});

describe('daily import --eml', () => {
  it('reads several .eml files (CRLF, Outlook), skipping a Message-ID the mbox already had', () => {
    const both = importOk(
      '--mbox',
      MBOX,
      '--eml',
      `${FIXTURES}/eml/disdukcapil-outlook.eml`,
      `${FIXTURES}/eml/diskominfo-duplikat.eml`,
      '--units',
      UNITS,
    );
    expect(both.reports).toHaveLength(10);
    expect(both.reports.filter((r) => r.messageId.startsWith('CAKx7Lm2VqY1dJ'))).toHaveLength(1);
    expect(both.reports.find((r) => r.unit === DISDUKCAPIL && r.date === '2026-05-12')).toEqual({
      messageId: 'AM0PR01MB6401DUKCAPIL0512@AM0PR01MB6401.apcprd01.prod.outlook.com',
      from: 'rina.dukcapil@bangka.go.id',
      unit: DISDUKCAPIL,
      date: '2026-05-12',
      priority: 'Sedang',
      sections: {
        Ringkasan: 'Pelayanan berjalan normal; 187 pemohon dilayani.',
        Capaian: 'Perekaman KTP-el: 88.',
        Kendala: 'Printer kartu di loket 2 macet.',
        'Rencana Besok': 'Servis printer kartu.',
      },
      late: false,
    });
  });

  it('takes --eml more than once, without --mbox', () => {
    const out = importOk(
      '--eml',
      `${FIXTURES}/eml/diskominfo-duplikat.eml`,
      '--eml',
      `${FIXTURES}/eml/disdukcapil-outlook.eml`,
      '--units',
      UNITS,
    );
    expect(lines(out)).toEqual([
      `2026-05-11 ${DISKOMINFO} CAKx7Lm2VqY1dJ=kominfo-0511@mail.gmail.com tepat`,
      `2026-05-12 ${DISDUKCAPIL} AM0PR01MB6401DUKCAPIL0512@AM0PR01MB6401.apcprd01.prod.outlook.com tepat`,
    ]);
    expect(out.rejected).toEqual([]);
  });
});

describe('daily import without --units', () => {
  it('rejects every report: the unit cannot be recognised from an empty unit table', () => {
    const out = importOk('--mbox', MBOX);
    expect(out.reports).toEqual([]);
    expect(out.rejected).toHaveLength(12);
    const kominfo = out.rejected.find(
      (r) => r.messageId === 'CAKx7Lm2VqY1dJ=kominfo-0511@mail.gmail.com',
    );
    expect(kominfo?.problems).toEqual([
      'Unit "Diskominfo" pada subjek tidak dapat dikenali karena tabel Unit masih kosong; minta Admin Sistem mengisinya.',
    ]);
  });

  it('documents that in --help, in Indonesian', () => {
    const { code, stdout, stderr } = daily(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Pemakaian:');
    expect(stdout).toContain('Tanpa --units');
  });
});

describe('daily import: a large mailbox', () => {
  it('reads 2,000 generated messages', () => {
    const units = ['Diskominfo', 'Disdukcapil', 'Bappeda', 'Kecamatan Merawang'];
    const messages: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = 1 + (i % 28);
      const unit = units[i % units.length] as string;
      const invalid = i % 10 === 9; // every tenth has no priority
      messages.push(
        [
          `From 18${String(i).padStart(17, '0')}@xxx Mon Jun ${String(day).padStart(2, ' ')} 08:00:00 +0000 2026`,
          `Message-ID: <massal-${i}@bangka.go.id>`,
          `Date: ${day} Jun 2026 ${i % 3 === 0 ? '17' : '15'}:00:00 +0700`,
          `From: staf${i}@bangka.go.id`,
          `Subject: [LAPORAN HARIAN] ${unit} - ${day} Juni 2026`,
          'Content-Type: text/plain; charset=UTF-8',
          '',
          'Ringkasan:',
          `Kegiatan rutin ke-${i}.`,
          'From luar kantor: tetap melapor.',
          invalid ? '' : 'Prioritas: Sedang',
          '',
        ].join('\n'),
      );
    }
    const file = tempFile('besar.mbox', messages.join('\n'));
    const out = importOk('--mbox', file, '--units', UNITS);
    expect(out.reports).toHaveLength(1800);
    expect(out.rejected).toHaveLength(200);
    expect(out.reports.every((r) => r.sections.Ringkasan?.startsWith('Kegiatan rutin'))).toBe(true);
  });
});

describe('daily import: bad input', () => {
  const badCsv = (content: string) => tempFile('units.csv', content);

  it.each([
    [['--mbox', '/tidak/ada.mbox'], '--mbox: berkas "/tidak/ada.mbox" tidak dapat dibaca.'],
    [['--mbox', FIXTURES], `--mbox: berkas "${FIXTURES}" tidak dapat dibaca.`],
    [['--mbox', 'BINARY'], 'bukan berkas mbox (ekspor Google Takeout): isinya biner.'],
    [
      ['--mbox', 'ICS'],
      'bukan berkas mbox (ekspor Google Takeout): baris pertama harus diawali "From ".',
    ],
    [
      ['--mbox', `${FIXTURES}/eml/disdukcapil-outlook.eml`],
      'Untuk pesan .eml tunggal, pakai --eml.',
    ],
    [['--mbox', 'EMPTY'], 'kosong.'],
    [['--eml', 'ICS'], 'bukan pesan email (.eml)'],
    [['--eml', 'EMPTY'], 'kosong.'],
    [['--eml', '/tidak/ada.eml'], '--eml: berkas "/tidak/ada.eml" tidak dapat dibaca.'],
    [
      ['--mbox', MBOX, '--units', '/tidak/ada.csv'],
      '--units: berkas "/tidak/ada.csv" tidak dapat dibaca.',
    ],
    [[], '--mbox atau --eml wajib diisi.'],
    [['--mbox', MBOX, 'lain.mbox'], 'argumen "lain.mbox" tidak dikenal.'],
    [['--mbox', MBOX, '--tz', 'UTC'], "Unknown option '--tz'"],
  ])('exits 2 with a message on stderr and nothing on stdout (%#)', (args, message) => {
    const replace: Record<string, () => string> = {
      BINARY: () =>
        tempFile(
          'foto.mbox',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        ),
      ICS: () => join(ROOT, 'test/fixtures/ics/misc.ics'),
      EMPTY: () => tempFile('kosong.mbox', '\n\n'),
    };
    const argv = args.map((a) => replace[a]?.() ?? a);
    const { code, stdout, stderr } = daily(['import', ...argv]);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });

  it.each([
    ['Kode,Nama,Wilayah\nA,Unit A,Bangka\n', 'baris 1: kolom "Wilayah" tidak dikenal'],
    [
      'Kode,Nama,Alias\nA,Unit A,"Satu;Dua\n',
      'baris 2: tanda petik (") dibuka tetapi tidak ditutup.',
    ],
    // Checked by checkDailyConfig, as the admin's Unit table is.
    [
      'Kode,Nama,Alias\nA,Unit A,Umum\nB,Unit B,Umum\n',
      'Nama/alias "Umum" dipakai oleh unit Unit A dan Unit B.',
    ],
  ])('rejects the units CSV %j with exit 2', (csv, message) => {
    const { code, stdout, stderr } = daily(['import', '--mbox', MBOX, '--units', badCsv(csv)]);
    expect(stdout).toBe('');
    expect(stderr).toContain(`--units: ${message}`);
    expect(code).toBe(2);
  });

  it('rejects an unknown command', () => {
    const { code, stdout, stderr } = daily(['impor', '--mbox', MBOX]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('perintah harus "import"');
  });
});

describe('mbox splitting', () => {
  const file = readFileSync(join(ROOT, MBOX));

  it('splits at "From " lines and unescapes >From (mboxo) and >>From (mboxrd)', () => {
    const messages = splitMbox(file);
    expect(messages).toHaveLength(13);
    const first = messages[0]?.raw.toString('utf8') ?? '';
    expect(first.startsWith('X-GM-THREAD-ID: 1833482911001\n')).toBe(true);
    expect(first).toContain('\nFrom the desk of the SPBE team: salam.\n');
    const invitation = messages[9]?.raw.toString('utf8') ?? '';
    expect(invitation).toContain('\n>From the organizers:');
    expect(invitation).toContain('\n>>From the archive: "From here on"');
    expect(messages[0]?.envelopeDate).toBe(Date.parse('2026-05-11T08:30:41Z'));
  });

  it('gives the same messages however the file is cut into chunks, LF or CRLF', () => {
    const crlf = Buffer.from(file.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    for (const data of [file, crlf]) {
      const whole = splitMbox(data).map((m) => m.raw.toString('latin1'));
      for (const size of [1, 5, 6, 7, 4096]) {
        const splitter = new MboxSplitter();
        const parts = [];
        for (let at = 0; at < data.length; at += size) {
          parts.push(...splitter.push(data.subarray(at, at + size)));
        }
        parts.push(...splitter.end());
        expect(parts.map((m) => m.raw.toString('latin1'))).toEqual(whole);
      }
    }
  });

  it('does not split at a body line "From " that neither follows a blank line nor has a date', () => {
    const mbox = [
      'From a@x.id Mon May 11 08:00:00 2026',
      'Subject: satu',
      '',
      'Baris pertama',
      'From kantor camat kami melapor',
      '',
      'From b@x.id Mon May 11 09:00:00 2026',
      'Subject: dua',
      '',
      'isi',
    ].join('\n');
    const messages = splitMbox(Buffer.from(mbox));
    expect(messages.map((m) => m.raw.toString())).toEqual([
      'Subject: satu\n\nBaris pertama\nFrom kantor camat kami melapor\n\n',
      'Subject: dua\n\nisi',
    ]);
  });

  it.each([
    ['From 1797@xxx Wed Jan 17 08:12:34 +0000 2024', '2024-01-17T08:12:34Z'],
    ['From budi@bangka.go.id Wed Jan  7 08:12:34 2026', '2026-01-07T08:12:34Z'],
    ['From - Wed Jan 17 15:12:34 2024 +0700', '2024-01-17T08:12:34Z'],
    ['From MAILER-DAEMON Fri, 17 May 2024 15:00:00 +0700', '2024-05-17T08:00:00Z'],
  ])('reads the date of %j', (line, iso) => {
    expect(fromLineDate(line)).toBe(Date.parse(iso));
  });

  it('gives no date for a line that has none', () => {
    expect(fromLineDate('From kantor camat kami melapor')).toBeNull();
    expect(fromLineDate('From x@y Foo Bar 99 99:99 2024')).toBeNull();
  });
});

describe('MIME reading', () => {
  const mail = (...headersAndBody: string[]) => Buffer.from(headersAndBody.join('\r\n'), 'latin1');

  it('hashes a message without Message-ID the same from LF and CRLF', async () => {
    const crlf = mail(
      'From: a@x.id',
      'Date: Mon, 11 May 2026 15:00:00 +0700',
      'Subject: x',
      '',
      'isi',
      '',
    );
    const lf = Buffer.from(crlf.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    const [a, b] = await Promise.all([readMessage(crlf, null), readMessage(lf, null)]);
    expect(a.ok && a.mail.messageId).toMatch(/^tanpa-id:[0-9a-f]{20}$/);
    expect(a.ok && b.ok && a.mail.messageId === b.mail.messageId).toBe(true);
  });

  it('decodes an ISO-8859-1 encoded-word subject and display name', async () => {
    const read = await readMessage(
      mail(
        'From: =?ISO-8859-1?Q?Jos=E9_Saragih?= <JOSE@Bangka.go.id>',
        'Date: Mon, 11 May 2026 15:00:00 +0700',
        'Message-ID: <x@y>',
        'Subject: =?ISO-8859-1?Q?Kendala:_jaringan_terputus_di_Kecamatan_Merawang_=96_lagi?=',
        'Content-Type: text/plain; charset=ISO-8859-1',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Caf\xe9 \x93internet\x94',
        '',
      ),
      null,
    );
    expect(read).toMatchObject({
      ok: true,
      mail: {
        messageId: 'x@y',
        from: 'jose@bangka.go.id',
        subject: 'Kendala: jaringan terputus di Kecamatan Merawang – lagi',
        text: 'Café “internet”\n',
      },
    });
  });

  it('rejects a message without sender or date, and one without boundary', async () => {
    const noSender = await readMessage(
      mail('Subject: tanpa pengirim', 'Date: kemarin', '', 'isi'),
      null,
    );
    expect(noSender).toEqual({
      ok: false,
      messageId: expect.stringMatching(/^tanpa-id:/),
      subject: 'tanpa pengirim',
      problems: [
        'header From tidak ada atau tidak berisi alamat email.',
        'tanggal kirim tidak diketahui: header Date "kemarin" tidak valid dan tidak ada baris "From " mbox.',
      ],
    });
    const noBoundary = await readMessage(
      mail(
        'From: a@x.id',
        'Date: Mon, 11 May 2026 15:00:00 +0700',
        'Content-Type: multipart/mixed',
        '',
        'isi',
      ),
      null,
    );
    expect(!noBoundary.ok && noBoundary.problems).toEqual([
      'struktur MIME rusak: Content-Type multipart tanpa parameter boundary, isi pesan tidak terbaca.',
    ]);
  });

  it('uses the mbox date when the Date header is missing', async () => {
    const at = Date.parse('2026-05-11T08:00:00Z');
    const read = await readMessage(mail('From: a@x.id', 'Subject: s', '', 'isi'), at);
    expect(read.ok && read.mail.receivedAt).toBe(at);
  });

  it('lists attachments with name, type and size', async () => {
    const messages = splitMbox(readFileSync(join(ROOT, MBOX)));
    const read = await readMessage(messages[7]?.raw as Buffer, null);
    expect(read.ok && read.mail.attachments).toEqual([
      { filename: 'BA Uji Beban SRIKANDI.pdf', mimeType: 'application/pdf', size: 125 },
    ]);
  });

  it('maps C1 controls from a latin1-decoding TextDecoder to windows-1252', () => {
    expect(repairC1('\u0093ya\u0094 \u0096 \u0080 5 \u0099')).toBe('“ya” – € 5 ™');
    expect(repairC1('tanpa perubahan é')).toBe('tanpa perubahan é');
  });
});

describe('units CSV', () => {
  it('reads the fixture: quoted fields, ";" lists, case-insensitive headers, CRLF', () => {
    const units = readUnitsCsv(readFileSync(join(ROOT, UNITS)));
    expect(units).toHaveLength(5);
    expect(units[0]).toEqual({
      code: 'DISKOMINFO',
      name: DISKOMINFO,
      aliases: ['Diskominfo', 'Kominfo'],
      headEmail: 'kadis.kominfo@bangka.go.id',
      members: ['admin.kominfo@bangka.go.id', 'sandi.kominfo@bangka.go.id'],
    });
    expect(units[3]?.name).toBe(UMUM);
  });

  it('reads a semicolon-separated export in windows-1252 with a BOM-less header in any order', () => {
    const csv = Buffer.from(
      'Anggota;Nama;KODE;ALIAS\r\n"x@bangka.go.id;y@bangka.go.id";Dinas Pariwisata \x96 Budaya;DISPAR;"Dispar;Disparbud"\r\n;;;\r\n',
      'latin1',
    );
    expect(readUnitsCsv(csv)).toEqual([
      {
        code: 'DISPAR',
        name: 'Dinas Pariwisata – Budaya',
        aliases: ['Dispar', 'Disparbud'],
        members: ['x@bangka.go.id', 'y@bangka.go.id'],
      },
    ]);
  });

  it.each([
    ['Nama,Alias\nUnit A,A\n', 'baris 1: kolom "Kode" wajib ada'],
    ['Kode,Nama,kode\nA,Unit A,B\n', 'baris 1: kolom "kode" muncul dua kali.'],
    ['Kode,Nama\n', 'tidak ada unit'],
    ['', 'berkas kosong.'],
    ['Kode,Nama\nA,Unit A,Lebih\n', 'baris 2: ada 3 kolom, header punya 2'],
    ['Kode,Nama\nA,Unit A\nB,\n', 'baris 3: kolom Nama kosong.'],
    ['Kode,Nama\nA,Unit A\na,Unit B\n', 'baris 3: Kode "a" sudah dipakai di baris 2.'],
    [
      'Kode,Nama,Email Kepala\nA,Unit A,kepala-at-bangka\n',
      'baris 2: Email Kepala "kepala-at-bangka" bukan',
    ],
    [
      'Kode,Nama,Anggota\nA,Unit A,"a@x.id, b@x.id"\n',
      'baris 2: Anggota "a@x.id, b@x.id" bukan alamat',
    ],
    ['Kode,Nama\nA,Unit "A"\n', 'baris 2: tanda petik (") di tengah kolom'],
    ['Kode,Nama\nA,"Unit A"x\n', 'baris 2: ada teks sesudah tanda petik penutup.'],
  ])('rejects %j, naming the line', (csv, message) => {
    expect(() => readUnitsCsv(Buffer.from(csv))).toThrow(`--units: ${message}`);
  });

  it('parses "" inside quotes and line breaks in quoted fields', () => {
    expect(parseCsv('a,"b ""c""\nd",e\r\n\r\nf', ',')).toEqual([
      { line: 1, fields: ['a', 'b "c"\nd', 'e'] },
      { line: 4, fields: ['f'] },
    ]);
  });
});
