/**
 * A strict fake of the part of the Excel JavaScript API that src/excel uses, modelled on Office.js:
 *
 * - Proxy objects queue commands; `context.sync()` runs the queue in order against an in-memory
 *   workbook. A failing command rejects the sync and, as in Excel, the commands before it stay done.
 *   An empty queue makes no round trip and is not counted.
 * - Every counted sync records its request size (the JSON of its object paths and actions) and its
 *   response size (the JSON of the values its loads return), in UTF-8 bytes. Over 5 MB either way
 *   the sync fails as Excel's does.
 * - Reading a scalar property that was not loaded and synced throws PropertyNotLoaded, also between
 *   `load()` and `sync()`. Setting a property caches the value on the proxy, as Office.js does.
 * - `*OrNullObject` gives an object whose `isNullObject` is readable after the sync; reading its
 *   properties gives undefined. Anything queued on a child of a null object fails (InvalidObjectPath):
 *   the adapter must not rely on chaining through null objects.
 * - Each API member carries the ExcelApi version that introduced it; a command needing a newer version
 *   than the fake declares fails with ApiNotFound, and `Office.context.requirements.isSetSupported`
 *   answers from the same declaration.
 * - Text typed into a cell is parsed like Excel with en-US settings unless the cell's number format
 *   is "@": "=…" becomes a formula; "+…", "-…", "@…" that are not numbers become a broken formula
 *   (#NAME?); "02" and "1.234" numbers; "01/10/2024" a date serial. Formulas are not calculated: a
 *   formula cell reads as "" unless a test seeded its result with `setFormula`.
 * - Conditional formats are added at the top priority, as Excel adds them; a protected sheet refuses
 *   adding and deleting them unless formatting cells is allowed, as Excel's Protect Sheet does.
 * - `Excel.createWorkbook(base64)` records the files it was given in `createdWorkbooks`.
 */
import { cellRef, columnNumber, type RangeAddress } from "../../src/domain/layout/a1";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;
/** The fake keeps cells one by one; cell-level work on bigger ranges is refused rather than slow. */
const MAX_CELL_OPERATION = 2_000_000;

// ───────────────────────────── errors ─────────────────────────────

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? {} : { errorLocation };
  }
}

function notLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

const invalidArgument = (message: string, where: string): FakeOfficeError =>
  new FakeOfficeError("InvalidArgument", message, where);

// ───────────────────────────── model ─────────────────────────────

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

interface CellModel {
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

interface NameModel {
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

function newCell(): CellModel {
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

function nameView(n: NameModel): NameView {
  const where = n.sheet === null ? "#REF!" : `${quoteSheet(n.sheet.name)}!`;
  return { name: n.name, formula: `=${where}${absoluteAddress(n.address)}` };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ───────────────────────────── addresses ─────────────────────────────

const CELL_PART = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL_PART = /^\$?([A-Za-z]{1,3})$/;
const ROW_PART = /^\$?(\d{1,7})$/;

function parseAddress(address: string, where: string): RangeAddress {
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

function formatAddress(r: RangeAddress): string {
  const tl = cellRef(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellRef(r.bottom, r.right)}`;
}

function absoluteAddress(r: RangeAddress): string {
  const tl = cellRef(r.top, r.left, true);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellRef(r.bottom, r.right, true)}`;
}

function contains(r: RangeAddress, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function overlaps(a: RangeAddress, b: RangeAddress): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function cellCount(r: RangeAddress): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

// ───────────────────────────── Excel's typing rules ─────────────────────────────

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS_TEXT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const US_DATE_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const ISO_DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - EXCEL_EPOCH_MS) / 86_400_000);
}

/** Writes one entry of a values/formulas array into a cell as Excel (en-US) would take it. */
function typeInto(cell: CellModel, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  const set = (value: string | number | boolean, formula: string | null = null, isError = false): void => {
    cell.value = value;
    cell.formula = formula;
    cell.isError = isError;
  };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`The number ${input} cannot be stored.`, where);
    return set(input);
  }
  if (typeof input === "boolean") return set(input);
  if (typeof input !== "string") throw invalidArgument(`A cell cannot hold ${JSON.stringify(input)}.`, where);
  if (cell.numberFormat === "@" || input === "") return set(input);
  if (input.startsWith("=")) return set("", input);
  if (NUMBER_TEXT.test(input)) return set(Number(input));
  if (THOUSANDS_TEXT.test(input)) return set(Number(input.replace(/,/g, "")));
  if (/^[+\-@]/.test(input)) return set("#NAME?", `=${input.replace(/^[+@]/, "")}`, true);
  const us = US_DATE_TEXT.exec(input);
  const iso = ISO_DATE_TEXT.exec(input);
  const serial = us
    ? dateSerial(Number(us[3]) < 100 ? 2000 + Number(us[3]) : Number(us[3]), Number(us[1]), Number(us[2]))
    : iso
      ? dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : null;
  if (serial !== null) {
    if (cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
    return set(serial);
  }
  if (/^(true|false)$/i.test(input)) return set(input.toLowerCase() === "true");
  set(input);
}

// ───────────────────────────── workbook ─────────────────────────────

export interface FakeExcelOptions {
  /** The highest ExcelApi requirement set the host supports, e.g. "1.8". Default "1.17". */
  excelApi?: string;
  /** Worksheets of the new workbook, in order. Default ["Sheet1"]. */
  sheets?: readonly string[];
}

export interface SyncRecord {
  commands: number;
  /** Request size. */
  bytes: number;
  /** Response size: what the sync's loads returned. */
  responseBytes: number;
}

function versionAtLeast(have: string, need: string): boolean {
  const [hMajor = 0, hMinor = 0] = have.split(".").map(Number);
  const [nMajor = 0, nMinor = 0] = need.split(".").map(Number);
  return hMajor > nMajor || (hMajor === nMajor && hMinor >= nMinor);
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const DEFINED_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}[0-9]+$|^[RrCc][0-9]*$|^[Rr][0-9]*[Cc][0-9]*$/;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-scoped defined names, by upper-case name. */
  readonly names = new Map<string, NameModel>();
  active: FakeSheet | null = null;
  readonly syncs: SyncRecord[] = [];
  runCount = 0;
  excelApi: string;
  /** The base64 files given to Excel.createWorkbook, in order. */
  readonly createdWorkbooks: string[] = [];
  /**
   * What `workbook.insertWorksheetsFromBase64` finds in a base64 file, by the file: a test puts there
   * the workbook as Excel would open it. Unknown files fail as a corrupt file does in Excel.
   */
  readonly base64Workbooks = new Map<string, FakeExcel>();
  private failures: { op: string; error: FakeOfficeError }[] = [];
  private saved: { Excel: unknown; Office: unknown } | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? "1.17";
    for (const name of options.sheets ?? ["Sheet1"]) this.addSheet(name);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxPayloadBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.bytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  /** Forgets the syncs counted so far (after seeding a workbook through the API). */
  resetCounters(): void {
    this.syncs.length = 0;
    this.runCount = 0;
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  get activeSheetName(): string | null {
    return this.active?.name ?? null;
  }

  get workbookNames(): NameView[] {
    return [...this.names.values()].map(nameView);
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (found === undefined)
      throw new Error(`The fake workbook has no sheet "${name}"; it has ${this.sheetNames.join(", ")}`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  findSheet(name: string): FakeSheet | undefined {
    const key = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === key);
  }

  addSheet(name: string): FakeSheet {
    this.checkSheetName(name, null, "addSheet");
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** The next command of this operation (e.g. "NamedItemCollection.add") fails with the given error. */
  failOn(
    op: string,
    code = "GeneralException",
    message = "There was an internal error while processing the request.",
  ): void {
    this.failures.push({ op, error: new FakeOfficeError(code, message, op) });
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && versionAtLeast(this.excelApi, version);
  }

  /** Puts `Excel` and `Office` on globalThis, as office.js does inside Excel. */
  install(): void {
    const g = globalThis as Record<string, unknown>;
    this.saved = { Excel: g["Excel"], Office: g["Office"] };
    g["Excel"] = {
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => this.run(batch),
      createWorkbook: (base64?: string) => this.createWorkbook(base64),
    };
    g["Office"] = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version),
        },
      },
    };
  }

  uninstall(): void {
    if (this.saved === null) return;
    const g = globalThis as Record<string, unknown>;
    g["Excel"] = this.saved.Excel;
    g["Office"] = this.saved.Office;
    this.saved = null;
  }

  async createWorkbook(base64?: string): Promise<void> {
    await Promise.resolve();
    if (!this.isSetSupported("ExcelApi", "1.8"))
      throw new FakeOfficeError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8.", "createWorkbook");
    const injected = this.takeFailure("createWorkbook");
    if (injected) throw injected;
    if (base64 !== undefined && !/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
      throw invalidArgument("The file is not base64.", "createWorkbook");
    this.createdWorkbooks.push(base64 ?? "");
  }

  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    await context.sync();
    return result;
  }

  // ── used by the proxies ──

