/**
 * PROTOCLOUD end to end on the built bundle and the fake workspace: the request form, the
 * role rules enforced on the server, the shared calendar, edits made directly in Calendar,
 * and jobs that run twice without sending twice.
 */
import {
  AIDE,
  agendaWorkspace,
  BUPATI,
  COORDINATOR,
  OPERATOR,
  STAFF,
  VALID_REQUEST,
  wib,
} from './agenda-harness';
import { ADMIN } from './harness';

/** A request taken to DIJADWALKAN by the operator; returns its id. */
function scheduled(w: ReturnType<typeof agendaWorkspace>, inputs = VALID_REQUEST): string {
  w.submit(inputs);
  const id = w.lastId();
  w.move(OPERATOR, id, 'DIVERIFIKASI');
  w.move(OPERATOR, id, 'DIJADWALKAN');
  return id;
}

/** The private extended properties of a stored event resource. */
const privateOf = (event: Record<string, unknown> | undefined): Record<string, string> =>
  (event?.extendedProperties as { private?: Record<string, string> } | undefined)?.private ?? {};

const rowOf = (w: ReturnType<typeof agendaWorkspace>, id: string) => {
  const row = w.register().find((r) => r.ID === id);
  if (!row) throw new Error(`no register row ${id}`);
  return row;
};

describe('request form', () => {
  it('names every invalid field in Indonesian and writes nothing', () => {
    const w = agendaWorkspace();
    const before = { register: w.register().length, history: w.history().length };
    const reply = w.submit({
      ...VALID_REQUEST,
      title: '',
      end: wib('2026-11-26T08:00:00'),
      picPhone: '12ab',
      picEmail: 'siti@',
      documents: 'https://example.com/undangan.pdf',
      invitationNumber: '005/12/Dinkes',
    });
    for (const message of [
      'Judul wajib diisi',
      'Waktu selesai harus setelah waktu mulai',
      'Nomor telepon &quot;12ab&quot; tidak valid',
      'Email &quot;siti@&quot; tidak valid',
      'bukan tautan Google Drive',
      'Tanggal surat undangan wajib diisi bila nomor surat diisi',
    ]) {
      expect(reply).toContain(message);
    }
    // The form comes back with what was typed.
    expect(reply).toContain('"value":"12ab"');
    expect(reply).toContain('"value":"Puskesmas Pemali"');
    expect(w.register()).toHaveLength(before.register);
    expect(w.history()).toHaveLength(before.history);
    expect(w.workspace.calendar.events(w.calendarId())).toHaveLength(0);
  });

  it('a unit outside the protocol office submits a request that lands in the register', () => {
    const w = agendaWorkspace();
    const reply = w.submit();
    expect(reply).toContain('diajukan');
    const row = rowOf(w, w.lastId());
    expect(row.Status).toBe('DIAJUKAN');
    expect(row['Diajukan Oleh']).toBe(STAFF);
    expect(row.Pimpinan).toBe('Bupati');
    // Not on the calendar before the protocol office has verified and scheduled it.
    expect(w.workspace.calendar.events(w.calendarId())).toHaveLength(0);
  });
});

