import { cellRef, type RangeAddress } from "../../../src/domain/layout/a1";
import { MAX_COLS, absoluteAddress, contains, formatAddress, parseAddress } from "./address";

export interface FontModel {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
}

export interface BordersModel {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

export interface ValidationModel {
  rule: Record<string, unknown> | null;
  ignoreBlanks: boolean;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
}

export interface CellModel {
  /** "" is empty; an error is its text, e.g. "#NAME?". */
  value: string | number | boolean;
  formula: string | null;
  isError: boolean;
  numberFormat: string;
  font: FontModel;
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  indent: number;
  borders: BordersModel;
  locked: boolean;
  validation: ValidationModel | null;
}

export type CellKind = "empty" | "text" | "number" | "boolean" | "formula" | "error";

/** What a test reads of one cell. */
export interface CellView {
  kind: CellKind;
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  font: FontModel;
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  indent: number;
  borders: BordersModel;
  locked: boolean;
}

export interface ConditionalBorderModel {
  style: string | null;
  color: string | null;
}

export interface ConditionalFormatModel {
  readonly id: string;
  range: string;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
  /** By edge: "EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight". */
  borders: Record<string, ConditionalBorderModel>;
}

let nextConditionalFormatId = 1;

/** A conditional format as Excel holds it; `add` of the API and tests seeding a sheet make them alike. */
export function conditionalFormat(
  range: string,
  type: string,
  fields: Partial<Omit<ConditionalFormatModel, "id" | "range" | "type">> = {},
): ConditionalFormatModel {
  return {
    id: `{CF-${String(nextConditionalFormatId++).padStart(6, "0")}}`,
    range,
    type,
    formula: null,
    fill: null,
    fontColor: null,
    stopIfTrue: false,
    borders: {},
    ...fields,
  };
}

export interface NameView {
  name: string;
  /** As Excel gives NamedItem.formula: "='XA-XUAN-HOA 2024'!$D$27", "=#REF!$D$27" after its sheet went. */
  formula: string;
}

export interface NameModel {
  name: string;
  sheet: FakeSheet | null;
  address: RangeAddress;
  comment: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: Record<string, unknown>;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  centerHeader: string;
  centerFooter: string;
  /** Rows (horizontal breaks) and columns (vertical breaks) a printed page starts at, as added. */
  rowBreaks: string[];
  columnBreaks: string[];
}

export function newCell(): CellModel {
  return {
    value: "",
    formula: null,
    isError: false,
    numberFormat: "General",
    font: { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" },
    fill: null,
    horizontal: "General",
    vertical: "Bottom",
    wrap: false,
    indent: 0,
    borders: { top: false, bottom: false, left: false, right: false },
    locked: true,
    validation: null,
  };
}

function kindOf(cell: CellModel): CellKind {
  if (cell.isError) return "error";
  if (cell.formula !== null) return "formula";
  if (cell.value === "") return "empty";
  return typeof cell.value === "string" ? "text" : typeof cell.value === "number" ? "number" : "boolean";
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, "0")}}`;
  name: string;
  visibility = "Visible";
  readonly merges: RangeAddress[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  /** Sheet-scoped defined names, by upper-case name. */
  readonly scopedNames = new Map<string, NameModel>();
  protection: { protected: boolean; options: Record<string, unknown>; password: string | null } = {
    protected: false,
    options: {},
    password: null,
  };
  frozenRows = 0;
  /** Excel tables, PivotTables and charts on this sheet; they go with it when it is deleted. */
  readonly tables: TableModel[] = [];
  readonly pivotTables: PivotTableModel[] = [];
  readonly charts: ChartModel[] = [];
  /** The selected range, "A1" when untouched. */
  selection = "A1";
  pageLayout: PageLayoutModel = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    centerHeader: "",
    centerFooter: "",
    rowBreaks: [],
    columnBreaks: [],
  };
  /** Points, by 1-based column / row. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  private readonly cells = new Map<number, CellModel>();

  constructor(name: string) {
    this.name = name;
  }

  model(row: number, col: number): CellModel {
    const key = (row - 1) * MAX_COLS + (col - 1);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = newCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): CellModel | undefined {
    return this.cells.get((row - 1) * MAX_COLS + (col - 1));
  }

  /** Test view of a cell; an untouched cell reads as Excel's defaults. */
  cell(ref: string): CellView {
    const { top, left } = parseAddress(ref, "cell");
    const c = this.peek(top, left) ?? newCell();
    return {
      kind: kindOf(c),
      value: c.value,
      formula: c.formula,
      numberFormat: c.numberFormat,
      font: { ...c.font },
      fill: c.fill,
      horizontal: c.horizontal,
      vertical: c.vertical,
      wrap: c.wrap,
      indent: c.indent,
      borders: { ...c.borders },
      locked: c.locked,
    };
  }

  /** Seeds a cell as a clerk's typing would have left it (no parsing; numbers stay numbers). */
  setCell(ref: string, value: string | number | boolean): this {
    const { top, left } = parseAddress(ref, "setCell");
    Object.assign(this.model(top, left), { value, formula: null, isError: false });
    return this;
  }

  /** Seeds a formula with the result Excel would have computed ("" when not given). */
  setFormula(ref: string, formula: string, result: string | number | boolean = ""): this {
    const { top, left } = parseAddress(ref, "setFormula");
    Object.assign(this.model(top, left), { value: result, formula, isError: false });
    return this;
  }

  /** Seeds a cell showing an Excel error, from a formula or typed as a constant. */
  setError(ref: string, error: string, formula: string | null = null): this {
    const { top, left } = parseAddress(ref, "setError");
    Object.assign(this.model(top, left), { value: error, formula, isError: true });
    return this;
  }

  setFont(ref: string, name: string): this {
    const { top, left } = parseAddress(ref, "setFont");
    this.model(top, left).font.name = name;
    return this;
  }

  validationAt(ref: string): ValidationModel | null {
    const { top, left } = parseAddress(ref, "validationAt");
    return this.peek(top, left)?.validation ?? null;
  }

  conditionalFormatsAt(ref: string): ConditionalFormatModel[] {
    const { top, left } = parseAddress(ref, "conditionalFormatsAt");
    return this.conditionalFormats.filter((cf) => contains(parseAddress(cf.range, "cf"), top, left));
  }

  /** Merged areas as "A1:C1". */
  get mergedAreas(): string[] {
    return this.merges.map(formatAddress);
  }

  get names(): NameView[] {
    return [...this.scopedNames.values()].map(nameView);
  }

  /** Cells holding something, or (valuesOnly false) also formatted ones; null when none. */
  usedRange(valuesOnly: boolean): RangeAddress | null {
    let box: RangeAddress | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === null) continue;
      const row = Math.floor(key / MAX_COLS) + 1;
      const col = (key % MAX_COLS) + 1;
      box =
        box === null
          ? { top: row, left: col, bottom: row, right: col }
          : {
              top: Math.min(box.top, row),
              left: Math.min(box.left, col),
              bottom: Math.max(box.bottom, row),
              right: Math.max(box.right, col),
            };
    }
    return box;
  }

  /** A copy under another name, as Excel copies a sheet between workbooks: cells, formats, merges, sheet-scoped names. */
  copyAs(name: string): FakeSheet {
    const copy = new FakeSheet(name);
    for (const [key, cell] of this.cells) copy.cells.set(key, structuredClone(cell));
    copy.merges.push(...this.merges.map((m) => ({ ...m })));
    copy.conditionalFormats.push(...structuredClone(this.conditionalFormats));
    for (const [key, n] of this.scopedNames) copy.scopedNames.set(key, { ...n, sheet: copy });
    copy.protection = structuredClone(this.protection);
    copy.frozenRows = this.frozenRows;
    copy.pageLayout = structuredClone(this.pageLayout);
    for (const [k, v] of this.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of this.rowHeights) copy.rowHeights.set(k, v);
    copy.visibility = this.visibility;
    return copy;
  }

  /** Non-empty cells (value or formula), for tests that compare a whole sheet. */
  filledCells(): Map<string, CellView> {
    const out = new Map<string, CellView>();
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === null) continue;
      const ref = cellRef(Math.floor(key / MAX_COLS) + 1, (key % MAX_COLS) + 1);
      out.set(ref, this.cell(ref));
    }
    return out;
  }
}

export function nameView(n: NameModel): NameView {
  const where = n.sheet === null ? "#REF!" : `${quoteSheet(n.sheet.name)}!`;
  return { name: n.name, formula: `=${where}${absoluteAddress(n.address)}` };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface TableModel {
  name: string;
  range: string;
  hasHeaders: boolean;
}

export interface PivotTableModel {
  name: string;
  /** The source's sheet and address, e.g. "Pivot!Z4:AC900". */
  source: { sheet: string; range: string };
  destination: string;
  rows: string[];
  columns: string[];
  values: { field: string; summarizeBy: string }[];
}

export interface ChartModel {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: { from: string; to: string } | null;
}
