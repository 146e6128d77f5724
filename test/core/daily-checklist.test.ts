import { type ChecklistItem, preSendChecklist } from '../../src/core/daily/checklist';
import { type DailyConfig, DEFAULT_DAILY_CONFIG } from '../../src/core/daily/config';
import { isLate, reportDeadline } from '../../src/core/daily/late';
import type { IncomingMail } from '../../src/core/daily/parse/index';
import { createWorkCalendar } from '../../src/core/workdays';

const config: DailyConfig = {
  ...DEFAULT_DAILY_CONFIG,
  units: [
    {
      code: 'KOMINFO',
      name: 'Dinas Kominfo',
      aliases: ['Diskominfo'],
      headEmail: 'kadis.kominfo@bangka.go.id',
      members: ['budi@bangka.go.id'],
    },
    { code: 'UMUM', name: 'Bagian Umum', aliases: [] },
  ],
};

// 2026: 23 November is a Monday; 24 December is cuti bersama, 25 December Christmas.
const calendar = createWorkCalendar({
  holidays: [
    { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', kind: 'cuti-bersama' },
    { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'nasional' },
  ],
});

/** Monday 23 November 2026, 10:00 WIB. */
const MONDAY = new Date('2026-11-23T03:00:00Z');

const BODY = 'Ringkasan:\nRapat koordinasi SPBE.\n\nLampiran:\n…\n\nPrioritas: Tinggi';

function draft(overrides: Partial<IncomingMail> = {}): IncomingMail {
  return {
    messageId: '',
    from: 'Budi <budi@bangka.go.id>',
    to: ['koordinator@bangka.go.id'],
    cc: ['Kepala Dinas <kadis.kominfo@bangka.go.id>'],
    subject: '[LAPORAN HARIAN] Diskominfo — 23 November 2026',
    receivedAt: MONDAY.getTime(),
    text: BODY,
    ...overrides,
  };
}

function check(
  overrides: Partial<IncomingMail> = {},
  now = MONDAY,
  approvalRecorded = false,
): Record<string, ChecklistItem> {
  const items = preSendChecklist({
    mail: draft(overrides),
    config,
    calendar,
    now,
    approvalRecorded,
  });
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

describe('preSendChecklist', () => {
  it('passes a complete draft, item by item, with Indonesian labels', () => {
    const items = preSendChecklist({ mail: draft(), config, calendar, now: MONDAY });
    expect(items.map((i) => [i.id, i.label, i.ok])).toEqual([
      ['subjek', 'Subjek sesuai format', true],
      ['kepalaUnit', 'Kepala unit di CC', true],
      ['tanggal', 'Tanggal laporan', true],
      ['prioritas', 'Prioritas dipilih', true],
      ['isiWajib', 'Bagian wajib terisi', true],
      ['lampiran', 'Lampiran disertakan', true],
    ]);
    expect(items.find((i) => i.id === 'tanggal')?.detail).toBe(
      'Laporan untuk hari ini, Senin, 23 November 2026.',
    );
    expect(items.find((i) => i.id === 'kepalaUnit')?.detail).toBe(
      'Kepala unit (kadis.kominfo@bangka.go.id) ada di CC.',
    );
  });

  describe('tanggal', () => {
    it('refuses a weekend date and says which day it is', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Diskominfo — 22 November 2026' }).tanggal;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toBe(
        'Minggu, 22 November 2026 adalah hari Minggu, bukan hari kerja; laporan harian dibuat untuk hari kerja. Periksa tanggal pada subjek.',
      );
    });

    it('refuses a holiday from the calendar and names it', () => {
      const christmas = new Date('2026-12-25T03:00:00Z');
      const item = check(
        { subject: '[LAPORAN HARIAN] Diskominfo — 25/12/2026' },
        christmas,
      ).tanggal;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toContain('hari libur (Hari Raya Natal)');
    });

    it('accepts Friday on Monday: the previous working day lies over the weekend', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Diskominfo — Jumat, 20 Nov 2026' }).tanggal;
      expect(item).toMatchObject({
        ok: true,
        detail: 'Laporan untuk hari kerja sebelumnya, Jumat, 20 November 2026.',
      });
    });

    it('accepts the day before cuti bersama and Christmas on the Monday after', () => {
      const monday = new Date('2026-12-28T02:00:00Z');
      const wednesday = check({ subject: '[LAPORAN HARIAN] Diskominfo — 23/12/2026' }, monday);
      expect(wednesday.tanggal?.ok).toBe(true);
    });

    it('refuses a date older than the previous working day and gives both allowed dates', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Diskominfo — 19/11/2026' }).tanggal;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toBe(
        'Tanggal Kamis, 19 November 2026 sudah lewat: laporan dikirim untuk hari ini (Senin, 23 November 2026) atau hari kerja sebelumnya (Jumat, 20 November 2026).',
      );
    });

    it('refuses a date that has not come yet', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Diskominfo — 24/11/2026' }).tanggal;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toContain('belum tiba');
    });

    it('uses the WIB day, not the server day', () => {
      // 17:30 UTC on Monday is already Tuesday 00:30 in Jakarta.
      const lateMonday = new Date('2026-11-23T17:30:00Z');
      const tuesday = check({ subject: '[LAPORAN HARIAN] Diskominfo — 24/11/2026' }, lateMonday);
      expect(tuesday.tanggal?.detail).toBe('Laporan untuk hari ini, Selasa, 24 November 2026.');
    });

    it('catches a day name that does not match the date', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Diskominfo — Selasa, 23 Nov 2026' }).tanggal;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toContain('"Selasa" tidak cocok');
      expect(item?.detail).toContain('Senin, 23 November 2026');
    });

    it('passes on the parser’s problem for an impossible date', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Diskominfo — 31/02/2026' }).tanggal;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toContain('"31/02/2026"');
    });
  });

  describe('kepalaUnit', () => {
    it('fails without the head in CC and names the address to add', () => {
      const item = check({ cc: [] }).kepalaUnit;
      expect(item).toEqual({
        id: 'kepalaUnit',
        label: 'Kepala unit di CC',
        ok: false,
        detail:
          'Tambahkan kepala unit Dinas Kominfo (kadis.kominfo@bangka.go.id) pada CC, atau catat persetujuannya sebelum mengirim.',
      });
    });

    it('passes with the approval recorded instead', () => {
      const item = check({ cc: [] }, MONDAY, true).kepalaUnit;
      expect(item).toMatchObject({ ok: true, detail: 'Persetujuan kepala unit sudah dicatat.' });
    });

    it('passes with the head among the recipients, in any case', () => {
      const item = check({
        cc: [],
        to: ['koordinator@bangka.go.id, KADIS.Kominfo@Bangka.go.id'],
      }).kepalaUnit;
      expect(item).toMatchObject({ ok: true, detail: expect.stringContaining('Kepada') });
    });

    it('passes when the head sends the report', () => {
      const item = check({ cc: [], from: 'kadis.kominfo@bangka.go.id' }).kepalaUnit;
      expect(item?.ok).toBe(true);
    });

    it('tells the admin to fill in the head of a unit that has none', () => {
      const item = check({ subject: '[LAPORAN HARIAN] Bagian Umum — 23/11/2026' }).kepalaUnit;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toContain('Email kepala unit Bagian Umum belum ada di tabel Unit');
    });

    it('cannot check the head of an unknown unit', () => {
      const items = check({ subject: '[LAPORAN HARIAN] Dinas Pariwisata — 23/11/2026' });
      expect(items.subjek?.ok).toBe(false);
      expect(items.subjek?.detail).toContain('"Dinas Pariwisata"');
      expect(items.kepalaUnit?.ok).toBe(false);
    });
  });

  describe('lampiran', () => {
    it('fails when the body says "terlampir" and nothing is attached', () => {
      const text = `${BODY}\nDaftar hadir terlampir.`.replace(
        'Rapat koordinasi SPBE.',
        'Rapat koordinasi SPBE, daftar hadir terlampir.',
      );
      const item = check({ text }).lampiran;
      expect(item).toEqual({
        id: 'lampiran',
        label: 'Lampiran disertakan',
        ok: false,
        detail:
          'Badan email menyebut "terlampir", tetapi belum ada berkas yang dilampirkan; lampirkan berkasnya (atau tautan Google Drive), atau hapus kalimat itu.',
      });
    });

    it('passes once the file is attached, and lists it', () => {
      const text = BODY.replace('Rapat koordinasi SPBE.', 'Rapat, daftar hadir terlampir.');
      const attachments = [{ filename: 'daftar-hadir.pdf', mimeType: 'application/pdf', size: 1 }];
      expect(check({ text, attachments }).lampiran).toMatchObject({
        ok: true,
        detail: 'Terlampir: daftar-hadir.pdf.',
      });
    });

    it('does not count a signature logo as the attachment', () => {
      const text = BODY.replace('Rapat koordinasi SPBE.', 'Foto kegiatan dilampirkan.');
      const attachments = [{ filename: 'image001.png', mimeType: 'image/png', size: 1 }];
      expect(check({ text, attachments }).lampiran?.ok).toBe(false);
    });

    it('fails when the Lampiran section lists files that are not attached', () => {
      const text = BODY.replace('Lampiran:\n…', 'Lampiran:\nundangan.pdf');
      const item = check({ text }).lampiran;
      expect(item?.ok).toBe(false);
      expect(item?.detail).toContain('Bagian Lampiran berisi "undangan.pdf"');
    });

    it.each([
      ['the empty Lampiran heading of the template', BODY],
      ['"Lampiran: tidak ada"', BODY.replace('Lampiran:\n…', 'Lampiran: tidak ada')],
      ['"tanpa lampiran"', BODY.replace('Rapat koordinasi SPBE.', 'Rapat, tanpa lampiran.')],
      [
        'an English "attached" with a Drive link',
        `${BODY}\nSlides attached: https://drive.google.com/file/d/x`,
      ],
    ])('passes with %s', (_case, text) => {
      expect(check({ text }).lampiran?.ok).toBe(true);
    });
  });

  it('reports a missing priority and an empty Ringkasan as the parser does', () => {
    const items = check({ text: 'Ringkasan:\n…\nCapaian: 3 OPD' });
    expect(items.prioritas).toMatchObject({
      ok: false,
      detail: expect.stringContaining('Prioritas belum diisi'),
    });
    expect(items.isiWajib).toMatchObject({
      ok: false,
      detail: 'Bagian Ringkasan wajib diisi: isinya masih kosong.',
    });
  });

  it('flags a subject without the tag', () => {
    const items = check({ subject: 'Diskominfo 23/11/2026' });
    expect(items.subjek?.ok).toBe(false);
    expect(items.subjek?.detail).toContain('awali dengan "[LAPORAN HARIAN]"');
  });
});

