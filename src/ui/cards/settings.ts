/**
 * The "Pengaturan" card (universal action): what is installed and where the data lives.
 * Only an Admin Sistem gets the button that (re)runs setup; the server checks again.
 */

import type { WorkspaceStatus } from '../../app/status';
import { escapeHtml } from '../../core/text/html';
import { actionButton, buttons, type Card, field, linkButton, type Section, text } from './model';
import { statusSection } from './status-section';

export function settingsCard(status: WorkspaceStatus): Card {
  const sections: Section[] = [statusSection(status)];
  if (status.data.state === 'ready') {
    sections.push({
      header: 'Spreadsheet data',
      collapsible: true,
      uncollapsibleWidgetsCount: 1,
      widgets: [
        buttons(linkButton('Buka spreadsheet data', status.data.url)),
        ...status.data.sheets.map((s) => field(escapeHtml(s.name), `${s.rows} baris`)),
      ],
    });
  }
  sections.push({
    header: 'Tugas terjadwal',
    widgets: status.jobs.map((j) =>
      field(j.label, j.installed ? 'Terpasang' : 'Belum terpasang — jalankan Penyiapan'),
    ),
  });
  if (status.userTableProblems.length > 0) {
    sections.push({
      header: 'Perlu diperbaiki di tabel Pengguna',
      widgets: status.userTableProblems.map((p) => text(escapeHtml(p))),
    });
  }
  const canSetup = status.user.isAdmin || status.data.state === 'absent';
  if (canSetup) {
    sections.push({
      widgets: [
        text(
          'Penyiapan membuat spreadsheet data dan memasang tugas terjadwal. Aman dijalankan ulang: data tidak dihapus.',
        ),
        buttons(actionButton('Jalankan penyiapan', 'actionRunSetup')),
      ],
    });
  }
  return { name: 'pengaturan', header: { title: 'Pengaturan SPBE Workspace' }, sections };
}
