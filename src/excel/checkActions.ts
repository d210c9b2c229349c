import type { Catalogue } from "../domain/catalogue/types";
import { checkWorkbook, type WorkbookCheck } from "../domain/check/checks";
import type { Finding } from "../domain/check/finding";
import type { Message } from "../domain/i18n/lang";
import { refillFromSheet } from "../domain/layout/filled";
import { formatViDate, isoToExcelSerial } from "../domain/period";
import type { WorkbookSnapshot } from "../domain/read/snapshot";
import { findTemplateSheets, type Submission } from "../domain/read/submission";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { REGISTRY_SHEET, type UnitRegistry } from "../domain/units/registry";
import type {
  ActionOutcome,
  CheckedSheet,
  CheckOutcome,
  CheckRequest,
  PaneActions,
  PrepareOutcome,
  PrepareRequest,
} from "../app/paneHost";
import { toBase64 } from "./base64";
import { detectSupport, excelAvailable, onMac } from "./features";
import {
  cellsToMark,
  marksFound,
  queueMarkCandidates,
  queueMarkState,
  planMarkWrite,
  restoreProtection,
  type MarkCandidates,
  type MarkState,
} from "./marks";
import { M } from "./messages";
import { excelError, excelErrorText } from "./officeErrors";
import { queueRegistryRead, registryFromRange } from "./registrySheet";
import {
  inGroups,
  queueFontRead,
  queueListing,
  queueSheetRead,
  SHEETS_PER_READ,
  snapshotFrom,
} from "./snapshot";
import type { TemplateSource } from "./templateSource";
import { nameKey } from "./sheetNames";
import { download, XLSX_TYPE } from "../app/download";

const DATE_FORMAT = "dd/mm/yyyy";

export type CheckActions = Pick<PaneActions, "checkSheets" | "selectCell" | "clearMarks" | "prepareToSend">;

/** The check, its marks and "prepare to send", on the open workbook. `now` is the clerk's clock. */
export function createCheckActions(
  templates: TemplateSource,
  now: () => Date = () => new Date(),
): CheckActions {
  return {
    checkSheets: (request) => checkSheets(request, templates.catalogue()),
    selectCell,
    clearMarks,
    prepareToSend: (request) => prepareToSend(request, templates, now),
  };
}

function unavailable(): Message | null {
  if (!excelAvailable()) return M.noExcel;
  if (!detectSupport().meetsFloor) return M.excelTooOldToCheck;
  return null;
}

/**
 * With marks, each sheet's conditional formats (ids, types) come back too: 100 sheets answered
 * 3.99 MB behind the real client, so 80 keep the response near 3.2 MB.
 */
const MARKED_SHEETS_PER_READ = 80;

interface Reading {
  snapshot: WorkbookSnapshot;
  registry: UnitRegistry;
  /** Per sheet read, when marks are to be written. */
  marks: MarkState[];
  candidates: MarkCandidates | null;
  active: Excel.Worksheet;
}

/**
 * Reads the sheets to check (the active one, or every one but the registry) and the workbook's
 * names and registry: one sync to list, one per SHEETS_PER_READ sheets to read, and one more only when some text may be in
 * an old encoding or some conditional formats may be earlier marks. Without a sheet to read (the
 * active sheet is the registry), only the active sheet's name.
 */
async function read(
  context: Excel.RequestContext,
  scope: CheckRequest["scope"],
  options: { marks: boolean },
): Promise<Reading | { nothingToRead: string }> {
  const listing = queueListing(context);
  await context.sync();
  const isRegistry = (name: string): boolean => nameKey(name) === nameKey(REGISTRY_SHEET);
  const registrySheet = listing.worksheets.items.find((s) => isRegistry(s.name));
  const targets =
    scope === "activeSheet"
      ? [listing.active].filter((s) => !isRegistry(s.name))
      : listing.worksheets.items.filter((s) => !isRegistry(s.name));
  if (targets.length === 0) return { nothingToRead: listing.active.name };

  const registryRange = registrySheet && queueRegistryRead(registrySheet);
  const marks: MarkState[] = [];
  const reads = await inGroups(
    context,
    targets,
    (group) => {
      if (options.marks) marks.push(...group.map((s) => queueMarkState(s, s.name)));
      return group.map((s) => queueSheetRead(s, s.name));
    },
    options.marks ? MARKED_SHEETS_PER_READ : SHEETS_PER_READ,
  );

  const fonts = queueFontRead(reads);
  const candidates = queueMarkCandidates(marks);
  if (fonts !== null || candidates !== null) await context.sync();
  return {
    snapshot: snapshotFrom(listing.names, reads, fonts),
    registry: registryRange ? registryFromRange(registryRange).registry : loadBuiltinRegistry(),
    marks,
    candidates,
    active: listing.active,
  };
}