describe('role rules enforced on the server', () => {
  it('a unit staff member cannot confirm, a verifier cannot publish before confirmation, the aide can confirm', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);

    expect(w.move(STAFF, id, 'DIKONFIRMASI')).toContain('Anda tidak berwenang');
    expect(rowOf(w, id).Status).toBe('DIJADWALKAN');

    const early = w.move(OPERATOR, id, 'DIPUBLIKASIKAN');
    expect(early).toContain('tidak dapat diubah dari DIJADWALKAN ke DIPUBLIKASIKAN');
    expect(rowOf(w, id).Status).toBe('DIJADWALKAN');
    expect(w.workspace.calendar.sentInvitations()).toHaveLength(0);

    expect(w.move(AIDE, id, 'DIKONFIRMASI')).toContain('DIKONFIRMASI');
    expect(rowOf(w, id).Status).toBe('DIKONFIRMASI');
    // The aide only reads the shared calendar: the hourly job carries the decision to it.
    const eventStatus = () => w.workspace.calendar.events(w.calendarId())[0]?.status;
    expect(eventStatus()).toBe('tentative');
    w.as(ADMIN, 'jobAgendaHourly');
    expect(eventStatus()).toBe('confirmed');
    expect(rowOf(w, id).Status).toBe('DIKONFIRMASI');

    w.move(OPERATOR, id, 'DIPUBLIKASIKAN');
    expect(rowOf(w, id).Status).toBe('DIPUBLIKASIKAN');
    const invited = w.workspace.calendar.sentInvitations().map((i) => i.to);
    expect(invited).toEqual(
      expect.arrayContaining([BUPATI, AIDE, STAFF, 'camat.pemali@bangka.go.id']),
    );

    const steps = w
      .history()
      .filter((h) => h[2] === id)
      .map((h) => `${h[1]}:${h[4]}`);
    expect(steps).toEqual([
      `${STAFF}:DIAJUKAN`,
      `${OPERATOR}:DIVERIFIKASI`,
      `${OPERATOR}:DIJADWALKAN`,
      `${AIDE}:DIKONFIRMASI`,
      `${OPERATOR}:DIPUBLIKASIKAN`,
    ]);
  });

  it('the item card offers exactly the actions of the user role', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    const card = (user: string) => w.act(user, 'actionAgendaOpen', { id });
    expect(card(AIDE)).toContain('"to","value":"DIKONFIRMASI"');
    expect(card(STAFF)).not.toContain('actionAgendaTransition');
    expect(card(OPERATOR)).not.toContain('"value":"DIKONFIRMASI"');
    expect(card(OPERATOR)).not.toContain('"value":"DIPUBLIKASIKAN"');
  });
});

describe('the shared calendar', () => {
  it('scheduling puts the item on the calendar by convention, with its metadata private', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    const [event] = w.workspace.calendar.events(w.calendarId());
    expect(event?.summary).toBe('[RESMI] Peresmian Puskesmas Pemali — Dinas Kesehatan');
    expect(event?.location).toBe('Puskesmas Pemali, Pemali, Kec. Pemali');
    expect(event?.colorId).toBe('5');
    expect(event?.status).toBe('tentative');
    const props = privateOf(event);
    expect(props['pc.id']).toBe(id);
    expect(props['pc.status']).toBe('DIJADWALKAN');
    expect(props['pc.picPhone']).toBe('081234567890');
    expect(rowOf(w, id)['ID Acara Kalender']).toBe(event?.id);
  });

  it('setup shares the calendar by role: protocol writes, leader and aide read, others free/busy', () => {
    const w = agendaWorkspace();
    const calendar = w.workspace.calendar.calendars().find((c) => c.id === w.calendarId());
    const roles = Object.fromEntries(
      (calendar?.acl ?? []).map((r) => [String(r.scope.value), r.role]),
    );
    expect(roles[OPERATOR]).toBe('writer');
    expect(roles[COORDINATOR]).toBe('writer');
    expect(roles[BUPATI]).toBe('reader');
    expect(roles[AIDE]).toBe('reader');
    expect(roles[STAFF]).toBe('freeBusyReader');
  });
});

