/**
 * The pre-send checklist of seed 000 ("kepala unit, tanggal, prioritas"), run on a draft
 * in the Gmail compose add-on before the report goes out. Each item says in Indonesian what
 * was checked and, when it fails, what to change in the draft.
 *
 * Beyond the seed's three items it checks the subject (tag and unit), the required sections
 * and the attachments the body refers to: a report that fails those is rejected by the
 * coordinator's parser anyway, and the sender can still fix it here.
 */
import {
  calendarDateOf,
  holidaysOn,
  isWorkingDay,
  previousWorkingDay,
  type WorkCalendar,
} from '../workdays';
import type { DailyConfig } from './config';
import { DAY_NAMES, longDate, weekdayOf } from './parse/dates';
import {
  addressesIn,
  analyseDailyMail,
  type DailyAnalysis,
  type IncomingMail,
} from './parse/index';
import { foldName, quoted } from './parse/normalize';

export interface ChecklistItem {
  readonly id: 'subjek' | 'kepalaUnit' | 'tanggal' | 'prioritas' | 'isiWajib' | 'lampiran' | string;
  readonly label: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface PreSendInput {
  /** The draft. */
  readonly mail: IncomingMail;
  readonly config: DailyConfig;
  readonly calendar: WorkCalendar;
  readonly now: Date;
  /** The unit head approved the report another way (recorded in the add-on). */
  readonly approvalRecorded?: boolean;
}

function subjectItem(a: DailyAnalysis): ChecklistItem {
  const label = 'Subjek sesuai format';
  if (a.subjectProblem !== undefined)
    return { id: 'subjek', label, ok: false, detail: a.subjectProblem };
  if ('problem' in a.unit) return { id: 'subjek', label, ok: false, detail: a.unit.problem };
  const via =
    a.unit.source === 'subjek'
      ? 'disebut pada subjek'
      : a.unit.source === 'badan'
        ? 'dari baris Unit di badan email'
        : 'dikenali dari alamat pengirim';
  return { id: 'subjek', label, ok: true, detail: `Unit ${a.unit.unit.name} ${via}.` };
}

function headItem(a: DailyAnalysis, approvalRecorded: boolean): ChecklistItem {
  const id = 'kepalaUnit';
  const label = 'Kepala unit di CC';
  if (approvalRecorded) {
    return { id, label, ok: true, detail: 'Persetujuan kepala unit sudah dicatat.' };
  }
  if ('problem' in a.unit) {
    return {
      id,
      label,
      ok: false,
      detail:
        'Unit belum dikenali, jadi kepala unit belum dapat diperiksa; perbaiki nama unit pada subjek.',
    };
  }
  const unit = a.unit.unit;
  const head = unit.headEmail?.trim().toLowerCase() ?? '';
  if (head === '') {
    return {
      id,
      label,
      ok: false,
      detail: `Email kepala unit ${unit.name} belum ada di tabel Unit; minta Admin Sistem melengkapinya, atau catat persetujuan kepala unit.`,
    };
  }
  if (a.from === head) {
    return { id, label, ok: true, detail: 'Laporan dikirim oleh kepala unit sendiri.' };
  }
  const inCc = a.mail.cc.flatMap(addressesIn).includes(head);
  const inTo = a.mail.to.flatMap(addressesIn).includes(head);
  if (inCc || inTo) {
    return {
      id,
      label,
      ok: true,
      detail: `Kepala unit (${head}) ada di ${inCc ? 'CC' : 'penerima (Kepada)'}.`,
    };
  }
  return {
    id,
    label,
    ok: false,
    detail: `Tambahkan kepala unit ${unit.name} (${head}) pada CC, atau catat persetujuannya sebelum mengirim.`,
  };
}

function dateItem(a: DailyAnalysis, calendar: WorkCalendar, now: Date): ChecklistItem {
  const id = 'tanggal';
  const label = 'Tanggal laporan';
  if ('problem' in a.date) return { id, label, ok: false, detail: a.date.problem };
  const { iso, finding } = a.date;
  const fail = (detail: string): ChecklistItem => ({ id, label, ok: false, detail });
  if (finding.writtenWeekday !== undefined && finding.writtenWeekday !== weekdayOf(iso)) {
    return fail(
      `Nama hari ${quoted(finding.dayName ?? '')} tidak cocok dengan tanggalnya: ${longDate(iso)}. Periksa tanggal pada subjek.`,
    );
  }
  if (!isWorkingDay(iso, calendar)) {
    const holidays = holidaysOn(iso, calendar).map((h) => h.name);
    const why =
      holidays.length > 0
        ? `hari libur (${holidays.join(', ')})`
        : `hari ${DAY_NAMES[weekdayOf(iso)]}, bukan hari kerja`;
    return fail(
      `${longDate(iso)} adalah ${why}; laporan harian dibuat untuk hari kerja. Periksa tanggal pada subjek.`,
    );
  }
  const today = calendarDateOf(now, calendar);
  const previous = calendarDateOf(previousWorkingDay(today, calendar), calendar);
  if (iso > today) {
    return fail(`Tanggal ${longDate(iso)} belum tiba (hari ini ${longDate(today)}).`);
  }
  if (iso !== today && iso !== previous) {
    return fail(
      `Tanggal ${longDate(iso)} sudah lewat: laporan dikirim untuk hari ini (${longDate(today)}) atau hari kerja sebelumnya (${longDate(previous)}).`,
    );
  }
  return {
    id,
    label,
    ok: true,
    detail:
      iso === today
        ? `Laporan untuk hari ini, ${longDate(iso)}.`
        : `Laporan untuk hari kerja sebelumnya, ${longDate(iso)}.`,
  };
}

function priorityItem(a: DailyAnalysis): ChecklistItem {
  const label = 'Prioritas dipilih';
  return 'priority' in a.priority
    ? { id: 'prioritas', label, ok: true, detail: `Prioritas: ${a.priority.priority}.` }
    : { id: 'prioritas', label, ok: false, detail: a.priority.problem };
}

function sectionsItem(a: DailyAnalysis, config: DailyConfig): ChecklistItem {
  const label = 'Bagian wajib terisi';
  if (a.sectionProblems.length > 0) {
    return { id: 'isiWajib', label, ok: false, detail: a.sectionProblems.join(' ') };
  }
  const required = config.sections.filter((s) => s.required).map((s) => s.name);
  return {
    id: 'isiWajib',
    label,
    ok: true,
    detail:
      required.length > 0
        ? `Bagian wajib sudah diisi: ${required.join(', ')}.`
        : 'Tidak ada bagian yang wajib.',
  };
}

// Words that refer to an attachment, and words before them that deny one ("tanpa lampiran").
const ATTACHMENT_WORD =
  /\b(terlampir|lampiran|lampirkan|dilampirkan|melampirkan|attached|attachments?)\b/gi;
const DENIALS = ['tanpa', 'tidak', 'tidak ada', 'belum', 'belum ada', 'no', 'without', 'nihil'];
// What a filled-in Lampiran section says when there is nothing to attach.
const NOTHING = [
  'tidak ada',
  'nihil',
  'kosong',
  'none',
  'n a',
  'tanpa lampiran',
  'tidak ada lampiran',
];
/** Shared Drive files are attached as links: Gmail's Drive chip or a pasted link. */
const DRIVE_LINK = /(drive|docs)\.google\.com\//i;

/** The first attachment word that is not denied, or null. */
function attachmentWord(text: string): string | null {
  ATTACHMENT_WORD.lastIndex = 0;
  for (let m = ATTACHMENT_WORD.exec(text); m !== null; m = ATTACHMENT_WORD.exec(text)) {
    const before = foldName(text.slice(Math.max(0, m.index - 16), m.index));
    if (!DENIALS.some((d) => before === d || before.endsWith(` ${d}`))) return m[0];
  }
  return null;
}

function attachmentItem(a: DailyAnalysis, config: DailyConfig): ChecklistItem {
  const id = 'lampiran';
  const label = 'Lampiran disertakan';
  const section = config.sections.find((s) => foldName(s.name) === 'lampiran')?.name;
  const listed = section === undefined ? undefined : a.body.sections[section];
  const listsFiles = listed !== undefined && !NOTHING.includes(foldName(listed));
  const word = attachmentWord(a.body.plain);
  const files = a.mail.attachments.map((f) => f.filename);
  const linked = DRIVE_LINK.test(a.mail.text) || DRIVE_LINK.test(a.mail.html);
  if (!listsFiles && word === null) {
    return {
      id,
      label,
      ok: true,
      detail:
        files.length > 0
          ? `Terlampir: ${files.join(', ')}.`
          : 'Badan email tidak menyebut lampiran; tidak ada yang perlu dilampirkan.',
    };
  }
  if (files.length > 0 || linked) {
    const what = files.length > 0 ? files.join(', ') : 'tautan Google Drive';
    return { id, label, ok: true, detail: `Terlampir: ${what}.` };
  }
  return {
    id,
    label,
    ok: false,
    detail: listsFiles
      ? `Bagian ${section} berisi ${quoted(listed ?? '')}, tetapi belum ada berkas yang dilampirkan; lampirkan berkasnya (atau tautan Google Drive), atau kosongkan bagian ${section}.`
      : `Badan email menyebut "${word}", tetapi belum ada berkas yang dilampirkan; lampirkan berkasnya (atau tautan Google Drive), atau hapus kalimat itu.`,
  };
}

/**
 * The checklist items in the order the compose card shows them: subjek, kepalaUnit,
 * tanggal, prioritas, isiWajib, lampiran. The draft passes when every item is ok.
 */
export function preSendChecklist(input: PreSendInput): ChecklistItem[] {
  const { config, calendar, now } = input;
  const analysis = analyseDailyMail(input.mail, config);
  return [
    subjectItem(analysis),
    headItem(analysis, input.approvalRecorded === true),
    dateItem(analysis, calendar, now),
    priorityItem(analysis),
    sectionsItem(analysis, config),
    attachmentItem(analysis, config),
  ];
}
