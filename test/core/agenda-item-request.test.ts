import {
  AgendaRequestError,
  parseAgendaTime,
  readAgendaRequest,
} from '../../src/core/agenda/request';
import { toUserMessage, UserError } from '../../src/core/errors';

const SETTINGS = {
  leaders: ['Bupati', 'Wakil Bupati', 'Sekda'],
  activityTypes: ['Peresmian', 'Rapat', 'Kunjungan Kerja'],
};

const VALID = {
  title: '  Peresmian Pasar Baru ',
  activityType: 'peresmian',
  start: '2026-03-02 08:00',
  end: '2026-03-02T10:30:00+07:00',
  venue: 'Pasar Baru',
  desa: 'Sukamaju',
  kecamatan: 'Kota',
  unit: 'Dinas Perdagangan',
  picName: 'Budi',
  picPhone: '0812-3456-7890',
  picEmail: 'Budi@Kab.go.id',
  leaders: 'Bupati, sekda; Bupati',
  invitationNumber: '005/123/Disdag',
  invitationDate: '2026-02-20',
  documents: 'https://drive.google.com/file/d/abc/view\nhttps://docs.google.com/document/d/x',
  guests: 'Camat Kota\nKepala Desa Sukamaju\n',
  notes: 'Mohon sambutan',
};

const problemsOf = (raw: unknown) => {
  try {
    readAgendaRequest(raw, SETTINGS);
  } catch (e) {
    expect(e).toBeInstanceOf(AgendaRequestError);
    return (e as AgendaRequestError).problems;
  }
  throw new Error('expected a validation error');
};

