/** A1 cell references ("C4"), as Excel shows them, from zero-based row and column numbers. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col0: number): string {
  let n = Math.max(0, Math.floor(col0)) + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column to A1 form: toA1(3, 2) = "C4". */
export function toA1(row0: number, col0: number): string {
  return `${columnLetter(col0)}${Math.max(0, Math.floor(row0)) + 1}`;
}

const A1_PATTERN = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

/** "C4" → { row0: 3, col0: 2 }; undefined for anything that is not an A1 reference. */
export function fromA1(cell: string): { row0: number; col0: number } | undefined {
  const m = A1_PATTERN.exec(cell);
  if (!m) return undefined;
  const letters = m[1] ?? "";
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return { row0: Number(m[2]) - 1, col0: col - 1 };
}

export function isA1(cell: string): boolean {
  return A1_PATTERN.test(cell);
}
