/**
 * Text from users or email becomes a formula in Sheets when it starts with =, +, - or @
 * (formula injection: `=IMPORTXML(...)` in a report subject would run). A leading
 * apostrophe makes Sheets store the rest as literal text and is not shown.
 */
const FORMULA_START = /^[=+\-@]/;

export function sheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