  takeFailure(op: string): FakeOfficeError | undefined {
    const i = this.failures.findIndex((f) => f.op === op);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0]?.error;
  }

  checkSheetName(name: string, self: FakeSheet | null, where: string): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      /^'|'$/.test(name)
    ) {
      throw invalidArgument(
        `The sheet name '${name}' is not valid: 1 to 31 characters, none of []:*?/\\, no ' at either end.`,
        where,
      );
    }
    const other = this.findSheet(name);
    if (other !== undefined && other !== self) {
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`, where);
    }
  }

  deleteSheet(sheet: FakeSheet, where: string): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeOfficeError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        where,
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const n of this.names.values()) if (n.sheet === sheet) n.sheet = null;
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }

  defineName(
    scope: Map<string, NameModel>,
    name: string,
    sheet: FakeSheet,
    address: RangeAddress,
    comment: string,
    where: string,
  ): void {
    if (
      typeof name !== "string" ||
      name.length > 255 ||
      !DEFINED_NAME.test(name) ||
      LOOKS_LIKE_CELL.test(name)
    ) {
      throw invalidArgument(`'${name}' is not a valid name.`, where);
    }
    if (scope.has(name.toUpperCase())) {
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `The name '${name}' already exists in its scope.`,
        where,
      );
    }
    scope.set(name.toUpperCase(), { name, sheet, address, comment });
  }
}

// ───────────────────────────── proxies ─────────────────────────────

interface Command {
  op: string;
  path: string;
  detail?: unknown;
  since: string;
  /** Runs the command; may return what to commit to proxies once the whole batch succeeded. */
  exec(): (() => void) | void;
}

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  private queue: Command[] = [];
  /** Bytes the running command returns to the add-in. */
  returned = 0;

  constructor(readonly fake: FakeExcel) {
    this.workbook = seal(new WorkbookProxy(this));
    this.application = seal(new ApplicationProxy(this));
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const paths = [...new Set(batch.map((c) => c.path))];
    const pathId = new Map(paths.map((p, i) => [p, i]));
    const request = {
      ObjectPaths: paths,
      Actions: batch.map((c) => ({ O: pathId.get(c.path), A: c.op, V: c.detail })),
    };
    const bytes = Buffer.byteLength(JSON.stringify(request), "utf8");
    const record: SyncRecord = { commands: batch.length, bytes, responseBytes: 0 };
    this.fake.syncs.push(record);
    await Promise.resolve();
    if (bytes > MAX_PAYLOAD_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    const commits: (() => void)[] = [];
    for (const command of batch) {
      if (!this.fake.isSetSupported("ExcelApi", command.since)) {
        throw new FakeOfficeError(
          "ApiNotFound",
          `${command.op} needs ExcelApi ${command.since}; this Excel has ${this.fake.excelApi}.`,
          command.op,
        );
      }
      const injected = this.fake.takeFailure(command.op);
      if (injected) throw injected;
      this.returned = 0;
      const commit = command.exec();
      record.responseBytes += this.returned;
      if (commit) commits.push(commit);
    }
    if (record.responseBytes > MAX_PAYLOAD_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
      );
    }
    for (const commit of commits) commit();
  }
}

function seal<T extends object>(proxy: T): T {
  return Object.preventExtensions(proxy);
}

interface PropDef<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: unknown, where: string) => void;
  since?: string;
}

type Props<T> = Record<string, PropDef<T>>;

/** Base of every proxy: a path, a target resolved once when a command first needs it, loaded values. */
abstract class ClientObject<T> {
  readonly context: FakeRequestContext;
  /** undefined until a sync has told; true for a null object. */
  _isNull: boolean | undefined = undefined;
  protected readonly _local = new Map<string, unknown>();
  private _bound: { target: T | null } | undefined = undefined;
  private readonly _navigation = new Map<string, unknown>();
  /** The properties the last load asked for: what an answer on the wire carries (officeWire.ts). */
  protected _lastLoad: readonly string[] = [];

  constructor(
    context: FakeRequestContext,
    readonly _path: string,
    private readonly _resolve: () => T | null,
    protected readonly _since = "1.1",
  ) {
    this.context = context;
  }

  abstract get _entity(): string;
  protected abstract get _props(): Props<T>;

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._entity, "isNullObject");
    return this._isNull;
  }

  _targetOrNull(): T | null {
    this._bound ??= { target: this._resolve() };
    return this._bound.target;
  }

  _target(): T {
    const target = this._targetOrNull();
    if (target === null) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `The object path '${this._path}' isn't working: it is a null object.`,
        this._entity,
      );
    }
    return target;
  }

  _bind(target: T | null): void {
    this._bound = { target };
  }

  /** A navigation property: the same proxy on every read, as in Office.js. */
  protected _nav<P extends object>(key: string, create: () => P): P {
    let proxy = this._navigation.get(key) as P | undefined;
    if (proxy === undefined) {
      proxy = seal(create());
      this._navigation.set(key, proxy);
    }
    return proxy;
  }

  /** Queues resolving this object now, so a missing item fails this batch and isNullObject is known after it. */
  _instantiate(since = this._since): void {
    this.context.enqueue({
      op: `${this._entity}._instantiate`,
      path: this._path,
      since,
      exec: () => {
        const target = this._targetOrNull();
        return () => {
          this._isNull = target === null;
        };
      },
    });
  }

  _read(property: string): unknown {
    if (this._isNull === true) return undefined;
    if (!this._local.has(property)) throw notLoaded(this._entity, property);
    return this._local.get(property);
  }

  _write(property: string, value: unknown): void {
    const def = this._props[property] as PropDef<T>;
    this._local.set(property, value);
    const where = `${this._entity}.${property}`;
    this.context.enqueue({
      op: `${where}=`,
      path: this._path,
      detail: value,
      since: maxVersion(this._since, def.since),
      exec: () => {
        (def.set as NonNullable<PropDef<T>["set"]>)(this._target(), value, where);
      },
    });
  }

  _call(method: string, detail: unknown, run: (target: T) => void, since?: string): void {
    this.context.enqueue({
      op: `${this._entity}.${method}`,
      path: this._path,
      detail,
      since: maxVersion(this._since, since),
      exec: () => {
        run(this._target());
      },
    });
  }

  /**
   * This object as a load's answer on the wire, after the sync: the loaded properties under
   * Office.js's capitalised names, null for a null object. Read by officeWire.ts.
   */
  _wireValue(): Record<string, unknown> | null {
    if (this._isNull === true) return null;
    return Object.fromEntries(this._lastLoad.map((n) => [wireName(n), this._local.get(n)]));
  }

  /** The object's id, for the answer to an Instantiate on the wire; undefined when it has none. */
  _wireId(): string | undefined {
    const target = this._targetOrNull();
    const get = this._props["id"]?.get;
    return target === null || get === undefined ? undefined : String(get(target));
  }

  load(select?: string | string[] | { select?: string }): this {
    const names = selectList(
      select,
      Object.keys(this._props).filter((k) => this._props[k]?.get),
    );
    this._lastLoad = names;
    for (const name of names) {
      if (!this._props[name]?.get)
        throw invalidArgument(`${this._entity} has no loadable property '${name}'.`, `${this._entity}.load`);
    }
    const since = names.reduce((v, n) => maxVersion(v, this._props[n]?.since), this._since);
    this.context.enqueue({
      op: `${this._entity}.load`,
      path: this._path,
      detail: names,
      since,
      exec: () => {
        const target = this._targetOrNull();
        const values =
          target === null
            ? null
            : names.map((n) => clone((this._props[n]?.get as (t: T) => unknown)(target)));
        this.context.returned += payloadBytes(names, values);
        return () => {
          this._isNull = target === null;
          if (values !== null) names.forEach((n, i) => this._local.set(n, values[i]));
        };
      },
    });
    return this;
  }
}

/** Office.js sends property names as in the API and answers under the capitalised name ("name" → "Name"). */
function wireName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function selectList(select: string | string[] | { select?: string } | undefined, all: string[]): string[] {
  const raw =
    typeof select === "string"
      ? select.split(",")
      : Array.isArray(select)
        ? select
        : select?.select?.split(",");
  const names = (raw ?? all).map((s) => s.trim()).filter((s) => s !== "");
  return names.length === 0 ? all : names;
}

/** What a load sends back: each property's name and value, as JSON in UTF-8. */
function payloadBytes(names: readonly string[], values: unknown): number {
  return Buffer.byteLength(JSON.stringify({ names, values }) ?? "", "utf8");
}

function clone<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}

function maxVersion(a: string, b: string | undefined): string {
  return b === undefined || versionAtLeast(a, b) ? a : b;
}

/** Defines each property of the table as an accessor; read-only ones get no setter, as in Office.js. */
function defineProps<T>(cls: { prototype: object }, props: Props<T>): void {
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObject<T>) {
        return this._read(name);
      },
      ...(def.set
        ? {
            set(this: ClientObject<T>, value: unknown) {
              this._write(name, value);
            },
          }
        : {}),
      configurable: true,
    });
  }
}

/** Loadable collection: `items` throws until a load of the collection has been synced. */
abstract class CollectionObject<T, I> extends ClientObject<T> {
  private _items: I[] | undefined = undefined;

  get items(): I[] {
    if (this._items === undefined) throw notLoaded(this._entity, "items");
    return this._items;
  }

  protected abstract _members(target: T): unknown[];
  protected abstract _itemProxy(member: unknown, values: Map<string, unknown>): I;
  /** An item found only when a command first needs it (getItemAt, getItem by id). */
  protected abstract _lazyItem(path: string, find: () => unknown): I;
  protected abstract get _itemProps(): Props<unknown>;

  override _wireValue(): Record<string, unknown> | null {
    if (this._isNull === true) return null;
    return {
      _Items: this.items.map((item) => (item as unknown as ClientObject<unknown>)._wireValue()),
    };
  }

