import { cellRef, parseCell } from "../domain/layout/a1";
import type { CellValue, SheetPlan } from "../domain/layout/sheetPlan";
import { numberFormatOf } from "./writePlan";

/**
 * What one request may carry by our estimate (the JSON of values and formats; Excel's request adds
 * a little): Excel refuses more than 5 MB, so the request stays at about 4 MB.
 */
export const REQUEST_BUDGET_BYTES = 3_800_000;

export type Content = string | number | boolean;

/** A grid of cells to write at a corner, each with its number format. */
export interface Block {
  top: number;
  left: number;
  rows: Content[][];
  formats: string[][];
}

/** Commands queued together and their estimated request size. */
export interface WriteStep {
  bytes: number;
  queue(): void;
}

/** The UTF-8 size of the value's JSON, as a request carries it; counted by hand, since jsdom (where the pane is tested) has no TextEncoder. */
export function jsonBytes(value: unknown): number {
  let bytes = 0;
  for (const ch of JSON.stringify(value) ?? "") {
    const code = ch.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Steps in order, in as few requests as fit the budget: a step is never split, and one larger than
 * the budget goes alone.
 */
export function packSteps(steps: readonly WriteStep[], budget = REQUEST_BUDGET_BYTES): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let size = Infinity;
  for (const step of steps) {
    const last = batches[batches.length - 1];
    if (last !== undefined && size + step.bytes <= budget) {
      last.push(step);
      size += step.bytes;
    } else {
      batches.push([step]);
      size = step.bytes;
    }
  }
  return batches;
}

/** The rows of a block cut into blocks of at most `budget` bytes of values and formats together. */
export function splitRows(block: Block, budget = REQUEST_BUDGET_BYTES): Block[] {
  const parts: Block[] = [];
  let from = 0;
  let size = 0;
  block.rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + jsonBytes(block.formats[i]);
    if (i > from && size + bytes > budget) {
      parts.push(slice(block, from, i));
      from = i;
      size = 0;
    }
    size += bytes;
  });
  if (from < block.rows.length) parts.push(slice(block, from, block.rows.length));
  return parts;
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
  return {
    bytes: jsonBytes(block.rows) + jsonBytes(block.formats),
    queue: () => {
      const range = sheet().getRange(blockAddress(block));
      range.numberFormat = block.formats;
      range.values = block.rows;
    },
  };
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

/** A rough size of the request queueSheetPlan makes of a plan: its cells twice (values and formats) and its styling. */
export function planBytes(plan: SheetPlan): number {
  return 2 * jsonBytes(plan.cells) + jsonBytes(plan.styles) + 200 * plan.merges.length;
}
