/**
 * The planner: a target as an index or a predicate, and the cheapest level increases that
 * reach it (computed on the server from verified levels, else proposed ones).
 */
import type { PlanView, SpbeView } from '../../src/app/spbe-view';
import { escapeHtml } from '../../src/core/text/html';
import { shortName } from './format';

export function renderPlannerForm(view: SpbeView): string {
  const { min, max } = view.framework.levels;
  const predicates = view.framework.predicates.map(
    (p) => `<option value="${escapeHtml(p)}">${escapeHtml(p)}</option>`,
  );
  return [
    '<form id="form-rencana" novalidate>',
    '<p class="petunjuk">Kenaikan level dengan upaya paling kecil untuk mencapai target, dihitung dari level verifikasi (atau level mandiri bila belum diverifikasi). Semua indikator harus sudah berlevel.</p>',
    '<label for="target-indeks">Indeks target</label>',
    `<input type="number" id="target-indeks" name="target-indeks" inputmode="decimal" step="0.01" min="${Math.max(min, 0)}" max="${max}" placeholder="mis. 3.5" aria-describedby="target-galat">`,
    '<label for="target-predikat">atau predikat target</label>',
    `<select id="target-predikat" name="target-predikat" aria-describedby="target-galat"><option value="">— tidak dipakai —</option>${predicates.join('')}</select>`,
    '<p class="galat-isian" id="target-galat"></p>',
    '<button type="submit" id="hitung-rencana">Hitung rencana</button>',
    '</form>',
  ].join('');
}

/** The target the form asks for: the predicate when one is chosen, else the index typed. */
export function readTarget(index: string, predicate: string): string | null {
  if (predicate.trim() !== '') return predicate.trim();
  if (index.trim() !== '') return index.trim();
  return null;
}

export function renderPlan(target: string, plan: PlanView): string {
  const steps = plan.steps.map(
    (s) =>
      `<li><span class="no">${escapeHtml(s.indicator)}</span> ${escapeHtml(shortName(s.name))}: <b>${escapeHtml(`${s.from} → ${s.to}`)}</b></li>`,
  );
  return [
    `<h3 id="rencana-judul" tabindex="-1">Rencana untuk target ${escapeHtml(target)}</h3>`,
    `<p class="${plan.reachable ? 'berhasil' : 'galat'}">${escapeHtml(plan.message)}</p>`,
    steps.length > 0 ? `<ol class="langkah">${steps.join('')}</ol>` : '',
    '<dl class="fakta">',
    `<dt>Jumlah kenaikan level</dt><dd>${escapeHtml(String(plan.totalSteps))}</dd>`,
    `<dt>Indeks hasil</dt><dd>${escapeHtml(plan.index)} · ${escapeHtml(plan.predicate)}</dd>`,
    '</dl>',
  ].join('');
}