  /**
   * The item at this position when a command first uses it, as the Office.js client addresses an
   * item whose load answer carried no id: deleting an earlier item in the same batch shifts it.
   */
  getItemAt(index: number): I {
    return this._lazyItem(`${this._path}.getItemAt(${index})`, () => {
      const member = this._members(this._target())[index];
      if (member === undefined)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The collection has no item at ${index}.`,
          `${this._entity}.getItemAt`,
        );
      return member;
    });
  }

  override load(select?: string | string[] | { select?: string }): this {
    const itemProps = this._itemProps;
    const requested = selectList(select, []).map((s) => s.replace(/^items\//, ""));
    const names = requested.length > 0 ? requested : Object.keys(itemProps).filter((k) => itemProps[k]?.get);
    for (const name of names) {
      if (!itemProps[name]?.get)
        throw invalidArgument(
          `${this._entity} items have no loadable property '${name}'.`,
          `${this._entity}.load`,
        );
    }
    const since = names.reduce((v, n) => maxVersion(v, itemProps[n]?.since), this._since);
    this.context.enqueue({
      op: `${this._entity}.load`,
      path: this._path,
      detail: names,
      since,
      exec: () => {
        const members = this._members(this._target());
        const loaded = members.map(
          (m) => new Map(names.map((n) => [n, clone((itemProps[n]?.get as (t: unknown) => unknown)(m))])),
        );
        this.context.returned += payloadBytes(
          names,
          loaded.map((m) => [...m.values()]),
        );
        return () => {
          this._isNull = false;
          this._items = members.map((m, i) => this._itemProxy(m, loaded[i] as Map<string, unknown>));
        };
      },
    });
    return this;
  }
}

function withLoaded<P extends { _isNull: boolean | undefined }>(proxy: P, values: Map<string, unknown>): P {
  const internals = proxy as unknown as { _local: Map<string, unknown>; _lastLoad: readonly string[] };
  for (const [k, v] of values) internals._local.set(k, v);
  internals._lastLoad = [...values.keys()];
  proxy._isNull = false;
  return proxy;
}

// ── Application ──

class ApplicationProxy extends ClientObject<FakeExcel> {
  constructor(context: FakeRequestContext) {
    super(context, "application", () => context.fake);
  }
  get _entity(): string {
    return "Application";
  }
  protected get _props(): Props<FakeExcel> {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", undefined, () => undefined, "1.6");
  }
}

// ── Workbook ──

class WorkbookProxy extends ClientObject<FakeExcel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(context: FakeRequestContext) {
    super(context, "workbook", () => context.fake);
    this.worksheets = seal(new WorksheetCollectionProxy(context));
    this.names = seal(
      new NamedItemCollectionProxy(
        context,
        "workbook.names",
        () => ({ fake: context.fake, sheet: null }),
        "1.1",
      ),
    );
  }
  get _entity(): string {
    return "Workbook";
  }
  protected get _props(): Props<FakeExcel> {
    return {};
  }
  /** Office.js reaches the application through the workbook (`context.application` is `workbook.application`). */
  get application(): ApplicationProxy {
    return this.context.application;
  }

  /**
   * ExcelApi 1.13. Copies the sheets at the end (a taken name gets " (2)"); their sheet-scoped names
   * come along, and the file's workbook-scoped names on them become workbook-scoped here, or
   * sheet-scoped where the name is taken. Gives the new sheets' ids after the sync.
   */
  insertWorksheetsFromBase64(
    base64: string,
    options: { sheetNamesToInsert?: string[]; positionType?: string } = {},
  ): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>("Workbook.insertWorksheetsFromBase64");
    const where = "Workbook.insertWorksheetsFromBase64";
    this._call(
      "insertWorksheetsFromBase64",
      { base64, options },
      (fake) => {
        const source = fake.base64Workbooks.get(base64);
        if (source === undefined) throw invalidArgument("The file is corrupt or not a workbook.", where);
        const ids: string[] = [];
        for (const wanted of options.sheetNamesToInsert ?? source.sheetNames) {
          const from = source.findSheet(wanted);
          if (from === undefined) throw invalidArgument(`The file has no sheet '${wanted}'.`, where);
          let name = from.name;
          for (let n = 2; fake.hasSheet(name); n++)
            name = `${from.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
          const copy = from.copyAs(name);
          fake.sheets.push(copy);
          for (const n of source.names.values()) {
            if (n.sheet !== from) continue;
            const key = n.name.toUpperCase();
            if (!fake.names.has(key)) fake.names.set(key, { ...n, sheet: copy });
            else if (!copy.scopedNames.has(key)) copy.scopedNames.set(key, { ...n, sheet: copy });
          }
          ids.push(copy.id);
        }
        result._set(ids);
      },
      "1.13",
    );
    return result;
  }
}

/** A value an API method gives back, readable after the sync. */
export class FakeClientResult<T> {
  private _value: { v: T } | undefined;
  constructor(private readonly where: string) {}
  get value(): T {
    if (this._value === undefined) throw notLoaded(this.where, "value");
    return this._value.v;
  }
  _set(value: T): void {
    this._value = { v: value };
  }
}

// ── Worksheets ──

const WORKSHEET_PROPS: Props<{ fake: FakeExcel; sheet: FakeSheet }> = {
  name: {
    get: (t) => t.sheet.name,
    set: (t, v, where) => {
      t.fake.checkSheetName(v as string, t.sheet, where);
      // Excel carries every reference to the sheet over to its new name.
      const from = t.sheet.name;
      for (const sheet of t.fake.sheets) {
        for (const pivot of sheet.pivotTables)
          if (pivot.source.sheet === from) pivot.source.sheet = v as string;
        for (const chart of sheet.charts)
          if (chart.source.startsWith(`${from}!`))
            chart.source = `${v as string}${chart.source.slice(from.length)}`;
      }
      t.sheet.name = v as string;
    },
  },
  id: { get: (t) => t.sheet.id },
  position: {
    get: (t) => t.fake.sheets.indexOf(t.sheet),
    set: (t, v, where) => {
      const to = v as number;
      if (!Number.isInteger(to) || to < 0 || to >= t.fake.sheets.length)
        throw invalidArgument(`Position ${to} is outside the workbook.`, where);
      t.fake.sheets.splice(t.fake.sheets.indexOf(t.sheet), 1);
      t.fake.sheets.splice(to, 0, t.sheet);
    },
  },
};

type SheetTarget = { fake: FakeExcel; sheet: FakeSheet };

class WorksheetCollectionProxy extends CollectionObject<FakeExcel, WorksheetProxy> {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets", () => context.fake);
  }
  get _entity(): string {
    return "WorksheetCollection";
  }
  protected get _props(): Props<FakeExcel> {
    return {};
  }
  protected get _itemProps(): Props<unknown> {
    return WORKSHEET_PROPS as Props<unknown>;
  }
  protected _members(fake: FakeExcel): unknown[] {
    return fake.sheets.map((sheet) => ({ fake, sheet }));
  }
  protected _itemProxy(member: unknown, values: Map<string, unknown>): WorksheetProxy {
    const t = member as SheetTarget;
    return withLoaded(
      this._lazyItem(`worksheet(${t.sheet.id})`, () => t),
      values,
    );
  }
  protected _lazyItem(path: string, find: () => unknown): WorksheetProxy {
    return seal(new WorksheetProxy(this.context, path, () => find() as SheetTarget));
  }

  add(name?: string): WorksheetProxy {
    const fake = this.context.fake;
    const proxy = seal(
      new WorksheetProxy(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => null),
    );
    this._call("add", name ?? null, () => {
      let sheetName = name;
      for (let n = fake.sheets.length + 1; sheetName === undefined; n++)
        if (!fake.hasSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      fake.checkSheetName(sheetName, null, "WorksheetCollection.add");
      const sheet = new FakeSheet(sheetName);
      fake.sheets.push(sheet);
      proxy._bind({ fake, sheet });
    });
    return proxy;
  }

  getItem(key: string): WorksheetProxy {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.item(key, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    const fake = this.context.fake;
    const proxy = seal(
      new WorksheetProxy(this.context, "worksheets.getActiveWorksheet()", () => {
        if (fake.active === null)
          throw new FakeOfficeError("ItemNotFound", "There is no active worksheet.", "getActiveWorksheet");
        return { fake, sheet: fake.active };
      }),
    );
    proxy._instantiate();
    return proxy;
  }

  private item(key: string, nullable: boolean): WorksheetProxy {
    const fake = this.context.fake;
    const method = nullable ? "getItemOrNullObject" : "getItem";
    const proxy = seal(
      new WorksheetProxy(this.context, `worksheets.${method}(${JSON.stringify(key)})`, () => {
        const sheet = fake.sheets.find((s) => s.id === key) ?? fake.findSheet(key);
        if (sheet) return { fake, sheet };
        if (nullable) return null;
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource '${key}' doesn't exist.`,
          `WorksheetCollection.${method}`,
        );
      }),
    );
    proxy._instantiate(nullable ? "1.4" : "1.1");
    return proxy;
  }
}

class WorksheetProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "Worksheet";
  }
  protected get _props(): Props<SheetTarget> {
    return WORKSHEET_PROPS;
  }

  get names(): NamedItemCollectionProxy {
    return this._nav(
      "names",
      () =>
        new NamedItemCollectionProxy(
          this.context,
          `${this._path}.names`,
          () => ({ fake: this.context.fake, sheet: this._target().sheet }),
          "1.4",
        ),
    );
  }

  get protection(): WorksheetProtectionProxy {
    return this._nav(
      "protection",
      () =>
        new WorksheetProtectionProxy(
          this.context,
          `${this._path}.protection`,
          () => this._target().sheet,
          "1.2",
        ),
    );
  }

  /** A deleted sheet's proxies fail as in Excel. */
  override _target(): SheetTarget {
    const t = super._target();
    if (!t.fake.sheets.includes(t.sheet))
      throw new FakeOfficeError("ItemNotFound", `The worksheet '${t.sheet.name}' was deleted.`, "Worksheet");
    return t;
  }

  get freezePanes(): FreezePanesProxy {
    return this._nav(
      "freezePanes",
      () =>
        new FreezePanesProxy(this.context, `${this._path}.freezePanes`, () => this._target().sheet, "1.7"),
    );
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return this._nav(
      "horizontalPageBreaks",
      () =>
        new PageBreakCollectionProxy(
          this.context,
          `${this._path}.horizontalPageBreaks`,
          () => this._target().sheet,
          true,
        ),
    );
  }

  get verticalPageBreaks(): PageBreakCollectionProxy {
    return this._nav(
      "verticalPageBreaks",
      () =>
        new PageBreakCollectionProxy(
          this.context,
          `${this._path}.verticalPageBreaks`,
          () => this._target().sheet,
          false,
        ),
    );
  }

  get pageLayout(): PageLayoutProxy {
    return this._nav(
      "pageLayout",
      () => new PageLayoutProxy(this.context, `${this._path}.pageLayout`, () => this._target().sheet, "1.9"),
    );
  }

  getRange(address?: string): RangeProxy {
    const addr =
      address === undefined
        ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }
        : parseAddress(address, "Worksheet.getRange");
    return seal(
      new RangeProxy(this.context, `${this._path}.getRange(${JSON.stringify(address ?? "")})`, () => ({
        sheet: this._target().sheet,
        addr,
      })),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const proxy = seal(
      new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
        const sheet = this._target().sheet;
        const addr = sheet.usedRange(valuesOnly);
        return addr === null ? null : { sheet, addr };
      }),
    );
    proxy._instantiate("1.4");
    return proxy;
  }

  delete(): void {
    this._call("delete", undefined, (t) => t.fake.deleteSheet(t.sheet, "Worksheet.delete"));
  }

  get tables(): TableCollectionProxy {
    return this._nav(
      "tables",
      () => new TableCollectionProxy(this.context, `${this._path}.tables`, () => this._target()),
    );
  }

  get pivotTables(): PivotTableCollectionProxy {
    return this._nav(
      "pivotTables",
      () =>
        new PivotTableCollectionProxy(this.context, `${this._path}.pivotTables`, () => this._target(), "1.8"),
    );
  }

  get charts(): ChartCollectionProxy {
    return this._nav(
      "charts",
      () => new ChartCollectionProxy(this.context, `${this._path}.charts`, () => this._target()),
    );
  }

  activate(): void {
    this._call("activate", undefined, (t) => {
      t.fake.active = t.sheet;
    });
  }
}
defineProps(WorksheetProxy, WORKSHEET_PROPS);

