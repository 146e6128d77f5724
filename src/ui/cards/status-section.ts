/** The "who am I here / is it set up" section every homepage starts with. */

import type { WorkspaceStatus } from '../../app/status';
import { escapeHtml } from '../../core/text/html';
import { field, type Section, text } from './model';

export function statusSection(status: WorkspaceStatus): Section {
  const widgets = [field('Hari ini', escapeHtml(status.now))];
  if (status.data.state === 'absent') {
    widgets.push(
      text('SPBE Workspace belum disiapkan. Minta Admin Sistem menjalankan <b>Penyiapan</b>.'),
    );
  } else if (status.data.state === 'unreachable') {
    widgets.push(text(escapeHtml(status.data.message)));
  } else if (!status.user.registered) {
    widgets.push(
      field(
        'Akun',
        escapeHtml(status.user.email || '(tidak terbaca)'),
        'Belum terdaftar di tabel Pengguna. Minta Admin Sistem mendaftarkan akun Anda.',
      ),
    );
  } else {
    const who = status.user.name || status.user.email;
    widgets.push(
      field('Akun', escapeHtml(who), escapeHtml(status.user.unit || 'Unit belum diisi')),
    );
    widgets.push(field('Peran', escapeHtml(status.user.roles.join(', ') || 'Belum ada peran')));
  }
  return { header: 'Status', widgets };
}
