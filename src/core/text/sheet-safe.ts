/**
 * Text from users or email becomes a formula in Sheets when it starts with =, +, - or @
 * (formula injection: `=IMPORTXML(...)` in a report subject would run). A leading
 * apostrophe makes Sheets store the rest as literal text and is not shown.
 */
const FORMULA_START = /^[=+\-@]/;

export function sheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Text stored exactly as typed: besides formulas, Sheets turns "0812…" into a number (the
 * leading 0 lost), "2026-11-20" into a date and "TRUE" into a boolean. The apostrophe keeps
 * every such value literal text; it is not part of the value read back.
 */
export const sheetText = (text: string): string => (text === '' ? '' : `'${text}`);