describe('isLate', () => {
  const wib = (local: string) => Date.parse(`${local}+07:00`);

  it('is on time up to the cutoff of the report day, inclusive', () => {
    expect(isLate('2026-11-23', wib('2026-11-23T16:00:00'), config, calendar)).toBe(false);
    expect(isLate('2026-11-23', wib('2026-11-23T16:00:01'), config, calendar)).toBe(true);
    expect(isLate('2026-11-23', wib('2026-11-24T08:00:00'), config, calendar)).toBe(true);
  });

  it('reads the cutoff on the WIB clock, whatever the server zone', () => {
    expect(reportDeadline('2026-11-23', config, calendar)).toBe(Date.parse('2026-11-23T09:00:00Z'));
    const early = { ...config, cutoff: '09.30' };
    expect(isLate('2026-11-23', wib('2026-11-23T09:45:00'), early, calendar)).toBe(true);
  });

  it('gives a Saturday report until the cutoff of Monday', () => {
    expect(isLate('2026-11-21', wib('2026-11-23T10:00:00'), config, calendar)).toBe(false);
    expect(isLate('2026-11-21', wib('2026-11-23T16:30:00'), config, calendar)).toBe(true);
  });

  it('gives a report dated on cuti bersama until the next working day after the holidays', () => {
    expect(reportDeadline('2026-12-24', config, calendar)).toBe(wib('2026-12-28T16:00:00'));
  });

  it('refuses a date that is not YYYY-MM-DD instead of guessing', () => {
    expect(() => isLate('23/11/2026', 0, config, calendar)).toThrow(RangeError);
    expect(() => isLate('2026-02-31', 0, config, calendar)).toThrow(RangeError);
  });
});
