import { JSDOM } from 'jsdom';
import { agendaHarianHtml } from '../../src/core/agenda/daily-agenda';
import type { AgendaItem } from '../../src/core/agenda/item';
import type { AgendaRecord } from '../../src/core/agenda/record';
import { UserError } from '../../src/core/errors';
import { agendaRecord } from '../fixtures/agenda-records';

const wib = (local: string) => Date.parse(`${local}:00+07:00`);

const record = (id: string, over: Partial<AgendaItem>): AgendaRecord =>
  agendaRecord({
    id,
    start: wib('2026-03-23T09:00'),
    end: wib('2026-03-23T10:00'),
    leaders: ['Bupati'],
    status: 'DIPUBLIKASIKAN',
    ...over,
  });

// Monday 23 March 2026, the Bupati's day.
const REGISTER: AgendaRecord[] = [
  record('rapat', {
    title: 'Rapat <script>alert("x")</script> & evaluasi',
    start: wib('2026-03-23T09:00'),
    end: wib('2026-03-23T11:00'),
    location: { venue: 'Gedung rapat', desa: 'Sukamaju', kecamatan: 'Kota' },
    unit: 'Dinas Kominfo',
    pic: { name: 'Budi Santoso', phone: '081234567890', email: 'budi@kab.go.id' },
    notes: 'Bawa laporan\nTriwulan I',
  }),
  record('pagi', {
    title: 'Apel pagi',
    activityType: 'Rapat',
    status: 'DIJADWALKAN',
    start: wib('2026-03-23T07:00'),
    end: wib('2026-03-23T08:00'),
  }),
  // 06:30 WIB is still Sunday in UTC: it belongs to Monday's page.
  record('subuh', {
    title: 'Senam bersama',
    start: wib('2026-03-23T06:30'),
    end: wib('2026-03-23T06:55'),
  }),
  record('mewakili', {
    title: 'Musrenbang Kecamatan',
    leaders: ['Sekda'],
    delegate: 'Bupati',
    status: 'DIWAKILKAN',
    start: wib('2026-03-23T13:00'),
    end: wib('2026-03-23T14:00'),
  }),
  record('diwakili', {
    title: 'Peresmian Jembatan',
    delegate: 'Wakil Bupati',
    status: 'DIWAKILKAN',
    start: wib('2026-03-23T15:00'),
    end: wib('2026-03-23T16:00'),
  }),
  record('batal', { title: 'Kunjungan batal', status: 'DIBATALKAN' }),
  record('tolak', { title: 'Audiensi ditolak', status: 'DITOLAK' }),
  record('wabup', { title: 'Acara Wakil Bupati', leaders: ['Wakil Bupati'] }),
  record('kemarin', {
    title: 'Pengajian malam Senin',
    start: wib('2026-03-22T20:00'),
    end: wib('2026-03-22T21:00'),
  }),
  // 00:30 WIB on Tuesday is still Monday in UTC: not on Monday's page.
  record('besok', {
    title: 'Keberangkatan dini hari',
    start: wib('2026-03-24T00:30'),
    end: wib('2026-03-24T02:00'),
  }),
];

const html = (over: Partial<Parameters<typeof agendaHarianHtml>[0]> = {}) =>
  agendaHarianHtml({
    instansi: 'Pemerintah Kabupaten Contoh & Bagian Protokol',
    leader: 'Bupati',
    date: '2026-03-23',
    records: REGISTER,
    locationOf: (item) => `${item.location.venue}, Desa ${item.location.desa}`,
    printedAt: new Date(wib('2026-03-22T16:05')),
    ...over,
  });

