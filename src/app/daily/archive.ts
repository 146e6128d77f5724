/**
 * Archiving a daily report's attachments to Drive (seed 000: "arsip lampiran"), in
 * <archive folders>/<unit>/<yyyy>/<MM>. The file name carries the report date and Gmail's
 * message id, so two units' "laporan.pdf" of one day never replace each other and a run that
 * archives the same message again finds the copy it made (FileStore.saveBinary keeps it).
 */
import type { ArchiveResult } from '../../core/daily/report-log';
import type { MailboxMessage, Ports } from '../../ports';
import { withRetry } from '../retry';

/** Drive does not allow '/' in a name and the sheet shows the name: keep it readable. */
const fileName = (date: string, filename: string, messageId: string) =>
  `${date} ${filename.replace(/[/\\]/g, '-').trim() || 'lampiran'} [${messageId}]`;

export function archiveAttachments(
  ports: Ports,
  message: MailboxMessage,
  report: { readonly unit: string; readonly date: string },
  folders: readonly string[],
): ArchiveResult {
  const links: string[] = [];
  const failed: string[] = [];
  const [year = '', month = ''] = report.date.split('-');
  const path = [...folders, report.unit, year, month];
  for (const attachment of message.attachments) {
    try {
      const bytes = withRetry(ports, () => ports.mailbox.attachment(message.id, attachment.id));
      const name = fileName(report.date, attachment.filename, message.id);
      links.push(
        withRetry(ports, () => ports.files.saveBinary(path, name, attachment.mimeType, bytes)),
      );
    } catch (error) {
      // The report is logged either way; the coordinator sees which file is missing.
      ports.log.error(`Lampiran ${attachment.filename} tidak dapat diarsipkan`, error);
      failed.push(attachment.filename);
    }
  }
  return {
    links,
    problem:
      failed.length === 0
        ? null
        : `Lampiran belum diarsipkan ke Drive: ${failed.join(', ')}; simpan manual dari email.`,
  };
}
