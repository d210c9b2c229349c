import { cellRef, parseCell } from "../domain/layout/a1";
import type { CellValue, SheetPlan } from "../domain/layout/sheetPlan";
import { REQUEST_BUDGET_BYTES, REQUEST_OVERHEAD_BYTES, sizedStep, type WriteStep } from "./requestSize";
import { numberFormatOf, writeOnly } from "./writePlan";

export type Content = string | number | boolean;

/** A grid of cells to write at a corner, each with its number format. */
export interface Block {
  top: number;
  left: number;
  rows: Content[][];
  formats: string[][];
}

/**
 * The block's write cut by rows into steps that each fit the budget as Office.js serialises them:
 * halved until every part fits, so a few parts, packed with their neighbours afterwards.
 */
export function blockSteps(
  sheet: () => Excel.Worksheet,
  block: Block,
  budget = REQUEST_BUDGET_BYTES,
): WriteStep[] {
  const step = blockStep(sheet, block);
  if (REQUEST_OVERHEAD_BYTES + step.bytes <= budget || block.rows.length < 2) return [step];
  const half = Math.ceil(block.rows.length / 2);
  return [
    ...blockSteps(sheet, slice(block, 0, half), budget),
    ...blockSteps(sheet, slice(block, half, block.rows.length), budget),
  ];
}

function slice(block: Block, from: number, to: number): Block {
  return {
    top: block.top + from,
    left: block.left,
    rows: block.rows.slice(from, to),
    formats: block.formats.slice(from, to),
  };
}

export function blockAddress(block: Block): string {
  const width = Math.max(...block.rows.map((r) => r.length));
  return `${cellRef(block.top, block.left)}:${cellRef(block.top + block.rows.length - 1, block.left + width - 1)}`;
}

/** One request's worth of a block: number formats first, so text stays text ("- UBND…", "=1+1"), then the values. */
export function blockStep(sheet: () => Excel.Worksheet, block: Block): WriteStep {
  return sizedStep(sheet, (target) => {
    const range = writeOnly(target, blockAddress(block));
    range.numberFormat = block.formats;
    range.values = block.rows;
  });
}

/**
 * The plan's cells from `fromRow` down as a block (every row of the plan has as many columns as
 * its widest), each cell formatted as queueSheetPlan formats it: a string is text, a number takes
 * its style's format.
 */
export function planRows(plan: SheetPlan, fromRow: number): Block {
  const width = plan.columnWidths.length;
  const rows: Content[][] = [];
  const formats: string[][] = [];
  for (const cell of plan.cells) {
    const { row, col } = parseCell(cell.ref);
    if (row < fromRow) continue;
    const i = row - fromRow;
    while (rows.length <= i) {
      rows.push(Array<Content>(width).fill(""));
      formats.push(Array<string>(width).fill("General"));
    }
    (rows[i] as Content[])[col - 1] = contentOf(cell.value);
    (formats[i] as string[])[col - 1] = numberFormatOf(
      cell,
      cell.style === undefined ? undefined : plan.styles[cell.style],
    );
  }
  return { top: fromRow, left: 1, rows, formats };
}

function contentOf(value: CellValue | undefined): Content {
  return value === null || value === undefined ? "" : value;
}

/** The plan without the rows from `fromRow` down, for queueSheetPlan to write with its formats, sizes and print setup. */
export function planHead(plan: SheetPlan, fromRow: number): SheetPlan {
  return { ...plan, cells: plan.cells.filter((c) => parseCell(c.ref).row < fromRow) };
}
