import { columnLetters, parseCell, parseRange, rangeRef, type RangeAddress } from "../domain/layout/a1";
import type {
  CellStyle,
  NameScope,
  PlanCell,
  PlanConditionalFormat,
  PlanPrint,
  PlanValidation,
  SheetPlan,
  ValidationRule,
} from "../domain/layout/sheetPlan";
import { excelSerialToIso } from "../domain/period";
import type { ExcelFeatures } from "./features";
import { REQUEST_BUDGET_BYTES, REQUEST_OVERHEAD_BYTES, sizedStep, type WriteStep } from "./requestSize";

export type { NameScope };

export interface QueueOptions {
  nameScope: NameScope;
  features: ExcelFeatures;
}

const TEXT = "@";
const GENERAL = "General";

/**
 * Queues the whole plan on an empty worksheet without syncing; the caller syncs once.
 *
 * Order matters: number formats go before the cells' contents, so that text cells are already "@"
 * when "- UBND…", "=1+1", "02" or "01/10/2024" arrive and stay text; merges after the formats;
 * tables and protection last, since Excel refuses format changes and tables on a protected sheet.
 */
export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, options: QueueOptions): void {
  queueGrid(sheet, plan, plan.cells, usedBlock(plan));
  queueColumnWidths(sheet, plan);
  queueRowHeights(sheet, plan, () => true);
  queueStyles(sheet, plan, plan.cells, options.features);
  queueSheetWide(sheet, plan, options);
}

/**
 * The plan's write as steps of at most `budget` bytes as recorded: the whole plan in one when it
 * fits (queueSheetPlan); else its rows in blocks (contents, number formats, styles, heights),
 * halved until each fits, then one step for what spans the sheet (column widths, merges,
 * validations, conditional formats, names, tables, protection) once every cell is written.
 */
