import type { SheetSnapshot } from "../read/snapshot";
import type { RawCell } from "../read/values";
import { cellRef, parseCell } from "./a1";
import { linesInColumn } from "./wrap";
import type { TemplateLayout } from "./template";
import { COLUMNS, evidenceName, headerName, indicatorName, LIST_END, listName, textName } from "./template";
import type { CellValue, PlanCell, SheetPlan } from "./sheetPlan";

export interface TypedValues {
  /** By indicator or header code ("6.20", "0.6"): what the clerk typed. Dates as Excel serials. */
  figures: Readonly<Record<string, CellValue>>;
  /** By section id ("1"…"7"): the Minh chứng text. */
  evidence?: Readonly<Record<string, string>>;
  /** By list id ("MH"): its rows from the top, each the cells from column B on, as typed left to right. */
  lists?: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
  /** By text block id ("1"…"4"): the text typed into the block. */
  texts?: Readonly<Record<string, string>>;
}

/**
 * The template with the clerk's values typed in: what a filled report looks like, for the demo
 * inbox and for a regenerated copy of a sheet. Codes the template does not carry are ignored.
 */
export function fillPlan(given: TemplateLayout, values: TypedValues): SheetPlan {
  const listRows = Object.fromEntries(
    Object.entries(values.lists ?? {}).map(([id, rows]) => [id, rows.length]),
  );
  const layout = Object.keys(listRows).length > 0 ? given.withListRows(listRows) : given;
  const refOf = new Map(layout.plan.names.map((n) => [n.name, n.ref.replace(/\$/g, "")]));
  const typed = new Map<string, CellValue>();
  for (const [code, value] of Object.entries(values.figures)) {
    const ref = refOf.get(headerName(code)) ?? refOf.get(indicatorName(code));
    if (ref) typed.set(ref, value);
  }
  for (const [section, text] of Object.entries(values.evidence ?? {})) {
    const ref = refOf.get(evidenceName(section));
    if (ref) typed.set(ref, text);
  }
  for (const [block, text] of Object.entries(values.texts ?? {})) {
    const ref = refOf.get(textName(block));
    if (ref) typed.set(ref, text);
  }
  for (const [list, rows] of Object.entries(values.lists ?? {})) {
    const range = refOf.get(listName(list));
    if (!range) continue;
    const first = parseCell(range.split(":")[0] as string).row;
    rows.forEach((cells, i) => cells.forEach((value, j) => typed.set(cellRef(first + i, j + 2), value)));
  }
  const cells = layout.plan.cells.map((cell) =>
    typed.has(cell.ref) && cell.formula === undefined
      ? { ...cell, value: typed.get(cell.ref) as CellValue }
      : cell,
  );
  return { ...layout.plan, cells, rowHeights: heightsForTyped(layout.plan, typed) };
}

/**
 * The template's row heights, raised where typed text wraps in its cell (who prepared the report,
 * a note): Excel grows a row as the clerk types, not for text a program writes. A merged block
 * (the evidence of a section) keeps its rows.
 */
function heightsForTyped(plan: SheetPlan, typed: ReadonlyMap<string, CellValue>): Record<number, number> {
  const heights: Record<number, number> = { ...plan.rowHeights };
  const merged = new Set(plan.merges.map((m) => m.split(":")[0]));
  for (const [ref, value] of typed) {
    if (typeof value !== "string" || merged.has(ref)) continue;
    const { row, col } = parseCell(ref);
    const lines = linesInColumn(value, plan.columnWidths[col - 1] ?? 0);
    if (lines > 1) heights[row] = Math.min(MAX_ROW_POINTS, Math.max(heights[row] ?? 0, lines * LINE_POINTS));
  }
  return heights;
}
/** Points per line of 12-point Times New Roman, and Excel's tallest row. */
const LINE_POINTS = 16;
const MAX_ROW_POINTS = 409;

export interface Refilled {
  /** The template with every input cell as the clerk left it on the sheet. */
  plan: SheetPlan;
  /** Input cells where the clerk typed a formula, A1 on the sheet, with the result the file holds (null when none). */
  typedFormulas: {
    ref: string;
    formula: string;
    value: string | number | boolean | null;
    textCell: boolean;
  }[];
  /** Cells of the sheet holding something the template has no place for (rows the clerk inserted, text typed beside the table), A1 on the sheet. */
  notCarried: string[];
}