// ── Names ──

type NameTarget = { fake: FakeExcel; scope: Map<string, NameModel>; name: NameModel };
type NamesTarget = { fake: FakeExcel; sheet: FakeSheet | null };

const NAMED_ITEM_PROPS: Props<NameTarget> = {
  name: { get: (t) => t.name.name },
  formula: { get: (t) => nameView(t.name).formula, since: "1.7" },
};

class NamedItemCollectionProxy extends CollectionObject<NamesTarget, NamedItemProxy> {
  get _entity(): string {
    return "NamedItemCollection";
  }
  protected get _props(): Props<NamesTarget> {
    return {};
  }
  protected get _itemProps(): Props<unknown> {
    return NAMED_ITEM_PROPS as Props<unknown>;
  }
  protected _members(t: NamesTarget): unknown[] {
    const scope = scopeOf(t);
    return [...scope.values()].map((name) => ({ fake: t.fake, scope, name }));
  }
  protected _itemProxy(member: unknown, values: Map<string, unknown>): NamedItemProxy {
    const t = member as NameTarget;
    return withLoaded(
      this._lazyItem(`${this._path}.item(${JSON.stringify(t.name.name)})`, () => t),
      values,
    );
  }
  protected _lazyItem(path: string, find: () => unknown): NamedItemProxy {
    return seal(new NamedItemProxy(this.context, path, () => find() as NameTarget));
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const refDetail = typeof reference === "string" ? reference : reference._path;
    const proxy = seal(
      new NamedItemProxy(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => null),
    );
    this._call(
      "add",
      { name, reference: refDetail, comment },
      (t) => {
        const where = "NamedItemCollection.add";
        const { sheet, addr } =
          typeof reference === "string" ? parseReference(t, reference, where) : reference._target();
        const scope = scopeOf(t);
        t.fake.defineName(scope, name, sheet, addr, comment ?? "", where);
        proxy._bind({ fake: t.fake, scope, name: scope.get(name.toUpperCase()) as NameModel });
      },
      "1.4",
    );
    return proxy;
  }

  getItem(name: string): NamedItemProxy {
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this.item(name, true);
  }

  private item(name: string, nullable: boolean): NamedItemProxy {
    const method = nullable ? "getItemOrNullObject" : "getItem";
    const proxy = seal(
      new NamedItemProxy(this.context, `${this._path}.${method}(${JSON.stringify(name)})`, () => {
        const t = this._target();
        const scope = scopeOf(t);
        const found = scope.get(name.toUpperCase());
        if (found) return { fake: t.fake, scope, name: found };
        if (nullable) return null;
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource '${name}' doesn't exist.`,
          `NamedItemCollection.${method}`,
        );
      }),
    );
    proxy._instantiate(nullable ? "1.4" : this._since);
    return proxy;
  }
}

function scopeOf(t: NamesTarget): Map<string, NameModel> {
  return t.sheet === null ? t.fake.names : t.sheet.scopedNames;
}

function parseReference(
  t: NamesTarget,
  reference: string,
  where: string,
): { sheet: FakeSheet; addr: RangeAddress } {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
  if (m === null) {
    if (t.sheet === null) throw invalidArgument(`The reference '${reference}' names no sheet.`, where);
    return { sheet: t.sheet, addr: parseAddress(reference.replace(/^=/, ""), where) };
  }
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  const sheet = t.fake.findSheet(sheetName);
  if (sheet === undefined)
    throw invalidArgument(`The reference '${reference}' names a missing sheet.`, where);
  return { sheet, addr: parseAddress(m[3] as string, where) };
}

class NamedItemProxy extends ClientObject<NameTarget> {
  get _entity(): string {
    return "NamedItem";
  }
  protected get _props(): Props<NameTarget> {
    return NAMED_ITEM_PROPS;
  }
  delete(): void {
    this._call("delete", undefined, (t) => t.scope.delete(t.name.name.toUpperCase()), "1.4");
  }
}
defineProps(NamedItemProxy, NAMED_ITEM_PROPS);

// ── Protection, freeze panes, page layout ──

const PROTECTION_OPTIONS = new Set([
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
]);

const PROTECTION_PROPS: Props<FakeSheet> = {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => s.protection.options },
};

class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "WorksheetProtection";
  }
  protected get _props(): Props<FakeSheet> {
    return PROTECTION_PROPS;
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this._call(
      "protect",
      { options, password: password === undefined ? undefined : "***" },
      (sheet) => {
        const where = "WorksheetProtection.protect";
        if (sheet.protection.protected)
          throw new FakeOfficeError("InvalidOperation", "The sheet is already protected.", where);
        for (const key of Object.keys(options ?? {})) {
          if (!PROTECTION_OPTIONS.has(key))
            throw invalidArgument(`Unknown protection option '${key}'.`, where);
        }
        sheet.protection = { protected: true, options: { ...options }, password: password ?? null };
      },
      password === undefined ? "1.2" : "1.7",
    );
  }
  unprotect(password?: string): void {
    this._call(
      "unprotect",
      { password: password === undefined ? undefined : "***" },
      (sheet) => {
        if (sheet.protection.protected && sheet.protection.password !== (password ?? null))
          throw new FakeOfficeError(
            "BadPassword",
            "The password is incorrect.",
            "WorksheetProtection.unprotect",
          );
        sheet.protection = { protected: false, options: {}, password: null };
      },
      password === undefined ? "1.2" : "1.7",
    );
  }
}
defineProps(WorksheetProtectionProxy, PROTECTION_PROPS);

class FreezePanesProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "WorksheetFreezePanes";
  }
  protected get _props(): Props<FakeSheet> {
    return {};
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", count, (sheet) => {
      if (!Number.isInteger(count) || count < 0)
        throw invalidArgument(`Cannot freeze ${count} rows.`, "WorksheetFreezePanes.freezeRows");
      sheet.frozenRows = count;
    });
  }
}

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const PAPER_SIZES = new Set(["A3", "A4", "A5", "Letter", "Legal"]);

function marginProp(key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin"): PropDef<FakeSheet> {
  return {
    get: (s) => s.pageLayout[key],
    set: (s, v, where) => {
      if (typeof v !== "number" || v < 0)
        throw invalidArgument(`A margin is a number of points ≥ 0, not ${String(v)}.`, where);
      s.pageLayout[key] = v;
    },
  };
}

const PAGE_LAYOUT_PROPS: Props<FakeSheet> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v, where) => {
      if (!ORIENTATIONS.has(v as string)) throw invalidArgument(`Unknown orientation '${String(v)}'.`, where);
      s.pageLayout.orientation = v as string;
    },
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v, where) => {
      if (!PAPER_SIZES.has(v as string)) throw invalidArgument(`Unknown paper size '${String(v)}'.`, where);
      s.pageLayout.paperSize = v as string;
    },
  },
  zoom: {
    get: (s) => s.pageLayout.zoom,
    set: (s, v, where) => {
      const z = v as Record<string, unknown>;
      const keys = Object.keys(z);
      if (
        keys.length === 0 ||
        keys.some((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k))
      ) {
        throw invalidArgument(`Bad zoom ${JSON.stringify(v)}.`, where);
      }
      s.pageLayout.zoom = { ...z };
    },
  },
  leftMargin: marginProp("leftMargin"),
  rightMargin: marginProp("rightMargin"),
  topMargin: marginProp("topMargin"),
  bottomMargin: marginProp("bottomMargin"),
};

class PageLayoutProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "PageLayout";
  }
  protected get _props(): Props<FakeSheet> {
    return PAGE_LAYOUT_PROPS;
  }
  setPrintTitleRows(rows: string): void {
    this._call("setPrintTitleRows", rows, (sheet) => {
      const r = parseAddress(rows, "PageLayout.setPrintTitleRows");
      if (r.left !== 1 || r.right !== MAX_COLS)
        throw invalidArgument(`'${rows}' is not whole rows.`, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = rows;
    });
  }
  setPrintTitleColumns(columns: string): void {
    this._call("setPrintTitleColumns", columns, (sheet) => {
      const r = parseAddress(columns, "PageLayout.setPrintTitleColumns");
      if (r.top !== 1 || r.bottom !== MAX_ROWS)
        throw invalidArgument(`'${columns}' is not whole columns.`, "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = columns;
    });
  }
  setPrintArea(area: string): void {
    this._call("setPrintArea", area, (sheet) => {
      parseAddress(area, "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = area;
    });
  }
  get headersFooters(): HeaderFooterGroupProxy {
    return this._nav(
      "headersFooters",
      () =>
        new HeaderFooterGroupProxy(this.context, `${this._path}.headersFooters`, () => this._target(), "1.9"),
    );
  }
}
defineProps(PageLayoutProxy, PAGE_LAYOUT_PROPS);

class HeaderFooterGroupProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "HeaderFooterGroup";
  }
  protected get _props(): Props<FakeSheet> {
    return {};
  }
  get defaultForAllPages(): HeaderFooterProxy {
    return this._nav(
      "defaultForAllPages",
      () =>
        new HeaderFooterProxy(this.context, `${this._path}.defaultForAllPages`, () => this._target(), "1.9"),
    );
  }
}

