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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(ref: string): CellAddress {
  const m = CELL.exec(ref.trim());
  if (!m || Number(m[2]) < 1) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1] as string) };
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
