/** Spreadsheet cell addresses as people read them: column 1 → A, 27 → AA; (14, 7) → G14. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;
