/**
 * The coordinator's Catat and Tolak on an open report. The message is read again from the
 * mailbox (the card's parameters only name it), and LaporanHarian is read and written under
 * the script lock, so the ingestion job or a second coordinator can never add a second row
 * for the same Message-ID; a row already there is rewritten in place, never duplicated. A
 * rejected report's sender is told why by email, so the unit can send it again.
 */
import type { User } from '../../core/access/users';
import { isLate } from '../../core/daily/late';
import { type DailyReport, parseDailyReport, senderAddress } from '../../core/daily/parse';
import { type LoggedMessage, REPORT_LOG_TABLE, reportLogKey } from '../../core/daily/report-log';
import {
  type Decision,
  findLogged,
  type LogEntry,
  loggedRow,
  rejectedRow,
} from '../../core/daily/review';
import { UserError } from '../../core/errors';
import { formatDateTime } from '../../core/time/format';
import { normalizeDate } from '../../core/workdays';
import type { DataBook, MailboxMessage, Ports } from '../../ports';
import { audit } from '../audit';
import { requireDataBook } from '../data-book';
import { type DailyContext, dailyContextOf, requireReviewer, unitNamed } from './context';
import { checkReport, type OpenMessageIds, type ReportCheck, readOpenMessage } from './message';

/** What the coordinator picked on the card when the report did not say it. */
export interface LogInput {
  /** Unit code or name. */
  readonly unit?: string;
  /** 'YYYY-MM-DD'. */
  readonly date?: string;
}

const loggedMessage = (message: MailboxMessage): LoggedMessage => ({
  messageId: reportLogKey(message),
  threadId: message.threadId,
  subject: message.subject,
  from: message.from,
  receivedAt: message.receivedAt,
});

const who = (user: User) => (user.name ? `${user.name} (${user.email})` : user.email);

/**
 * The report as logged: as parsed when valid; otherwise completed from what could be read
 * and what the coordinator picked. A unit or date still missing is a UserError naming it.
 */
function reportToLog(
  ctx: DailyContext,
  message: MailboxMessage,
  check: ReportCheck,
  input: LogInput,
): DailyReport {
  const key = reportLogKey(message);
  const parsed = parseDailyReport({ ...message, messageId: key }, ctx.config);
  if (parsed.ok) return parsed.report;
  const unit = check.unit ?? unitNamed(ctx.config, input.unit ?? '');
  const date = check.date ?? normalizeDate(input.date ?? '');
  if (!unit || !date) {
    const missing = [
      ...(unit ? [] : ['Unit (unit pengirim laporan)']),
      ...(date ? [] : ['Tanggal laporan (hari yang dilaporkan)']),
    ];
    throw new UserError(
      `Laporan ini belum dapat dicatat karena ${missing.join(' dan ')} tidak terbaca dari email. Pilih pada kartu, lalu tekan Catat lagi.`,
    );
  }
  return {
    messageId: key,
    from: senderAddress(message.from),
    unit: unit.name,
    unitCode: unit.code,
    date,
    priority: check.priority ?? '',
    sections: check.sections,
    attachments: message.attachments.map((a) => a.filename),
  };
}

/** Everything a decision needs, read before the lock (mailbox, settings); the log is read inside. */
function prepare(ports: Ports, ids: OpenMessageIds, what: string) {
  const book = requireDataBook(ports);
  const ctx = dailyContextOf(ports, book);
  const me = requireReviewer(ctx, what);
  const { message } = readOpenMessage(ports, ids);
  return { book, ctx, me, message };
}

/** The log, read under the lock; without LaporanHarian, setup has not run since LENTERA came. */
function readLog(ctx: DailyContext, key: string): { header: string[]; existing: LogEntry | null } {
  const { header, rows } = ctx.read(REPORT_LOG_TABLE.name);
  if (header.length === 0) {
    throw new UserError(
      'Tabel LaporanHarian belum ada di spreadsheet data. Minta Admin Sistem menjalankan "Penyiapan" sekali lagi.',
    );
  }
  return { header, existing: findLogged(header, rows, key, ctx.config.timeZone) };
}

function write(book: DataBook, existing: LogEntry | null, row: unknown[]): void {
  // Data rows start on sheet row 2.
  if (existing) book.writeRow(REPORT_LOG_TABLE.name, existing.index + 2, row);
  else book.append(REPORT_LOG_TABLE.name, [row]);
}