/**
 * A filled template sheet regenerated from the template: each input cell of `layout` takes what
 * the sheet holds in the same place, rows matched by the text of the code column (codes, section
 * numerals, the lines of the heading and footer), so rows the clerk inserted do not shift anything.
 *
 * A typed formula is kept where its row did not move (its references still mean the same cells),
 * else its result is kept; with `formulas: "results"` (a workbook received from a unit: its
 * formulas are not to run in the receiver's) only the result is kept. A cell showing an Excel
 * error without a formula keeps the error's text.
 */
export function refillFromSheet(
  given: TemplateLayout,
  sheet: SheetSnapshot,
  { formulas = "keep" }: { formulas?: "keep" | "results" } = {},
): Refilled {
  const layout = withSheetsListRows(given, sheet);
  const plan = layout.plan;
  const planCells = new Map(plan.cells.map((c) => [c.ref, c]));
  const inputs = new Set(layout.inputCells);
  const planRowOf = alignRows(plan, sheet);

  const typed = new Map<string, Pick<PlanCell, "value" | "formula">>();
  const notCarried: string[] = [];
  const typedFormulas: Refilled["typedFormulas"] = [];
  for (const [ref, raw] of sheet.cells) {
    const { row, col } = parseCell(ref);
    const { planRow, near } = planRowOf(row);
    const target = planRow === null ? null : cellRef(planRow, col);
    if (target !== null && inputs.has(target)) {
      if (raw.formula !== undefined)
        typedFormulas.push({
          ref,
          formula: raw.formula,
          value: raw.value,
          textCell: raw.numberFormat === "@",
        });
      const keepFormula =
        formulas === "keep" && (planRow === row || (raw.value === null && raw.error === undefined));
      typed.set(target, typedContent(raw, keepFormula));
      continue;
    }
    // In the frozen heading the template's own lines (number, date line…) are rewritten by each
    // DVCQ version; the sheet's text there is the heading of the version that placed it.
    const inHeading = row <= (plan.freezeRows ?? 0);
    const isTemplates = (r: number): boolean => {
      const planCell = planCells.get(cellRef(r, col));
      return (
        planCell !== undefined &&
        !inputs.has(planCell.ref) &&
        (planCell.formula !== undefined ||
          sameContent(planCell.value, raw) ||
          (inHeading && r === row && typeof planCell.value === "string" && typeof raw.value === "string"))
      );
    };
    if (!(planRow === null ? near : [planRow]).some(isTemplates)) notCarried.push(ref);
  }
  return {
    plan: {
      ...plan,
      cells: plan.cells.map((cell) => {
        const content = typed.get(cell.ref);
        if (content === undefined) return cell;
        return { ref: cell.ref, ...(cell.style === undefined ? {} : { style: cell.style }), ...content };
      }),
    },
    notCarried,
    typedFormulas: typedFormulas.sort((a, b) => {
      const [p, q] = [parseCell(a.ref), parseCell(b.ref)];
      return p.row - q.row || p.col - q.col;
    }),
  };
}

/**
 * The layout grown to the rows the sheet's lists hold: rows a clerk inserted inside a list (between
 * its header and its Cộng row) are rows of the list, not text the template has no place for.
 */
function withSheetsListRows(layout: TemplateLayout, sheet: SheetSnapshot): TemplateLayout {
  const text = (v: unknown): string | null => (typeof v === "string" ? v.normalize("NFC").trim() : null);
  const planText = new Map(layout.plan.cells.map((c) => [c.ref, text(c.value)]));
  const grown: Record<string, number> = {};
  for (const name of layout.plan.names) {
    if (!name.name.startsWith(listName(""))) continue;
    const [first, last] = name.ref
      .replace(/\$/g, "")
      .split(":")
      .map((r) => parseCell(r).row) as [number, number];
    // The list's header row, found on the sheet by its first two headings (STT, the key column).
    const heading = [1, 2].map((col) => planText.get(cellRef(first - 1, col)) ?? null);
    let header: number | null = null;
    let end: number | null = null;
    for (const [ref, raw] of sheet.cells) {
      const { row, col } = parseCell(ref);
      if (col !== 1) continue;
      if (text(raw.value) === heading[0] && text(sheet.cells.get(cellRef(row, 2))?.value) === heading[1])
        header = row;
    }
    if (header === null) continue;
    for (const [ref, raw] of sheet.cells) {
      const { row, col } = parseCell(ref);
      if (col === 1 && row > header && text(raw.value) === LIST_END && (end === null || row < end)) end = row;
    }
    if (end !== null && end - header - 1 > last - first + 1)
      grown[name.name.slice(listName("").length)] = end - header - 1;
  }
  return Object.keys(grown).length > 0 ? layout.withListRows(grown) : layout;
}

