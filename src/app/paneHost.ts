import type { Finding } from "../domain/check/finding";
import type { CellDifference } from "../domain/intake/differences";
import type { Message } from "../domain/i18n/lang";
import type { Unit, UnitKindInfo } from "../domain/units/registry";

/**
 * What the task pane asks of its host. The Excel shell implements it with Office.js; tests and the
 * standalone page give their own. Components never call Excel.run themselves.
 */
export interface PaneActions {
  /** The unit registry: the workbook's registry sheet when it has one, the built-in list otherwise. */
  loadRegistry(): Promise<RegistryLoad>;
  /**
   * Writes the registry sheet (the built-in list) so the clerk can edit it; selects it. For a report
   * year the list has no unit in, a draft: the last valid list with its dates left to fill.
   */
  createRegistrySheet(year?: number): Promise<ActionOutcome>;
  placeTemplate(request: PlaceTemplateRequest): Promise<PlaceTemplateOutcome>;
  /** Reads the template sheets (one batch), checks them; never changes a value. */
  checkSheets(request: CheckRequest): Promise<CheckOutcome>;
  /** Selects a finding's cell (activates its sheet). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Removes every mark a check left, restoring the cells exactly as they were. */
  clearMarks(): Promise<ActionOutcome>;
  /** For the unit clerk: check, fill 7.1 with today's date if asked, and make the workbook to email. */
  prepareToSend(request: PrepareRequest): Promise<PrepareOutcome>;
  /** District clerk: reads emailed .xlsx files, checks them, brings each template sheet in, logs every file. */
  importWorkbooks(files: readonly ImportFile[], handlers: ImportHandlers): Promise<ImportOutcome>;
  /** District clerk: rolls every template sheet of the year up into the report sheets (replacing the previous ones). */
  rollUp(request: RollupRequest): Promise<RollupOutcome>;
  /**
   * District clerk: a "Phiếu phản hồi" sheet per unit with something to fix, written into the
   * workbook for printing; absent where the host cannot (the pane then offers none).
   */
  writeFeedback?(request: FeedbackRequest): Promise<FeedbackOutcome>;
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportHandlers {
  onProgress(done: number, total: number, currentFile: string): void;
  /** Checked between files: true stops before the next file; what was imported stays. */
  isCancelled(): boolean;
  /** A report for a unit and year already in the workbook: the clerk keeps one. Nothing is replaced without this. */
  chooseDuplicate(conflict: DuplicateConflict): Promise<"keepExisting" | "replace">;
}

export interface DuplicateConflict {
  unitCode: string;
  unitName: string;
  year: number;
  existingSheet: string;
  incomingFile: string;
  differences: readonly CellDifference[];
}

export type ImportDecision = "kept" | "replaced" | "rejected" | "keptExisting" | "cancelled";

export interface ImportedFile {
  file: string;
  decision: ImportDecision;
  /** The sheet the report is in now, when it was brought in. */
  sheet: string | null;
  unitCode: string | null;
  year: number | null;
  findings: readonly Finding[];
}

export type ImportOutcome =
  | { status: "done"; files: readonly ImportedFile[]; logSheet: string }
  | { status: "failed"; message: Message };

export interface RollupRequest {
  year: number;
  /**
   * Last year's district workbook (.xlsx) or facts CSV, as `dvcq rollup --previous` takes: the
   * roll-up then writes "So với cùng kỳ" and checks each unit against last year's figures.
   */
  previous?: ImportFile;
}

export type RollupOutcome =
  | {
      status: "done";
      year: number;
      sheets: readonly string[];
      expected: number;
      received: number;
      onTime: number;
      missing: readonly string[];
      late: readonly string[];
      findings: { error: number; warning: number };
      /** The sheet listing every finding by unit, file and cell ("Kết quả kiểm tra"). */
      findingsSheet: string;
      /** pivotTable: a real PivotTable; summaryTable: the computed table where the host has no PivotTable API. */
      pivot: "pivotTable" | "summaryTable";
      /** With last year's figures: their year, this year's units compared and last year's units counted for them. */
      previous?: { year: number; compared: number; counted: number };
    }
  | { status: "noTemplate"; message: Message }
  | { status: "failed"; message: Message };

export interface FeedbackRequest {
  year: number;
  /** Replace feedback sheets that differ from what would be written now (edited, or out of date). */
  replaceChanged: boolean;
}

export type FeedbackOutcome =
  | { status: "done"; sheets: readonly string[]; units: readonly string[] }
  /** No unit has anything to fix; earlier feedback sheets, unchanged, were removed. */
  | { status: "none"; removed: readonly string[] }
  /** Nothing written: these feedback sheets differ from what would be written (edited or out of date). */
  | { status: "changed"; sheets: readonly string[] }
  | { status: "noTemplate"; message: Message }
  | { status: "failed"; message: Message };

export interface CheckRequest {
  scope: "activeSheet" | "allSheets";
  /** Mark the cells of findings in the sheet (removable with clearMarks). */
  mark: boolean;
}

export interface CheckedSheet {
  sheet: string;
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
}

export type CheckOutcome =
  | { status: "checked"; sheets: readonly CheckedSheet[]; findings: readonly Finding[]; marked: number }
  /** The active sheet (or the workbook) holds no DVCQ template. */
  | { status: "noTemplate"; message: Message }
  | { status: "failed"; message: Message };

export interface PrepareRequest {
  /** What to do when 7.1 (date sent) is blank: "ask" returns needsDate and changes nothing. */
  sendDate: "ask" | "fillToday" | "leaveBlank";
}

export type PrepareOutcome =
  | { status: "needsDate"; sheet: string; today: string }
  | {
      status: "ready";
      /** DVCQ_<year>_<unit code>.xlsx */
      fileName: string;
      /** newWorkbook: opened by Excel.createWorkbook for the clerk to save; download: saved by the browser. */
      delivery: "newWorkbook" | "download";
      findings: readonly Finding[];
    }
  | { status: "noTemplate"; message: Message }
  | { status: "failed"; message: Message };

export interface RegistryLoad {
  units: readonly Unit[];
  /** The registry's kinds of unit, in its order: the unit list's groups and their labels. */
  kinds: readonly UnitKindInfo[];
  source: "sheet" | "builtin";
  /** Rows of the registry sheet that could not be read. */
  problems: readonly Message[];
}

export interface PlaceTemplateRequest {
  year: number;
  unitCode: string;
  /**
   * What to do when a sheet for the same unit and year exists: "ask" returns "exists" and changes
   * nothing; "newSheet" places beside it under a new name; "replace" deletes it (typed figures too).
   */
  ifExists: "ask" | "newSheet" | "replace";
}

export type PlaceTemplateOutcome =
  | { status: "placed"; sheetName: string; indicatorCount: number }
  | { status: "exists"; sheetName: string; typedCells: number }
  | { status: "failed"; message: Message };

export type ActionOutcome = { status: "done"; message: Message } | { status: "failed"; message: Message };
