import fc from 'fast-check';
import {
  checkDailyConfig,
  type DailyConfig,
  DEFAULT_DAILY_CONFIG,
} from '../../src/core/daily/config';
import {
  type DailyReport,
  type IncomingMail,
  looksLikeDailyReport,
  type ParseResult,
  parseDailyReport,
  SHEET_CELL_LIMIT,
  sheetSafeReport,
} from '../../src/core/daily/parse/index';
import { SYSTEM_SUBJECT_TAGS } from '../../src/core/daily/system-mail';
import { dailyReportHtml, dailyReportSubject } from '../../src/core/daily/template';
import { sheetSafe } from '../../src/core/text/sheet-safe';

const config: DailyConfig = {
  ...DEFAULT_DAILY_CONFIG,
  units: [
    {
      code: 'KOMINFO',
      name: 'Dinas Kominfo',
      aliases: ['Dinas Komunikasi, Informatika dan Statistik'],
      headEmail: 'kadis.kominfo@bangka.go.id',
      members: ['budi@bangka.go.id', 'sari@bangka.go.id'],
    },
    {
      code: 'BAPPEDA',
      name: 'Bappeda',
      aliases: ['Badan Perencanaan Pembangunan Daerah'],
      headEmail: 'kepala.bappeda@bangka.go.id',
      members: ['sari@bangka.go.id'],
    },
    { code: 'SETDA-UMUM', name: 'Bagian Umum', aliases: ['Sub-Bagian Umum'] },
  ],
};

const REPORT = [
  'Yth. Koordinator Email Daily,',
  'Berikut laporan harian kami.',
  '',
  'Ringkasan:',
  'Rapat koordinasi SPBE dengan 12 OPD.',
  '',
  'Capaian:',
  '- 40 akun email dikonfigurasi di smartphone',
  '- Panduan versi 2 selesai',
  '',
  'Kendala:',
  'Jaringan di lantai 2 terputus.',
  '',
  'Rencana Besok:',
  'Sosialisasi di Bappeda.',
  '',
  'Prioritas: Sedang',
  '',
  'Hormat kami,',
  'Budi',
].join('\n');

const SUBJECT = '[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026';

function mail(overrides: Partial<IncomingMail> = {}): IncomingMail {
  return {
    messageId: 'msg-1',
    from: 'Budi Santoso <Budi@Bangka.go.id>',
    to: ['koordinator@bangka.go.id'],
    cc: ['kadis.kominfo@bangka.go.id'],
    subject: SUBJECT,
    receivedAt: Date.parse('2026-11-23T07:00:00Z'),
    text: REPORT,
    ...overrides,
  };
}

function report(result: ParseResult): DailyReport {
  if (!result.ok) throw new Error(`expected a report, got: ${result.problems.join(' | ')}`);
  return result.report;
}

function problems(result: ParseResult): readonly string[] {
  if (result.ok) throw new Error(`expected problems, got a report for ${result.report.unit}`);
  return result.problems;
}

describe('parseDailyReport: a standard report', () => {
  it('reads unit, date, priority, sections and sender as the coordinator sees them', () => {
    expect(report(parseDailyReport(mail(), config))).toEqual({
      messageId: 'msg-1',
      from: 'budi@bangka.go.id',
      unit: 'Dinas Kominfo',
      unitCode: 'KOMINFO',
      date: '2026-11-23',
      priority: 'Sedang',
      sections: {
        Ringkasan: 'Rapat koordinasi SPBE dengan 12 OPD.',
        Capaian: '- 40 akun email dikonfigurasi di smartphone\n- Panduan versi 2 selesai',
        Kendala: 'Jaringan di lantai 2 terputus.',
        'Rencana Besok': 'Sosialisasi di Bappeda.',
      },
      attachments: [],
    });
  });

  it('reads back the subject the compose template writes', () => {
    const subject = dailyReportSubject('Dinas Kominfo', new Date('2026-11-23T03:00:00Z'));
    expect(report(parseDailyReport(mail({ subject }), config)).date).toBe('2026-11-23');
  });
});

