import {
  assess,
  combine,
  excelFailed,
  logEntries,
  notImported,
  planWrites,
  reconcile,
  writePasses,
  type Candidate,
  type Existing,
  type FileOutcome,
  type PlanSetting,
  type SheetRef,
  type WriteResult,
} from "../app/importPlan";
import { IM } from "../app/importMessages";
import type { Message } from "../domain/i18n/lang";
import type { ImportFile, ImportHandlers, ImportOutcome } from "../app/paneHost";
import { checkWorkbook } from "../domain/check/checks";
import { INTAKE_LOG_SHEET, localDateTimeSerial, sha256Hex } from "../domain/intake/log";
import type { Submission } from "../domain/read/submission";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { REGISTRY_SHEET, type UnitRegistry } from "../domain/units/registry";
import { readWorkbookSnapshot } from "../files/readXlsx";
import { detectSupport, excelAvailable, officeSupports, type IsSetSupported } from "./features";
import { SETTLED_TOGETHER, writeImports, type WriteJob } from "./importWriter";
import { logPlace, queueLogRead, type LogPlace } from "./intakeLog";
import { M } from "./messages";
import { excelError } from "./officeErrors";
import { queueRegistryRead, registryFromRange } from "./registrySheet";
import { REQUEST_BUDGET_BYTES } from "./requestSize";
import { inGroups, queueSheetRead, snapshotFrom } from "./snapshot";
import { catalogueTemplates, type TemplateSource } from "./templateSource";
import { nameKey, sheetNamed } from "./sheetNames";

/**
 * Importing the units' emailed workbooks into the district workbook, in phases whose syncs do not
 * grow with the number of files; what is decided is plain data (src/app/importPlan.ts):
 * 1. one Excel.run reads the sheets and the registry (1–2 syncs);
 * 2. in the pane, file by file: read, identify, check (progress after each, cancel between them);
 * 3. one Excel.run reads the sheets the files would duplicate (1 sync per 100, none without any);
 * 4. the clerk is asked about each duplicate while no request is open;
 * 5. one Excel.run reads the sheets, the names and the end of the log again (the clerk may have
 *    renamed or deleted sheets meanwhile; 1 sync, 2 when the log sheet came or went) and writes
 *    the sheets (importWriter.ts), the log with the last request.
 * Measured on the fake, into a new workbook: 3 syncs for 1 file and 7 for 30 (five requests of
 * rebuilt templates) on ExcelApi 1.12; 5 for 1 and for 30 on 1.13 (test/excel/importWorkbooks.test.ts).
 */
export interface ImportDeps {
  templates?: TemplateSource;
  /** The clerk's clock, for the log's "imported at". */
  now?: () => Date;
  isSetSupported?: IsSetSupported;
  /** What one write request may carry, as Office.js serialises it (requestSize.ts). */
  requestBytes?: number;
  /** How many inserted sheets are settled together (importWriter.ts SETTLED_TOGETHER). */
  settledTogether?: number;
}

export async function importWorkbooks(
  files: readonly ImportFile[],
  handlers: ImportHandlers,
  deps: ImportDeps = {},
): Promise<ImportOutcome> {
  if (!excelAvailable()) return { status: "failed", message: M.noExcel };
  const support = detectSupport(deps.isSetSupported);
  if (!support.meetsFloor) return { status: "failed", message: M.excelTooOld };
  const templates = deps.templates ?? catalogueTemplates();
  const now = deps.now ?? ((): Date => new Date());

  let state: FirstRead;
  try {
    state = await Excel.run(readState);
  } catch (error) {
    return { status: "failed", message: IM.registryFailed(excelError(error)) };
  }
  const setting: PlanSetting = {
    catalogue: templates.catalogue(),
    templates,
    registry: state.registry,
    canInsert: (deps.isSetSupported ?? officeSupports)("ExcelApi", "1.13"),
  };

  const received = await receive(files, handlers, setting);
  const planned = new Map(received.outcomes);
  const existing = await readExisting(received.candidates, state.sheets, setting);
  const candidates = "error" in existing ? [] : received.candidates;
  if ("error" in existing)
    for (const c of received.candidates) planned.set(c.slot, excelFailed(c, excelError(existing.error)));
  const plan = await planWrites(
    candidates,
    "error" in existing ? { sheets: [], templates: new Map() } : existing,
    (conflict) => handlers.chooseDuplicate(conflict),
    setting,
  );
  for (const [slot, outcome] of plan.outcomes) planned.set(slot, outcome);

  const importedAt = localDateTimeSerial(now());
  const outcomesOf = (results: readonly WriteResult[]): FileOutcome[] =>
    combine(files, planned, plan.writes, results);
  let written: { results: WriteResult[]; logFailed: Message | null } = { results: [], logFailed: null };
  try {
    written = await Excel.run(async (context) => {
      const fresh = await readNow(context, state.logSeen);
      const { writes, refused } = reconcile(plan.writes, fresh.sheets);
      const job: WriteJob = {
        features: support.features,
        budget: deps.requestBytes ?? REQUEST_BUDGET_BYTES,
        settledTogether: deps.settledTogether ?? SETTLED_TOGETHER,
        sheetIds: fresh.sheets.map((s) => s.id),
        names: fresh.names,
        log: fresh.log,
        logEntries: (results) =>
          logEntries(files, received.hashes, outcomesOf([...refused, ...results]), importedAt),
      };
      const done = await writeImports(context, writePasses(writes), job);
      return { ...done, results: [...refused, ...done.results] };
    });
  } catch (error) {
    written = { results: [], logFailed: excelError(error) };
  } finally {
    handlers.onProgress(files.length, files.length, "");
  }
  const outcomes = outcomesOf(written.results);
  if (written.logFailed !== null) {
    const imported = outcomes.filter(
      (o) => o.result.decision === "kept" || o.result.decision === "replaced",
    ).length;
    return { status: "failed", message: IM.logFailed(INTAKE_LOG_SHEET, imported, written.logFailed) };
  }
  return { status: "done", files: outcomes.map((o) => o.result), logSheet: INTAKE_LOG_SHEET };
}

