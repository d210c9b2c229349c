/**
 * A host-independent description of one worksheet. The Excel shell and the file shell each
 * write a SheetPlan; nothing in here knows which host will.
 *
 * Addresses are A1 strings on the plan's own sheet ("D27", "A1:F1").
 */

/**
 * Where a template's defined names live: "workbook" where the workbook holds one template, "sheet"
 * where several template sheets share the same names (the district workbook; shared/contract.md).
 */
export type NameScope = "workbook" | "sheet";

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. Default is the plan's font size. */
  size?: number;
  /** "#RRGGBB" */
  color?: string;
  /** "#RRGGBB" fill */
  fill?: string;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  wrap?: boolean;
  /** Indent level (Excel's indent, about 3 characters each). */
  indent?: number;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Excel number format code; "@" marks a text cell. */
  numberFormat?: string;
  /** false = the clerk may type here when the sheet is protected. Default true, as in Excel. */
  locked?: boolean;
}

export type CellValue = string | number | boolean | null;

export interface PlanCell {
  ref: string;
  /** A literal value. Strings are always written as text, never parsed into numbers, dates or formulas. */
  value?: CellValue;
  /** A formula, starting with "=", in English function names and A1 references. */
  formula?: string;
  /** A key of SheetPlan.styles. */
  style?: string;
}

export type ValidationRule =
  | { kind: "whole"; min: number; max?: number }
  | { kind: "decimal"; min: number; max: number }
  | { kind: "date"; min: number; max: number }
  | { kind: "list"; values: readonly string[] }
  | { kind: "textLength"; max: number };

export interface ValidationMessage {
  /** At most 32 characters (Excel's limit). */
  title: string;
  /** At most 255 characters (Excel's limit). */
  message: string;
}

export interface PlanValidation {
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  prompt: ValidationMessage;
  error: ValidationMessage;
}

export interface PlanConditionalFormat {
  /** The cells that turn red. */
  range: string;
  /** An Excel formula relative to the top-left cell of range, true when the cells are wrong. */
  formula: string;
  fill: string;
  fontColor: string;
  /** The rule this format shows, e.g. "R17". */
  ruleId: string;
}

export interface PlanName {
  name: string;
  /** A1 reference on this sheet, e.g. "$D$27". */
  ref: string;
}

export interface PlanProtection {
  /** Always without a password: a clerk can lift it from the Review tab. */
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertRows: boolean;
  allowDeleteRows: boolean;
}

export interface PlanPrint {
  orientation: "landscape" | "portrait";
  paper: "A4" | "A3";
  /**
   * One page wide, as many tall as needed. Excel ignores manual page breaks on a sheet fitted to
   * pages, so a sheet with breaks prints at `scale` instead.
   */
  fitToWidth: boolean;
  /** Percent (10–400), used where fitToWidth is false. */
  scale?: number;
  /** Rows repeated at the top of each printed page, e.g. "$10:$10"; "" for none. */
  repeatRows: string;
  /** Columns repeated at the left of each printed page, e.g. "$A:$C". */
  repeatColumns?: string;
  /** A printed page starts at each of these rows (1-based). */
  rowBreaks?: readonly number[];
  /** A printed page starts at each of these columns (1-based). */
  columnBreaks?: readonly number[];
  /** The part of the sheet that prints, e.g. "A1:M3"; the whole sheet where absent. */
  printArea?: string;
  /** Page header and footer in Excel's codes ("Trang &P/&N"), each printed centred. */
  header?: string;
  footer?: string;
  /** Margins in inches. */
  margins: { top: number; bottom: number; left: number; right: number };
}

/** An Excel table (ListObject) over cells of the plan; its header row holds the column names, each distinct. */
export interface PlanTable {
  /** Unique in the workbook: letters, digits and "_", not a cell reference. */
  name: string;
  /** The header row and the data rows, e.g. "A1:J13". */
  range: string;
}

export interface SheetPlan {
  /** Worksheet name, at most 31 characters, none of []:*?/\ */
  name: string;
  fontName: string;
  fontSize: number;
  /** Width of each column from A, in Excel character units. */
  columnWidths: readonly number[];
  /** Row heights in points, by 1-based row number; rows not listed keep the default. */
  rowHeights: Readonly<Record<number, number>>;
  styles: Readonly<Record<string, CellStyle>>;
  cells: readonly PlanCell[];
  /** Rows written after `cells` without being held (the file writer's); other writers take planCells. */
  rows?: PlanRows;
  merges: readonly string[];
  validations: readonly PlanValidation[];
  conditionalFormats: readonly PlanConditionalFormat[];
  /** Defined names; the shell decides whether they are workbook- or sheet-scoped. */
  names: readonly PlanName[];
  protection: PlanProtection;
  /** Rows frozen at the top. */
  freezeRows: number;
  /** Tables the clerk filters and sorts (the sheet's protection then allows both). */
  tables?: readonly PlanTable[];
  print: PlanPrint;
}

/**
 * Rows below a plan's cells made one at a time as a writer reaches them, so that a sheet of
 * millions of cells (the roll-up's facts) is never held whole.
 */
export interface PlanRows {
  /** The first of them: every cell of the plan's `cells` is above it. */
  from: number;
  count: number;
  /** The last column any of them fills. */
  lastCol: number;
  /** The cells of row `from + i`, left to right. */
  cells(i: number): readonly PlanCell[];
}

/** A plan's cells, then those of its rows, in order. */
export function* planCells(plan: SheetPlan): Generator<PlanCell> {
  yield* plan.cells;
  const rows = plan.rows;
  if (rows) for (let i = 0; i < rows.count; i++) yield* rows.cells(i);
}