export function sheetPlanSteps(
  sheet: () => Excel.Worksheet,
  plan: SheetPlan,
  options: QueueOptions,
  budget = REQUEST_BUDGET_BYTES,
): WriteStep[] {
  const whole = sizedStep(sheet, (target) => queueSheetPlan(target, plan, options));
  if (REQUEST_OVERHEAD_BYTES + whole.bytes <= budget) return [whole];
  const rows = new Map<number, PlanCell[]>();
  for (const cell of plan.cells) {
    const { row } = parseCell(cell.ref);
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const block = usedBlock(plan);
  const rowSteps = (top: number, bottom: number): WriteStep[] => {
    const cells: PlanCell[] = [];
    for (let row = top; row <= bottom; row++) cells.push(...(rows.get(row) ?? []));
    const area = { ...block, top, bottom };
    const step = sizedStep(sheet, (target) => {
      queueGrid(target, plan, cells, area);
      queueRowHeights(target, plan, (row) => row >= top && row <= bottom);
      queueStyles(target, plan, cells, options.features);
    });
    if (REQUEST_OVERHEAD_BYTES + step.bytes <= budget || top === bottom) return [step];
    const half = Math.floor((top + bottom) / 2);
    return [...rowSteps(top, half), ...rowSteps(half + 1, bottom)];
  };
  return [
    ...rowSteps(block.top, block.bottom),
    sizedStep(sheet, (target) => {
      queueColumnWidths(target, plan);
      queueSheetWide(target, plan, options);
    }),
  ];
}

/** The cells' contents and number formats over `area`, in the plan's font. */
function queueGrid(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  cells: readonly PlanCell[],
  area: RangeAddress,
): void {
  const grid = writeOnly(sheet, rangeRef(area));
  grid.format.font.name = plan.fontName;
  grid.format.font.size = plan.fontSize;
  const { numberFormats, contents } = cellGrid(plan, cells, area);
  grid.numberFormat = numberFormats;
  grid.formulas = contents;
}

function queueStyles(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  cells: readonly PlanCell[],
  features: ExcelFeatures,
): void {
  for (const { range, apply } of styleRuns(plan, cells, features)) apply(writeOnly(sheet, rangeRef(range)));
}

/** Merges, validations, conditional formats, freeze, print setup, names, tables and protection. */
function queueSheetWide(sheet: Excel.Worksheet, plan: SheetPlan, options: QueueOptions): void {
  for (const merge of plan.merges) writeOnly(sheet, merge).merge(false);
  for (const validation of plan.validations)
    queueValidation(writeOnly(sheet, validation.range).dataValidation, validation);
  for (const format of plan.conditionalFormats)
    queueConditionalFormat(writeOnly(sheet, format.range), format);

  if (options.features.freezePanes && plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (options.features.pageLayout) queuePageLayout(sheet, plan.print);

  const names = options.nameScope === "workbook" ? sheet.context.workbook.names : sheet.names;
  for (const name of plan.names) names.add(name.name, writeOnly(sheet, name.ref.replace(/\$/g, "")));

  // Before protection: Excel adds no table to a protected sheet.
  const tables = plan.tables ?? [];
  for (const table of tables) sheet.tables.add(writeOnly(sheet, table.range), true).name = table.name;

  sheet.protection.protect({
    allowFormatColumns: plan.protection.allowFormatColumns,
    allowFormatRows: plan.protection.allowFormatRows,
    allowInsertRows: plan.protection.allowInsertRows,
    allowDeleteRows: plan.protection.allowDeleteRows,
    // A table's filter and sort buttons work on the protected sheet.
    ...(tables.length > 0 ? { allowAutoFilter: true, allowSort: true } : {}),
  });
}

/** A1 to the furthest cell the plan writes or merges. */
function usedBlock(plan: SheetPlan): RangeAddress {
  let bottom = 1;
  let right = Math.max(1, plan.columnWidths.length);
  for (const cell of plan.cells) {
    const { row, col } = parseCell(cell.ref);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  for (const merge of plan.merges) {
    const r = parseRange(merge);
    bottom = Math.max(bottom, r.bottom);
    right = Math.max(right, r.right);
  }
  return { top: 1, left: 1, bottom, right };
}

type Content = string | number | boolean;

/** The cells' number formats and contents on the rows of `area` (which starts at column A). */
function cellGrid(
  plan: SheetPlan,
  cells: readonly PlanCell[],
  area: RangeAddress,
): { numberFormats: string[][]; contents: Content[][] } {
  const height = area.bottom - area.top + 1;
  const numberFormats = Array.from({ length: height }, () => Array<string>(area.right).fill(GENERAL));
  const contents = Array.from({ length: height }, () => Array<Content>(area.right).fill(""));
  for (const cell of cells) {
    const { row, col } = parseCell(cell.ref);
    (numberFormats[row - area.top] as string[])[col - 1] = numberFormatOf(
      cell,
      cell.style === undefined ? undefined : plan.styles[cell.style],
    );
    (contents[row - area.top] as Content[])[col - 1] = cell.formula ?? cell.value ?? "";
  }
  return { numberFormats, contents };
}

/**
 * A string is always text ("@"); a formula, number or boolean never is, or Excel would keep the
 * formula as text and the number as a string. Empty cells keep their style's format, so a text input
 * cell stays text for what the clerk types.
 */
export function numberFormatOf(
  cell: Pick<PlanCell, "value" | "formula">,
  style: CellStyle | undefined,
): string {
  if (typeof cell.value === "string") return TEXT;
  const format = style?.numberFormat ?? GENERAL;
  const holdsSomething = cell.formula !== undefined || (cell.value !== undefined && cell.value !== null);
  return holdsSomething && format === TEXT ? GENERAL : format;
}

/**
 * A range the request only writes to, not kept for later syncs: Excel.run otherwise keeps every
 * range and releases them all in one request when it ends, about 117 bytes each, which for 100
 * sheets imported in one run was 47,000 ranges and a 5.5 MB request.
 */
export function writeOnly(sheet: Excel.Worksheet, address: string): Excel.Range {
  return sheet.getRange(address).untrack();
}

/** Column widths in Excel's character units become points: Calibri 11's 7-pixel digit plus 5 pixels of padding. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function queueColumnWidths(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const run of equalRuns(plan.columnWidths.map((width, i) => [i + 1, width] as const))) {
    writeOnly(sheet, `${columnLetters(run.from)}:${columnLetters(run.to)}`).format.columnWidth =
      columnWidthPoints(run.value);
  }
}

function queueRowHeights(sheet: Excel.Worksheet, plan: SheetPlan, rowIn: (row: number) => boolean): void {
  const heights = Object.entries(plan.rowHeights)
    .map(([row, height]) => [Number(row), height] as const)
    .filter(([row]) => rowIn(row));
  for (const run of equalRuns(heights.sort((a, b) => a[0] - b[0]))) {
    writeOnly(sheet, `${run.from}:${run.to}`).format.rowHeight = run.value;
  }
}

/** Consecutive lines (columns or rows) of the same size, so each run is one command. */
function equalRuns(
  sizes: readonly (readonly [number, number])[],
): { from: number; to: number; value: number }[] {
  const runs: { from: number; to: number; value: number }[] = [];
  for (const [line, value] of sizes) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === line - 1 && last.value === value) last.to = line;
    else runs.push({ from: line, to: line, value });
  }
  return runs;
}

/**
 * One formatting attribute of a CellStyle: its value where it differs from a new sheet's default,
 * and how to set it on a rectangle of cells.
 */
interface Attribute {
  key: string;
  of(style: CellStyle, plan: SheetPlan): string | number | boolean | undefined;
  apply(range: Excel.Range, value: string | number | boolean, area: RangeAddress): void;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

const ATTRIBUTES: readonly Attribute[] = [
  {
    key: "bold",
    of: (s) => s.bold || undefined,
    apply: (r) => {
      r.format.font.bold = true;
    },
  },
  {
    key: "italic",
    of: (s) => s.italic || undefined,
    apply: (r) => {
      r.format.font.italic = true;
    },
  },
  {
    key: "underline",
    of: (s) => s.underline || undefined,
    apply: (r) => {
      r.format.font.underline = "Single";
    },
  },
  {
    key: "size",
    of: (s, plan) => (s.size !== undefined && s.size !== plan.fontSize ? s.size : undefined),
    apply: (r, v) => {
      r.format.font.size = v as number;
    },
  },
  {
    key: "color",
    of: (s) => s.color,
    apply: (r, v) => {
      r.format.font.color = v as string;
    },
  },
  {
    key: "fill",
    of: (s) => s.fill,
    apply: (r, v) => {
      r.format.fill.color = v as string;
    },
  },
  {
    key: "horizontal",
    of: (s) => (s.horizontal === undefined ? undefined : HORIZONTAL[s.horizontal]),
    apply: (r, v) => {
      r.format.horizontalAlignment = v as Excel.HorizontalAlignment;
    },
  },
  {
    key: "vertical",
    of: (s) => (s.vertical === undefined ? undefined : VERTICAL[s.vertical]),
    apply: (r, v) => {
      r.format.verticalAlignment = v as Excel.VerticalAlignment;
    },
  },
  {
    key: "wrap",
    of: (s) => s.wrap || undefined,
    apply: (r) => {
      r.format.wrapText = true;
    },
  },
  {
    key: "unlocked",
    of: (s) => (s.locked === false ? true : undefined),
    apply: (r) => {
      r.format.protection.locked = false;
    },
  },
  {
    key: "border",
    of: (s) => s.border || undefined,
    apply: (r, _v, area) => {
      const edges: `${Excel.BorderIndex}`[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
      if (area.bottom > area.top) edges.push("InsideHorizontal");
      if (area.right > area.left) edges.push("InsideVertical");
      for (const edge of edges) r.format.borders.getItem(edge).style = "Continuous";
    },
  },
];

const INDENT: Attribute = {
  key: "indent",
  of: (s) => (s.indent !== undefined && s.indent > 0 ? s.indent : undefined),
  apply: (r, v) => {
    r.format.indentLevel = v as number;
  },
};

/**
 * Every formatting attribute is set once per rectangle of cells sharing it, not cell by cell: a
 * bordered table of any length is a handful of commands.
 */
function styleRuns(
  plan: SheetPlan,
  cells: readonly PlanCell[],
  features: ExcelFeatures,
): { range: RangeAddress; apply: (range: Excel.Range) => void }[] {
  const attributes = features.indentLevel ? [...ATTRIBUTES, INDENT] : ATTRIBUTES;
  const groups = new Map<
    string,
    { attribute: Attribute; value: string | number | boolean; cells: { row: number; col: number }[] }
  >();
  for (const cell of cells) {
    const style = cell.style === undefined ? undefined : plan.styles[cell.style];
    if (style === undefined) continue;
    const at = parseCell(cell.ref);
    for (const attribute of attributes) {
      const value = attribute.of(style, plan);
      if (value === undefined) continue;
      const key = `${attribute.key}=${String(value)}`;
      const group = groups.get(key) ?? { attribute, value, cells: [] };
      group.cells.push(at);
      groups.set(key, group);
    }
  }
  return [...groups.values()].flatMap(({ attribute, value, cells }) =>
    rectangles(cells).map((area) => ({
      range: area,
      apply: (r: Excel.Range) => attribute.apply(r, value, area),
    })),
  );
}

/** Covers distinct cells with rectangles: runs along each row, then equal runs on consecutive rows joined. */
function rectangles(cells: readonly { row: number; col: number }[]): RangeAddress[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: RangeAddress[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.top === row && last.right === col - 1) last.right = col;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  const open = new Map<string, RangeAddress>();
  const closed: RangeAddress[] = [];
  for (const run of runs) {
    const span = `${run.left}:${run.right}`;
    const rect = open.get(span);
    if (rect !== undefined && rect.bottom === run.top - 1) {
      rect.bottom = run.top;
      continue;
    }
    if (rect !== undefined) closed.push(rect);
    open.set(span, run);
  }
  return [...closed, ...open.values()];
}

function queueValidation(dv: Excel.DataValidation, v: PlanValidation): void {
  dv.rule = validationRule(v.rule);
  dv.ignoreBlanks = v.allowBlank;
  dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "whole":
      return {
        wholeNumber:
          rule.max === undefined
            ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
            : { formula1: rule.min, formula2: rule.max, operator: "Between" },
      };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return {
        date: {
          formula1: excelSerialToIso(rule.min),
          formula2: excelSerialToIso(rule.max),
          operator: "Between",
        },
      };
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "textLength":
      return { textLength: { formula1: rule.max, operator: "LessThanOrEqualTo" } };
  }
}

function queueConditionalFormat(range: Excel.Range, format: PlanConditionalFormat): void {
  const custom = range.conditionalFormats.add("Custom").custom;
  custom.rule.formula = format.formula.startsWith("=") ? format.formula : `=${format.formula}`;
  custom.format.fill.color = format.fill;
  custom.format.font.color = format.fontColor;
}

function inchesToPoints(inches: number): number {
  return Math.round(inches * 72 * 100) / 100;
}

function queuePageLayout(sheet: Excel.Worksheet, print: PlanPrint): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paper;
  // Excel's own "Fit All Columns on One Page": one page wide, as many tall as needed. Excel ignores
  // manual breaks on a sheet fitted to pages, so a sheet with breaks prints at its scale.
  layout.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: print.scale ?? 100 };
  layout.topMargin = inchesToPoints(print.margins.top);
  layout.bottomMargin = inchesToPoints(print.margins.bottom);
  layout.leftMargin = inchesToPoints(print.margins.left);
  layout.rightMargin = inchesToPoints(print.margins.right);
  if (print.repeatRows !== "") layout.setPrintTitleRows(print.repeatRows);
  if (print.repeatColumns !== undefined) layout.setPrintTitleColumns(print.repeatColumns);
  if (print.printArea !== undefined) layout.setPrintArea(print.printArea);
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.header !== undefined) pages.centerHeader = print.header;
  if (print.footer !== undefined) pages.centerFooter = print.footer;
  for (const row of print.rowBreaks ?? []) if (row > 1) sheet.horizontalPageBreaks.add(`A${row}`);
  for (const col of print.columnBreaks ?? [])
    if (col > 1) sheet.verticalPageBreaks.add(`${columnLetters(col)}1`);
}
