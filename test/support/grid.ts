import { parseCell } from "../../src/domain/layout/a1";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";

/**
 * The plan as a reviewer reads it: one line per row, cells joined by " | ", formulas as written,
 * numbers as numbers, empty cells as "". Trailing empty cells are dropped.
 */
export function planToLines(plan: SheetPlan, fromRow = 1, toRow = Number.MAX_SAFE_INTEGER): string[] {
  const grid: string[][] = [];
  for (const cell of plan.cells) {
    const { row, col } = parseCell(cell.ref);
    if (row < fromRow || row > toRow) continue;
    const line = (grid[row - fromRow] ??= []);
    const shown = cell.formula ?? (cell.value === null || cell.value === undefined ? "" : String(cell.value));
    line[col - 1] = shown;
  }
  return Array.from(grid, (line) => {
    const cells = Array.from(line ?? [], (v) => v ?? "");
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join(" | ");
  });
}

export function cellAt(plan: SheetPlan, ref: string) {
  return plan.cells.find((c) => c.ref === ref);
}
