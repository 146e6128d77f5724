/**
 * Domain → aspect → indicator as nested native <details>: keyboard-operable and announced as
 * expandable without any script. Each indicator line is a real <button>.
 */
import type { IndicatorView, SpbeView } from '../../src/app/spbe-view';
import { escapeHtml } from '../../src/core/text/html';
import { indicatorId, levelText, shortName, statusClass } from './format';

/** Keys of the <details> that are open, so a re-render after a save keeps the user's place. */
export const openKey = (kind: 'D' | 'A', key: string) => `${kind}:${key}`;

/** A unit sees a handful of indicators: open everything; the coordinator sees 47, so fold. */
export function defaultOpen(view: SpbeView): Set<string> {
  if (view.indicators.length > 12) return new Set();
  const open = new Set<string>();
  for (const i of view.indicators) {
    open.add(openKey('D', i.domain));
    open.add(openKey('A', i.aspect));
  }
  return open;
}

function line(view: SpbeView, i: IndicatorView): string {
  const levels = `Mandiri ${levelText(view, i, i.self)} · Verifikasi ${levelText(view, i, i.verified)}`;
  return (
    `<li><button type="button" class="baris" id="${indicatorId(i.key)}" data-indikator="${escapeHtml(i.key)}">` +
    `<span class="no">${escapeHtml(i.key)}</span> <span class="nama">${escapeHtml(shortName(i.name))}</span> ` +
    `<span class="meta">${escapeHtml(levels)} · <span class="status ${statusClass(i.status)}">${escapeHtml(i.status)}</span></span>` +
    '</button></li>'
  );
}

/** "3/10 terisi": how far a group is, visible while it is folded. */
const progress = (list: readonly IndicatorView[]) =>
  `<span class="jumlah">${list.filter((i) => i.self !== null).length}/${list.length} terisi</span>`;

function group(
  kind: 'D' | 'A',
  key: string,
  name: string,
  list: readonly IndicatorView[],
  inner: string,
  open: ReadonlySet<string>,
): string {
  const k = openKey(kind, key);
  return (
    `<details class="${kind === 'D' ? 'domain' : 'aspek'}" data-buka="${escapeHtml(k)}"${open.has(k) ? ' open' : ''}>` +
    `<summary><span class="kode">${escapeHtml(key)}</span> ${escapeHtml(name)} ${progress(list)}</summary>${inner}</details>`
  );
}

export function renderTree(view: SpbeView, open: ReadonlySet<string>): string {
  if (view.indicators.length === 0) {
    const unit = view.user.unit ? ` (${view.user.unit})` : '';
    return `<p class="catatan">Belum ada indikator yang ditugaskan ke unit Anda${escapeHtml(unit)}. Minta Koordinator SPBE mengisi kolom Unit Penanggung Jawab di lembar Penilaian.</p>`;
  }
  const byAspect = new Map<string, IndicatorView[]>();
  for (const i of view.indicators) byAspect.set(i.aspect, [...(byAspect.get(i.aspect) ?? []), i]);
  const aspectHtml = (key: string, name: string) => {
    const list = byAspect.get(key) ?? [];
    byAspect.delete(key);
    if (list.length === 0) return { html: '', list };
    const items = `<ul class="indikator">${list.map((i) => line(view, i)).join('')}</ul>`;
    return { html: group('A', key, name, list, items, open), list };
  };
  const parts: string[] = [];
  const domainKeys = new Set(view.domains.map((d) => d.key));
  for (const d of view.domains) {
    const inner = view.aspects
      .filter((a) => a.domain === d.key)
      .map((a) => aspectHtml(a.key, a.name));
    const list = inner.flatMap((x) => x.list);
    if (list.length > 0)
      parts.push(group('D', d.key, d.name, list, inner.map((x) => x.html).join(''), open));
  }
  // Frameworks without domains (8/2026) put aspects at the top.
  for (const a of view.aspects.filter((x) => !domainKeys.has(x.domain))) {
    parts.push(aspectHtml(a.key, a.name).html);
  }
  // A row whose aspect the framework does not know still has to be reachable.
  const rest = [...byAspect.values()].flat();
  if (rest.length > 0) {
    parts.push(
      group(
        'A',
        '—',
        'Lainnya',
        rest,
        `<ul class="indikator">${rest.map((i) => line(view, i)).join('')}</ul>`,
        open,
      ),
    );
  }
  return parts.join('');
}
