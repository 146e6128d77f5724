/**
 * Words, numbers and punctuation of a line with their positions. The subject and the date
 * are read from tokens instead of one large regular expression: people write the parts in
 * many orders and spacings, and a token walk is linear on any input.
 */

export type TokenKind = 'word' | 'number' | 'mark';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const LETTER = /\p{L}/u;
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && LETTER.test(c));
const isApostrophe = (c: string) => c === "'" || c === '\u2019';

/**
 * Letters form words ("Jum'at" is one word: the apostrophe between letters belongs to it),
 * digits form numbers, every other visible character is a mark of its own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c.trim() === '') {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < text.length && isDigit(text.charAt(i))) i++;
      tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
    } else if (isLetter(c)) {
      while (
        i < text.length &&
        (isLetter(text.charAt(i)) || (isApostrophe(text.charAt(i)) && isLetter(text.charAt(i + 1))))
      ) {
        i++;
      }
      tokens.push({ kind: 'word', text: text.slice(start, i), start, end: i });
    } else {
      i++;
      tokens.push({ kind: 'mark', text: c, start, end: i });
    }
  }
  return tokens;
}

/** The word's letters in lower case without apostrophes, for table lookups. */
export const wordKey = (token: Token | undefined): string =>
  token?.kind === 'word' ? token.text.toLowerCase().replace(/['\u2019]/g, '') : '';

export const isMark = (token: Token | undefined, marks: string): boolean =>
  token?.kind === 'mark' && marks.includes(token.text);
