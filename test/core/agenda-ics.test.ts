import fc from 'fast-check';
import ICAL from 'ical.js';
import { agendaIcs } from '../../src/core/agenda/ics-export';
import type { AgendaItem } from '../../src/core/agenda/item';
import type { AgendaRecord } from '../../src/core/agenda/record';
import { AGENDA_STATUSES, type AgendaStatus } from '../../src/core/agenda/status';
import { agendaRecord } from '../fixtures/agenda-records';

const wib = (local: string) => Date.parse(`${local}:00+07:00`);
const NOW = new Date('2026-03-20T03:04:05Z');

const LONG_NOTES =
  'Mohon kehadiran Bapak/Ibu dalam rapat koordinasi percepatan penurunan stunting ' +
  'tingkat kabupaten; agenda: pemaparan data e-PPGBM, evaluasi intervensi spesifik, ' +
  'dan penandatanganan komitmen bersama oleh seluruh camat serta kepala desa 🙏🏽✨ — ' +
  'harap membawa laporan triwulan I.\nCatatan: konsumsi disiapkan oleh panitia.\\akhir';

const record = (id: string, over: Partial<AgendaItem> = {}): AgendaRecord =>
  agendaRecord(
    {
      id,
      title: 'Rapat Koordinasi, Evaluasi; dan "Tindak Lanjut" 📅',
      activityType: 'Rapat, Koordinasi',
      start: wib('2026-03-23T09:00'),
      end: wib('2026-03-23T11:30'),
      location: { venue: 'Aula Bappeda; Lt. 2', desa: 'Sukamaju', kecamatan: 'Kota' },
      unit: 'Bappeda, Bidang Sosial Budaya',
      pic: { name: 'Siti Nurhaliza', phone: '+6281234567890', email: 'siti@kab.go.id' },
      leaders: ['Bupati', 'Sekda'],
      invitation: { number: '005/123/Bappeda/2026', date: '2026-03-16' },
      documents: ['https://drive.google.com/file/d/abc123/view?usp=sharing'],
      notes: LONG_NOTES,
      status: 'DIPUBLIKASIKAN',
      ...over,
    },
    { updatedAt: wib('2026-03-17T10:00') },
  );

const OPTIONS = {
  calendarName: 'Agenda Pimpinan, Kab. Contoh; 2026',
  domain: 'protocloud.kab.go.id',
  now: NOW,
  locationOf: (item: AgendaItem) =>
    `${item.location.venue}, Desa ${item.location.desa}, Kec. ${item.location.kecamatan}`,
  titleOf: (item: AgendaItem) => `[RAPAT] ${item.title} — ${item.unit}`,
};

