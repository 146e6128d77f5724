/**
 * One indicator: facts, the criteria of each level beside the radio that proposes it, the
 * evidence and notes, and for the coordinator the verification. Ids are fixed because only
 * one indicator is shown at a time.
 */
import type { IndicatorView, SpbeView } from '../../src/app/spbe-view';
import { escapeHtml } from '../../src/core/text/html';
import { isDriveLink } from '../../src/core/text/links';
import { criteriaFor } from './criteria';
import { levelRange, levelText, statusClass } from './format';

const fact = (label: string, html: string) => `<dt>${label}</dt><dd>${html}</dd>`;

function facts(view: SpbeView, i: IndicatorView): string {
  const aspect = view.aspects.find((a) => a.key === i.aspect);
  const domain = view.domains.find((d) => d.key === i.domain);
  const weight = i.weight === 'sama rata' ? 'sama rata dalam aspeknya' : `${i.weight}%`;
  const gain = i.gainPerLevel ? ` · +${i.gainPerLevel} indeks per level` : '';
  const levels = [
    `Mandiri ${levelText(view, i, i.self)}`,
    `Verifikasi ${levelText(view, i, i.verified)}`,
    `Target ${levelText(view, i, i.target)}`,
  ];
  return [
    '<dl class="fakta">',
    domain ? fact('Domain', escapeHtml(`${domain.key} ${domain.name}`)) : '',
    aspect ? fact('Aspek', escapeHtml(`${aspect.key} ${aspect.name}`)) : '',
    fact('Bobot', escapeHtml(weight + gain)),
    fact('Unit penanggung jawab', escapeHtml(i.unit || '—')),
    fact('Status', `<span class="status ${statusClass(i.status)}">${escapeHtml(i.status)}</span>`),
    fact('Level', levels.map(escapeHtml).join('<br>')),
    '</dl>',
  ].join('');
}

function savedEvidence(i: IndicatorView): string {
  if (i.evidence.length === 0) return '';
  // Only Drive links become anchors: the cell may have been typed by hand in the sheet.
  const items = i.evidence.map((link) =>
    isDriveLink(link)
      ? `<li><a href="${escapeHtml(link)}" target="_blank" rel="noopener">${escapeHtml(link)}</a></li>`
      : `<li>${escapeHtml(link)}</li>`,
  );
  return `<h3>Bukti tersimpan</h3><ul class="tautan">${items.join('')}</ul>`;
}

function levelChoices(view: SpbeView, i: IndicatorView, off: string): string {
  const criteria = criteriaFor(view.framework.id, i.key);
  const rows = levelRange(view, i).map(({ level, name }) => {
    const c = criteria.find((x) => x.level === level);
    const id = `level-${level}`;
    const described = c ? ` aria-describedby="kriteria-${level}"` : '';
    return (
      `<div class="level"><input type="radio" name="level" id="${id}" value="${level}"${i.self === level ? ' checked' : ''}${described}${off}>` +
      `<label for="${id}"><b>${level}</b> ${escapeHtml(name)}</label>` +
      (c
        ? `<p class="kriteria" id="kriteria-${level}">${escapeHtml(c.criteria)}</p>` +
          `<details class="bukti-dukung"><summary>Bukti dukung level ${level}</summary><p>${escapeHtml(c.evidence)}</p></details>`
        : '') +
      '</div>'
    );
  });
  rows.push(
    `<div class="level"><input type="radio" name="level" id="level-kosong" value=""${i.self === null ? ' checked' : ''}${off}>` +
      '<label for="level-kosong">Belum dipilih</label></div>',
  );
  const legend = criteria.length > 0 ? 'Level mandiri dan kriterianya' : 'Level mandiri';
  return `<fieldset class="level-pilihan"><legend>${legend}</legend>${rows.join('')}</fieldset>`;
}

function proposalForm(view: SpbeView, i: IndicatorView): string {
  // Each control is disabled on its own: a wrapping <fieldset disabled> would be an unnamed group.
  const off = i.editable ? '' : ' disabled';
  return [
    '<form id="form-usulan" novalidate>',
    '<h3>Usulan unit</h3>',
    levelChoices(view, i, off),
    '<label for="bukti">Tautan bukti</label>',
    '<p class="petunjuk" id="bukti-petunjuk">Satu tautan Google Drive per baris (https://drive.google.com/… atau https://docs.google.com/…).</p>',
    `<textarea id="bukti" name="bukti" rows="3" spellcheck="false" aria-describedby="bukti-petunjuk bukti-galat"${off}>${escapeHtml(i.evidence.join('\n'))}</textarea>`,
    '<p class="galat-isian" id="bukti-galat"></p>',
    '<label for="catatan">Catatan</label>',
    `<textarea id="catatan" name="catatan" rows="3" maxlength="2000"${off}>${escapeHtml(i.notes)}</textarea>`,
    `<button type="submit" id="simpan-usulan"${off}>Simpan usulan</button>`,
    i.editable
      ? ''
      : `<p class="catatan">Indikator ini tanggung jawab ${escapeHtml(i.unit || 'unit lain')}; Anda hanya dapat melihatnya.</p>`,
    '</form>',
  ].join('');
}

function verificationForm(view: SpbeView, i: IndicatorView): string {
  const chosen = i.verified ?? i.self;
  const options = levelRange(view, i).map(
    ({ level, name }) =>
      `<option value="${level}"${chosen === level ? ' selected' : ''}>${level} ${escapeHtml(name)}</option>`,
  );
  return [
    '<form id="form-verifikasi" novalidate>',
    '<h3>Verifikasi koordinator</h3>',
    '<label for="verif-level">Level verifikasi</label>',
    `<select id="verif-level" name="verif-level" aria-describedby="verif-level-galat"><option value="">— pilih level —</option>${options.join('')}</select>`,
    '<p class="galat-isian" id="verif-level-galat"></p>',
    '<label for="verif-catatan">Catatan verifikasi</label>',
    '<p class="petunjuk" id="verif-petunjuk">Wajib untuk Minta perbaikan. Ditambahkan ke Catatan dengan tanggal.</p>',
    '<textarea id="verif-catatan" name="verif-catatan" rows="2" maxlength="2000" aria-describedby="verif-petunjuk verif-catatan-galat"></textarea>',
    '<p class="galat-isian" id="verif-catatan-galat"></p>',
    '<div class="tombol">',
    '<button type="submit" id="verifikasi">Verifikasi</button>',
    '<button type="button" class="sekunder" id="minta-perbaikan" data-aksi="perbaikan">Minta perbaikan</button>',
    '</div></form>',
  ].join('');
}

export function renderDetail(view: SpbeView, i: IndicatorView): string {
  return [
    '<button type="button" class="sekunder kembali" id="kembali" data-aksi="kembali">← Daftar indikator</button>',
    `<h2 id="rincian-judul" tabindex="-1">Indikator ${escapeHtml(i.key)}</h2>`,
    `<p class="nama-penuh">${escapeHtml(i.name)}</p>`,
    facts(view, i),
    savedEvidence(i),
    proposalForm(view, i),
    view.user.isCoordinator ? verificationForm(view, i) : '',
  ].join('');
}