/** What the first run reads, as plain data (proxies do not outlive their run). */
interface FirstRead {
  registry: UnitRegistry;
  sheets: SheetRef[];
  /** The workbook had a log sheet then. */
  logSeen: boolean;
}

async function readState(context: Excel.RequestContext): Promise<FirstRead> {
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  await context.sync();
  const registrySheet = sheetNamed(sheets.items, REGISTRY_SHEET);
  const registryRange = registrySheet === undefined ? null : queueRegistryRead(registrySheet);
  if (registryRange !== null) await context.sync();
  return {
    registry: registryRange === null ? loadBuiltinRegistry() : registryFromRange(registryRange).registry,
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    logSeen: sheetNamed(sheets.items, INTAKE_LOG_SHEET) !== undefined,
  };
}

/** The workbook as writing starts. */
interface Now {
  sheets: SheetRef[];
  /** Workbook-scoped names, "=…" formulas. */
  names: { name: string; formula: string }[];
  log: LogPlace;
}

/**
 * The sheets, the names and where the log's next rows go, in 1 sync; 2 when the log sheet the
 * first run saw is gone (read again without it) or one has come since.
 */
async function readNow(context: Excel.RequestContext, logSeen: boolean): Promise<Now> {
  const queue = (withLog: boolean) => ({
    sheets: context.workbook.worksheets.load("items/id,items/name"),
    names: context.workbook.names.load("items/name,items/formula"),
    used: withLog ? queueLogRead(context.workbook.worksheets.getItem(INTAKE_LOG_SHEET)) : null,
  });
  let read = queue(logSeen);
  try {
    await context.sync();
  } catch (error) {
    if (!logSeen) throw error;
    read = queue(false);
    await context.sync();
  }
  const logSheet = sheetNamed(read.sheets.items, INTAKE_LOG_SHEET);
  let used = read.used;
  if (logSheet !== undefined && used === null) {
    used = queueLogRead(logSheet);
    await context.sync();
  }
  return {
    sheets: read.sheets.items.map((s) => ({ id: s.id, name: s.name })),
    names: read.names.items.map((n) => ({ name: n.name, formula: n.formula })),
    log: logPlace(logSheet === undefined ? null : used),
  };
}

interface Received {
  hashes: string[];
  outcomes: Map<number, FileOutcome>;
  candidates: Candidate[];
}

/** The pane's part: each file read and checked in turn, with progress; a cancel stops before the next. */
async function receive(
  files: readonly ImportFile[],
  handlers: ImportHandlers,
  setting: PlanSetting,
): Promise<Received> {
  const received: Received = { hashes: [], outcomes: new Map(), candidates: [] };
  let cancelled = false;
  for (const [i, file] of files.entries()) {
    received.hashes.push(await sha256Hex(file.bytes));
    cancelled ||= handlers.isCancelled();
    if (cancelled) {
      received.outcomes.set(i, notImported(file, "cancelled", []));
      continue;
    }
    handlers.onProgress(i, files.length, file.name);
    const assessed = assess(i, file, await readWorkbookSnapshot(file.bytes), setting);
    if ("outcome" in assessed) received.outcomes.set(i, assessed.outcome);
    else received.candidates.push(assessed.candidate);
  }
  return received;
}

/**
 * The sheets of the workbook that the candidates would go to, read as the checker reads them, one
 * sync per 100: by upper-cased name, the submission or null for a sheet that is not a template.
 */
async function readExisting(
  candidates: readonly Candidate[],
  sheets: readonly SheetRef[],
  setting: PlanSetting,
): Promise<Existing | { error: unknown }> {
  const targets = new Set(candidates.map((c) => nameKey(c.target)));
  const names = sheets.map((s) => s.name).filter((name) => targets.has(nameKey(name)));
  if (names.length === 0) return { sheets, templates: new Map() };
  try {
    return await Excel.run(async (context) => {
      const workbookNames = context.workbook.names.load("items/name,items/formula");
      const reads = await inGroups(context, names, (group) =>
        group.map((name) => queueSheetRead(context.workbook.worksheets.getItem(name), name)),
      );
      const check = checkWorkbook(
        snapshotFrom(workbookNames, reads, null),
        setting.catalogue,
        setting.registry,
      );
      const templates = new Map<string, Submission | null>(
        names.map((n) => [nameKey(n), check.submissions.find((s) => s.sheet === n) ?? null]),
      );
      return { sheets, templates };
    });
  } catch (error) {
    return { error };
  }
}