const decisionOf = (
  ctx: DailyContext,
  message: MailboxMessage,
  report: DailyReport | null,
  me: User,
  at: Date,
): Decision => ({
  message: loggedMessage(message),
  report,
  late: report ? isLate(report.date, message.receivedAt, ctx.config, ctx.calendar()) : false,
  by: me.email,
  at,
});

/** Catat: the report is logged as DICATAT. Returns the sentence for the notification. */
export function logReport(ports: Ports, ids: OpenMessageIds, input: LogInput = {}): string {
  const { book, ctx, me, message } = prepare(ports, ids, 'mencatat laporan harian');
  const check = checkReport(ctx, message);
  const report = reportToLog(ctx, message, check, input);
  const { problems } = check;
  const note = [
    `Dicatat manual oleh ${who(me)}.`,
    ...(problems.length > 0 ? [`Masalah saat diterima: ${problems.join(' ')}`] : []),
  ].join(' ');
  const key = reportLogKey(message);
  return ports.lock.run(() => {
    const { header, existing } = readLog(ctx, key);
    if (existing?.status === 'DICATAT') {
      return `Laporan ini sudah dicatat${existing.by ? ` oleh ${existing.by}` : ''}; tidak ada yang diubah.`;
    }
    const at = ports.clock.now();
    const decision = { ...decisionOf(ctx, message, report, me, at), report };
    write(book, existing, loggedRow(header, decision, note, existing));
    audit(ports, book, [{ action: 'LAPORAN_DICATAT', object: key, note }]);
    return `Laporan ${report.unit} tanggal ${report.date} dicatat.`;
  });
}

function rejectionMail(message: MailboxMessage, reason: string, me: User) {
  return {
    to: [senderAddress(message.from)],
    subject: `Laporan harian ditolak: ${message.subject}`,
    body: [
      'Yth. pengirim laporan harian,',
      '',
      `Laporan harian Anda dengan subjek "${message.subject}" (diterima ${formatDateTime(new Date(message.receivedAt))}) ditolak oleh Koordinator Email Daily ${who(me)}.`,
      '',
      `Alasan: ${reason}`,
      '',
      'Mohon perbaiki laporan sesuai alasan di atas, lalu kirim ulang sebagai email baru kepada Koordinator Email Daily dengan kepala unit di CC.',
      '',
      'Pesan ini dikirim oleh SPBE Workspace — LENTERA Email Daily.',
    ].join('\n'),
  };
}

/** Tolak: the report is logged as DITOLAK with the reason, and the sender is emailed it. */
export function rejectReport(ports: Ports, ids: OpenMessageIds, reason: string): string {
  const { book, ctx, me, message } = prepare(ports, ids, 'menolak laporan harian');
  const why = reason.trim();
  if (why === '') {
    throw new UserError(
      'Alasan penolakan wajib diisi: tulis pada isian "Alasan penolakan" apa yang harus diperbaiki unit, lalu tekan Tolak lagi.',
    );
  }
  const parsed = parseDailyReport({ ...message, messageId: reportLogKey(message) }, ctx.config);
  const report = parsed.ok ? parsed.report : null;
  const key = reportLogKey(message);
  const changed = ports.lock.run(() => {
    const { header, existing } = readLog(ctx, key);
    // A second tap on Tolak must not email the unit twice.
    if (existing?.status === 'DITOLAK' && existing.note === why) return false;
    const at = ports.clock.now();
    const decision = decisionOf(ctx, message, report, me, at);
    write(book, existing, rejectedRow(header, decision, why, existing));
    audit(ports, book, [{ action: 'LAPORAN_DITOLAK', object: key, note: why }]);
    return true;
  });
  if (!changed)
    return 'Laporan ini sudah ditolak dengan alasan yang sama; email tidak dikirim lagi.';
  const mail = rejectionMail(message, why, me);
  if (mail.to[0] === '') {
    return 'Laporan ditolak. Alamat pengirim tidak terbaca, jadi alasannya belum dikirim: sampaikan kepada unit secara langsung.';
  }
  ports.mail.send(mail);
  return `Laporan ditolak; alasannya dikirim ke ${mail.to[0]}.`;
}
