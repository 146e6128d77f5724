/** Turns the workspace status into sidebar HTML. Every value is escaped. */
import type { WorkspaceStatus } from '../src/app/status';
import { escapeHtml } from '../src/core/text/html';

const item = (label: string, value: string) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`;

export function renderStatus(status: WorkspaceStatus): string {
  const parts: string[] = [`<dl>${item('Hari ini', escapeHtml(status.now))}`];
  const user = status.user;
  parts.push(item('Akun', escapeHtml(user.email || '(tidak terbaca)')));
  if (user.registered) {
    parts.push(
      item('Nama', escapeHtml(user.name || '—')),
      item('Unit', escapeHtml(user.unit || '—')),
    );
    parts.push(item('Peran', escapeHtml(user.roles.join(', ') || 'Belum ada peran')));
  }
  parts.push('</dl>');
  const data = status.data;
  parts.push('<h2>Spreadsheet data</h2>');
  if (data.state === 'absent') {
    parts.push(
      '<p>Belum disiapkan. Admin Sistem: pilih menu <b>SPBE Workspace → Penyiapan</b>.</p>',
    );
  } else if (data.state === 'unreachable') {
    parts.push(`<p class="galat">${escapeHtml(data.message)}</p>`);
  } else {
    parts.push(
      `<p><a href="${escapeHtml(data.url)}" target="_blank" rel="noopener">${escapeHtml(data.name)}</a></p><ul>`,
    );
    for (const sheet of data.sheets)
      parts.push(`<li>${escapeHtml(sheet.name)}: ${sheet.rows} baris</li>`);
    parts.push('</ul>');
    if (!user.registered) {
      parts.push(
        '<p class="catatan">Akun Anda belum terdaftar di tabel Pengguna. Minta Admin Sistem mendaftarkannya.</p>',
      );
    }
  }
  parts.push('<h2>Tugas terjadwal</h2><ul>');
  for (const job of status.jobs) {
    parts.push(
      `<li>${escapeHtml(job.label)}: ${job.installed ? 'terpasang' : 'belum terpasang'}</li>`,
    );
  }
  parts.push('</ul>');
  if (status.userTableProblems.length > 0) {
    parts.push('<h2>Perlu diperbaiki</h2><ul>');
    for (const p of status.userTableProblems) parts.push(`<li class="galat">${escapeHtml(p)}</li>`);
    parts.push('</ul>');
  }
  return parts.join('');
}
