/** A1 addresses. Rows and columns are 1-based. */

export interface CellAddress {
  row: number;
  col: number;
}

export interface RangeAddress {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const DOLLAR = 0x24;

/** "B7", "$B$7", "ab12": one to three letters and one to seven digits, read by character codes (it runs for every cell written). */
export function parseCell(ref: string): CellAddress {
  const text = ref.trim();
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersAt = i;
  for (let c = text.charCodeAt(i) | 0x20; c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++i) | 0x20)
    col = col * 26 + (c - 0x60);
  const letters = i - lettersAt;
  if (text.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digitsAt = i;
  for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i))
    row = row * 10 + (c - 0x30);
  const digits = i - digitsAt;
  if (letters < 1 || letters > 3 || digits < 1 || digits > 7 || i !== text.length || row < 1)
    throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row, col };
}

export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row}` : `${columnLetters(col)}${row}`;
}

export function parseRange(ref: string): RangeAddress {
  const [first, second] = ref.split(":");
  const a = parseCell(first as string);
  const b = second === undefined ? a : parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeRef(r: RangeAddress): string {
  const tl = cellRef(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellRef(r.bottom, r.right)}`;
}

/** "$D$27" for a cell address, the form a defined name refers to. */
export function absolute(ref: string): string {
  const { row, col } = parseCell(ref);
  return cellRef(row, col, true);
}