const HEADER_FOOTER_PROPS: Props<FakeSheet> = {
  centerHeader: {
    get: (s) => s.pageLayout.centerHeader,
    set: (s, v) => {
      s.pageLayout.centerHeader = String(v);
    },
  },
  centerFooter: {
    get: (s) => s.pageLayout.centerFooter,
    set: (s, v) => {
      s.pageLayout.centerFooter = String(v);
    },
  },
};

class HeaderFooterProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "HeaderFooter";
  }
  protected get _props(): Props<FakeSheet> {
    return HEADER_FOOTER_PROPS;
  }
}
defineProps(HeaderFooterProxy, HEADER_FOOTER_PROPS);

/** Worksheet.horizontalPageBreaks / verticalPageBreaks: add() puts a break before the range's top-left cell. */
class PageBreakCollectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => FakeSheet | null,
    private readonly _rows: boolean,
  ) {
    super(context, path, resolve, "1.9");
  }
  get _entity(): string {
    return "PageBreakCollection";
  }
  protected get _props(): Props<FakeSheet> {
    return {};
  }
  add(at: string): void {
    this._call("add", at, (sheet) => {
      const r = parseAddress(at, "PageBreakCollection.add");
      if (this._rows) sheet.pageLayout.rowBreaks.push(String(r.top));
      else sheet.pageLayout.columnBreaks.push(String(r.left));
    });
  }
}

// ── Ranges ──

type RangeTarget = { sheet: FakeSheet; addr: RangeAddress };

function forEachCell(
  t: RangeTarget,
  where: string,
  fn: (cell: CellModel, r: number, c: number) => void,
): void {
  if (cellCount(t.addr) > MAX_CELL_OPERATION)
    throw new Error(`The fake does not do cell-level work on ${formatAddress(t.addr)} (${where}).`);
  for (let r = t.addr.top; r <= t.addr.bottom; r++) {
    for (let c = t.addr.left; c <= t.addr.right; c++)
      fn(t.sheet.model(r, c), r - t.addr.top, c - t.addr.left);
  }
}

function readGrid(t: RangeTarget, fn: (cell: CellModel | undefined) => unknown): unknown[][] {
  if (cellCount(t.addr) > MAX_CELL_OPERATION)
    throw new Error(`The fake does not read ${formatAddress(t.addr)}.`);
  const rows: unknown[][] = [];
  for (let r = t.addr.top; r <= t.addr.bottom; r++) {
    const row: unknown[] = [];
    for (let c = t.addr.left; c <= t.addr.right; c++) row.push(fn(t.sheet.peek(r, c)));
    rows.push(row);
  }
  return rows;
}

/** A scalar or a 2-D array exactly the range's size, as Office.js requires. */
function gridInput(t: RangeTarget, input: unknown, where: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = t.addr.bottom - t.addr.top + 1;
  const cols = t.addr.right - t.addr.left + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      where,
    );
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/** Excel refuses changes to a protected sheet; `lockedOnly` lets values into unlocked cells. */
function assertEditable(t: RangeTarget, where: string, kind: "content" | "format"): void {
  const { protected: isProtected, options } = t.sheet.protection;
  if (!isProtected) return;
  if (kind === "format" && options["allowFormatCells"] === true) return;
  let blocked = kind === "format";
  if (kind === "content") forEachCell(t, where, (cell) => (blocked ||= cell.locked));
  if (blocked)
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
      where,
    );
}

function uniform(t: RangeTarget, fn: (cell: CellModel) => unknown): unknown {
  const values = readGrid(t, (cell) => JSON.stringify(fn(cell ?? newCell()))).flat();
  return values.every((v) => v === values[0]) ? JSON.parse(values[0] as string) : null;
}

function formatProp(
  fn: (cell: CellModel) => unknown,
  apply: (cell: CellModel, value: unknown) => void,
  validate?: (v: unknown) => boolean,
  since?: string,
): PropDef<RangeTarget> {
  return {
    get: (t) => uniform(t, fn),
    set: (t, v, where) => {
      if (validate && !validate(v)) throw invalidArgument(`${JSON.stringify(v)} is not valid here.`, where);
      assertEditable(t, where, "format");
      forEachCell(t, where, (cell) => apply(cell, v));
    },
    ...(since ? { since } : {}),
  };
}

const RANGE_PROPS: Props<RangeTarget> = {
  values: {
    get: (t) => readGrid(t, (cell) => (cell === undefined ? "" : cell.value)),
    set: (t, v, where) => {
      const at = gridInput(t, v, where);
      assertEditable(t, where, "content");
      forEachCell(t, where, (cell, r, c) => typeInto(cell, at(r, c), where));
    },
  },
  formulas: {
    get: (t) => readGrid(t, (cell) => (cell === undefined ? "" : (cell.formula ?? cell.value))),
    set: (t, v, where) => {
      const at = gridInput(t, v, where);
      assertEditable(t, where, "content");
      forEachCell(t, where, (cell, r, c) => typeInto(cell, at(r, c), where));
    },
  },
  numberFormat: {
    get: (t) => readGrid(t, (cell) => cell?.numberFormat ?? "General"),
    set: (t, v, where) => {
      const at = gridInput(t, v, where);
      assertEditable(t, where, "format");
      forEachCell(t, where, (cell, r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (typeof f !== "string")
          throw invalidArgument(`A number format is text, not ${JSON.stringify(f)}.`, where);
        cell.numberFormat = f;
      });
    },
  },
  valueTypes: {
    get: (t) =>
      readGrid(t, (cell) => {
        if (cell === undefined) return "Empty";
        if (cell.isError) return "Error";
        if (cell.value === "") return cell.formula === null ? "Empty" : "String";
        return typeof cell.value === "string"
          ? "String"
          : typeof cell.value === "number"
            ? "Double"
            : "Boolean";
      }),
  },
  address: { get: (t) => `${quoteSheet(t.sheet.name)}!${formatAddress(t.addr)}` },
  rowIndex: { get: (t) => t.addr.top - 1 },
  columnIndex: { get: (t) => t.addr.left - 1 },
};

class RangeProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "Range";
  }
  protected get _props(): Props<RangeTarget> {
    return RANGE_PROPS;
  }
  get format(): RangeFormatProxy {
    return this._nav(
      "format",
      () => new RangeFormatProxy(this.context, `${this._path}.format`, () => this._target()),
    );
  }
  get dataValidation(): DataValidationProxy {
    return this._nav(
      "dataValidation",
      () =>
        new DataValidationProxy(this.context, `${this._path}.dataValidation`, () => this._target(), "1.8"),
    );
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._nav(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionProxy(
          this.context,
          `${this._path}.conditionalFormats`,
          () => this._target(),
          "1.6",
        ),
    );
  }
  /** The used part of this range (cells with values or formulas, or valuesOnly false also formatted ones). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const proxy = seal(
      new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
        const { sheet, addr } = this._target();
        const used = sheet.usedRange(valuesOnly);
        if (used === null || !overlaps(used, addr)) return null;
        return {
          sheet,
          addr: {
            top: Math.max(used.top, addr.top),
            left: Math.max(used.left, addr.left),
            bottom: Math.min(used.bottom, addr.bottom),
            right: Math.min(used.right, addr.right),
          },
        };
      }),
    );
    proxy._instantiate("1.4");
    return proxy;
  }
  /** A row of this range (0-based), as Office.js's client asks for it when it splits a big write. */
  getRow(row: number): RangeProxy {
    return seal(
      new RangeProxy(this.context, `${this._path}.getRow(${row})`, () => {
        const { sheet, addr } = this._target();
        if (!Number.isInteger(row) || row < 0 || addr.top + row > addr.bottom)
          throw invalidArgument(`Row ${row} is outside the range.`, "Range.getRow");
        return { sheet, addr: { ...addr, top: addr.top + row, bottom: addr.top + row } };
      }),
    );
  }
  getBoundingRect(other: RangeProxy): RangeProxy {
    return seal(
      new RangeProxy(this.context, `${this._path}.getBoundingRect(${other._path})`, () => {
        const { sheet, addr } = this._target();
        const o = other._target().addr;
        return {
          sheet,
          addr: {
            top: Math.min(addr.top, o.top),
            left: Math.min(addr.left, o.left),
            bottom: Math.max(addr.bottom, o.bottom),
            right: Math.max(addr.right, o.right),
          },
        };
      }),
    );
  }
  /** Office.js's check, before a write it splits, that the values fit the range (ExcelApi 1.3). */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call(
      "_ValidateArraySize",
      { rows, columns },
      ({ addr }) => {
        if (addr.bottom - addr.top + 1 !== rows || addr.right - addr.left + 1 !== columns)
          throw invalidArgument(
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
            "Range._ValidateArraySize",
          );
      },
      "1.3",
    );
  }
  select(): void {
    this._call("select", undefined, (t) => {
      if (t.sheet !== this.context.fake.active)
        throw new FakeOfficeError(
          "InvalidSelection",
          "Select a range on the active sheet only.",
          "Range.select",
        );
      t.sheet.selection = formatAddress(t.addr);
    });
  }
  merge(across = false): void {
    this._call("merge", across, (t) => {
      const where = "Range.merge";
      assertEditable(t, where, "format");
      if (across) throw new Error("The fake does not merge across.");
      if (t.sheet.merges.some((m) => overlaps(m, t.addr)))
        throw new FakeOfficeError(
          "InvalidOperation",
          `Cannot merge ${formatAddress(t.addr)}: it overlaps a merged area.`,
          where,
        );
      forEachCell(t, where, (cell, r, c) => {
        if (r !== 0 || c !== 0) Object.assign(cell, { value: "", formula: null, isError: false });
      });
      t.sheet.merges.push({ ...t.addr });
    });
  }
}
defineProps(RangeProxy, RANGE_PROPS);

const HORIZONTAL = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const VERTICAL = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);

