import { type RangeAddress } from "../../../src/domain/layout/a1";
import { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeSheet, NameModel, NameView, nameView } from "./model";
import { versionAtLeast } from "./versions";

export interface FakeExcelOptions {
  /** The highest ExcelApi requirement set the host supports, e.g. "1.8". Default "1.17". */
  excelApi?: string;
  /** Worksheets of the new workbook, in order. Default ["Sheet1"]. */
  sheets?: readonly string[];
  /** Office.context.platform as office.js gives it: "PC", "Mac", "OfficeOnline", "iOS". Default "PC". */
  platform?: string;
}

export interface SyncRecord {
  commands: number;
  /** Request size. */
  bytes: number;
  /** Response size: what the sync's loads returned. */
  responseBytes: number;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
export const DEFINED_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
export const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}[0-9]+$|^[RrCc][0-9]*$|^[Rr][0-9]*[Cc][0-9]*$/;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-scoped defined names, by upper-case name. */
  readonly names = new Map<string, NameModel>();
  active: FakeSheet | null = null;
  readonly syncs: SyncRecord[] = [];
  runCount = 0;
  excelApi: string;
  readonly platform: string;
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
    this.platform = options.platform ?? "PC";
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
        platform: this.platform,
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