describe('readAgendaRequest', () => {
  test('a valid form becomes a DIAJUKAN item with canonical spellings', () => {
    expect(readAgendaRequest(VALID, SETTINGS)).toEqual({
      id: '',
      title: 'Peresmian Pasar Baru',
      activityType: 'Peresmian',
      start: Date.parse('2026-03-02T01:00:00Z'),
      end: Date.parse('2026-03-02T03:30:00Z'),
      location: { venue: 'Pasar Baru', desa: 'Sukamaju', kecamatan: 'Kota' },
      unit: 'Dinas Perdagangan',
      pic: { name: 'Budi', phone: '081234567890', email: 'budi@kab.go.id' },
      leaders: ['Bupati', 'Sekda'],
      invitation: { number: '005/123/Disdag', date: '2026-02-20' },
      documents: [
        'https://drive.google.com/file/d/abc/view',
        'https://docs.google.com/document/d/x',
      ],
      guests: ['Camat Kota', 'Kepala Desa Sukamaju'],
      notes: 'Mohon sambutan',
      status: 'DIAJUKAN',
    });
  });

  test('optional parts may be left out; arrays and Dates are accepted', () => {
    const item = readAgendaRequest(
      {
        ...VALID,
        id: 'AG-7',
        start: new Date('2026-03-02T01:00:00Z'),
        leaders: ['Wakil Bupati'],
        invitationNumber: '',
        invitationDate: undefined,
        documents: [],
        guests: undefined,
        notes: null,
        picPhone: '+62 812 3456 7890',
      },
      SETTINGS,
    );
    expect(item).toMatchObject({
      id: 'AG-7',
      leaders: ['Wakil Bupati'],
      invitation: null,
      documents: [],
      guests: [],
      notes: '',
      pic: { phone: '+6281234567890' },
    });
  });

  test('the example from the issue: every invalid field, in Indonesian, at once', () => {
    const run = () =>
      readAgendaRequest(
        { ...VALID, title: ' ', end: '2026-03-02 07:00', leaders: ['Bupati', 'Raja'] },
        SETTINGS,
      );
    expect(run).toThrow(UserError);
    expect(run).toThrow(
      'Judul wajib diisi; Waktu selesai harus setelah waktu mulai; Pimpinan "Raja" tidak ada dalam daftar',
    );
    try {
      run();
    } catch (e) {
      expect(toUserMessage(e).message).toMatch(/^Judul wajib diisi/);
      expect((e as UserError).field).toBe('title');
    }
  });

  test('an empty form names every required field', () => {
    expect(problemsOf({}).map((p) => p.message)).toEqual([
      'Judul wajib diisi',
      'Jenis kegiatan wajib diisi',
      'Waktu mulai wajib diisi',
      'Waktu selesai wajib diisi',
      'Tempat wajib diisi',
      'Desa/kelurahan wajib diisi',
      'Kecamatan wajib diisi',
      'Unit penyelenggara wajib diisi',
      'Nama penanggung jawab wajib diisi',
      'Nomor telepon penanggung jawab wajib diisi',
      'Email penanggung jawab wajib diisi',
      'Pimpinan yang terlibat wajib dipilih',
    ]);
  });

  test.each([
    ['activityType', 'Konser', 'Jenis kegiatan "Konser" tidak ada dalam daftar'],
    ['start', '02/03/2026 08:00', 'Waktu mulai tidak valid; tulis seperti 2026-03-02 08:00 (WIB)'],
    ['start', '2026-02-30 08:00', 'Waktu mulai tidak valid; tulis seperti 2026-03-02 08:00 (WIB)'],
    ['end', '2026-03-02 24:00', 'Waktu selesai tidak valid; tulis seperti 2026-03-02 08:00 (WIB)'],
    ['end', '2026-03-02 08:00', 'Waktu selesai harus setelah waktu mulai'],
    ['picPhone', '12345', 'Nomor telepon "12345" tidak valid; tulis seperti 0812-3456-7890'],
    ['picPhone', '0812abc', 'Nomor telepon "0812abc" tidak valid; tulis seperti 0812-3456-7890'],
    ['picEmail', 'budi@', 'Email "budi@" tidak valid'],
    ['leaders', 'Raja', 'Pimpinan "Raja" tidak ada dalam daftar'],
    ['leaders', [], 'Pimpinan yang terlibat wajib dipilih'],
    ['leaders', [3], 'Pimpinan harus berupa daftar teks'],
    ['title', { a: 1 }, 'Judul harus berupa teks'],
    [
      'invitationDate',
      '20-02-2026',
      'Tanggal surat undangan "20-02-2026" tidak valid; tulis seperti 2026-03-02',
    ],
    ['invitationDate', '', 'Tanggal surat undangan wajib diisi bila nomor surat diisi'],
    ['invitationNumber', '', 'Nomor surat undangan wajib diisi bila tanggal surat diisi'],
    [
      'documents',
      'https://dropbox.com/x',
      'Tautan dokumen "https://dropbox.com/x" bukan tautan Google Drive',
    ],
    [
      'documents',
      ['http://drive.google.com/x'],
      'Tautan dokumen "http://drive.google.com/x" bukan tautan Google Drive',
    ],
  ])('%s = %j → %s', (field, value, message) => {
    expect(problemsOf({ ...VALID, [field]: value })).toEqual([{ field, message }]);
  });

  test('blank-looking invitation parts count as missing', () => {
    expect(problemsOf({ ...VALID, invitationNumber: '   ' })).toEqual([
      {
        field: 'invitationNumber',
        message: 'Nomor surat undangan wajib diisi bila tanggal surat diisi',
      },
    ]);
    expect(problemsOf({ ...VALID, invitationDate: ' ' })).toEqual([
      {
        field: 'invitationDate',
        message: 'Tanggal surat undangan wajib diisi bila nomor surat diisi',
      },
    ]);
  });

  test('a form that is not an object is refused', () => {
    expect(() => readAgendaRequest(null, SETTINGS)).toThrow(/tidak terbaca/);
    expect(() => readAgendaRequest(['x'], SETTINGS)).toThrow(UserError);
  });
});

describe('parseAgendaTime', () => {
  test.each([
    ['2026-03-02 08:00', '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T08:00', '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T08:00:30.5', '2026-03-02T01:00:30.500Z'],
    ['2026-03-02T08:00:00Z', '2026-03-02T08:00:00.000Z'],
    ['2026-03-02T08:00:00+0800', '2026-03-02T00:00:00.000Z'],
    ['2026-03-02T08:00:00-03:30', '2026-03-02T11:30:00.000Z'],
    ['2026-03-02 00:30', '2026-03-01T17:30:00.000Z'],
  ])('%s → %s', (input, iso) => {
    expect(new Date(parseAgendaTime(input)).toISOString()).toBe(iso);
  });
  test.each(['', '2026-03-02', '2026-13-01 08:00', 'besok', 42])('%j is not a time', (v) => {
    expect(parseAgendaTime(v)).toBeNaN();
  });
});