function typedContent(raw: RawCell, keepFormula: boolean): Pick<PlanCell, "value" | "formula"> {
  if (raw.formula !== undefined && keepFormula) return { formula: raw.formula };
  if (raw.error !== undefined) return { value: raw.error };
  return { value: raw.value };
}

function sameContent(planValue: CellValue | undefined, raw: RawCell): boolean {
  const value = raw.formula !== undefined || raw.error !== undefined ? undefined : raw.value;
  if (typeof planValue === "string" && typeof value === "string")
    return planValue.normalize("NFC").trim() === value.normalize("NFC").trim();
  return planValue === value;
}

/**
 * Maps a row of the sheet to the template's row. Rows whose code-column text is unique in the
 * template are anchors; a row between two anchors follows the anchor above when the rows between
 * them are as many as in the template. When they are not (rows were inserted) the row has no
 * place, only the rows it would be counted from the anchor above or below (`near`), where its
 * cells may still be the template's own text.
 */
function alignRows(
  plan: SheetPlan,
  sheet: SheetSnapshot,
): (row: number) => { planRow: number | null; near: number[] } {
  const key = (v: unknown): string | null =>
    typeof v === "string" && v.trim() !== "" ? v.normalize("NFC").trim() : null;
  const planRowsByText = new Map<string, number[]>();
  for (const cell of plan.cells) {
    const { row, col } = parseCell(cell.ref);
    const text = key(cell.value);
    if (col !== COLUMNS.code || text === null) continue;
    planRowsByText.set(text, [...(planRowsByText.get(text) ?? []), row]);
  }
  const anchors: { row: number; planRow: number }[] = [];
  for (const [ref, raw] of sheet.cells) {
    const { row, col } = parseCell(ref);
    const text = key(raw.value);
    const planRows = text === null ? undefined : planRowsByText.get(text);
    if (col === COLUMNS.code && planRows?.length === 1) anchors.push({ row, planRow: planRows[0] as number });
  }
  anchors.sort((a, b) => a.row - b.row);
  const ordered = longestRising(anchors);

  const at = (planRow: number): { planRow: number; near: number[] } => ({ planRow, near: [] });
  return (row) => {
    const below = ordered.findIndex((a) => a.row >= row);
    const next = below < 0 ? undefined : ordered[below];
    if (next?.row === row) return at(next.planRow);
    const previous = below < 0 ? ordered[ordered.length - 1] : ordered[below - 1];
    if (previous === undefined) return at(next === undefined ? row : row - next.row + next.planRow);
    const fromAbove = row - previous.row + previous.planRow;
    if (next === undefined || next.row - previous.row === next.planRow - previous.planRow)
      return at(fromAbove);
    return { planRow: null, near: [fromAbove, row - next.row + next.planRow] };
  };
}

/**
 * The longest run of anchors whose template rows rise with their sheet rows: a text a clerk typed
 * that happens to be the template's elsewhere (an STT "1" in the models list, also the number of
 * the first text block) is left out instead of throwing the rows after it off.
 */
function longestRising<T extends { planRow: number }>(anchors: readonly T[]): T[] {
  // tails[k]: index of the anchor ending the best run of length k + 1; before[i]: the one before i.
  const tails: number[] = [];
  const before: number[] = [];
  anchors.forEach((a, i) => {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((anchors[tails[mid] as number] as T).planRow < a.planRow) lo = mid + 1;
      else hi = mid;
    }
    before[i] = lo > 0 ? (tails[lo - 1] as number) : -1;
    tails[lo] = i;
  });
  const run: T[] = [];
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i >= 0; i = before[i] as number)
    run.unshift(anchors[i] as T);
  return run;
}