function holdsTemplate(
  reading: Reading | { nothingToRead: string },
  catalogue: Catalogue,
): reading is Reading {
  return "snapshot" in reading && findTemplateSheets(reading.snapshot, catalogue).length > 0;
}

function noTemplate(
  scope: CheckRequest["scope"],
  reading: Reading | { nothingToRead: string },
): { status: "noTemplate"; message: Message } {
  const active = "snapshot" in reading ? reading.active.name : reading.nothingToRead;
  return {
    status: "noTemplate",
    message: scope === "activeSheet" ? M.activeNotTemplate(active) : M.workbookWithoutTemplate,
  };
}

function checkedSheet(s: Submission): CheckedSheet {
  return {
    sheet: s.sheet,
    unitCode: s.unit?.code ?? s.typedUnitCode,
    unitName: s.unit?.name ?? null,
    year: s.year,
  };
}

/**
 * Checks the template sheets in one Excel.run and, when asked, marks the findings' cells after
 * removing the marks of an earlier check. Never changes a value. Syncs: 2 to read (3 when some
 * text may be in an old encoding or earlier marks are there), 1 to write marks.
 */
async function checkSheets(request: CheckRequest, catalogue: Catalogue): Promise<CheckOutcome> {
  const problem = unavailable();
  if (problem) return { status: "failed", message: problem };
  try {
    return await Excel.run(async (context): Promise<CheckOutcome> => {
      const reading = await read(context, request.scope, { marks: request.mark });
      if (!holdsTemplate(reading, catalogue)) return noTemplate(request.scope, reading);
      const { submissions, findings } = checkWorkbook(reading.snapshot, catalogue, reading.registry);
      const sheets = submissions.map(checkedSheet);
      if (!request.mark) return { status: "checked", sheets, findings, marked: 0 };

      const write = planMarkWrite(reading.marks, marksFound(reading.candidates), cellsToMark(findings));
      if (write.added + write.deleted === 0) return { status: "checked", sheets, findings, marked: 0 };
      try {
        await syncEach(context, write.requests);
      } catch (error) {
        await restoreProtection(context, write.unprotected);
        return { status: "checked", sheets, findings: [...findings, marksFailed(error)], marked: 0 };
      }
      return { status: "checked", sheets, findings, marked: write.added };
    });
  } catch (error) {
    return { status: "failed", message: M.checkFailed(excelError(error)) };
  }
}

/** Queues each planned request and syncs it, in order. */
async function syncEach(context: Excel.RequestContext, requests: readonly (() => void)[]): Promise<void> {
  await inGroups(
    context,
    requests,
    (group) => {
      for (const queue of group) queue();
      return [];
    },
    1,
  );
}

/** The clerk still gets the findings when the marks cannot be written; this says why they are not on the sheet. */
function marksFailed(error: unknown): Finding {
  return {
    rule: "MARKS_NOT_WRITTEN",
    severity: "warning",
    unit: null,
    sheet: null,
    cell: null,
    section: null,
    message: M.marksFailed(excelError(error)),
  };
}

/** Activates the sheet and selects the cell. Rejects with Excel's error when the sheet is gone. */
async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** Removes every mark on every sheet, in one Excel.run of at most 4 syncs. */
async function clearMarks(): Promise<ActionOutcome> {
  const problem = unavailable();
  if (problem) return { status: "failed", message: problem };
  try {
    return await Excel.run(async (context): Promise<ActionOutcome> => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const states = await inGroups(context, sheets.items, (group) =>
        group.map((s) => queueMarkState(s, s.name)),
      );
      const candidates = queueMarkCandidates(states);
      if (candidates === null) return { status: "done", message: M.noMarks };
      await context.sync();
      const marks = marksFound(candidates);
      if (marks.size === 0) return { status: "done", message: M.noMarks };
      const write = planMarkWrite(states, marks, new Map());
      try {
        await syncEach(context, write.requests);
      } catch (error) {
        await restoreProtection(context, write.unprotected);
        return { status: "failed", message: M.clearFailed(excelError(error)) };
      }
      return { status: "done", message: M.marksCleared(write.deleted, marks.size) };
    });
  } catch (error) {
    return { status: "failed", message: M.clearFailed(excelError(error)) };
  }
}

/** The active sheet as read and checked, before its copy is made. */
interface Checked {
  status: "read";
  check: WorkbookCheck;
  snapshot: WorkbookSnapshot;
}

function localToday(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * For the unit clerk, on the active template sheet: check it; when 7.1 (date sent) is blank,
 * ask first, or write today's date there (the only value DVCQ writes into a filled sheet, and
 * only when asked); then regenerate the sheet as its own workbook from the template and the
 * clerk's input cells, and give it to Excel as a new workbook, or to the browser as a download.
 */