function lineProp(axis: "columns" | "rows"): PropDef<RangeTarget> {
  return {
    get: (t) => {
      const map = axis === "columns" ? t.sheet.columnWidths : t.sheet.rowHeights;
      const from = axis === "columns" ? t.addr.left : t.addr.top;
      return map.get(from) ?? null;
    },
    set: (t, v, where) => {
      if (typeof v !== "number" || v < 0)
        throw invalidArgument(`A size in points ≥ 0, not ${String(v)}.`, where);
      const { protected: isProtected, options } = t.sheet.protection;
      if (isProtected && options[axis === "columns" ? "allowFormatColumns" : "allowFormatRows"] !== true) {
        throw new FakeOfficeError("AccessDenied", "The sheet is protected.", where);
      }
      const [from, to] = axis === "columns" ? [t.addr.left, t.addr.right] : [t.addr.top, t.addr.bottom];
      for (let i = from; i <= to; i++)
        (axis === "columns" ? t.sheet.columnWidths : t.sheet.rowHeights).set(i, v);
    },
    since: "1.2",
  };
}

const RANGE_FORMAT_PROPS: Props<RangeTarget> = {
  horizontalAlignment: formatProp(
    (c) => c.horizontal,
    (c, v) => (c.horizontal = v as string),
    (v) => HORIZONTAL.has(v as string),
  ),
  verticalAlignment: formatProp(
    (c) => c.vertical,
    (c, v) => (c.vertical = v as string),
    (v) => VERTICAL.has(v as string),
  ),
  wrapText: formatProp(
    (c) => c.wrap,
    (c, v) => (c.wrap = v as boolean),
    (v) => typeof v === "boolean",
  ),
  indentLevel: formatProp(
    (c) => c.indent,
    (c, v) => (c.indent = v as number),
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 250,
    "1.9",
  ),
  columnWidth: lineProp("columns"),
  rowHeight: lineProp("rows"),
};

class RangeFormatProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeFormat";
  }
  protected get _props(): Props<RangeTarget> {
    return RANGE_FORMAT_PROPS;
  }
  get font(): RangeFontProxy {
    return this._nav(
      "font",
      () => new RangeFontProxy(this.context, `${this._path}.font`, () => this._target()),
    );
  }
  get fill(): RangeFillProxy {
    return this._nav(
      "fill",
      () => new RangeFillProxy(this.context, `${this._path}.fill`, () => this._target()),
    );
  }
  get protection(): FormatProtectionProxy {
    return this._nav(
      "protection",
      () => new FormatProtectionProxy(this.context, `${this._path}.protection`, () => this._target(), "1.2"),
    );
  }
  get borders(): BorderCollectionProxy {
    return this._nav(
      "borders",
      () => new BorderCollectionProxy(this.context, `${this._path}.borders`, () => this._target()),
    );
  }
}
defineProps(RangeFormatProxy, RANGE_FORMAT_PROPS);

const COLOR = (v: unknown): boolean => typeof v === "string" && /^#[0-9A-Fa-f]{6}$/.test(v);
const UNDERLINES = new Set(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]);

const FONT_PROPS: Props<RangeTarget> = {
  name: formatProp(
    (c) => c.font.name,
    (c, v) => (c.font.name = v as string),
    (v) => typeof v === "string" && v !== "",
  ),
  size: formatProp(
    (c) => c.font.size,
    (c, v) => (c.font.size = v as number),
    (v) => typeof v === "number" && v >= 1 && v <= 409,
  ),
  bold: formatProp(
    (c) => c.font.bold,
    (c, v) => (c.font.bold = v as boolean),
    (v) => typeof v === "boolean",
  ),
  italic: formatProp(
    (c) => c.font.italic,
    (c, v) => (c.font.italic = v as boolean),
    (v) => typeof v === "boolean",
  ),
  underline: formatProp(
    (c) => c.font.underline,
    (c, v) => (c.font.underline = v as string),
    (v) => UNDERLINES.has(v as string),
  ),
  color: formatProp(
    (c) => c.font.color,
    (c, v) => (c.font.color = (v as string).toUpperCase()),
    COLOR,
  ),
};

class RangeFontProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeFont";
  }
  protected get _props(): Props<RangeTarget> {
    return FONT_PROPS;
  }
}
defineProps(RangeFontProxy, FONT_PROPS);

const FILL_PROPS: Props<RangeTarget> = {
  color: formatProp(
    (c) => c.fill,
    (c, v) => (c.fill = (v as string).toUpperCase()),
    COLOR,
  ),
};

class RangeFillProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeFill";
  }
  protected get _props(): Props<RangeTarget> {
    return FILL_PROPS;
  }
}
defineProps(RangeFillProxy, FILL_PROPS);

const FORMAT_PROTECTION_PROPS: Props<RangeTarget> = {
  locked: formatProp(
    (c) => c.locked,
    (c, v) => (c.locked = v as boolean),
    (v) => typeof v === "boolean",
  ),
};

class FormatProtectionProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "FormatProtection";
  }
  protected get _props(): Props<RangeTarget> {
    return FORMAT_PROTECTION_PROPS;
  }
}
defineProps(FormatProtectionProxy, FORMAT_PROTECTION_PROPS);

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

class BorderCollectionProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "RangeBorderCollection";
  }
  protected get _props(): Props<RangeTarget> {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEXES.includes(index))
      throw invalidArgument(`Unknown border '${index}'.`, "RangeBorderCollection.getItem");
    return seal(
      new RangeBorderProxy(this.context, `${this._path}.getItem(${JSON.stringify(index)})`, () => ({
        ...this._target(),
        index,
      })),
    );
  }
}

type BorderTarget = RangeTarget & { index: string };

/** The cell sides a border index draws, for one cell at (r, c) of a rows × cols range. */
function sidesOf(index: string, r: number, c: number, rows: number, cols: number): (keyof BordersModel)[] {
  switch (index) {
    case "EdgeTop":
      return r === 0 ? ["top"] : [];
    case "EdgeBottom":
      return r === rows - 1 ? ["bottom"] : [];
    case "EdgeLeft":
      return c === 0 ? ["left"] : [];
    case "EdgeRight":
      return c === cols - 1 ? ["right"] : [];
    case "InsideHorizontal":
      return [...(r > 0 ? (["top"] as const) : []), ...(r < rows - 1 ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(c > 0 ? (["left"] as const) : []), ...(c < cols - 1 ? (["right"] as const) : [])];
    default:
      return [];
  }
}

const BORDER_STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
]);

const BORDER_PROPS: Props<BorderTarget> = {
  style: {
    get: () => null,
    set: (t, v, where) => {
      if (!BORDER_STYLES.has(v as string))
        throw invalidArgument(`Unknown border style '${String(v)}'.`, where);
      assertEditable(t, where, "format");
      const rows = t.addr.bottom - t.addr.top + 1;
      const cols = t.addr.right - t.addr.left + 1;
      forEachCell(t, where, (cell, r, c) => {
        for (const side of sidesOf(t.index, r, c, rows, cols)) cell.borders[side] = v !== "None";
      });
    },
  },
  weight: {
    get: () => null,
    set: (_t, v, where) => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(v as string))
        throw invalidArgument(`Unknown weight ${String(v)}.`, where);
    },
  },
  color: {
    get: () => null,
    set: (_t, v, where) => {
      if (!COLOR(v)) throw invalidArgument(`Bad colour ${String(v)}.`, where);
    },
  },
};

class RangeBorderProxy extends ClientObject<BorderTarget> {
  get _entity(): string {
    return "RangeBorder";
  }
  protected get _props(): Props<BorderTarget> {
    return BORDER_PROPS;
  }
}
defineProps(RangeBorderProxy, BORDER_PROPS);

// ── Data validation ──

const RULE_KINDS = new Set(["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"]);
const ALERT_STYLES = new Set(["Stop", "Warning", "Information"]);

/** The validation every cell of the range shares; setting anything but the rule needs one. */
function sharedValidation(t: RangeTarget, where: string): ValidationModel {
  const first = t.sheet.peek(t.addr.top, t.addr.left)?.validation ?? null;
  let same = first !== null;
  forEachCell(t, where, (cell) => (same &&= cell.validation === first));
  if (!same || first === null)
    throw new FakeOfficeError("InvalidOperation", "Set the validation rule of this range first.", where);
  return first;
}

function checkTexts(v: { title?: unknown; message?: unknown }, where: string): void {
  if (typeof v.title === "string" && v.title.length > 32)
    throw invalidArgument(`The title '${v.title}' is longer than 32 characters.`, where);
  if (typeof v.message === "string" && v.message.length > 255)
    throw invalidArgument(`A message is longer than 255 characters (${v.message.length}).`, where);
}

const DATA_VALIDATION_PROPS: Props<RangeTarget> = {
  rule: {
    get: (t) => sharedValidation(t, "DataValidation.rule").rule,
    set: (t, v, where) => {
      const keys = Object.keys((v ?? {}) as object);
      if (keys.length !== 1 || !RULE_KINDS.has(keys[0] as string))
        throw invalidArgument(`Bad validation rule ${JSON.stringify(v)}.`, where);
      assertEditable(t, where, "format");
      const model: ValidationModel = {
        rule: clone(v as Record<string, unknown>),
        ignoreBlanks: true,
        prompt: null,
        errorAlert: null,
      };
      forEachCell(t, where, (cell) => (cell.validation = model));
    },
  },
  ignoreBlanks: {
    get: (t) => sharedValidation(t, "DataValidation.ignoreBlanks").ignoreBlanks,
    set: (t, v, where) => {
      sharedValidation(t, where).ignoreBlanks = v as boolean;
    },
  },
  prompt: {
    get: (t) => sharedValidation(t, "DataValidation.prompt").prompt,
    set: (t, v, where) => {
      const p = v as ValidationModel["prompt"] & object;
      checkTexts(p, where);
      sharedValidation(t, where).prompt = { showPrompt: p.showPrompt, title: p.title, message: p.message };
    },
  },
  errorAlert: {
    get: (t) => sharedValidation(t, "DataValidation.errorAlert").errorAlert,
    set: (t, v, where) => {
      const e = v as ValidationModel["errorAlert"] & object;
      checkTexts(e, where);
      if (!ALERT_STYLES.has(e.style)) throw invalidArgument(`Unknown alert style '${e.style}'.`, where);
      sharedValidation(t, where).errorAlert = {
        showAlert: e.showAlert,
        style: e.style,
        title: e.title,
        message: e.message,
      };
    },
  },
};