const parse = (page: string) => new JSDOM(page).window.document;
/** A cell's text as a reader sees it: one line per visual line. */
const cellText = (td: Element) => {
  const copy = td.cloneNode(true) as Element;
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  return (copy.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n');
};
const rows = (doc: Document) =>
  [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(cellText));
const column = (doc: Document, name: string) => {
  const headers = [...doc.querySelectorAll('thead th')].map((th) => th.textContent);
  const i = headers.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return rows(doc).map((r) => r[i] ?? '');
};

describe('Agenda Harian', () => {
  const doc = parse(html());

  it('is headed with the leader and the long Indonesian date', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('AGENDA HARIAN BUPATI');
    expect(doc.body.textContent).toContain('Senin, 23 Maret 2026');
    expect(doc.body.textContent).toContain('Pemerintah Kabupaten Contoh & Bagian Protokol');
  });

  it("lists only that leader's items of that WIB day, by start time", () => {
    expect(column(doc, 'Waktu')).toEqual([
      '06.30–06.55 WIB',
      '07.00–08.00 WIB',
      '09.00–11.00 WIB',
      '13.00–14.00 WIB',
      '15.00–16.00 WIB',
    ]);
    const kegiatan = column(doc, 'Kegiatan').join(' | ');
    for (const gone of ['batal', 'ditolak', 'Wakil Bupati', 'dini hari', 'malam Senin']) {
      expect(kegiatan).not.toContain(gone);
    }
  });

  it('marks items not yet confirmed', () => {
    const kegiatan = column(doc, 'Kegiatan');
    expect(kegiatan[1]?.split('\n')).toEqual(['Apel pagi', 'Rapat', '(belum dikonfirmasi)']);
    expect(kegiatan.filter((k) => k.includes('(belum dikonfirmasi)'))).toHaveLength(1);
  });

  it('says who represents whom', () => {
    const keterangan = column(doc, 'Keterangan');
    expect(keterangan[3]).toBe('Mewakili Sekda');
    expect(keterangan[4]).toBe('Diwakili oleh Wakil Bupati');
  });

  it('shows place, organiser with the person in charge and phone, and status', () => {
    expect(column(doc, 'Tempat')[2]).toBe('Gedung rapat, Desa Sukamaju');
    expect(column(doc, 'Penyelenggara / Penanggung jawab')[2]).toBe(
      'Dinas Kominfo\nBudi Santoso, 081234567890',
    );
    expect(column(doc, 'Status')[2]).toBe('Dipublikasikan');
  });

  it('shows user text as text, never as markup', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(column(doc, 'Kegiatan')[2]).toContain('Rapat <script>alert("x")</script> & evaluasi');
    const hostile = parse(
      html({
        leader: 'Bupati',
        instansi: '<img src=x onerror=alert(1)>',
        locationOf: () => '<b>Aula</b>',
      }),
    );
    expect(hostile.querySelectorAll('img, b, script')).toHaveLength(0);
    expect(hostile.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(column(hostile, 'Tempat')[0]).toBe('<b>Aula</b>');
  });

  it('keeps the line breaks of notes', () => {
    expect(column(doc, 'Keterangan')[2]).toBe('Bawa laporan\nTriwulan I');
  });

  it('says "Tidak ada agenda" on an empty day', () => {
    const empty = parse(html({ date: '2026-03-21' }));
    expect(rows(empty)).toEqual([['Tidak ada agenda']]);
  });

  it('shows the dates of an item that runs past midnight', () => {
    const late = record('malam', {
      title: 'Malam tirakatan',
      start: wib('2026-03-23T20:00'),
      end: wib('2026-03-24T02:00'),
    });
    const tuesday = parse(html({ date: '2026-03-24', records: [late] }));
    expect(column(tuesday, 'Waktu')).toEqual(['23 Mar 20.00 – 24 Mar 02.00 WIB']);
  });

  it('prints on A4 with the table header repeated and a dated footer', () => {
    const page = html();
    expect(page).toMatch(/@page\s*{[^}]*size:\s*A4/);
    expect(page).toMatch(/thead\s*{[^}]*display:\s*table-header-group/);
    expect(doc.querySelector('footer')?.textContent).toBe(
      'Dicetak Minggu, 22 Maret 2026 16.05 WIB — cadangan manual PROTOCLOUD',
    );
  });

  it('refuses a date that is not a calendar day', () => {
    expect(() => html({ date: '2026-02-30' })).toThrow(UserError);
    expect(() => html({ date: '23/03/2026' })).toThrow(UserError);
  });
});
