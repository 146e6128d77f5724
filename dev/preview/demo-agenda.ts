/**
 * The demo's leaders' agenda, made through the add-on's own card actions: requests from
 * units, some verified, scheduled, confirmed by the aide and published, one clash to
 * resolve and one request still waiting, so every part of the Calendar homepage shows.
 */
import { addOnEvent, type FormInput } from '../addon-event';
import type { FakeWorkspace } from '../fake/workspace';
import type { AppsScriptRuntime } from '../runtime';

export const DEMO_BUPATI = 'bupati@bangka.go.id';
export const DEMO_AIDE = 'ajudan.bupati@bangka.go.id';
const OPERATOR = 'protokol@bangka.go.id';
const UNIT_STAFF = 'bkpsdm@bangka.go.id';

const wib = (text: string) => Date.parse(`${text}+07:00`);

const REQUESTS: readonly (Record<string, FormInput> & { steps: readonly string[] })[] = [
  {
    title: 'Rapat Koordinasi Percepatan SPBE',
    activityType: 'Rapat',
    start: wib('2026-11-23T13:00:00'),
    end: wib('2026-11-23T15:00:00'),
    venue: 'Ruang Rapat Bupati',
    desa: 'Sungailiat',
    kecamatan: 'Sungailiat',
    unit: 'Dinas Komunikasi dan Informatika',
    steps: ['DIVERIFIKASI', 'DIJADWALKAN', 'DIKONFIRMASI', 'DIPUBLIKASIKAN'],
  },
  {
    title: 'Peresmian Mal Pelayanan Publik',
    activityType: 'Peresmian',
    start: wib('2026-11-24T09:00:00'),
    end: wib('2026-11-24T11:00:00'),
    venue: 'Mal Pelayanan Publik',
    desa: 'Sungailiat',
    kecamatan: 'Sungailiat',
    unit: 'Badan Kepegawaian dan Pengembangan SDM',
    steps: ['DIVERIFIKASI', 'DIJADWALKAN', 'DIKONFIRMASI'],
  },
  {
    title: 'Kunjungan Kerja ke Belinyu',
    activityType: 'Kunjungan Kerja',
    start: wib('2026-11-24T11:30:00'),
    end: wib('2026-11-24T14:00:00'),
    venue: 'Kantor Camat Belinyu',
    desa: 'Belinyu',
    kecamatan: 'Belinyu',
    unit: 'Bagian Protokol dan Komunikasi Pimpinan',
    steps: ['DIVERIFIKASI', 'DIJADWALKAN'],
  },
  {
    title: 'Audiensi Forum Anak Daerah',
    activityType: 'Audiensi',
    start: wib('2026-11-25T10:00:00'),
    end: wib('2026-11-25T11:00:00'),
    venue: 'Rumah Dinas Bupati',
    desa: 'Sungailiat',
    kecamatan: 'Sungailiat',
    unit: 'Badan Kepegawaian dan Pengembangan SDM',
    steps: [],
  },
];

function setLeader(data: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = data.getSheetByName('AgendaPimpinan');
  if (!sheet) throw new Error('setup did not create AgendaPimpinan');
  const names = sheet.getRange(2, 1, sheet.getLastRow() - 1, 1).getValues();
  const row = names.findIndex(([name]) => name === 'Bupati') + 2;
  sheet.getRange(row, 2, 1, 2).setValues([[DEMO_BUPATI, DEMO_AIDE]]);
}

export function prepareDemoAgenda(
  runtime: AppsScriptRuntime,
  workspace: FakeWorkspace,
  data: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  setLeader(data);
  runtime.run('setup'); // shares the new calendar with the demo's roles
  const as = (user: string, fn: string, event: unknown) => {
    workspace.asUser(user);
    runtime.run(fn, event);
  };
  for (const { steps, ...request } of REQUESTS) {
    as(
      UNIT_STAFF,
      'actionAgendaSubmit',
      addOnEvent(
        'calendar',
        {},
        {
          ...request,
          leaders: ['Bupati'],
          picName: 'Sari Indah',
          picPhone: '0812-7788-9900',
          picEmail: UNIT_STAFF,
          documents: 'https://drive.google.com/file/d/contoh-undangan/view',
        },
      ),
    );
    const register = data.getSheetByName('Agenda');
    const id = String(register?.getRange(register.getLastRow(), 1).getValue() ?? '');
    for (const to of steps) {
      const who = to === 'DIKONFIRMASI' ? DEMO_AIDE : OPERATOR;
      as(who, 'actionAgendaTransition', addOnEvent('calendar', { id, to }));
    }
  }
  workspace.asUser('admin@bangka.go.id');
  runtime.run('jobAgendaHourly');
}