class DataValidationProxy extends ClientObject<RangeTarget> {
  get _entity(): string {
    return "DataValidation";
  }
  protected get _props(): Props<RangeTarget> {
    return DATA_VALIDATION_PROPS;
  }
}
defineProps(DataValidationProxy, DATA_VALIDATION_PROPS);

// ── Conditional formats ──

type ConditionalTarget = { sheet: FakeSheet; model: ConditionalFormatModel };

/** The sheet's conditional formats that touch a range, in priority order, as Excel lists them. */
class ConditionalFormatCollectionProxy extends CollectionObject<RangeTarget, ConditionalFormatProxy> {
  get _entity(): string {
    return "ConditionalFormatCollection";
  }
  protected get _props(): Props<RangeTarget> {
    return {};
  }
  protected get _itemProps(): Props<unknown> {
    return CF_PROPS as Props<unknown>;
  }
  protected _members(t: RangeTarget): unknown[] {
    return t.sheet.conditionalFormats
      .filter((cf) => overlaps(parseAddress(cf.range, "cf"), t.addr))
      .map((model) => ({ sheet: t.sheet, model }));
  }
  protected _itemProxy(member: unknown, values: Map<string, unknown>): ConditionalFormatProxy {
    const t = member as ConditionalTarget;
    return withLoaded(
      this._lazyItem(`${this._path}.getItem(${JSON.stringify(t.model.id)})`, () =>
        t.sheet.conditionalFormats.includes(t.model) ? t : null,
      ),
      values,
    );
  }
  protected _lazyItem(path: string, find: () => unknown): ConditionalFormatProxy {
    return seal(
      new ConditionalFormatProxy(this.context, path, () => find() as ConditionalTarget | null, this._since),
    );
  }
  /** By id (ExcelApi 1.6), as the Office.js client addresses an item whose load answer carried its id. */
  getItem(id: string): ConditionalFormatProxy {
    return this._lazyItem(`${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const member = this._members(this._target()).find((m) => (m as ConditionalTarget).model.id === id);
      if (member === undefined)
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource '${id}' doesn't exist.`,
          "ConditionalFormatCollection.getItem",
        );
      return member;
    });
  }
  add(type: string): ConditionalFormatProxy {
    const proxy = seal(
      new ConditionalFormatProxy(
        this.context,
        `${this._path}.add(${JSON.stringify(type)})`,
        () => null,
        this._since,
      ),
    );
    this._call("add", type, (t) => {
      const where = "ConditionalFormatCollection.add";
      if (type !== "Custom") throw new Error(`The fake models custom conditional formats only, not ${type}.`);
      assertEditable(t, where, "format");
      const model = conditionalFormat(formatAddress(t.addr), type);
      t.sheet.conditionalFormats.unshift(model);
      proxy._bind({ sheet: t.sheet, model });
    });
    return proxy;
  }
}

const CF_PROPS: Props<ConditionalTarget> = {
  type: { get: (t) => t.model.type },
  id: { get: (t) => t.model.id },
  priority: { get: (t) => t.sheet.conditionalFormats.indexOf(t.model) },
  stopIfTrue: {
    get: (t) => t.model.stopIfTrue,
    set: (t, v, where) => {
      if (typeof v !== "boolean")
        throw invalidArgument(`stopIfTrue is true or false, not ${String(v)}.`, where);
      assertEditable({ sheet: t.sheet, addr: parseAddress(t.model.range, where) }, where, "format");
      t.model.stopIfTrue = v;
    },
  },
};

class ConditionalFormatProxy extends ClientObject<ConditionalTarget> {
  get _entity(): string {
    return "ConditionalFormat";
  }
  protected get _props(): Props<ConditionalTarget> {
    return CF_PROPS;
  }
  get custom(): CustomConditionalFormatProxy {
    return this._nav(
      "custom",
      () =>
        new CustomConditionalFormatProxy(
          this.context,
          `${this._path}.custom`,
          () => {
            const { model } = this._target();
            if (model.type !== "Custom")
              throw new FakeOfficeError(
                "InvalidOperation",
                `A ${model.type} conditional format has no custom rule.`,
                "ConditionalFormat.custom",
              );
            return model;
          },
          this._since,
        ),
    );
  }
  delete(): void {
    this._call("delete", undefined, (t) => {
      const where = "ConditionalFormat.delete";
      assertEditable({ sheet: t.sheet, addr: parseAddress(t.model.range, where) }, where, "format");
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.model), 1);
    });
  }
}
defineProps(ConditionalFormatProxy, CF_PROPS);

class CustomConditionalFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "CustomConditionalFormat";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return {};
  }
  get rule(): ConditionalFormatRuleProxy {
    return this._nav(
      "rule",
      () =>
        new ConditionalFormatRuleProxy(this.context, `${this._path}.rule`, () => this._target(), this._since),
    );
  }
  get format(): ConditionalRangeFormatProxy {
    return this._nav(
      "format",
      () =>
        new ConditionalRangeFormatProxy(
          this.context,
          `${this._path}.format`,
          () => this._target(),
          this._since,
        ),
    );
  }
}

const CF_RULE_PROPS: Props<ConditionalFormatModel> = {
  formula: {
    get: (m) => m.formula,
    set: (m, v, where) => {
      if (typeof v !== "string" || !v.startsWith("="))
        throw invalidArgument(`A conditional format formula starts with "=": ${String(v)}.`, where);
      m.formula = v;
    },
  },
};

class ConditionalFormatRuleProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalFormatRule";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return CF_RULE_PROPS;
  }
}
defineProps(ConditionalFormatRuleProxy, CF_RULE_PROPS);

class ConditionalRangeFormatProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeFormat";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return {};
  }
  get fill(): ConditionalFillProxy {
    return this._nav(
      "fill",
      () => new ConditionalFillProxy(this.context, `${this._path}.fill`, () => this._target(), this._since),
    );
  }
  get font(): ConditionalFontProxy {
    return this._nav(
      "font",
      () => new ConditionalFontProxy(this.context, `${this._path}.font`, () => this._target(), this._since),
    );
  }
  get borders(): ConditionalBorderCollectionProxy {
    return this._nav(
      "borders",
      () =>
        new ConditionalBorderCollectionProxy(
          this.context,
          `${this._path}.borders`,
          () => this._target(),
          this._since,
        ),
    );
  }
}

function conditionalColorProps(key: "fill" | "fontColor"): Props<ConditionalFormatModel> {
  return {
    color: {
      get: (m) => m[key],
      set: (m, v, where) => {
        if (!COLOR(v)) throw invalidArgument(`Bad colour ${String(v)}.`, where);
        m[key] = (v as string).toUpperCase();
      },
    },
  };
}

const CF_FILL_PROPS = conditionalColorProps("fill");
const CF_FONT_PROPS = conditionalColorProps("fontColor");

class ConditionalFillProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeFill";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return CF_FILL_PROPS;
  }
}
defineProps(ConditionalFillProxy, CF_FILL_PROPS);

class ConditionalFontProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeFont";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return CF_FONT_PROPS;
  }
}
defineProps(ConditionalFontProxy, CF_FONT_PROPS);

/** A conditional format draws only the outer edges of a cell. */
const CONDITIONAL_BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

class ConditionalBorderCollectionProxy extends ClientObject<ConditionalFormatModel> {
  get _entity(): string {
    return "ConditionalRangeBorderCollection";
  }
  protected get _props(): Props<ConditionalFormatModel> {
    return {};
  }
  getItem(index: string): ConditionalBorderProxy {
    if (!CONDITIONAL_BORDER_INDEXES.includes(index))
      throw invalidArgument(`Unknown border '${index}'.`, "ConditionalRangeBorderCollection.getItem");
    return seal(
      new ConditionalBorderProxy(
        this.context,
        `${this._path}.getItem(${JSON.stringify(index)})`,
        () => {
          const model = this._target();
          model.borders[index] ??= { style: null, color: null };
          return model.borders[index] as ConditionalBorderModel;
        },
        this._since,
      ),
    );
  }
}

const CF_BORDER_PROPS: Props<ConditionalBorderModel> = {
  style: {
    get: (b) => b.style,
    set: (b, v, where) => {
      if (!BORDER_STYLES.has(v as string))
        throw invalidArgument(`Unknown border style '${String(v)}'.`, where);
      b.style = v as string;
    },
  },
  color: {
    get: (b) => b.color,
    set: (b, v, where) => {
      if (!COLOR(v)) throw invalidArgument(`Bad colour ${String(v)}.`, where);
      b.color = (v as string).toUpperCase();
    },
  },
};

class ConditionalBorderProxy extends ClientObject<ConditionalBorderModel> {
  get _entity(): string {
    return "ConditionalRangeBorder";
  }
  protected get _props(): Props<ConditionalBorderModel> {
    return CF_BORDER_PROPS;
  }
}
defineProps(ConditionalBorderProxy, CF_BORDER_PROPS);

// ── Tables, PivotTables, charts (kept as models: tests read what was asked for) ──

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

function allTables(fake: FakeExcel): TableModel[] {
  return fake.sheets.flatMap((s) => s.tables);
}

function refuseOnProtected(sheet: FakeSheet, where: string): void {
  if (sheet.protection.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.", where);
}

/** A range given to add(): a Range proxy of this context. */
function rangeArgument(value: unknown, where: string): RangeTarget {
  if (!(value instanceof RangeProxy)) throw invalidArgument("Expected a Range object.", where);
  return value._target();
}

class TableCollectionProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "TableCollection";
  }
  protected get _props(): Props<SheetTarget> {
    return {};
  }
  add(address: unknown, hasHeaders: boolean): TableProxy {
    const where = "TableCollection.add";
    const proxy = seal(new TableProxy(this.context, `${this._path}.add()`, () => null));
    this._call("add", { hasHeaders }, (t) => {
      const range = rangeArgument(address, where);
      if (range.sheet !== t.sheet) throw invalidArgument("The range is on another sheet.", where);
      refuseOnProtected(t.sheet, where);
      const table: TableModel = {
        name: `Table${allTables(t.fake).length + 1}`,
        range: formatAddress(range.addr),
        hasHeaders,
      };
      t.sheet.tables.push(table);
      proxy._bind({ fake: t.fake, table });
    });
    return proxy;
  }

  /** The sheet's table of that name (case-insensitive), ItemNotFound otherwise. */
  getItem(name: string): TableProxy {
    const proxy = seal(
      new TableProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
        const t = this._target();
        const table = t.sheet.tables.find((o) => o.name.toUpperCase() === name.toUpperCase());
        if (table === undefined)
          throw new FakeOfficeError(
            "ItemNotFound",
            `There is no table '${name}'.`,
            "TableCollection.getItem",
          );
        return { fake: t.fake, table };
      }),
    );
    proxy._instantiate();
    return proxy;
  }
}