describe('an event edited directly in Calendar', () => {
  it('keeps its metadata, updates the register and is re-checked for clashes', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    const other = scheduled(w, {
      ...VALID_REQUEST,
      title: 'Rapat Koordinasi Stunting',
      activityType: 'Rapat',
      start: wib('2026-11-26T13:00:00'),
      end: wib('2026-11-26T14:00:00'),
      venue: 'Ruang Rapat Bupati',
      desa: 'Sungailiat',
      kecamatan: 'Sungailiat',
    });
    expect(rowOf(w, id).Bentrok).toBe('');
    const eventId = String(rowOf(w, id)['ID Acara Kalender']);

    // The operator drags the event to 13:30 in Google Calendar and renames it; the client
    // sends a full update without the private properties.
    w.workspace.asUser(OPERATOR);
    w.calendarApi.Events?.update(
      {
        summary: 'Peresmian Puskesmas Pemali dan Posyandu',
        location: 'Puskesmas Pemali, Pemali, Kec. Pemali',
        start: { dateTime: '2026-11-26T13:30:00+07:00' },
        end: { dateTime: '2026-11-26T15:00:00+07:00' },
      },
      w.calendarId(),
      eventId,
    );
    w.as(OPERATOR, 'calendarEventUpdate', {
      calendar: { calendarId: w.calendarId(), id: eventId },
    });

    const row = rowOf(w, id);
    expect(row.Judul).toBe('Peresmian Puskesmas Pemali dan Posyandu');
    expect((row.Mulai as Date).getTime()).toBe(wib('2026-11-26T13:30:00'));
    expect(String(row.Bentrok)).toContain('tumpang tindih');
    expect(String(rowOf(w, other).Bentrok)).toContain('tumpang tindih');
    expect(row['Penanggung Jawab']).toBe('Siti Aminah');

    const event = w.workspace.calendar.events(w.calendarId()).find((e) => e.id === eventId);
    const props = privateOf(event);
    expect(props['pc.id']).toBe(id);
    expect(props['pc.picEmail']).toBe(STAFF);
    expect(props['pc.docs']).toBe('https://drive.google.com/file/d/undangan-puskesmas/view');
    expect(event?.summary).toBe(
      '[RESMI] Peresmian Puskesmas Pemali dan Posyandu — Dinas Kesehatan',
    );
    const edit = w
      .history()
      .find((h) => h[2] === id && h[1] === 'Google Calendar (diubah langsung)');
    expect(String(edit?.[5])).toContain('Waktu diubah');
  });

  it('an edit from a phone is picked up by the hourly job, and a deleted event cancels the item', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    const eventId = String(rowOf(w, id)['ID Acara Kalender']);
    w.workspace.asUser(OPERATOR);
    w.calendarApi.Events?.patch(
      {
        start: { dateTime: '2026-11-27T08:00:00+07:00' },
        end: { dateTime: '2026-11-27T09:00:00+07:00' },
      },
      w.calendarId(),
      eventId,
    );
    w.as(ADMIN, 'jobAgendaHourly');
    expect((rowOf(w, id).Mulai as Date).getTime()).toBe(wib('2026-11-27T08:00:00'));

    w.workspace.asUser(OPERATOR);
    w.calendarApi.Events?.remove(w.calendarId(), eventId);
    w.as(ADMIN, 'jobAgendaHourly');
    expect(rowOf(w, id).Status).toBe('DIBATALKAN');
  });
});

describe('jobs', () => {
  it('run twice, send nothing twice: reminders, SLA escalation', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    w.move(AIDE, id, 'DIKONFIRMASI');
    w.move(OPERATOR, id, 'DIPUBLIKASIKAN');
    w.submit({ ...VALID_REQUEST, title: 'Audiensi Karang Taruna', activityType: 'Audiensi' });

    // Wednesday 10:00: the day-before reminder of Thursday's 09:00 event is due, and the
    // request submitted Monday 08:00 has waited more than 8 working hours.
    w.workspace.kernel.setNow('2026-11-25T03:00:00Z');
    w.runtime.run('jobAgendaHourly');
    const sent = () => w.workspace.mail.sent().map((m) => ({ to: m.to, subject: m.subject }));
    const first = sent();
    const reminders = first.filter((m) => m.subject.startsWith('[Pengingat Agenda]'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.to).toEqual(expect.arrayContaining([BUPATI, AIDE, STAFF]));
    const sla = first.filter((m) => m.subject.startsWith('[Eskalasi SLA]'));
    expect(sla).toHaveLength(1);
    expect(sla[0]?.to).toContain(COORDINATOR);

    w.runtime.run('jobAgendaHourly');
    expect(sent()).toHaveLength(first.length);

    // An hour before the start the second rule fires, once.
    w.workspace.kernel.setNow('2026-11-26T01:30:00Z');
    w.runtime.run('jobAgendaHourly');
    w.runtime.run('jobAgendaHourly');
    const late = sent().filter((m) => m.subject.startsWith('[Pengingat Agenda]'));
    expect(late).toHaveLength(2);
  });
});