// X-WR-CALNAME is TEXT by convention (Apple, Google read it unescaped); ical.js treats X-
// properties as opaque, so it is told, as those clients are.
ICAL.design.defaultSet.property['x-wr-calname'] = { defaultType: 'text' };

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) => parse(text).getAllSubcomponents('vevent');
const text = (event: ICAL.Component, name: string) => String(event.getFirstPropertyValue(name));
const time = (event: ICAL.Component, name: string) =>
  (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();

describe('agenda .ics export', () => {
  const A = record('AG-001');
  const ics = agendaIcs([A, record('AG-002', { status: 'DIBATALKAN' })], OPTIONS);

  it('is a VCALENDAR that names itself and its zone', () => {
    const calendar = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(text(calendar, 'prodid')).not.toBe('');
    expect(text(calendar, 'x-wr-calname')).toBe('Agenda Pimpinan, Kab. Contoh; 2026');
    expect(text(calendar, 'x-wr-timezone')).toBe('Asia/Jakarta');
    expect(events(ics)).toHaveLength(2);
  });

  it('keeps every field through a parser, commas, semicolons, newlines and emoji included', () => {
    const [event] = events(ics);
    if (!event) throw new Error('no event');
    expect(text(event, 'uid')).toBe('AG-001@protocloud.kab.go.id');
    expect(time(event, 'dtstart')).toBe(A.item.start);
    expect(time(event, 'dtend')).toBe(A.item.end);
    expect(time(event, 'dtstamp')).toBe(Math.floor(NOW.getTime() / 1000) * 1000);
    expect(text(event, 'summary')).toBe(OPTIONS.titleOf(A.item));
    expect(text(event, 'location')).toBe('Aula Bappeda; Lt. 2, Desa Sukamaju, Kec. Kota');
    expect(event.getFirstProperty('categories')?.getValues()).toEqual(['Rapat, Koordinasi']);
    expect(text(event, 'status')).toBe('CONFIRMED');
    expect(text(event, 'x-protocloud-status')).toBe('DIPUBLIKASIKAN');

    const description = text(event, 'description').split('\n');
    expect(description).toEqual(
      expect.arrayContaining([
        'Penyelenggara: Bappeda, Bidang Sosial Budaya',
        'Penanggung jawab: Siti Nurhaliza, +6281234567890, siti@kab.go.id',
        'Pimpinan: Bupati, Sekda',
        'Status: DIPUBLIKASIKAN',
        'https://drive.google.com/file/d/abc123/view?usp=sharing',
      ]),
    );
    expect(text(event, 'description')).toContain(`Catatan: ${LONG_NOTES}`);
  });

  it('writes times in UTC', () => {
    expect(ics).toContain('\r\nDTSTART:20260323T020000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20260323T043000Z\r\n');
  });

  it('uses CRLF only and folds every line at 75 octets without breaking a character', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const physical = ics.slice(0, -2).split('\r\n');
    expect(physical.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive UTF-8 encoding.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    // The long description really was folded.
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
  });

  it.each([0, 1, 2, 3, 4, 5])('never splits an emoji, whatever text precedes it (%i)', (k) => {
    const title = `${'x'.repeat(k)}${'😀👍🏽🇮🇩'.repeat(20)}`;
    const out = agendaIcs([record('E', { title })], { ...OPTIONS, titleOf: (item) => item.title });
    for (const line of out.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    const [event] = events(out);
    expect(event && text(event, 'summary')).toBe(title);
  });

  it.each(AGENDA_STATUSES.map((s) => [s]))('maps %s to the iCalendar STATUS', (status) => {
    const expected: Partial<Record<AgendaStatus, string>> = {
      DIKONFIRMASI: 'CONFIRMED',
      DIPUBLIKASIKAN: 'CONFIRMED',
      DIWAKILKAN: 'CONFIRMED',
      DITOLAK: 'CANCELLED',
      DIBATALKAN: 'CANCELLED',
    };
    const [event] = events(agendaIcs([record('S', { status })], OPTIONS));
    if (!event) throw new Error('no event');
    expect(text(event, 'status')).toBe(expected[status] ?? 'TENTATIVE');
    expect(text(event, 'x-protocloud-status')).toBe(status);
  });

  it('tells who represents the leaders and why a request was refused', () => {
    const ics2 = agendaIcs(
      [
        record('W', { status: 'DIWAKILKAN', delegate: 'Wakil Bupati' }),
        record('T', { status: 'DITOLAK', reason: 'Jadwal penuh, ajukan ulang' }),
      ],
      OPTIONS,
    );
    const [w, t] = events(ics2);
    if (!w || !t) throw new Error('missing event');
    expect(text(w, 'description').split('\n')).toContain('Diwakili oleh: Wakil Bupati');
    expect(text(t, 'description').split('\n')).toContain('Alasan: Jadwal penuh, ajukan ulang');
  });

  it('gives an empty calendar for an empty register', () => {
    const empty = agendaIcs([], OPTIONS);
    expect(parse(empty).name).toBe('vcalendar');
    expect(events(empty)).toHaveLength(0);
  });

  it('round-trips any user text', () => {
    // Control characters other than tab cannot be carried by iCalendar and are dropped.
    const kept = (c: string) => {
      const n = c.codePointAt(0) ?? 0;
      return n === 9 || n === 10 || (n >= 32 && n !== 127);
    };
    const clean = (s: string) => [...s.replace(/\r\n?/g, '\n')].filter(kept).join('');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (title, notes) => {
          const r = record('P', { title, notes, activityType: title });
          const out = agendaIcs([r], { ...OPTIONS, titleOf: (item) => item.title });
          for (const line of out.slice(0, -2).split('\r\n')) {
            expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          }
          const [event] = events(out);
          if (!event) throw new Error('no event');
          expect(text(event, 'summary')).toBe(clean(title));
          expect(event.getFirstProperty('categories')?.getValues()).toEqual([clean(title)]);
          // The notes come last; surrounding blanks may be trimmed.
          const [, written = ''] = text(event, 'description').split('\nCatatan: ');
          expect(written.trim()).toBe(clean(notes).trim());
        },
      ),
      { numRuns: 300 },
    );
  });
});
