/**
 * The {placeholder} templates of the title and location formats: checking one an admin typed,
 * filling it, and matching a filled one back. An empty value takes its separator with it, so
 * a missing desa gives "Pendopo, Kec. Sungailiat" rather than "Pendopo, , Kec. Sungailiat".
 */

export type Segment = { readonly text: string } | { readonly name: string };

const isPlaceholder = (s: Segment | undefined): s is { readonly name: string } =>
  s !== undefined && 'name' in s;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The template split into literal text and the placeholders among `names`. */
export function segmentsOf(template: string, names: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  const literal = (text: string) => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last !== undefined && !isPlaceholder(last))
      segments[segments.length - 1] = { text: last.text + text };
    else segments.push({ text });
  };
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim().toLowerCase();
    literal(template.slice(at, match.index));
    if (names.includes(name)) segments.push({ name });
    else literal(match[0]);
    at = (match.index ?? 0) + match[0].length;
  }
  literal(template.slice(at));
  return segments;
}

export interface TemplateRules {
  readonly names: readonly string[];
  readonly required: readonly string[];
  /** Each placeholder at most once, with visible text between two: needed to parse it back. */
  readonly parseable: boolean;
}

const listed = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');

/** What is wrong with a template an admin typed, or null. */
export function templateProblem(template: string, rules: TemplateRules): string | null {
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim().toLowerCase();
    if (!rules.names.includes(name)) {
      return `isian ${match[0]} tidak dikenal; pakai ${listed(rules.names)}`;
    }
  }
  const segments = segmentsOf(template, rules.names);
  const used = segments.filter(isPlaceholder).map((s) => s.name);
  const missing = rules.required.filter((name) => !used.includes(name));
  if (missing.length > 0) return `format harus memuat ${listed(missing)}`;
  if (!rules.parseable) return null;
  const twice = used.find((name, i) => used.indexOf(name) !== i);
  if (twice !== undefined) return `{${twice}} hanya boleh muncul sekali`;
  for (let i = 0; i + 1 < used.length; i++) {
    const start = segments.findIndex((s) => isPlaceholder(s) && s.name === used[i]);
    const between = segments[start + 1];
    if (isPlaceholder(between) || (between !== undefined && between.text.trim() === '')) {
      return `di antara {${used[i]}} dan {${used[i + 1]}} harus ada pemisah, misalnya " — "`;
    }
  }
  return null;
}

/**
 * The template without placeholder `name`. Its separator goes with it: the text before it
 * when placeholders remain on both sides, else the text on both sides (the brackets of a
 * leading "[{jenis}] ", the " — " of a trailing " — {penyelenggara}").
 */
export function withoutPlaceholder(segments: readonly Segment[], name: string): Segment[] {
  const i = segments.findIndex((s) => isPlaceholder(s) && s.name === name);
  if (i < 0) return [...segments];
  const between =
    segments.slice(0, i).some(isPlaceholder) && segments.slice(i + 1).some(isPlaceholder);
  const from = i > 0 && !isPlaceholder(segments[i - 1]) ? i - 1 : i;
  const to = !between && i + 1 < segments.length && !isPlaceholder(segments[i + 1]) ? i + 2 : i + 1;
  return [...segments.slice(0, from), ...segments.slice(to)];
}

/** The template filled in; placeholders whose value is blank are dropped with their separator. */
export function fillTemplate(
  segments: readonly Segment[],
  values: Readonly<Record<string, string>>,
): string {
  let kept = [...segments];
  for (const s of segments) {
    if (isPlaceholder(s) && (values[s.name] ?? '').trim() === '') {
      kept = withoutPlaceholder(kept, s.name);
    }
  }
  return kept
    .map((s) => (isPlaceholder(s) ? (values[s.name] ?? '').trim() : s.text))
    .join('')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const DASH = /(\s*[-–—]\s*)/;

/**
 * Literal text as a forgiving pattern: spacing may differ, and any dash stands for any other
 * (people type "-" for "—"). A dash written with spaces round it still needs them, so the
 * hyphen inside "Pra-Musrenbang" is never taken for the separator.
 */
function literalPattern(text: string): string {
  return text
    .split(DASH)
    .map((piece, i) => {
      if (i % 2 === 1) {
        const before = /^\s/.test(piece) ? '\\s+' : '\\s*';
        const after = /\s$/.test(piece) ? '\\s+' : '\\s*';
        return `${before}[-–—]${after}`;
      }
      return piece.split(/\s+/).map(escapeRegExp).join('\\s*');
    })
    .join('');
}

/**
 * A pattern matching a filled template, with one group per placeholder in template order.
 * `greedy` takes all it can (the free-text part, which may itself hold a separator); the
 * others take as little as they can.
 */
export function templatePattern(segments: readonly Segment[], greedy: string): RegExp {
  const body = segments
    .map((s) =>
      isPlaceholder(s)
        ? s.name === greedy
          ? '([\\s\\S]+)'
          : '([\\s\\S]+?)'
        : literalPattern(s.text),
    )
    .join('');
  return new RegExp(`^\\s*${body}\\s*$`);
}

export const placeholdersOf = (segments: readonly Segment[]): string[] =>
  segments.filter(isPlaceholder).map((s) => s.name);