describe('parseDailyReport: subject variants', () => {
  it.each([
    ['RE: Re: [LAPORAN HARIAN] Dinas Kominfo — 23 November 2026', '2026-11-23'],
    ['Fwd: FW: [Laporan Harian] Dinas Kominfo – 23/11/2026', '2026-11-23'],
    ['TR: Re[2]: LAPORAN HARIAN - Dinas Kominfo - 23-11-2026', '2026-11-23'],
    ['laporan harian | dinas kominfo | 2026-11-23', '2026-11-23'],
    ['[ LAPORAN  HARIAN ] Dinas Kominfo: Senin, 23 Nov 2026', '2026-11-23'],
    ['LAPORAN HARIAN: Dinas Kominfo Senin 23 November 2026', '2026-11-23'],
    ['[LAPORAN HARIAN] Dinas Kominfo, Kamis 6 Agt 2026', '2026-08-06'],
    ['[LAPORAN HARIAN] Dinas Kominfo 7 Agu 2026', '2026-08-07'],
    ['[LAPORAN HARIAN] Dinas Kominfo 10 Ags 2026', '2026-08-10'],
    ['[LAPORAN HARIAN] Dinas Kominfo — Jumat, 2 Okt 2026', '2026-10-02'],
    ["[LAPORAN HARIAN] Dinas Kominfo — Jum'at, 4 Des 2026", '2026-12-04'],
    ['[LAPORAN HARIAN] Dinas Kominfo — 20 Mei 2026', '2026-05-20'],
    ['[LAPORAN HARIAN] Dinas Kominfo — 23 Nopember 2026', '2026-11-23'],
    ['[LAPORAN HARIAN] Dinas Kominfo — 2 Pebruari 2026', '2026-02-02'],
    ['[LAPORAN HARIAN] Dinas Kominfo — Monday, 23 Nov 2026', '2026-11-23'],
    ['[LAPORAN HARIAN] Dinas Kominfo — November 23, 2026', '2026-11-23'],
    ['[LAPORAN HARIAN] Dinas Kominfo — 23.11.2026', '2026-11-23'],
    ['[LAPORAN HARIAN] Dinas Kominfo — 23/11/26', '2026-11-23'],
    ['[LAPORAN HARIAN] Dinas Kominfo — hari Senin tanggal 23 Nov 2026', '2026-11-23'],
  ])('%s → %s', (subject, date) => {
    const r = report(parseDailyReport(mail({ subject }), config));
    expect(r.date).toBe(date);
    expect(r.unit).toBe('Dinas Kominfo');
  });

  it.each([
    ['31/02/2026', '"31/02/2026"', 'Februari 2026 hanya sampai tanggal 28'],
    ['29 Februari 2026', '"29 Februari 2026"', 'Februari 2026 hanya sampai tanggal 28'],
    ['23/13/2026', '"23/13/2026"', 'bulan 13 tidak ada'],
    ['23 Novmber 2026', '"23 Novmber 2026"', 'nama bulan "Novmber" tidak dikenal'],
    ['23/11/1926', '"23/11/1926"', 'tahun 1926 di luar rentang'],
  ])('names the impossible date %s and says why', (written, named, why) => {
    const found = problems(
      parseDailyReport(mail({ subject: `[LAPORAN HARIAN] Diskominfo — ${written}` }), config),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(named);
    expect(found[0]).toContain(why);
  });

  it('accepts 29 February in a leap year', () => {
    const subject = '[LAPORAN HARIAN] Dinas Kominfo — 29/02/2028';
    expect(report(parseDailyReport(mail({ subject }), config)).date).toBe('2028-02-29');
  });

  it('says the date is missing when the subject has none', () => {
    const found = problems(
      parseDailyReport(mail({ subject: '[LAPORAN HARIAN] Dinas Kominfo' }), config),
    );
    expect(found).toEqual([expect.stringContaining('Tanggal laporan tidak ada pada subjek')]);
  });

  it('takes the date from a "Tanggal:" line when the subject has none', () => {
    const text = `Tanggal: Senin, 23 November 2026\n\n${REPORT}`;
    const r = report(
      parseDailyReport(mail({ subject: '[LAPORAN HARIAN] Dinas Kominfo', text }), config),
    );
    expect(r.date).toBe('2026-11-23');
  });

  it('rejects a subject that only mentions the words, with an example of the right one', () => {
    const found = problems(
      parseDailyReport(mail({ subject: 'Pertanyaan tentang laporan harian 23/11/2026' }), config),
    );
    expect(found).toEqual([
      'Subjek "Pertanyaan tentang laporan harian 23/11/2026" bukan subjek laporan harian: awali dengan "[LAPORAN HARIAN]", misalnya "[LAPORAN HARIAN] Dinas Kominfo — 23 November 2026".',
    ]);
  });
});

describe('parseDailyReport: units', () => {
  it.each([
    ['Diskominfo', 'Dinas Kominfo'], // "Dinas X" is also written "DisX"
    ['DISKOMINFO', 'Dinas Kominfo'],
    ['Dis-Kominfo.', 'Dinas Kominfo'],
    ['dinas  kominfo', 'Dinas Kominfo'],
    ['Dinas Komunikasi, Informatika dan Statistik', 'Dinas Kominfo'],
    ['Dinas Komunikasi Informatika & Statistik', 'Dinas Kominfo'],
    ['Diskominfo Kab. Bangka', 'Dinas Kominfo'],
    ['KOMINFO', 'Dinas Kominfo'],
    ['bappeda', 'Bappeda'],
    ['Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
    ['Sub-Bagian Umum', 'Bagian Umum'],
    ['Laporan Diskominfo Bangka', 'Dinas Kominfo'],
  ])('matches "%s" to %s', (written, unit) => {
    const subject = `[LAPORAN HARIAN] ${written} — 23 November 2026`;
    expect(report(parseDailyReport(mail({ subject }), config)).unit).toBe(unit);
  });

  it('matches "Dinas Kominfo" when the table only knows "Diskominfo"', () => {
    const short: DailyConfig = {
      ...config,
      units: [{ code: 'K', name: 'Diskominfo', aliases: [] }],
    };
    expect(report(parseDailyReport(mail(), short)).unit).toBe('Diskominfo');
  });

  it('names an unknown unit as written', () => {
    const subject = '[LAPORAN HARIAN] Dinas Pariwisata — 23 November 2026';
    expect(problems(parseDailyReport(mail({ subject }), config))).toEqual([
      'Unit "Dinas Pariwisata" pada subjek tidak ada di tabel Unit (dicocokkan dengan nama, kode dan alias); tulis nama unit seperti di tabel, misalnya "Dinas Kominfo".',
    ]);
  });

  it('refuses a subject naming two units', () => {
    const subject = '[LAPORAN HARIAN] Diskominfo dan Bappeda — 23 November 2026';
    expect(problems(parseDailyReport(mail({ subject }), config))[0]).toContain(
      'lebih dari satu unit (Dinas Kominfo, Bappeda)',
    );
  });

  it('identifies the unit from the sender when the subject has none', () => {
    const subject = '[LAPORAN HARIAN] 23 November 2026';
    const head = mail({ subject, from: 'Kepala <KEPALA.BAPPEDA@bangka.go.id>' });
    expect(report(parseDailyReport(head, config)).unit).toBe('Bappeda');
    expect(report(parseDailyReport(mail({ subject }), config)).unit).toBe('Dinas Kominfo');
  });

  it('explains when the sender cannot identify the unit either', () => {
    const subject = '[LAPORAN HARIAN] 23 November 2026';
    const stranger = parseDailyReport(mail({ subject, from: 'tamu@gmail.com' }), config);
    expect(problems(stranger)).toEqual([
      expect.stringContaining('alamat pengirim tamu@gmail.com tidak terdaftar pada unit mana pun'),
    ]);
    const both = parseDailyReport(mail({ subject, from: 'sari@bangka.go.id' }), config);
    expect(problems(both)[0]).toContain('beberapa unit (Dinas Kominfo, Bappeda)');
  });

  it('says the Unit table is empty instead of blaming the sender', () => {
    const none: DailyConfig = { ...config, units: [] };
    expect(problems(parseDailyReport(mail(), none))[0]).toContain('tabel Unit masih kosong');
  });
});

describe('parseDailyReport: bodies as people send them', () => {
  it('ignores quoted history in a reply (Gmail, Indonesian)', () => {
    const text = [
      'Ringkasan: Laporan perbaikan, angka capaian dikoreksi.',
      'Prioritas: Tinggi',
      '',
      'Pada Sen, 23 Nov 2026 pukul 08.00 Budi Santoso <budi@bangka.go.id>',
      'menulis:',
      '> Ringkasan:',
      '> Versi lama.',
      '> Prioritas: Rendah',
    ].join('\n');
    const r = report(parseDailyReport(mail({ subject: `Re: ${SUBJECT}`, text }), config));
    expect(r.sections).toEqual({ Ringkasan: 'Laporan perbaikan, angka capaian dikoreksi.' });
    expect(r.priority).toBe('Tinggi');
  });

  it('does not take a quoted report as the reply’s own (On … wrote:)', () => {
    const text =
      'Terima kasih, diterima.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Budi wrote:\n> Ringkasan: Rapat\n> Prioritas: Tinggi';
    const found = problems(
      parseDailyReport(
        mail({ subject: `Re: ${SUBJECT}`, text, from: 'koordinator@bangka.go.id' }),
        config,
      ),
    );
    expect(found).toContain(
      'Bagian Ringkasan wajib diisi: judul "Ringkasan:" tidak ditemukan di badan email.',
    );
    expect(found).toContainEqual(expect.stringContaining('Prioritas belum diisi'));
  });

  it('takes the forwarded report when the forwarder adds a note (Gmail)', () => {
    const text = [
      'Mohon maaf, laporan kemarin tertahan di draf.',
      '',
      '---------- Forwarded message ---------',
      'From: Budi Santoso <budi@bangka.go.id>',
      'Date: Mon, 23 Nov 2026 at 15.10',
      'Subject: [LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
      'To: <koordinator@bangka.go.id>',
      '',
      'Ringkasan:',
      'Monitoring email kedinasan.',
      'Prioritas: Rendah',
    ].join('\n');
    const r = report(parseDailyReport(mail({ subject: `Fwd: ${SUBJECT}`, text }), config));
    expect(r.sections).toEqual({ Ringkasan: 'Monitoring email kedinasan.' });
    expect(r.priority).toBe('Rendah');
  });

  it('takes the forwarded report from Outlook (FW:, header block under a rule)', () => {
    const text = [
      'Diteruskan.',
      '',
      '________________________________',
      'Dari: Budi Santoso <budi@bangka.go.id>',
      'Dikirim: Senin, 23 November 2026 15.10',
      'Kepada: Koordinator',
      'Subjek: [LAPORAN HARIAN] Dinas Kominfo — 23 November 2026',
      '',
      'RINGKASAN',
      'Konfigurasi smartphone pegawai.',
      'Prioritas: tinggi',
    ].join('\n');
    const r = report(parseDailyReport(mail({ subject: `FW: ${SUBJECT}`, text }), config));
    expect(r.sections.Ringkasan).toBe('Konfigurasi smartphone pegawai.');
    expect(r.priority).toBe('Tinggi');
  });

  it('reads an HTML-only report: blocks, entities, lists; drops scripts, styles and the quote', () => {
    const html = [
      '<html><head><style>p { color: red }</style><title>Laporan</title></head><body>',
      '<div dir="ltr"><p>Yth. Koordinator,</p>',
      '<p><b>Ringkasan:</b><br>Rapat &amp; koordinasi &quot;SPBE&quot;&nbsp;tahap&#160;2 &#x2014; selesai</p>',
      '<p><strong>Capaian:</strong></p><ul><li>Akun &lt;admin&gt; dibuat</li><li>Panduan dicetak</li></ul>',
      '<script>alert("Kendala: bukan teks")</script>',
      '<p><b>Prioritas:</b> Tinggi</p></div>',
      '<div class="gmail_quote"><div class="gmail_attr">Pada Jum, 20 Nov 2026 Budi menulis:<br></div>',
      '<blockquote class="gmail_quote"><p>Ringkasan: laporan lama</p><p>Prioritas: Rendah</p></blockquote></div>',
      '</body></html>',
    ].join('');
    const r = report(
      parseDailyReport(mail({ subject: `Re: ${SUBJECT}`, text: undefined, html }), config),
    );
    expect(r.sections).toEqual({
      Ringkasan: 'Rapat & koordinasi "SPBE" tahap 2 — selesai',
      Capaian: '- Akun <admin> dibuat\n- Panduan dicetak',
    });
    expect(r.priority).toBe('Tinggi');
  });

  it.each([
    ['Ringkasan:\nRapat pagi', 'Rapat pagi'],
    ['RINGKASAN\nRapat pagi', 'Rapat pagi'],
    ['**Ringkasan**\nRapat pagi', 'Rapat pagi'],
    ['**Ringkasan:** Rapat pagi', 'Rapat pagi'],
    ['1. Ringkasan\nRapat pagi', 'Rapat pagi'],
    ['A. Ringkasan : Rapat pagi', 'Rapat pagi'],
    ['## Ringkasan Kegiatan\nRapat pagi', 'Rapat pagi'],
    ['Ringkasan - Rapat pagi', 'Rapat pagi'],
    ['Ringkasan:\n\n\nRapat pagi\n\n\n\nLanjut siang\n\n', 'Rapat pagi\n\nLanjut siang'],
  ])('reads the heading in %j', (text, ringkasan) => {
    const r = report(parseDailyReport(mail({ text: `${text}\nPrioritas: Sedang` }), config));
    expect(r.sections.Ringkasan).toBe(ringkasan);
  });

  it('maps aliases to the canonical section and keeps signatures out', () => {
    const text = [
      'Ringkasan: Rapat',
      'Hambatan:',
      'Listrik padam.',
      'Rencana Kerja:',
      'Evaluasi.',
      'Lampiran:',
      'daftar-hadir.pdf',
      'Prioritas: Sedang',
      '',
      'Demikian laporan ini kami sampaikan.',
      'Salam,',
      'Budi',
      '-- ',
      'Dikirim dari ponsel saya',
    ].join('\n');
    const r = report(parseDailyReport(mail({ text }), config));
    expect(r.sections).toEqual({
      Ringkasan: 'Rapat',
      Kendala: 'Listrik padam.',
      'Rencana Besok': 'Evaluasi.',
      Lampiran: 'daftar-hadir.pdf',
    });
  });

  it('keeps a list of letters received ("Dari: … Tanggal: … Perihal: …") inside the section', () => {
    const text = [
      'Ringkasan: Surat masuk hari ini:',
      'Dari: Kementerian Kominfo',
      'Tanggal: 20 November 2026',
      'Perihal: Undangan rapat SPBE',
      'Prioritas: Sedang',
    ].join('\n');
    const r = report(parseDailyReport(mail({ text }), config));
    expect(r.sections.Ringkasan).toBe(
      'Surat masuk hari ini:\nDari: Kementerian Kominfo\nTanggal: 20 November 2026\nPerihal: Undangan rapat SPBE',
    );
  });

  it('lists attachment names, leaving out signature logos', () => {
    const attachments = [
      { filename: 'image001.png', mimeType: 'image/png', size: 3_000 },
      { filename: 'daftar-hadir.pdf', mimeType: 'application/pdf', size: 120_000 },
      { filename: 'foto kegiatan.jpg', mimeType: 'image/jpeg', size: 900_000 },
    ];
    expect(report(parseDailyReport(mail({ attachments }), config)).attachments).toEqual([
      'daftar-hadir.pdf',
      'foto kegiatan.jpg',
    ]);
  });
});

describe('parseDailyReport: what must be fixed', () => {
  it('requires Ringkasan: missing heading and empty heading are told apart', () => {
    const missing = problems(
      parseDailyReport(mail({ text: 'Capaian: 3 OPD\nPrioritas: Tinggi' }), config),
    );
    expect(missing).toEqual([
      'Bagian Ringkasan wajib diisi: judul "Ringkasan:" tidak ditemukan di badan email.',
    ]);
    const empty = problems(
      parseDailyReport(mail({ text: 'Ringkasan:\n…\nCapaian: 3 OPD\nPrioritas: Tinggi' }), config),
    );
    expect(empty).toEqual(['Bagian Ringkasan wajib diisi: isinya masih kosong.']);
  });

  it('names an unknown priority and the allowed ones', () => {
    const text = 'Ringkasan: Rapat\nPrioritas: Urgent';
    expect(problems(parseDailyReport(mail({ text }), config))).toEqual([
      'Prioritas "Urgent" tidak dikenal; pilih salah satu: "Tinggi", "Sedang" atau "Rendah".',
    ]);
  });

  it('does not pick a priority for a sender who left all three', () => {
    const text = 'Ringkasan: Rapat\nPrioritas: Tinggi | Sedang | Rendah';
    expect(problems(parseDailyReport(mail({ text }), config))[0]).toContain('belum dipilih');
  });

  it.each([
    'Prioritas: TINGGI',
    'Prioritas : tinggi.',
    'Prioritas:\nTinggi',
    'Prioritas: Tinggi - segera',
  ])('accepts %j as Tinggi', (line) => {
    const r = report(parseDailyReport(mail({ text: `Ringkasan: Rapat\n${line}` }), config));
    expect(r.priority).toBe('Tinggi');
  });

  it('lists every problem of an unfilled template at once', () => {
    const html = dailyReportHtml('Dinas Kominfo');
    const found = problems(parseDailyReport(mail({ text: '', html }), config));
    expect(found).toEqual([
      'Prioritas "Tinggi | Sedang | Rendah" belum dipilih: sisakan satu saja, "Tinggi", "Sedang" atau "Rendah".',
      'Bagian Ringkasan wajib diisi: isinya masih kosong.',
    ]);
  });

  it('accepts the template once filled in', () => {
    const html = dailyReportHtml('Dinas Kominfo')
      .replace('<b>Ringkasan:</b><br>…', '<b>Ringkasan:</b><br>Rapat koordinasi')
      .replace('Tinggi | Sedang | Rendah', 'Sedang');
    const r = report(parseDailyReport(mail({ text: '', html }), config));
    expect(r.sections).toEqual({ Ringkasan: 'Rapat koordinasi' });
    expect(r.priority).toBe('Sedang');
  });
});

describe('looksLikeDailyReport', () => {
  it.each([
    ['[LAPORAN HARIAN] Diskominfo — 23 November 2026', true],
    ['Re: Fwd: [laporan harian] x', true],
    ['Laporan-Harian Bappeda', true],
    ['Bappeda | Laporan Harian | 23/11/2026', true],
    ['Pertanyaan tentang laporan harian', false],
    ['Laporan bulanan Diskominfo', false],
    ['', false],
  ])('%j → %s', (subject, expected) => {
    expect(looksLikeDailyReport(subject, config)).toBe(expected);
  });

  // Reminders reach unit members, who may be the coordinator: the ingestion and the message
  // card must not take them for a report with problems.
  it.each(Object.values(SYSTEM_SUBJECT_TAGS))('not the add-on’s own mail: [%s]', (tag) => {
    for (const prefix of ['', 'Fwd: ', 'RE: FW: ']) {
      const subject = `${prefix}[${tag}] Bappeda — 23 November 2026 belum diterima`;
      expect(looksLikeDailyReport(subject, config)).toBe(false);
      expect(parseDailyReport(mail({ subject }), config).ok).toBe(false);
    }
  });
});

describe('checkDailyConfig', () => {
  it('accepts the default configuration and the test units', () => {
    expect(checkDailyConfig(DEFAULT_DAILY_CONFIG)).toEqual([]);
    expect(checkDailyConfig(config)).toEqual([]);
  });

  it('reports a name two units share, a bad cutoff and an unknown zone', () => {
    const bad: DailyConfig = {
      ...config,
      cutoff: '25:00',
      timeZone: 'Asia/Bangka',
      units: [...config.units, { code: 'X', name: 'Diskominfo Lama', aliases: ['Dinas Kominfo'] }],
    };
    expect(checkDailyConfig(bad)).toEqual([
      'Batas waktu "25:00" tidak valid; tulis jam:menit, mis. 16:00.',
      'Zona waktu "Asia/Bangka" tidak dikenal; isi misalnya Asia/Jakarta.',
      'Nama/alias "Dinas Kominfo" dipakai oleh unit Dinas Kominfo dan Diskominfo Lama.',
    ]);
  });
});

describe('template from the config', () => {
  it('writes the configured sections, priorities and tag', () => {
    const custom: DailyConfig = {
      ...config,
      subjectTag: 'EMAIL DAILY',
      sections: [{ name: 'Kegiatan <Utama>', required: true }],
      priorities: ['Segera', 'Biasa'],
    };
    const html = dailyReportHtml('Dinas Kominfo', custom);
    expect(html).toContain('<b>Kegiatan &lt;Utama&gt;:</b>');
    expect(html).toContain('Segera | Biasa');
    expect(html).not.toContain('Ringkasan');
    expect(
      dailyReportSubject('Bappeda', new Date('2026-11-23T03:00:00Z'), 'Asia/Jakarta', custom),
    ).toBe('[EMAIL DAILY] Bappeda — 23 November 2026');
  });
});

// ---- robustness ------------------------------------------------------------------------

/** Pieces that exercise every branch of the parser, glued at random. */
const FRAGMENTS = [
  '<',
  '>',
  '</',
  '<!--',
  '-->',
  '<br>',
  '<p>',
  '</p>',
  '<blockquote>',
  '<script>',
  '</script>',
  '<li>',
  '&#',
  '&#x1F600;',
  '&#0;',
  '&#99999999;',
  '&amp;',
  '\n',
  '\r\n',
  ' ',
  '> ',
  'Pada ',
  ' menulis:',
  'On ',
  ' wrote:',
  '---------- Forwarded message ---------',
  '-----Original Message-----',
  '________________________________',
  'From: a@b\n',
  'Sent: x\n',
  'Subject: y\n',
  'Ringkasan:',
  'RINGKASAN',
  '**Kendala**',
  '1. ',
  'Prioritas:',
  'Tinggi',
  ' | ',
  '[LAPORAN HARIAN]',
  'Re:',
  'Fwd:',
  'Re[2]:',
  'Diskominfo',
  'Dinas Kominfo',
  ' — ',
  ' - ',
  '31/02/2026',
  '23/11/2026',
  '2026-11-23',
  '23',
  'Nov',
  'Senin,',
  "Jum'at",
  '2026',
  '@',
  '=',
  '+',
  '-',
  'terlampir',
  'Salam,',
  '-- ',
  '\u200b',
  '\u00a0',
  '\ud800',
  'İ',
];

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
);

const hostileMail = fc.oneof(
  fc.record({
    messageId: fc.oneof(hostileText, fc.anything()),
    from: fc.oneof(hostileText, fc.anything()),
    to: fc.oneof(fc.array(hostileText), fc.anything()),
    cc: fc.oneof(fc.array(hostileText), hostileText, fc.anything()),
    subject: fc.oneof(hostileText, fc.anything()),
    receivedAt: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    text: fc.oneof(hostileText, fc.anything()),
    html: fc.oneof(hostileText, fc.anything()),
    attachments: fc.oneof(
      fc.array(fc.record({ filename: hostileText, mimeType: hostileText, size: fc.anything() })),
      fc.anything(),
    ),
  }),
  fc.anything(),
);

describe('parseDailyReport never throws', () => {
  it('on random and hostile mails, and what it accepts is well-formed (property)', () => {
    const units = new Set(config.units.map((u) => u.name));
    const sections = new Set(config.sections.map((s) => s.name));
    fc.assert(
      fc.property(hostileMail, (input) => {
        const result = parseDailyReport(input as IncomingMail, config);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p).toBe('string');
          return;
        }
        expect(result.report.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(units.has(result.report.unit)).toBe(true);
        expect(config.priorities).toContain(result.report.priority);
        for (const [name, text] of Object.entries(result.report.sections)) {
          expect(sections.has(name)).toBe(true);
          expect(text.trim()).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('on reports built from real pieces, which it mostly accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', 'Re: ', 'Fwd: ', 'RE: FW: '),
        fc.constantFrom('[LAPORAN HARIAN]', 'Laporan Harian -', '[laporan  harian]'),
        fc.constantFrom('Diskominfo', 'Dinas Kominfo', 'BAPPEDA', 'Bagian Umum'),
        fc.constantFrom('—', '–', '-', '|', ':'),
        fc.constantFrom('23/11/2026', 'Senin, 23 Nov 2026', '2026-11-23', '23 November 2026'),
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }).map((p) => p.join('')),
        (prefix, tag, unit, sep, date, noise) => {
          const text = `Ringkasan: Rapat ${noise.replace(/\n/g, ' ')}\nPrioritas: Rendah`;
          const result = parseDailyReport(
            mail({ subject: `${prefix}${tag} ${unit} ${sep} ${date}`, text }),
            config,
          );
          if (result.ok) accepted++;
        },
      ),
      { numRuns: 300 },
    );
    // Noise such as "Ringkasan:" or a quote marker in the text can legitimately break a
    // report; most of these are well-formed, and a parser that rejects them all is broken.
    expect(accepted).toBeGreaterThan(150);
  });

  it.each([
    ['a megabyte of "<"', { html: '<'.repeat(1_000_000) }],
    ['an unclosed tag before a megabyte', { html: `<a${' x'.repeat(500_000)}` }],
    ['a megabyte of "<b>"', { html: '<b>'.repeat(350_000) }],
    ['unclosed scripts', { html: '<script>'.repeat(120_000) }],
    ['a megabyte of "</"', { html: '</'.repeat(500_000) }],
    ['a megabyte of entities', { html: '&#1'.repeat(350_000) }],
    ['a megabyte of quote markers', { text: '> '.repeat(500_000) }],
    ['a megabyte without a newline', { text: 'Ringkasan: '.padEnd(1_000_000, 'x') }],
    ['a megabyte of spaces', { text: ' '.repeat(1_000_000) }],
    ['a megabyte of blank lines', { text: '\n'.repeat(1_000_000) }],
    ['a megabyte of "@"', { from: '@'.repeat(1_000_000), text: 'a@'.repeat(500_000) }],
    ['a megabyte of dots in an address', { from: `a@b${'.'.repeat(1_000_000)}x` }],
    ['a megabyte subject of dates', { subject: '1/1/'.repeat(250_000) }],
    [
      'a megabyte subject of words',
      { subject: `[LAPORAN HARIAN] ${'kominfo dinas '.repeat(75_000)}` },
    ],
    ['a megabyte subject of prefixes', { subject: 'Re: '.repeat(250_000) }],
    ['a megabyte of headings', { text: 'Ringkasan:\n'.repeat(90_000) }],
    ['a megabyte of "On" lines', { text: 'On x\n'.repeat(200_000) }],
    ['a megabyte of rules', { text: '________________________________\n\n'.repeat(30_000) }],
    ['a megabyte of header blocks', { text: 'From: a\n'.repeat(120_000) }],
  ])('completes on %s', (_name, overrides) => {
    const result = parseDailyReport(mail(overrides as Partial<IncomingMail>), config);
    expect(typeof result.ok).toBe('boolean');
  });

  it('parses a megabyte report and keeps all of it', () => {
    const line = 'Monitoring penggunaan email kedinasan di 12 OPD.\n';
    const text = `Ringkasan:\n${line.repeat(21_000)}Prioritas: Sedang`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = report(parseDailyReport(mail({ text }), config));
    expect(r.sections.Ringkasan?.split('\n')).toHaveLength(21_000);
  });
});

