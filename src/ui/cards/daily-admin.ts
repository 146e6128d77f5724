/** The Gmail homepage section for Admin Sistem: the Pegawai cells and the overdue problems to act on. */
import type { AdminNotices } from '../../app/daily/admin-notices';
import { escapeHtml } from '../../core/text/html';
import { field, type Section, text, type Widget } from './model';

/** Lines listed per kind; the rest are counted (the sheet has them all). */
const SHOWN = 5;

function listed(lines: readonly string[], rest: (count: number) => string): Widget[] {
  const widgets = lines.slice(0, SHOWN).map((line) => text(escapeHtml(line)));
  if (lines.length > SHOWN) widgets.push(text(escapeHtml(rest(lines.length - SHOWN))));
  return widgets;
}

/** null when there is nothing to act on: the homepage stays short. */
export function dailyAdminSection(notices: AdminNotices): Section | null {
  const { staffProblems, overdue } = notices;
  if (staffProblems.length === 0 && overdue.length === 0) return null;
  const widgets: Widget[] = [];
  if (staffProblems.length > 0) {
    widgets.push(
      field(
        'Data pegawai (sheet Pegawai)',
        `${staffProblems.length} isian perlu diperbaiki`,
        'Standar akun: alamat kedinasan, format nama, bukan akun pribadi',
      ),
      ...listed(staffProblems, (n) => `… dan ${n} lainnya di sheet Pegawai.`),
    );
  }
  if (overdue.length > 0) {
    widgets.push(
      field(
        'Masalah teknis (sheet MasalahTeknis)',
        `${overdue.length} terbuka lebih dari ${notices.overdueAfterHours} jam kerja`,
        'Tindak lanjuti atau eskalasi, lalu perbarui Status',
      ),
      ...listed(
        overdue.map(
          (o) =>
            `${o.id || '(tanpa ID)'}: ${o.problem}${o.staff ? ` — ${o.staff}` : ''} (${o.status}, ${o.hours} jam kerja)`,
        ),
        (n) => `… dan ${n} lainnya di sheet MasalahTeknis.`,
      ),
    );
  }
  return { header: 'Perlu tindakan Admin Sistem', widgets };
}
