/**
 * Small text helpers shared by the parser's pieces: how names are compared, and how values
 * written by people are quoted back to them in problems.
 */

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, accents and punctuation gone, single spaces: how names and headings compare. */
export function foldName(text: string): string {
  // Decomposing is the slow part and only matters for accented letters; most text is ASCII.
  const plain = NON_ASCII.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Longest value quoted back in a problem: a pasted paragraph must not become the message. */
const QUOTE_LIMIT = 80;

/** The value as shown inside quotes in a problem, one line, cut at QUOTE_LIMIT characters. */
export function quoted(value: string): string {
  // Sliced first: the value may be a megabyte.
  const line = value
    .slice(0, QUOTE_LIMIT * 4)
    .replace(/\s+/g, ' ')
    .trim();
  const cut = line.length > QUOTE_LIMIT ? `${line.slice(0, QUOTE_LIMIT - 1)}…` : line;
  return `"${cut}"`;
}

/** "Tinggi, Sedang atau Rendah": a choice as an Indonesian sentence lists it. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} atau ${items[items.length - 1]}`;
}

/** The string, or '' for anything else: mail fields arrive from Gmail and from files. */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
