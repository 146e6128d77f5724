/**
 * Draws `google.apps.card.v1` card JSON as HTML that looks and behaves like the Gmail and
 * Calendar add-on side panel, for the local preview server. Pure: JSON in, HTML out.
 *
 * Card text comes from users and email, so everything is escaped; only the formatting
 * Google allows in card text (<b>, <i>, <u>, <br>, <font color>, <a href>) survives, and
 * only with safe attributes. Clickable things carry what the preview needs to run the
 * callback: `data-function` and `data-parameters` (JSON of the action's key/value pairs).
 */
import { escapeHtml } from '../../src/core/text/html';

type Rec = Record<string, unknown>;

const rec = (v: unknown): Rec | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
const str = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** For the single-quoted `data-parameters='{"k":"v"}'`: JSON quotes may stay readable. */
function escapeSingleQuoted(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

// ---------------------------------------------------------------- formatted text

/** Escapes text but keeps well-formed entities, which card text may use (`&amp;`, `&#8226;`). */
function escapeText(value: string): string {
  return value
    .replace(/&(?!(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) {
      return safeCodePoint(Number.parseInt(code.slice(2), 16)) ?? whole;
    }
    if (code.startsWith('#')) return safeCodePoint(Number.parseInt(code.slice(1), 10)) ?? whole;
    return named[code.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/**
 * Only these schemes may become links or image sources; entities and control characters
 * are removed first so `java&#x09;script:` cannot slip past the check.
 */
function safeUrl(raw: unknown, kind: 'link' | 'image'): string | undefined {
  const value = str(raw);
  if (value === undefined) return undefined;
  const url = decodeEntities(value).trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
  const probe = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const ok =
    kind === 'link'
      ? /^(https?:|mailto:|tel:)/.test(probe)
      : /^(https?:|data:image\/(png|gif|jpeg|webp);base64,)/.test(probe);
  return ok ? url : undefined;
}

const FORMAT_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>/g;
const ATTRIBUTE = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const FORMAT_TAGS = new Set(['b', 'i', 'u', 'br', 'font', 'a']);

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    found.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return found;
}

/** The opening tag to emit, or undefined to drop a tag whose attributes are unsafe. */
function openTag(name: string, attrSource: string): string | undefined {
  if (name === 'b' || name === 'i' || name === 'u') return `<${name}>`;
  const attrs = attributes(attrSource);
  if (name === 'font') {
    const colour = decodeEntities(attrs.get('color') ?? '').trim();
    if (!/^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,20})$/.test(colour)) return '<span>';
    return `<span style="color:${colour}">`;
  }
  const href = safeUrl(attrs.get('href'), 'link');
  if (href === undefined) return undefined;
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">`;
}

const closeTag = (name: string): string => (name === 'font' ? '</span>' : `</${name}>`);

/** Card text → HTML: allowed tags normalised and balanced, everything else escaped. */
export function formatCardText(input: string): string {
  let out = '';
  let last = 0;
  const open: string[] = [];
  for (const m of input.matchAll(FORMAT_TAG)) {
    const at = m.index ?? 0;
    out += escapeText(input.slice(last, at));
    last = at + m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    if (!FORMAT_TAGS.has(name)) {
      out += escapeText(m[0]);
      continue;
    }
    if (name === 'br') {
      out += '<br>';
      continue;
    }
    if (m[1] === '/') {
      // A stray closing tag is dropped; a closing tag closes whatever it encloses.
      const index = open.lastIndexOf(name);
      if (index === -1) continue;
      while (open.length > index) out += closeTag(open.pop() ?? '');
      continue;
    }
    const tag = openTag(name, m[3] ?? '');
    if (tag === undefined) continue;
    out += tag;
    open.push(name);
  }
  out += escapeText(input.slice(last));
  while (open.length > 0) out += closeTag(open.pop() ?? '');
  return out;
}

/** Plain text for aria labels: formatting tags removed, the rest escaped by the caller. */
function plainText(input: string): string {
  return decodeEntities(input.replace(/<[^<>]*>/g, ''));
}

// ---------------------------------------------------------------- clicks and buttons

interface Context {
  nextId: number;
}

const newId = (ctx: Context, prefix: string): string => `${prefix}-${++ctx.nextId}`;

/**
 * Quotes inside JSON strings become \u0022 so the only raw `"` are JSON's own; `\\` pairs
 * are matched first so an escaped backslash before a closing quote stays intact.
 */
function quotesAsUnicode(json: string): string {
  return json.replace(/\\\\|\\"/g, (m) => (m === '\\"' ? '\\u0022' : m));
}

function actionAttrs(action: Rec, extra = ''): string {
  const fn = str(action.function) ?? '';
  const params: Record<string, string> = {};
  for (const p of list(action.parameters)) {
    const key = str(rec(p)?.key);
    if (key !== undefined) params[key] = str(rec(p)?.value) ?? '';
  }
  const load = str(action.loadIndicator);
  return (
    ` data-function="${escapeHtml(fn)}"` +
    ` data-parameters='${escapeSingleQuoted(quotesAsUnicode(JSON.stringify(params)))}'` +
    (load ? ` data-load-indicator="${escapeHtml(load)}"` : '') +
    extra
  );
}

/**
 * A clickable element around `inner`: a <button> for callbacks, an <a> for links, or the
 * inert `fallback` tag when there is no (usable) click.
 */
function clickable(
  onClick: unknown,
  inner: string,
  attrs: string,
  fallback: 'span' | 'div' | 'button' = 'span',
): string {
  const click = rec(onClick);
  const action = rec(click?.action);
  const dynamic = rec(click?.openDynamicLinkAction);
  const link = rec(click?.openLink);
  if (action) return `<button type="button"${attrs}${actionAttrs(action)}>${inner}</button>`;
  if (dynamic) {
    return `<button type="button"${attrs}${actionAttrs(dynamic, ' data-open-link="dynamic"')}>${inner}</button>`;
  }
  if (link) {
    const href = safeUrl(link.url, 'link');
    const openAs = str(link.openAs);
    const onClose = str(link.onClose);
    const data =
      (openAs ? ` data-open-as="${escapeHtml(openAs)}"` : '') +
      (onClose ? ` data-on-close="${escapeHtml(onClose)}"` : '');
    if (href === undefined) return `<span${attrs} aria-disabled="true"${data}>${inner}</span>`;
    return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer"${attrs}${data}>${inner}</a>`;
  }
  if (click?.card !== undefined) {
    return `<button type="button"${attrs} data-push-card="true">${inner}</button>`;
  }
  const inert = fallback === 'button' ? ' type="button" disabled' : '';
  return `<${fallback}${inert}${attrs}>${inner}</${fallback}>`;
}

const KNOWN_ICONS: Record<string, string> = {
  AIRPLANE: '✈',
  BOOKMARK: '🔖',
  CLOCK: '🕒',
  DESCRIPTION: '📄',
  EMAIL: '✉',
  INVITE: '📅',
  MAP_PIN: '📍',
  MULTIPLE_PEOPLE: '👥',
  PERSON: '👤',
  PHONE: '📞',
  STAR: '★',
  VIDEO_CAMERA: '🎥',
};

function icon(value: unknown): string {
  const i = rec(value);
  if (!i) return '';
  const alt = str(i.altText);
  const label = alt ? ` role="img" aria-label="${escapeHtml(alt)}"` : ' aria-hidden="true"';
  const crop = str(i.imageType) === 'CIRCLE' ? ' icon-circle' : '';
  const url = safeUrl(i.iconUrl, 'image');
  if (url)
    return `<img class="icon${crop}" src="${escapeHtml(url)}" alt="${escapeHtml(alt ?? '')}">`;
  const known = str(i.knownIcon);
  const material = str(rec(i.materialIcon)?.name);
  const glyph = (known && KNOWN_ICONS[known]) ?? '●';
  const title = known ?? material;
  return `<span class="icon icon-glyph"${label}${title ? ` title="${escapeHtml(title)}"` : ''}>${glyph}</span>`;
}

function channel(v: unknown): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? v : 0;
  return Math.round(Math.min(1, Math.max(0, n)) * 255);
}

function button(value: unknown): string {
  const b = rec(value);
  if (!b) return '';
  const color = rec(b.color);
  const type = color ? 'FILLED' : (str(b.type) ?? 'OUTLINED');
  const style = color
    ? ` style="background-color:rgb(${channel(color.red)},${channel(color.green)},${channel(color.blue)})"`
    : '';
  const label = str(b.text);
  const alt = str(b.altText);
  const disabled = b.disabled === true;
  const inner = `${icon(b.icon)}${label ? `<span>${escapeHtml(label)}</span>` : ''}`;
  const attrs =
    ` class="btn btn-${escapeHtml(type.toLowerCase())}"${style}` +
    (alt || !label ? ` aria-label="${escapeHtml(alt ?? label ?? 'tombol')}"` : '');
  if (disabled) {
    return `<button type="button" disabled${attrs}>${inner}</button>`;
  }
  return clickable(b.onClick, inner, attrs, 'button');
}

// ---------------------------------------------------------------- widgets

type WidgetRenderer = (body: Rec, ctx: Context) => string;

function textParagraph(body: Rec): string {
  return `<div class="w w-text">${formatCardText(str(body.text) ?? '')}</div>`;
}

function switchControl(value: unknown, label: string): string {
  const s = rec(value);
  if (!s) return '';
  const isSwitch = str(s.controlType) !== 'CHECK_BOX' && str(s.controlType) !== 'CHECKBOX';
  return (
    `<input type="checkbox" class="control${isSwitch ? ' switch' : ''}"` +
    `${isSwitch ? ' role="switch"' : ''}` +
    ` name="${escapeHtml(str(s.name) ?? '')}" value="${escapeHtml(str(s.value) ?? '')}"` +
    `${s.selected === true ? ' checked' : ''}` +
    `${onChange(s.onChangeAction)} aria-label="${escapeHtml(label)}">`
  );
}

function onChange(value: unknown): string {
  const fn = str(rec(value)?.function);
  return fn ? ` data-on-change="${escapeHtml(fn)}"` : '';
}

function decoratedText(body: Rec): string {
  const text = str(body.text) ?? '';
  const top = str(body.topLabel);
  const bottom = str(body.bottomLabel);
  const wrap = body.wrapText === true ? '' : ' nowrap';
  const content =
    (top ? `<span class="deco-top">${formatCardText(top)}</span>` : '') +
    `<span class="deco-text${wrap}">${formatCardText(text)}</span>` +
    (bottom ? `<span class="deco-bottom">${formatCardText(bottom)}</span>` : '');
  const main = clickable(body.onClick, content, ' class="deco-body"');
  const end = body.button
    ? button(body.button)
    : body.switchControl
      ? switchControl(body.switchControl, plainText(text))
      : icon(body.endIcon);
  return `<div class="w w-deco">${icon(body.startIcon ?? body.icon)}${main}${end}</div>`;
}

function buttonList(body: Rec): string {
  return `<div class="w w-buttons" role="group">${list(body.buttons).map(button).join('')}</div>`;
}

function fieldShell(
  ctx: Context,
  label: string | undefined,
  hint: string | undefined,
  control: (id: string, describedBy: string) => string,
): string {
  const id = newId(ctx, 'f');
  const hintId = hint ? `${id}-hint` : '';
  return (
    '<div class="w w-field">' +
    (label ? `<label for="${id}">${escapeHtml(label)}</label>` : '') +
    control(id, hintId ? ` aria-describedby="${hintId}"` : '') +
    (hint ? `<div class="hint" id="${hintId}">${escapeHtml(hint)}</div>` : '') +
    '</div>'
  );
}

function textInput(body: Rec, ctx: Context): string {
  const name = escapeHtml(str(body.name) ?? '');
  const label = str(body.label);
  const hint = str(body.hintText);
  const value = str(body.value) ?? '';
  const validation = rec(body.validation);
  const limit = str(validation?.characterLimit);
  const inputType = str(validation?.inputType);
  const type =
    inputType === 'EMAIL'
      ? 'email'
      : inputType === 'INTEGER' || inputType === 'FLOAT'
        ? 'number'
        : 'text';
  const common =
    ` name="${name}"${onChange(body.onChangeAction)}` +
    (limit ? ` maxlength="${escapeHtml(limit)}"` : '') +
    (label ? '' : ` aria-label="${escapeHtml(hint ?? str(body.name) ?? '')}"`);
  return fieldShell(ctx, label, hint, (id, described) =>
    str(body.type) === 'MULTIPLE_LINE'
      ? `<textarea id="${id}"${common}${described} rows="3">${escapeHtml(value)}</textarea>`
      : `<input id="${id}" type="${type}"${inputType === 'FLOAT' ? ' step="any"' : ''}` +
        `${common}${described} value="${escapeHtml(value)}">`,
  );
}

function selectionInput(body: Rec, ctx: Context): string {
  const name = escapeHtml(str(body.name) ?? '');
  const label = str(body.label);
  const type = str(body.type) ?? 'CHECK_BOX';
  const items = list(body.items).map((i) => rec(i) ?? {});
  const change = onChange(body.onChangeAction);
  if (type === 'DROPDOWN' || type === 'MULTI_SELECT') {
    const options = items
      .map(
        (i) =>
          `<option value="${escapeHtml(str(i.value) ?? '')}"${i.selected === true ? ' selected' : ''}>` +
          `${escapeHtml(str(i.text) ?? '')}</option>`,
      )
      .join('');
    const multiple = type === 'MULTI_SELECT' ? ' multiple' : '';
    return fieldShell(
      ctx,
      label,
      undefined,
      (id) =>
        `<select id="${id}" name="${name}"${multiple}${change}${label ? '' : ` aria-label="${name}"`}>${options}</select>`,
    );
  }
  const inputType = type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
  const role = type === 'SWITCH' ? ' role="switch"' : '';
  const choices = items
    .map(
      (i) =>
        `<label class="choice"><input type="${inputType}"${role} name="${name}"` +
        ` value="${escapeHtml(str(i.value) ?? '')}"${i.selected === true ? ' checked' : ''}${change}>` +
        `<span>${escapeHtml(str(i.text) ?? '')}</span></label>`,
    )
    .join('');
  return (
    `<fieldset class="w w-choices${type === 'SWITCH' ? ' switches' : ''}">` +
    (label ? `<legend>${escapeHtml(label)}</legend>` : '') +
    `${choices}</fieldset>`
  );
}

/** The value a browser date/time input needs for the picker's type and offset. */
function pickerValue(type: string, ms: unknown, offsetMinutes: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  if (type === 'TIME_ONLY') return new Date(ms).toISOString().slice(11, 16);
  if (type === 'DATE_ONLY') return new Date(ms).toISOString().slice(0, 10);
  const offset =
    typeof offsetMinutes === 'number' && Number.isFinite(offsetMinutes) ? offsetMinutes : 0;
  const shifted = ms + offset * 60_000;
  return Math.abs(shifted) > 8.64e15 ? '' : new Date(shifted).toISOString().slice(0, 16);
}

function dateTimePicker(body: Rec, ctx: Context): string {
  const type = str(body.type) ?? 'DATE_AND_TIME';
  const inputType =
    type === 'DATE_ONLY' ? 'date' : type === 'TIME_ONLY' ? 'time' : 'datetime-local';
  const value = pickerValue(type, body.valueMsEpoch, body.timezoneOffsetDate);
  const label = str(body.label);
  return fieldShell(
    ctx,
    label,
    undefined,
    (id) =>
      `<input id="${id}" type="${inputType}" name="${escapeHtml(str(body.name) ?? '')}"` +
      ` value="${value}"${onChange(body.onChangeAction)}${label ? '' : ` aria-label="${escapeHtml(str(body.name) ?? '')}"`}>`,
  );
}

function divider(): string {
  return '<hr class="w w-divider">';
}

function image(body: Rec): string {
  const src = safeUrl(body.imageUrl, 'image');
  const alt = escapeHtml(str(body.altText) ?? '');
  const img = src
    ? `<img src="${escapeHtml(src)}" alt="${alt}">`
    : `<span class="broken">${alt}</span>`;
  return `<div class="w w-image">${clickable(body.onClick, img, ' class="image-click"')}</div>`;
}

function grid(body: Rec): string {
  const columns = Math.min(6, Math.max(1, Math.trunc(Number(body.columnCount) || 1)));
  const items = list(body.items)
    .map((raw) => {
      const item = rec(raw) ?? {};
      const img = rec(item.image);
      const src = safeUrl(img?.imageUri, 'image');
      const circle = str(rec(img?.cropStyle)?.type) === 'CIRCLE' ? ' class="circle"' : '';
      const inner =
        (src
          ? `<img${circle} src="${escapeHtml(src)}" alt="${escapeHtml(str(img?.altText) ?? '')}">`
          : '') +
        `<span class="grid-title">${escapeHtml(str(item.title) ?? '')}</span>` +
        (item.subtitle
          ? `<span class="grid-subtitle">${escapeHtml(str(item.subtitle) ?? '')}</span>`
          : '');
      const id = str(item.id);
      const attrs = ` class="grid-item"${id ? ` data-grid-item-id="${escapeHtml(id)}"` : ''}`;
      return clickable(body.onClick, inner, attrs, 'div');
    })
    .join('');
  const title = str(body.title);
  return (
    `<div class="w w-grid">${title ? `<div class="grid-heading">${escapeHtml(title)}</div>` : ''}` +
    `<div class="grid-items" style="grid-template-columns:repeat(${columns},1fr)">${items}</div></div>`
  );
}

const WIDGETS: Record<string, WidgetRenderer> = {
  textParagraph,
  decoratedText,
  buttonList,
  textInput,
  selectionInput,
  dateTimePicker,
  divider,
  image,
  grid,
};

/** Keys a widget object may carry besides its one kind. */
const WIDGET_META = new Set(['horizontalAlignment', 'id', 'visibility', 'eventActions']);

function widget(value: unknown, ctx: Context): string {
  const w = rec(value) ?? {};
  const kind = Object.keys(w).find((k) => !WIDGET_META.has(k));
  const render = kind === undefined ? undefined : WIDGETS[kind];
  if (kind === undefined || render === undefined) {
    return `<div class="w w-unknown" role="note">[widget tidak dikenal: ${escapeHtml(kind ?? '(kosong)')}]</div>`;
  }
  const html = render(rec(w[kind]) ?? {}, ctx);
  const align = str(w.horizontalAlignment);
  return align === 'CENTER' || align === 'END'
    ? `<div class="align-${align.toLowerCase()}">${html}</div>`
    : html;
}

// ---------------------------------------------------------------- card

function section(value: unknown, ctx: Context): string {
  const s = rec(value) ?? {};
  const widgets = list(s.widgets).map((w) => widget(w, ctx));
  const header = str(s.header);
  const headingId = header ? newId(ctx, 's') : '';
  const open =
    `<section class="card-section"${header ? ` aria-labelledby="${headingId}"` : ''}>` +
    (header ? `<h2 class="section-header" id="${headingId}">${formatCardText(header)}</h2>` : '');
  const keep = typeof s.uncollapsibleWidgetsCount === 'number' ? s.uncollapsibleWidgetsCount : 0;
  if (s.collapsible === true && widgets.length > keep) {
    return (
      `${open}${widgets.slice(0, keep).join('')}` +
      `<details class="more"><summary>Tampilkan lebih banyak</summary>${widgets.slice(keep).join('')}</details></section>`
    );
  }
  return `${open}${widgets.join('')}</section>`;
}

function header(value: unknown): string {
  const h = rec(value);
  const title = str(h?.title);
  if (!h || !title) return '';
  const src = safeUrl(h.imageUrl, 'image');
  const circle = str(h.imageType) === 'CIRCLE' ? ' circle' : '';
  const subtitle = str(h.subtitle);
  return (
    '<header class="card-header">' +
    (src
      ? `<img class="header-image${circle}" src="${escapeHtml(src)}" alt="${escapeHtml(str(h.imageAltText) ?? '')}">`
      : '') +
    `<div class="header-text"><h1 class="card-title">${escapeHtml(title)}</h1>` +
    (subtitle ? `<p class="card-subtitle">${escapeHtml(subtitle)}</p>` : '') +
    '</div></header>'
  );
}

function cardActions(value: unknown): string {
  const items = list(value)
    .map((raw) => {
      const a = rec(raw) ?? {};
      return clickable(
        a.onClick,
        escapeHtml(str(a.actionLabel) ?? ''),
        ' class="menu-item"',
        'button',
      );
    })
    .join('');
  return items ? `<nav class="card-menu" aria-label="Menu kartu">${items}</nav>` : '';
}

function footer(value: unknown): string {
  const f = rec(value);
  if (!f) return '';
  // Google draws the primary button at the end of the row.
  return `<footer class="card-footer">${button(f.secondaryButton)}${button(f.primaryButton)}</footer>`;
}

export function renderCardHtml(cardJson: unknown): string {
  const card = rec(cardJson);
  if (!card) return '<div class="gw-card gw-card-invalid" role="alert">[kartu tidak valid]</div>';
  const ctx: Context = { nextId: 0 };
  const title = str(rec(card.header)?.title);
  const name = str(card.name);
  return (
    `<form class="gw-card" novalidate${title ? ` aria-label="${escapeHtml(title)}"` : ''}` +
    `${name ? ` data-card-name="${escapeHtml(name)}"` : ''}>` +
    header(card.header) +
    cardActions(card.cardActions) +
    `<div class="card-body">${list(card.sections)
      .map((s) => section(s, ctx))
      .join('')}</div>` +
    footer(card.fixedFooter) +
    '</form>'
  );
}

export const CARD_CSS = `
.gw-card{box-sizing:border-box;width:100%;max-width:360px;min-width:280px;margin:0 auto;
  font:14px/20px Roboto,"Google Sans",Arial,sans-serif;color:#202124;background:#fff;
  border:1px solid #dadce0;border-radius:8px;display:flex;flex-direction:column;overflow:hidden}
.gw-card *,.gw-card *::before,.gw-card *::after{box-sizing:inherit}
.gw-card-invalid,.gw-card .w-unknown{padding:8px 12px;color:#b3261e;background:#fce8e6;
  border-radius:4px;font-style:italic}
.card-header{display:flex;align-items:center;gap:12px;padding:16px;border-bottom:1px solid #e8eaed}
.header-image{width:40px;height:40px;object-fit:cover;border-radius:4px;flex:none}
.header-image.circle,.icon-circle,.grid-items img.circle{border-radius:50%}
.card-title{margin:0;font:500 16px/24px "Google Sans",Roboto,Arial,sans-serif}
.card-subtitle{margin:0;color:#5f6368;font-size:12px;line-height:16px}
.card-menu{display:flex;flex-wrap:wrap;gap:4px;padding:4px 12px;border-bottom:1px solid #e8eaed}
.menu-item{background:none;border:0;color:#1a73e8;padding:6px 8px;font:inherit;cursor:pointer}
.card-body{flex:1;overflow-y:auto}
.card-section{padding:12px 16px;border-bottom:1px solid #e8eaed}
.card-section:last-child{border-bottom:0}
.section-header{margin:0 0 8px;font:500 14px/20px "Google Sans",Roboto,Arial,sans-serif;color:#5f6368}
.w{margin:8px 0}
.w-text{overflow-wrap:anywhere}
.w-text a,.deco-body a{color:#1a73e8}
.w-deco{display:flex;align-items:center;gap:12px}
.deco-body{flex:1;min-width:0;display:flex;flex-direction:column;text-align:left;color:inherit;
  background:none;border:0;padding:0;font:inherit;text-decoration:none}
button.deco-body,a.deco-body{cursor:pointer}
.deco-top,.deco-bottom{font-size:12px;line-height:16px;color:#5f6368}
.deco-text{overflow-wrap:anywhere}
.deco-text.nowrap{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.icon{width:24px;height:24px;flex:none;display:inline-flex;align-items:center;justify-content:center}
.icon-glyph{font-size:18px;color:#5f6368}
.w-buttons{display:flex;flex-wrap:wrap;gap:8px}
.align-center>.w-buttons{justify-content:center}.align-end>.w-buttons{justify-content:flex-end}
.btn{display:inline-flex;align-items:center;gap:6px;min-height:36px;padding:0 16px;border-radius:18px;
  font:500 14px/20px "Google Sans",Roboto,Arial,sans-serif;text-decoration:none;cursor:pointer;
  border:1px solid #dadce0;background:#fff;color:#1a73e8}
.btn-filled{background:#1a73e8;border-color:transparent;color:#fff}
.btn-filled_tonal{background:#e8f0fe;border-color:transparent;color:#174ea6}
.btn-borderless{border-color:transparent;background:none}
.btn:disabled,.btn[aria-disabled="true"]{opacity:.38;cursor:default}
.btn:focus-visible,.deco-body:focus-visible,.menu-item:focus-visible,.grid-item:focus-visible{
  outline:2px solid #1a73e8;outline-offset:2px}
.w-field{display:flex;flex-direction:column;gap:4px}
.w-field label,.w-choices legend{font-size:12px;color:#5f6368}
.w-field input,.w-field textarea,.w-field select{width:100%;min-height:40px;padding:8px 12px;font:inherit;
  border:1px solid #80868b;border-radius:4px;background:#fff;color:inherit}
.w-field input:focus,.w-field textarea:focus,.w-field select:focus{outline:2px solid #1a73e8;border-color:#1a73e8}
.hint{font-size:12px;color:#5f6368}
.w-choices{border:0;padding:0;display:flex;flex-direction:column;gap:4px}
.choice{display:flex;align-items:center;gap:8px;min-height:32px}
.control.switch,.switches input{accent-color:#1a73e8}
.w-divider{border:0;border-top:1px solid #e8eaed}
.w-image img{max-width:100%;height:auto;display:block}
.image-click{display:block;background:none;border:0;padding:0}
.grid-heading{font-weight:500;margin-bottom:8px}
.grid-items{display:grid;gap:8px}
.grid-item{display:flex;flex-direction:column;gap:4px;background:none;border:1px solid #e8eaed;
  border-radius:8px;padding:8px;font:inherit;text-align:left;color:inherit}
.grid-items img{width:100%;aspect-ratio:1;object-fit:cover;border-radius:4px}
.grid-subtitle{font-size:12px;color:#5f6368}
.more summary{cursor:pointer;color:#1a73e8;padding:4px 0}
.card-footer{display:flex;justify-content:flex-end;gap:8px;padding:12px 16px;border-top:1px solid #e8eaed;
  position:sticky;bottom:0;background:#fff}
@media (max-width:400px){.gw-card{max-width:100%;border-radius:0;border-left:0;border-right:0}}
`;
