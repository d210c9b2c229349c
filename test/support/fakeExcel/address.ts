import { cellRef, columnNumber, type RangeAddress } from "../../../src/domain/layout/a1";
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const CELL_PART = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL_PART = /^\$?([A-Za-z]{1,3})$/;
const ROW_PART = /^\$?(\d{1,7})$/;

export function parseAddress(address: string, where: string): RangeAddress {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts[0] === "")
    throw invalidArgument(`The address '${address}' is not valid.`, where);
  const [a, b = a] = parts as [string, string?];
  const cells = [a, b].map((p) => CELL_PART.exec(p as string));
  if (cells[0] && cells[1]) {
    const r1 = Number(cells[0][2]);
    const r2 = Number(cells[1][2]);
    const c1 = columnNumber(cells[0][1] as string);
    const c2 = columnNumber(cells[1][1] as string);
    return checkBounds(
      { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) },
      address,
      where,
    );
  }
  if (parts.length === 2) {
    const cols = [a, b].map((p) => COL_PART.exec(p as string));
    if (cols[0] && cols[1]) {
      const c1 = columnNumber(cols[0][1] as string);
      const c2 = columnNumber(cols[1][1] as string);
      return checkBounds(
        { top: 1, bottom: MAX_ROWS, left: Math.min(c1, c2), right: Math.max(c1, c2) },
        address,
        where,
      );
    }
    const rows = [a, b].map((p) => ROW_PART.exec(p as string));
    if (rows[0] && rows[1]) {
      const r1 = Number(rows[0][1]);
      const r2 = Number(rows[1][1]);
      return checkBounds(
        { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 1, right: MAX_COLS },
        address,
        where,
      );
    }
  }
  throw invalidArgument(`The address '${address}' is not valid.`, where);
}

function checkBounds(r: RangeAddress, address: string, where: string): RangeAddress {
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS) {
    throw invalidArgument(`The address '${address}' is outside the sheet.`, where);
  }
  return r;
}

export function formatAddress(r: RangeAddress): string {
  const tl = cellRef(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellRef(r.bottom, r.right)}`;
}

export function absoluteAddress(r: RangeAddress): string {
  const tl = cellRef(r.top, r.left, true);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellRef(r.bottom, r.right, true)}`;
}

export function contains(r: RangeAddress, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function overlaps(a: RangeAddress, b: RangeAddress): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function cellCount(r: RangeAddress): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
