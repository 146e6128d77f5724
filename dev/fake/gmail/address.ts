/**
 * Address lists as Gmail takes and shows them: comma-separated, each `addr` or
 * `Name <addr>` (the name may be quoted and contain commas).
 */

export interface Address {
  name?: string;
  email: string;
}

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** Splits on commas outside quotes and angle brackets. */
function splitList(list: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of list) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angled = true;
    else if (ch === '>' && !quoted) angled = false;
    if ((ch === ',' || ch === ';') && !quoted && !angled) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

export function parseAddress(entry: string): Address {
  const m = /^(.*)<([^<>]+)>\s*$/.exec(entry.trim());
  if (!m) return { email: entry.trim() };
  const name = (m[1] ?? '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  return name ? { name, email: (m[2] ?? '').trim() } : { email: (m[2] ?? '').trim() };
}

export function parseList(list: string | undefined | null): Address[] {
  return list ? splitList(String(list)).map(parseAddress) : [];
}

export function emailsOf(list: string | undefined | null): string[] {
  return parseList(list).map((a) => a.email.toLowerCase());
}

export function formatAddress(a: Address): string {
  if (!a.name) return a.email;
  const name = /[",;<>@()]/.test(a.name) ? `"${a.name.replace(/"/g, '\\"')}"` : a.name;
  return `${name} <${a.email}>`;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
