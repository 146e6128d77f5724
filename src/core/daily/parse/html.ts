/**
 * HTML mail bodies as plain text, for reports sent without a text part. Block elements
 * become line breaks so section headings stay on their own lines, entities are decoded,
 * scripts, styles and comments are dropped, and lines inside <blockquote> (Gmail's quoted
 * history) get a "> " prefix so the history is cut the same way as in a plain-text body.
 * A hand-written scanner, not a DOM (none in Apps Script's V8) and not a regex over tags:
 * it is linear on any input, including an unclosed "<" before a megabyte of text.
 */

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/** Elements whose content is never text for the reader. */
const DROPPED = new Set(['script', 'style', 'title', 'noscript', 'template', 'xml']);

const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    bull: '•',
    middot: '·',
    laquo: '«',
    raquo: '»',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    copy: '©',
    reg: '®',
    euro: '€',
    deg: '°',
    times: '×',
    zwnj: '',
    zwj: '',
    shy: '',
  }),
);

/** How <hr> is written: the underscore line Outlook uses in plain text. */
export const RULE = '________________________________';

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.charAt(0) === '#') {
      const hex = body.charAt(1) === 'x' || body.charAt(1) === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = NAMED.get(body);
    return named ?? whole;
  });
}

const isTagStart = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '/' || c === '!' || c === '?';
const isNameChar = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === ':';

/** Position just after `</name …>`, searching from `from`; -1 when it never closes. */
function afterClosing(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const gt = html.indexOf('>', at);
      return gt === -1 ? -1 : gt + 1;
    }
  }
  return -1;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let atLineStart = true;
  let quoted = 0;
  let pre = 0;
  const newline = () => {
    out.push('\n');
    atLineStart = true;
  };
  const text = (raw: string) => {
    const decoded = decodeEntities(raw);
    const lines = pre > 0 ? decoded.split('\n') : [decoded.replace(/\s+/g, ' ')];
    lines.forEach((line, index) => {
      if (index > 0) newline();
      if (atLineStart && line.trim() === '') return;
      // One level of prefix is enough to mark history; nesting depth is not needed.
      if (atLineStart && quoted > 0) out.push('> ');
      out.push(line);
      atLineStart = false;
    });
  };
  let i = 0;
  let closable = true; // false once no '>' is left: every later '<' is plain text
  while (i < html.length) {
    const lt = closable ? html.indexOf('<', i) : -1;
    if (lt === -1) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    if (!isTagStart(html.charAt(lt + 1))) {
      text('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      closable = false;
      i = lt;
      continue;
    }
    const closing = html.charAt(lt + 1) === '/';
    let n = lt + (closing ? 2 : 1);
    const nameStart = n;
    while (n < gt && isNameChar(html.charAt(n))) n++;
    const name = html.slice(nameStart, n).toLowerCase();
    i = gt + 1;
    const selfClosing = html.charAt(gt - 1) === '/';
    if (!closing && !selfClosing && DROPPED.has(name)) {
      const after = afterClosing(html, name, i);
      if (after === -1) break;
      i = after;
      continue;
    }
    if (name === 'br') {
      newline();
    } else if (name === 'hr') {
      // Outlook puts a rule above the header block of quoted and forwarded mail.
      if (!atLineStart) newline();
      out.push(RULE);
      newline();
    } else if (name === 'td' || name === 'th') {
      if (closing) out.push(' ');
    } else if (BLOCK.has(name)) {
      if (!atLineStart) newline();
      if (name === 'blockquote') quoted = Math.max(0, quoted + (closing ? -1 : 1));
      if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
      if (name === 'li' && !closing) {
        if (quoted > 0) out.push('> ');
        out.push('- ');
        atLineStart = false;
      }
    }
  }
  return out.join('');
}