describe('sheetSafeReport', () => {
  const FORMULA = /^[=+\-@]/;

  it('escapes report text that Sheets would run as a formula', () => {
    const text =
      'Ringkasan:\n=IMPORTXML("http://x", "//a")\nCapaian:\n- 3 OPD\nKendala: @semua\nPrioritas: Tinggi';
    const raw = report(parseDailyReport(mail({ text }), config));
    // The parser keeps the text as written (readable in the CLI and checklist)…
    expect(raw.sections.Capaian).toBe('- 3 OPD');
    // …and the sheet gets it escaped.
    const safe = sheetSafeReport(raw);
    expect(safe.sections).toEqual({
      Ringkasan: `'=IMPORTXML("http://x", "//a")`,
      Capaian: `'- 3 OPD`,
      Kendala: `'@semua`,
    });
  });

  it('cuts text that would not fit in one cell, with a visible mark', () => {
    const text = `Ringkasan:\n${'x'.repeat(SHEET_CELL_LIMIT + 10)}\nPrioritas: Tinggi`;
    const safe = sheetSafeReport(report(parseDailyReport(mail({ text }), config)));
    expect(safe.sections.Ringkasan?.length).toBeLessThanOrEqual(SHEET_CELL_LIMIT);
    expect(safe.sections.Ringkasan?.endsWith('(dipotong)')).toBe(true);
  });

  it('keeps a section named like an object key a section', () => {
    const r: DailyReport = JSON.parse(
      '{"messageId":"m","from":"a@b","unit":"U","unitCode":"U","date":"2026-11-23","priority":"Tinggi","sections":{"__proto__":"=1+1"},"attachments":[]}',
    );
    expect(Object.entries(sheetSafeReport(r).sections)).toEqual([['__proto__', "'=1+1"]]);
  });

  const anyReport: fc.Arbitrary<DailyReport> = fc.record({
    messageId: hostileText,
    from: hostileText,
    unit: hostileText,
    unitCode: hostileText,
    date: hostileText,
    priority: hostileText,
    sections: fc.dictionary(fc.string(), hostileText),
    attachments: fc.array(hostileText),
  });

  const cells = (r: DailyReport) => [
    r.messageId,
    r.from,
    r.unit,
    r.unitCode,
    r.date,
    r.priority,
    ...Object.values(r.sections),
    ...r.attachments,
  ];

  it('never lets a cell start a formula, and changes nothing else (property)', () => {
    fc.assert(
      fc.property(anyReport, (r) => {
        const safe = sheetSafeReport(r);
        const before = cells(r);
        const after = cells(safe);
        expect(after).toHaveLength(before.length);
        after.forEach((cell, i) => {
          expect(FORMULA.test(cell)).toBe(false);
          expect(cell).toBe(sheetSafe(before[i] ?? ''));
        });
      }),
    );
  });

  it('makes every parsed report safe, whatever the mail (property)', () => {
    const formulaStart = fc.constantFrom('=', '+', '-', '@', '=SUM(1)', '- ', '');
    fc.assert(
      fc.property(formulaStart, hostileText, formulaStart, (lead, body, attachment) => {
        const text = `Ringkasan:\n${lead}${body}\nCapaian: ${lead}x\nPrioritas: Tinggi`;
        const attachments = [
          { filename: `${attachment}laporan.pdf`, mimeType: 'application/pdf', size: 1 },
        ];
        const result = parseDailyReport(
          mail({ text, attachments, messageId: `${lead}id` }),
          config,
        );
        if (!result.ok) return;
        for (const cell of cells(sheetSafeReport(result.report))) {
          expect(FORMULA.test(cell)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