describe('nightly job, checklist and the manual fallback', () => {
  it('backs the register up to a sheet and an .ics file in Drive and writes the KPI sheet', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    w.move(AIDE, id, 'DIKONFIRMASI');
    w.move(OPERATOR, id, 'DIPUBLIKASIKAN');
    w.as(ADMIN, 'jobAgendaNightly');

    const backup = w.sheet('AgendaCadangan').getDataRange().getValues();
    expect(backup[1]?.[0]).toBe(id);
    const ics = w.workspace.drive.fileByPath(
      'SPBE Workspace/PROTOCLOUD/Cadangan/agenda-2026-11-23.ics',
    );
    expect(ics?.content).toContain('SUMMARY:[RESMI] Peresmian Puskesmas Pemali — Dinas Kesehatan');
    expect(ics?.content).toContain('STATUS:CONFIRMED');

    const kpi = w.sheet('KPI Agenda');
    const cells = JSON.stringify(kpi.getDataRange().getValues());
    expect(cells).toContain('Total');
    expect(kpi.getCharts().length).toBeGreaterThanOrEqual(3);
    // Run again the same night: the same file is replaced, not duplicated.
    w.as(ADMIN, 'jobAgendaNightly');
    expect(w.workspace.drive.files().filter((f) => f.name.endsWith('.ics'))).toHaveLength(1);
  });

  it('flags open checklist lines on the working day before, once; ticked lines are not flagged', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    w.move(AIDE, id, 'DIKONFIRMASI');
    w.act(OPERATOR, 'actionAgendaChecklist', { id, line: 'Lokasi dikonfirmasi', done: 'ya' });
    expect(
      w.act(STAFF, 'actionAgendaChecklist', { id, line: 'Tamu dikonfirmasi', done: 'ya' }),
    ).not.toContain('hanya dapat diubah');
    expect(
      w.act(AIDE, 'actionAgendaChecklist', { id, line: 'Sambutan disiapkan', done: 'ya' }),
    ).toContain('hanya dapat diubah oleh tim protokol atau penanggung jawab');

    // Wednesday 13:00 WIB, the working day before Thursday's event.
    w.workspace.kernel.setNow('2026-11-25T06:00:00Z');
    w.as(ADMIN, 'jobAgendaHourly');
    w.as(ADMIN, 'jobAgendaHourly');
    const flags = w.workspace.mail
      .sent()
      .filter((m) => m.subject.startsWith('[Ceklis Belum Lengkap]'));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.body).toContain('Sambutan disiapkan');
    expect(flags[0]?.body).not.toContain('Lokasi dikonfirmasi');
    expect(flags[0]?.to).toEqual(expect.arrayContaining([OPERATOR, STAFF]));
  });

  it('emails the printable Agenda Harian of a leader as PDF', () => {
    const w = agendaWorkspace();
    const id = scheduled(w);
    w.move(AIDE, id, 'DIKONFIRMASI');
    const reply = w.act(
      AIDE,
      'actionAgendaPrint',
      {},
      { leader: 'Bupati', day: Date.parse('2026-11-26T00:00:00Z') },
    );
    expect(reply).toContain(`Agenda Harian Bupati 2026-11-26 dikirim ke ${AIDE}`);
    const mail = w.workspace.mail.sent().at(-1);
    expect(mail?.to).toEqual([AIDE]);
    expect(mail?.attachments[0]?.name).toBe('Agenda Harian Bupati 2026-11-26.pdf');
    expect(mail?.attachments[0]?.contentType).toBe('application/pdf');
  });
});