const TABLE_PROPS: Props<{ fake: FakeExcel; table: TableModel }> = {
  name: {
    get: (t) => t.table.name,
    set: (t, v, where) => {
      const name = v as string;
      if (!DEFINED_NAME.test(name) || LOOKS_LIKE_CELL.test(name))
        throw invalidArgument(`'${name}' is not a valid table name.`, where);
      const upperName = name.toUpperCase();
      if (
        allTables(t.fake).some((o) => o !== t.table && o.name.toUpperCase() === upperName) ||
        t.fake.names.has(upperName)
      )
        throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' is taken.`, where);
      t.table.name = name;
    },
  },
};

class TableProxy extends ClientObject<{ fake: FakeExcel; table: TableModel }> {
  get _entity(): string {
    return "Table";
  }
  protected get _props(): Props<{ fake: FakeExcel; table: TableModel }> {
    return TABLE_PROPS;
  }
}
defineProps(TableProxy, TABLE_PROPS);

type PivotTarget = { fake: FakeExcel; sheet: FakeSheet; pivot: PivotTableModel; headers: string[] };

class PivotTableCollectionProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "PivotTableCollection";
  }
  protected get _props(): Props<SheetTarget> {
    return {};
  }
  add(name: string, source: unknown, destination: unknown): PivotTableProxy {
    const where = "PivotTableCollection.add";
    const proxy = seal(
      new PivotTableProxy(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => null, "1.8"),
    );
    this._call("add", name, (t) => {
      const from = rangeArgument(source, where);
      const to = rangeArgument(destination, where);
      if (to.sheet !== t.sheet) throw invalidArgument("The destination is on another sheet.", where);
      refuseOnProtected(t.sheet, where);
      if (t.fake.sheets.some((s) => s.pivotTables.some((p) => p.name.toUpperCase() === name.toUpperCase())))
        throw new FakeOfficeError("ItemAlreadyExists", `A PivotTable named '${name}' exists.`, where);
      const headers = Array.from({ length: from.addr.right - from.addr.left + 1 }, (_, i) =>
        String(from.sheet.peek(from.addr.top, from.addr.left + i)?.value ?? ""),
      );
      if (from.addr.bottom <= from.addr.top || headers.some((h) => h === ""))
        throw invalidArgument("A PivotTable source needs a header row of names and data under it.", where);
      const pivot: PivotTableModel = {
        name,
        source: { sheet: from.sheet.name, range: formatAddress(from.addr) },
        destination: formatAddress(to.addr),
        rows: [],
        columns: [],
        values: [],
      };
      t.sheet.pivotTables.push(pivot);
      proxy._bind({ fake: t.fake, sheet: t.sheet, pivot, headers });
    });
    return proxy;
  }

  /** The sheet's PivotTable of that name (case-insensitive), ItemNotFound otherwise. */
  getItem(name: string): PivotTableProxy {
    const proxy = seal(
      new PivotTableProxy(
        this.context,
        `${this._path}.getItem(${JSON.stringify(name)})`,
        () => {
          const t = this._target();
          const pivot = t.sheet.pivotTables.find((o) => o.name.toUpperCase() === name.toUpperCase());
          if (pivot === undefined)
            throw new FakeOfficeError(
              "ItemNotFound",
              `There is no PivotTable '${name}'.`,
              "PivotTableCollection.getItem",
            );
          const from = t.fake.sheet(pivot.source.sheet);
          const at = parseAddress(pivot.source.range, "PivotTableCollection.getItem");
          const headers = Array.from({ length: at.right - at.left + 1 }, (_, i) =>
            String(from.peek(at.top, at.left + i)?.value ?? ""),
          );
          return { fake: t.fake, sheet: t.sheet, pivot, headers };
        },
        "1.8",
      ),
    );
    proxy._instantiate("1.8");
    return proxy;
  }
}

const PIVOT_TABLE_PROPS: Props<PivotTarget> = {
  name: {
    get: (t) => t.pivot.name,
    set: (t, v, where) => {
      const name = v as string;
      if (
        t.fake.sheets.some((s) =>
          s.pivotTables.some((p) => p !== t.pivot && p.name.toUpperCase() === name.toUpperCase()),
        )
      )
        throw new FakeOfficeError("ItemAlreadyExists", `A PivotTable named '${name}' exists.`, where);
      t.pivot.name = name;
    },
  },
};

class PivotTableProxy extends ClientObject<PivotTarget> {
  get _entity(): string {
    return "PivotTable";
  }
  protected get _props(): Props<PivotTarget> {
    return PIVOT_TABLE_PROPS;
  }
  get hierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("hierarchies", () => new PivotHierarchyCollectionProxy(this, "hierarchies"));
  }
  get rowHierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("rowHierarchies", () => new PivotHierarchyCollectionProxy(this, "rows"));
  }
  get columnHierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("columnHierarchies", () => new PivotHierarchyCollectionProxy(this, "columns"));
  }
  get dataHierarchies(): PivotHierarchyCollectionProxy {
    return this._nav("dataHierarchies", () => new PivotHierarchyCollectionProxy(this, "values"));
  }
}
defineProps(PivotTableProxy, PIVOT_TABLE_PROPS);

type HierarchyTarget = { pivot: PivotTarget; field: string; value?: { field: string; summarizeBy: string } };

class PivotHierarchyCollectionProxy extends ClientObject<PivotTarget> {
  constructor(
    private readonly owner: PivotTableProxy,
    private readonly role: "hierarchies" | "rows" | "columns" | "values",
  ) {
    super(owner.context, `${owner._path}.${role}`, () => owner._target(), "1.8");
  }
  get _entity(): string {
    return "PivotHierarchyCollection";
  }
  protected get _props(): Props<PivotTarget> {
    return {};
  }
  getItem(name: string): PivotHierarchyProxy {
    return seal(
      new PivotHierarchyProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
        const pivot = this.owner._target();
        if (!pivot.headers.includes(name))
          throw new FakeOfficeError(
            "ItemNotFound",
            `The PivotTable has no field '${name}'.`,
            "PivotHierarchyCollection.getItem",
          );
        return { pivot, field: name };
      }),
    );
  }
  add(hierarchy: PivotHierarchyProxy): PivotHierarchyProxy {
    const where = "PivotHierarchyCollection.add";
    if (this.role === "hierarchies")
      throw invalidArgument("Fields are added to rows, columns or values.", where);
    const role = this.role;
    const proxy = seal(new PivotHierarchyProxy(this.context, `${this._path}.add()`, () => null));
    this._call("add", hierarchy._path, (pivot) => {
      const { field } = hierarchy._target();
      const m = pivot.pivot;
      if (role !== "values" && [...m.rows, ...m.columns].includes(field))
        throw invalidArgument(`'${field}' is already on rows or columns.`, where);
      if (role === "values") {
        const value = { field, summarizeBy: "Automatic" };
        m.values.push(value);
        proxy._bind({ pivot, field, value });
      } else {
        m[role].push(field);
        proxy._bind({ pivot, field });
      }
    });
    return proxy;
  }
}

const HIERARCHY_PROPS: Props<HierarchyTarget> = {
  name: { get: (h) => h.field },
  summarizeBy: {
    get: (h) => h.value?.summarizeBy,
    set: (h, v, where) => {
      if (h.value === undefined) throw invalidArgument("Only a data hierarchy is summarized.", where);
      h.value.summarizeBy = v as string;
    },
  },
};

class PivotHierarchyProxy extends ClientObject<HierarchyTarget> {
  get _entity(): string {
    return "PivotHierarchy";
  }
  protected get _props(): Props<HierarchyTarget> {
    return HIERARCHY_PROPS;
  }
}
defineProps(PivotHierarchyProxy, HIERARCHY_PROPS);

class ChartCollectionProxy extends ClientObject<SheetTarget> {
  get _entity(): string {
    return "ChartCollection";
  }
  protected get _props(): Props<SheetTarget> {
    return {};
  }
  add(type: string, sourceData: unknown, seriesBy = "Auto"): ChartProxy {
    const where = "ChartCollection.add";
    const proxy = seal(new ChartProxy(this.context, `${this._path}.add()`, () => null));
    this._call("add", { type, seriesBy }, (t) => {
      const source = rangeArgument(sourceData, where);
      refuseOnProtected(t.sheet, where);
      const chart: ChartModel = {
        type,
        source: `${source.sheet.name}!${formatAddress(source.addr)}`,
        seriesBy,
        title: null,
        position: null,
      };
      t.sheet.charts.push(chart);
      proxy._bind(chart);
    });
    return proxy;
  }
}

class ChartProxy extends ClientObject<ChartModel> {
  get _entity(): string {
    return "Chart";
  }
  protected get _props(): Props<ChartModel> {
    return {};
  }
  get title(): ChartTitleProxy {
    return this._nav(
      "title",
      () => new ChartTitleProxy(this.context, `${this._path}.title`, () => this._target()),
    );
  }
  setPosition(from: string, to: string): void {
    this._call("setPosition", [from, to], (chart) => {
      chart.position = { from, to };
    });
  }
}

const CHART_TITLE_PROPS: Props<ChartModel> = {
  text: {
    get: (c) => c.title,
    set: (c, v) => {
      c.title = v as string;
    },
  },
};

class ChartTitleProxy extends ClientObject<ChartModel> {
  get _entity(): string {
    return "ChartTitle";
  }
  protected get _props(): Props<ChartModel> {
    return CHART_TITLE_PROPS;
  }
}
defineProps(ChartTitleProxy, CHART_TITLE_PROPS);
