/** The top of the sidebar: year, framework, the three scores and the sheet's problems. */
import type { SpbeView } from '../../src/app/spbe-view';
import { escapeHtml } from '../../src/core/text/html';
import { scoreParts } from './format';

const COLUMNS = [
  ['self', 'Mandiri'],
  ['verified', 'Verifikasi'],
  ['target', 'Target'],
] as const;

export function renderHeader(view: SpbeView): string {
  const fw = view.framework;
  const provisional =
    fw.status === 'provisional'
      ? ' <span class="sementara" title="Bobot dan kriteria belum resmi dan dapat berubah">sementara</span>'
      : '';
  const who = [
    view.user.email,
    view.user.unit,
    view.user.isCoordinator ? 'Koordinator SPBE' : '',
  ].filter((s) => s !== '');
  const parts = [
    `<p class="kerangka">Tahun ${escapeHtml(String(view.year))} · ${escapeHtml(fw.name)}${provisional}</p>`,
    `<p class="akun">${escapeHtml(who.join(' · '))}</p>`,
    '<dl class="skor" aria-label="Indeks SPBE">',
  ];
  const warnings = new Set<string>();
  for (const [column, label] of COLUMNS) {
    const score = view.score[column];
    const shown = scoreParts(score);
    if (score.state === 'scored') for (const w of score.warnings) warnings.add(w);
    parts.push(
      `<div class="skor-${shown.kind}" id="skor-${column}"><dt>${label}</dt>`,
      `<dd class="nilai">${escapeHtml(shown.value)}</dd><dd class="rinci">${escapeHtml(shown.detail)}</dd></div>`,
    );
  }
  parts.push('</dl>');
  if (warnings.size > 0) {
    parts.push('<ul class="peringatan">');
    for (const w of warnings) parts.push(`<li>${escapeHtml(w)}</li>`);
    parts.push('</ul>');
  }
  if (view.problems.length > 0) {
    parts.push(
      '<h2>Perlu diperbaiki di lembar Penilaian</h2><ul class="masalah" id="masalah">',
      ...view.problems.map((p) => `<li class="galat">${escapeHtml(p)}</li>`),
      '</ul>',
    );
  }
  return parts.join('');
}
