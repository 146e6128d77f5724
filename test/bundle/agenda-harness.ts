/**
 * A PROTOCLOUD workspace on the built bundle: setup run by the admin, the protocol team,
 * the Bupati with an aide and a unit's staff member registered, and helpers to act as each
 * through the add-on's card actions, as Google would call them.
 */
import { addOnEvent, type FormInput } from '../../dev/addon-event';
import { ADMIN, printed, setUpDataBook } from './harness';

export const OPERATOR = 'operator@bangka.go.id';
export const COORDINATOR = 'koordinator@bangka.go.id';
export const BUPATI = 'bupati@bangka.go.id';
export const AIDE = 'ajudan.bupati@bangka.go.id';
export const STAFF = 'staf.dinkes@bangka.go.id';

type Input = FormInput;

export const formEvent = (parameters: Record<string, string>, inputs: Record<string, Input> = {}) =>
  addOnEvent('calendar', parameters, inputs);

export const wib = (text: string) => Date.parse(`${text}+07:00`);

export const VALID_REQUEST: Record<string, Input> = {
  title: 'Peresmian Puskesmas Pemali',
  activityType: 'Peresmian',
  start: wib('2026-11-26T09:00:00'),
  end: wib('2026-11-26T11:00:00'),
  leaders: ['Bupati'],
  venue: 'Puskesmas Pemali',
  desa: 'Pemali',
  kecamatan: 'Pemali',
  unit: 'Dinas Kesehatan',
  picName: 'Siti Aminah',
  picPhone: '0812-3456-7890',
  picEmail: STAFF,
  documents: 'https://drive.google.com/file/d/undangan-puskesmas/view',
  guests: 'camat.pemali@bangka.go.id\nKepala Desa Pemali',
};

export function agendaWorkspace() {
  const { runtime, workspace, book, sheet } = setUpDataBook();
  sheet('Pengguna')
    .getRange(3, 1, 5, 5)
    .setValues([
      [OPERATOR, 'Rina Operator', 'Bagian Protokol', 'OPERATOR_PROTOKOL', 'Ya'],
      [COORDINATOR, 'Hendra Koordinator', 'Bagian Protokol', 'KOORDINATOR_PROTOKOL', 'Ya'],
      [BUPATI, 'Bupati Bangka', 'Sekretariat Daerah', 'PIMPINAN', 'Ya'],
      [AIDE, 'Ajudan Bupati', 'Sekretariat Daerah', 'PEGAWAI', 'Ya'],
      [STAFF, 'Siti Aminah', 'Dinas Kesehatan', 'PEGAWAI', 'Ya'],
    ]);
  const leaders = sheet('AgendaPimpinan');
  const names = leaders.getRange(2, 1, leaders.getLastRow() - 1, 1).getValues();
  const bupatiRow = names.findIndex(([n]) => n === 'Bupati') + 2;
  leaders.getRange(bupatiRow, 2, 1, 2).setValues([[BUPATI, AIDE]]);
  runtime.run('setup'); // applies the sharing policy to the new users

  const calendarApi = workspace.calendar.globals().Calendar as unknown as GoogleAppsScript.Calendar;
  const calendarId = () => workspace.properties.scriptProperties().AGENDA_CALENDAR_ID ?? '';

  const as = <T>(user: string, fn: string, ...args: unknown[]): T => {
    workspace.asUser(user);
    try {
      return runtime.run<T>(fn, ...args);
    } finally {
      workspace.asUser(ADMIN);
    }
  };
  /** A card action's answer as JSON text (notification and card). */
  const act = (user: string, fn: string, parameters: Record<string, string>, inputs = {}) =>
    JSON.stringify(printed(as(user, fn, formEvent(parameters, inputs))));

  /** The register as the sheet holds it: one object per row, by header. */
  const register = () => {
    const values = sheet('Agenda').getDataRange().getValues();
    const [header = [], ...rows] = values;
    return rows.map((row) =>
      Object.fromEntries(header.map((h, i) => [String(h), row[i]])),
    ) as Record<string, unknown>[];
  };
  const history = () => sheet('AgendaRiwayat').getDataRange().getValues().slice(1);

  const submit = (inputs: Record<string, Input> = VALID_REQUEST, user = STAFF) =>
    act(user, 'actionAgendaSubmit', {}, inputs);
  const move = (user: string, id: string, to: string, inputs: Record<string, Input> = {}) =>
    act(user, 'actionAgendaTransition', { id, to }, inputs);
  const lastId = () => String(register().at(-1)?.ID ?? '');

  return {
    runtime,
    workspace,
    book,
    sheet,
    calendarApi,
    calendarId,
    as,
    act,
    register,
    history,
    submit,
    move,
    lastId,
  };
}