async function prepareToSend(
  request: PrepareRequest,
  templates: TemplateSource,
  now: () => Date,
): Promise<PrepareOutcome> {
  const problem = unavailable();
  if (problem) return { status: "failed", message: problem };
  const today = localToday(now());
  let checked: Checked;
  try {
    const outcome = await Excel.run(async (context): Promise<PrepareOutcome | Checked> => {
      const catalogue = templates.catalogue();
      const reading = await read(context, "activeSheet", { marks: false });
      if (!holdsTemplate(reading, catalogue)) return noTemplate("activeSheet", reading);
      const check = checkWorkbook(reading.snapshot, catalogue, reading.registry);
      const sent = check.submissions[0]?.figures.get(catalogue.roles.sentDate);
      if (sent?.status !== "blank" || sent.cell === null || request.sendDate === "leaveBlank")
        return { status: "read", check, snapshot: reading.snapshot };
      const sheet = reading.snapshot.sheets[0]?.name as string;
      if (request.sendDate === "ask") return { status: "needsDate", sheet, today: formatViDate(today) };

      const serial = isoToExcelSerial(today);
      await writeSendDate(context, reading, sent.cell, serial);
      const snapshot = withCell(reading.snapshot, sent.cell, { value: serial, numberFormat: DATE_FORMAT });
      return { status: "read", check: checkWorkbook(snapshot, catalogue, reading.registry), snapshot };
    });
    if (outcome.status !== "read") return outcome;
    checked = outcome;
  } catch (error) {
    return { status: "failed", message: M.prepareFailed(excelError(error)) };
  }

  const submission = checked.check.submissions[0] as Submission;
  const sheet = checked.snapshot.sheets[0];
  if (submission.unit === null || sheet === undefined)
    return { status: "failed", message: M.unitUnknown(submission.sheet) };
  if (submission.year === null) return { status: "failed", message: M.yearUnknown(submission.sheet) };
  const { unit, year } = submission;
  const layout = templates.build(unit, year, templates.sheetName(unit.code, year), submission.templateId);
  const { plan, notCarried } = refillFromSheet(layout, sheet);
  const fileName = `DVCQ_${year}_${unit.code}.xlsx`;
  try {
    const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../files/writeXlsx");
    const bytes = await writeWorkbook([{ plan, nameScope: "workbook" }]);
    const delivered = await deliver(bytes, fileName, submission.sheet);
    if ("problem" in delivered) return { status: "failed", message: delivered.problem };
    const findings = [...checked.check.findings];
    if (notCarried.length > 0) findings.push(notCarriedFinding(submission, notCarried));
    return { status: "ready", fileName, delivery: delivered.delivery, findings };
  } catch (error) {
    return { status: "failed", message: M.prepareFailed(excelError(error)) };
  }
}

/**
 * Today's date into 7.1's cell, a value only: the template leaves the cell unlocked and already
 * formatted as a date, so a protected sheet (even with a password) takes it as it is.
 */
async function writeSendDate(
  context: Excel.RequestContext,
  reading: Reading,
  cell: string,
  serial: number,
): Promise<void> {
  reading.active.getRange(cell).values = [[serial]];
  await context.sync();
}

function withCell(
  snapshot: WorkbookSnapshot,
  ref: string,
  cell: { value: number; numberFormat: string },
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s, i) => (i === 0 ? { ...s, cells: new Map(s.cells).set(ref, cell) } : s)),
  };
}

function notCarriedFinding(submission: Submission, cells: readonly string[]): Finding {
  return {
    rule: "NOT_IN_COPY",
    severity: "warning",
    unit: submission.unit?.code ?? submission.typedUnitCode,
    sheet: submission.sheet,
    cell: cells[0] ?? null,
    section: null,
    message: M.notCarried(cells),
  };
}

/**
 * Excel.createWorkbook (ExcelApi 1.8) where the host can; a browser download otherwise, except on
 * a Mac, where the clerk is told to make the copy through Excel itself.
 */
async function deliver(
  bytes: Uint8Array,
  fileName: string,
  sheet: string,
): Promise<{ delivery: "newWorkbook" | "download" } | { problem: Message }> {
  try {
    await Excel.createWorkbook(toBase64(bytes));
    return { delivery: "newWorkbook" };
  } catch (error) {
    if (onMac()) return { problem: M.saveCopyThroughExcel(sheet, fileName, excelErrorText(error)) };
    if (typeof document === "undefined" || typeof URL.createObjectURL !== "function")
      return { problem: M.cannotDeliver(excelErrorText(error)) };
    download(bytes, fileName, XLSX_TYPE);
    return { delivery: "download" };
  }
}
