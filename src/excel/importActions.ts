import type { Catalogue } from "../domain/catalogue/types";
import { checkWorkbook } from "../domain/check/checks";
import type { Finding } from "../domain/check/finding";
import { differences } from "../domain/intake/differences";
import {
  INTAKE_LOG_SHEET,
  localDateTimeSerial,
  logRows,
  sha256Hex,
  type IntakeEntry,
} from "../domain/intake/log";
import { refillFromSheet, type Refilled } from "../domain/layout/filled";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import type { Message } from "../domain/i18n/lang";
import type { SheetSnapshot } from "../domain/read/snapshot";
import type { Submission } from "../domain/read/submission";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { REGISTRY_SHEET, type Unit, type UnitRegistry } from "../domain/units/registry";
import { readWorkbookSnapshot } from "../files/readXlsx";
import type {
  ImportDecision,
  ImportedFile,
  ImportFile,
  ImportHandlers,
  ImportOutcome,
} from "../app/paneHost";
import { detectSupport, excelAvailable, type ExcelFeatures, type IsSetSupported } from "./features";
import { IM } from "./importMessages";
import { logPlace, queueIntakeLog, queueLogRead, type LogPlace } from "./intakeLog";
import { excelErrorText, M } from "./messages";
import { queueRegistryRead, registryFromRange } from "./registrySheet";
import { jsonBytes, packSteps, recordedBytes, REQUEST_BUDGET_BYTES, type WriteStep } from "./requestSize";
import { inGroups, queueSheetRead, snapshotFrom } from "./snapshot";
import { catalogueTemplates, type TemplateSource } from "./templateSource";
import { queueSheetPlan } from "./writePlan";

/**
 * Importing the units' emailed workbooks into the district workbook, in phases whose syncs do not
 * grow with the number of files:
 * 1. one Excel.run reads the sheets, the names, the registry and where the intake log goes (1–2 syncs);
 * 2. in the pane, file by file: read, identify, check (progress after each, cancel between them);
 * 3. one Excel.run reads the sheets the files would duplicate (1 sync per 100, none without any);
 * 4. the clerk is asked about each duplicate while no request is open;
 * 5. one Excel.run writes the sheets, one sync per request of at most ~4 MB, and the log with the last.
 * Bringing a sheet in:
 * - ExcelApi 1.13: `insertWorksheetsFromBase64` copies the unit's sheet as it is (figures, formats,
 *   validation, names; the base64 counts toward the request), then 2 syncs for all the inserted
 *   sheets: their names are read, then made sheet-scoped, the sheets they replace go and they take
 *   the units' names (the log goes with that last sync);
 * - older hosts, or a file whose base64 would make a request over ~4 MB: the template rebuilt from
 *   the catalogue with the unit's typed values (as "prepare to send" does), sheet-scoped names.
 * A request that fails rejects its files with Excel's message: what it half wrote is removed (1–2
 * syncs), earlier requests stay, the next ones go on, and the log (then in a sync of its own) says
 * what really happened. Measured on the fake, into a new workbook: 2 syncs for 1 file and 3 for 30
 * (two requests) on ExcelApi 1.12; 4 for 1 and for 30 on 1.13.
 */
export interface ImportDeps {
  templates?: TemplateSource;
  /** The clerk's clock, for the log's "imported at". */
  now?: () => Date;
  isSetSupported?: IsSetSupported;
  /** What one write request may carry, as Office.js serialises it (requestSize.ts). */
  requestBytes?: number;
}

/** Base64 above this goes by the plan writer, so that no request exceeds ~4 MB. */
const INSERT_LIMIT_CHARS = 4_000_000;
const SCRATCH_SHEET = "DVCQ_nhap";
const SEND_DATE = "7.1";

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

  let state: WorkbookState;
  try {
    state = await Excel.run(readState);
  } catch (error) {
    return { status: "failed", message: IM.registryFailed(excelErrorText(error)) };
  }
  const setting: Setting = {
    catalogue: templates.catalogue(),
    templates,
    registry: state.registry,
    features: support.features,
    canInsert: (deps.isSetSupported ?? officeSupports)("ExcelApi", "1.13"),
  };

  const ledger = await receive(files, handlers, setting);
  const existing = await readExisting(ledger, state, setting);
  const writes = await decide(ledger, existing, state, handlers, setting);
  const job: WriteJob = {
    ledger,
    state,
    setting,
    importedAt: localDateTimeSerial(now()),
    budget: deps.requestBytes ?? REQUEST_BUDGET_BYTES,
    failed: new Set(),
  };
  try {
    await Excel.run((context) => writeAll(context, writes, job));
  } catch (error) {
    const imported = ledger.outcomes.filter(
      (o) => o.result.decision === "kept" || o.result.decision === "replaced",
    ).length;
    return { status: "failed", message: IM.logFailed(INTAKE_LOG_SHEET, imported, excelErrorText(error)) };
  } finally {
    handlers.onProgress(files.length, files.length, "");
  }
  return { status: "done", files: ledger.outcomes.map((o) => o.result), logSheet: INTAKE_LOG_SHEET };
}

function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true
  );
}

interface Setting {
  catalogue: Catalogue;
  templates: TemplateSource;
  registry: UnitRegistry;
  features: ExcelFeatures;
  canInsert: boolean;
}

type EntryPart = Pick<IntakeEntry, "unitCode" | "unitName" | "year" | "templateVersion" | "sentDate">;

interface FileOutcome {
  result: ImportedFile;
  entry: EntryPart;
}

/** A file that passed its checks, waiting to be brought in. */
interface Candidate {
  slot: number;
  file: ImportFile;
  submission: Submission;
  unit: Unit;
  year: number;
  target: string;
  sheet: SheetSnapshot;
  findings: readonly Finding[];
}

/** Every file's outcome so far, in the order given; the candidates are still "rejected" until written. */
interface Ledger {
  files: readonly ImportFile[];
  hashes: string[];
  outcomes: FileOutcome[];
  candidates: Candidate[];
  /** The log went with a sync that succeeded. */
  logged: boolean;
}

/** What the first run reads, as plain data (proxies do not outlive their run). */
interface WorkbookState {
  registry: UnitRegistry;
  sheets: { id: string; name: string }[];
  /** Workbook-scoped names, "=…" formulas. */
  names: { name: string; formula: string }[];
  log: LogPlace;
}

const NO_ENTRY: EntryPart = {
  unitCode: null,
  unitName: null,
  year: null,
  templateVersion: null,
  sentDate: null,
};

function notImported(
  file: ImportFile,
  decision: ImportDecision,
  findings: readonly Finding[],
  submission?: Submission,
  sheet: string | null = null,
): FileOutcome {
  const entry = submission === undefined ? NO_ENTRY : entryOf(submission);
  return {
    result: { file: file.name, decision, sheet, unitCode: entry.unitCode, year: entry.year, findings },
    entry,
  };
}

function entryOf(s: Submission): EntryPart {
  const sent = s.figures.get(SEND_DATE)?.value;
  return {
    unitCode: s.unit?.code ?? s.typedUnitCode,
    unitName: s.unit?.name ?? null,
    year: s.year,
    templateVersion: s.templateId,
    sentDate: typeof sent === "number" ? sent : null,
  };
}

function fileFinding(rule: string, message: Message, unit: string | null = null): Finding {
  return { rule, severity: "error", unit, sheet: null, cell: null, section: null, message };
}

async function readState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const named = (name: string): Excel.Worksheet | undefined =>
    sheets.items.find((s) => upper(s.name) === upper(name));
  const registrySheet = named(REGISTRY_SHEET);
  const logSheet = named(INTAKE_LOG_SHEET);
  const registryRange = registrySheet === undefined ? null : queueRegistryRead(registrySheet);
  const logUsed = logSheet === undefined ? null : queueLogRead(logSheet);
  if (registryRange !== null || logUsed !== null) await context.sync();
  return {
    registry: registryRange === null ? loadBuiltinRegistry() : registryFromRange(registryRange).registry,
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
    log: logPlace(logUsed),
  };
}

/** The pane's part: each file read and checked in turn, with progress; a cancel stops before the next. */
async function receive(
  files: readonly ImportFile[],
  handlers: ImportHandlers,
  setting: Setting,
): Promise<Ledger> {
  const ledger: Ledger = { files, hashes: [], outcomes: [], candidates: [], logged: false };
  let cancelled = false;
  for (const [i, file] of files.entries()) {
    ledger.hashes.push(await sha256Hex(file.bytes));
    cancelled ||= handlers.isCancelled();
    if (cancelled) {
      ledger.outcomes.push(notImported(file, "cancelled", []));
      continue;
    }
    handlers.onProgress(i, files.length, file.name);
    const assessed = await assess(i, file, setting);
    if ("outcome" in assessed) ledger.outcomes.push(assessed.outcome);
    else {
      ledger.outcomes.push(notImported(file, "rejected", assessed.findings, assessed.submission));
      ledger.candidates.push(assessed);
    }
  }
  return ledger;
}

async function assess(
  slot: number,
  file: ImportFile,
  setting: Setting,
): Promise<Candidate | { outcome: FileOutcome }> {
  const read = await readWorkbookSnapshot(file.bytes);
  if (!read.ok) return { outcome: notImported(file, "rejected", [fileFinding(read.rule, read.message)]) };
  const check = checkWorkbook(read.workbook, setting.catalogue, setting.registry);
  const submission = check.submissions[0];
  if (submission === undefined) return { outcome: notImported(file, "rejected", check.findings) };
  const { unit, year } = submission;
  const code = submission.unit?.code ?? submission.typedUnitCode;
  if (unit === null) {
    const findings = withError(check.findings, "UNKNOWN_UNIT", IM.unitUnknown(file.name), code);
    return { outcome: notImported(file, "rejected", findings, submission) };
  }
  if (year === null) {
    const findings = withError(check.findings, "YEAR_UNKNOWN", IM.yearUnknown(file.name), code);
    return { outcome: notImported(file, "rejected", findings, submission) };
  }
  return {
    slot,
    file,
    submission,
    unit,
    year,
    target: setting.templates.sheetName(unit.code, year),
    sheet: read.workbook.sheets.find((s) => s.name === submission.sheet) as SheetSnapshot,
    findings: check.findings,
  };
}

/** The findings, with one saying why the file is rejected unless an error already says so. */
function withError(
  findings: readonly Finding[],
  rule: string,
  message: Message,
  unit: string | null,
): Finding[] {
  return findings.some((f) => f.severity === "error")
    ? [...findings]
    : [...findings, fileFinding(rule, message, unit)];
}

/**
 * The sheets of the workbook that the candidates would go to, read as the checker reads them, one
 * sync per 100: by upper-cased name, the submission or null for a sheet that is not a template. If
 * Excel fails, the candidates are rejected with its message.
 */
async function readExisting(
  ledger: Ledger,
  state: WorkbookState,
  setting: Setting,
): Promise<Map<string, Submission | null>> {
  const targets = new Set(ledger.candidates.map((c) => upper(c.target)));
  const names = state.sheets.map((s) => s.name).filter((name) => targets.has(upper(name)));
  if (names.length === 0) return new Map();
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
      return new Map(names.map((n) => [upper(n), check.submissions.find((s) => s.sheet === n) ?? null]));
    });
  } catch (error) {
    for (const c of ledger.candidates) ledger.outcomes[c.slot] = excelFailed(c, error);
    ledger.candidates = [];
    return new Map();
  }
}

function excelFailed(c: Candidate, error: unknown): FileOutcome {
  const finding = fileFinding("IMPORT_FAILED", IM.excelFailed(excelErrorText(error)), c.unit.code);
  return notImported(c.file, "rejected", [...c.findings, finding], c.submission);
}

interface Write {
  candidate: Candidate;
  /** The sheet being replaced (the target's current name), or null. */
  replacing: string | null;
  body: { kind: "insert"; base64: string } | { kind: "plan"; plan: SheetPlan; notCarried: string[] };
  /** Formulas the unit typed into input cells: the district workbook takes their results only. */
  typedFormulas: Refilled["typedFormulas"];
}

/**
 * Asks the clerk about every duplicate, in file order, with no Excel request open. A file for a
 * unit and year that an earlier file of the same import brings in is a duplicate of that one.
 */
async function decide(
  ledger: Ledger,
  existing: ReadonlyMap<string, Submission | null>,
  state: WorkbookState,
  handlers: ImportHandlers,
  setting: Setting,
): Promise<Write[]> {
  const current = new Map<string, { name: string; submission: Submission | null }>();
  for (const sheet of state.sheets) {
    const submission = existing.get(upper(sheet.name));
    if (submission !== undefined) current.set(upper(sheet.name), { name: sheet.name, submission });
  }
  const writes: Write[] = [];
  for (const c of ledger.candidates) {
    const there = current.get(upper(c.target));
    if (there !== undefined && there.submission === null) {
      const taken = fileFinding("SHEET_TAKEN", IM.sheetNotTemplate(there.name), c.unit.code);
      ledger.outcomes[c.slot] = notImported(c.file, "rejected", [...c.findings, taken], c.submission);
      continue;
    }
    if (there?.submission) {
      const choice = await handlers
        .chooseDuplicate({
          unitCode: c.unit.code,
          unitName: c.unit.name,
          year: c.year,
          existingSheet: there.name,
          incomingFile: c.file.name,
          differences: differences(there.submission, c.submission, setting.catalogue),
        })
        .catch(() => "keepExisting" as const);
      if (choice !== "replace") {
        ledger.outcomes[c.slot] = notImported(c.file, "keptExisting", c.findings, c.submission, there.name);
        continue;
      }
    }
    writes.push({ candidate: c, replacing: there?.name ?? null, ...bodyOf(c, setting) });
    current.set(upper(c.target), { name: c.target, submission: c.submission });
  }
  return writes;
}

function bodyOf(c: Candidate, setting: Setting): Pick<Write, "body" | "typedFormulas"> {
  const layout = setting.templates.build(c.unit, c.year, c.target, c.submission.templateId);
  const { plan, notCarried, typedFormulas } = refillFromSheet(layout, c.sheet, { formulas: "results" });
  const base64 = setting.canInsert ? toBase64(c.file.bytes) : "";
  if (setting.canInsert && base64.length <= INSERT_LIMIT_CHARS)
    return { body: { kind: "insert", base64 }, typedFormulas };
  return { body: { kind: "plan", plan, notCarried }, typedFormulas };
}

/** One warning per formula a unit typed, naming the cell and the result taken instead. */
function formulaFindings(write: Write): Finding[] {
  return write.typedFormulas.map((f) => ({
    rule: "FORMULA_NOT_IMPORTED",
    severity: "warning",
    unit: write.candidate.unit.code,
    sheet: write.candidate.target,
    cell: f.ref,
    section: null,
    message: IM.formulaNotImported(f.ref, f.formula, f.value),
  }));
}

/**
 * Over an inserted sheet, each formula the unit typed becomes its result. The sheet is protected
 * and its formats locked, so text stays text as a clerk would keep it: in a text cell as it is,
 * elsewhere behind the apostrophe Excel reads as "this is text".
 */
function queueResults(sheet: Excel.Worksheet, write: Write): void {
  for (const f of write.typedFormulas) {
    const text = typeof f.value === "string" && !f.textCell ? `'${f.value}` : f.value;
    sheet.getRange(f.ref).values = [[text ?? ""]];
  }
}

interface WriteJob {
  ledger: Ledger;
  state: WorkbookState;
  setting: Setting;
  importedAt: number;
  budget: number;
  /** Writes whose request failed. */
  failed: Set<Write>;
}

/** What one request's writes need to know while they are queued and after the sync. */
interface Batch {
  steps: WriteStep[];
  writes: Write[];
}

interface Inserted {
  write: Write;
  ids: OfficeExtension.ClientResult<string[]>;
}

/**
 * Writes the sheets in requests of at most the budget, one sync each, then (ExcelApi 1.13) settles
 * the inserted sheets in 2 syncs; the log goes with the last sync that writes, or alone after a
 * failure.
 */
async function writeAll(
  context: Excel.RequestContext,
  writes: readonly Write[],
  job: WriteJob,
): Promise<void> {
  const inserted: Inserted[] = [];
  const dropped = new Set<string>();
  /** Queues deleting the workbook-scoped DVCQ names that are broken or on the sheet being replaced, each once. */
  const dropStaleNames = (replacing: string | null): void => {
    for (const n of job.state.names) {
      const stale =
        n.formula.includes("#REF!") || (replacing !== null && sheetOf(n.formula) === upper(replacing));
      if (!isOurs(n.name) || !stale || dropped.has(upper(n.name))) continue;
      dropped.add(upper(n.name));
      context.workbook.names.getItem(n.name).delete();
    }
  };
  const writeOf = new Map<WriteStep, Write>();
  const steps: WriteStep[] = writes.map((write) => {
    const step =
      write.body.kind === "insert"
        ? insertStep(context, write, inserted)
        : planStep(context, write, job.setting.features, dropStaleNames);
    writeOf.set(step, write);
    return step;
  });
  const log = logStep(context, job);
  const withLog = !writes.some((w) => w.body.kind === "insert");
  const batches = packSteps(withLog ? [...steps, log] : steps, job.budget).map((group): Batch => ({
    steps: group,
    writes: group.flatMap((s) => writeOf.get(s) ?? []),
  }));
  const known = new Set(job.state.sheets.map((s) => s.id));
  await syncBatches(context, batches, 0, job, known);
  await settleInserted(
    context,
    inserted.filter((i) => !job.failed.has(i.write)),
    job,
    log,
  );
  if (!job.ledger.logged) {
    log.queue();
    await context.sync();
  }
}

function planStep(
  context: Excel.RequestContext,
  write: Write,
  features: ExcelFeatures,
  dropStaleNames: (replacing: string | null) => void,
): WriteStep {
  const body = write.body as Extract<Write["body"], { kind: "plan" }>;
  const target = write.candidate.target;
  return {
    bytes: planRequestBytes(body.plan, features),
    queue: () => {
      dropStaleNames(write.replacing);
      const worksheets = context.workbook.worksheets;
      const writeName = write.replacing === null ? target : SCRATCH_SHEET;
      const sheet = worksheets.add(writeName);
      queueSheetPlan(sheet, { ...body.plan, name: writeName }, { nameScope: "sheet", features });
      if (write.replacing !== null) {
        worksheets.getItem(write.replacing).delete();
        sheet.name = target;
      }
    },
  };
}

/** The sheet's writing as Office.js serialises it, and the adding, replacing and renaming around it. */
function planRequestBytes(plan: SheetPlan, features: ExcelFeatures): number {
  return (
    recordedBytes((sheet: Excel.Worksheet) => queueSheetPlan(sheet, plan, { nameScope: "sheet", features })) +
    2_000
  );
}

function insertStep(context: Excel.RequestContext, write: Write, inserted: Inserted[]): WriteStep {
  const body = write.body as Extract<Write["body"], { kind: "insert" }>;
  return {
    bytes: body.base64.length + 500,
    queue: () => {
      const ids = context.workbook.insertWorksheetsFromBase64(body.base64, {
        sheetNamesToInsert: [write.candidate.submission.sheet],
        positionType: "End",
      });
      inserted.push({ write, ids });
    },
  };
}

/** The log's rows as the ledger stands when it is queued. */
function logStep(context: Excel.RequestContext, job: WriteJob): WriteStep {
  const entries = (): IntakeEntry[] =>
    job.ledger.outcomes.map((outcome, i) => ({
      ...outcome.entry,
      fileName: job.ledger.files[i]?.name ?? "",
      sizeBytes: job.ledger.files[i]?.bytes.length ?? 0,
      sha256: job.ledger.hashes[i] ?? "",
      importedAt: job.importedAt,
      decision: outcome.result.decision,
      findings: outcome.result.findings,
    }));
  return {
    bytes: 2 * jsonBytes(logRows(entries()).values),
    queue: () => {
      queueIntakeLog(context, job.state.log, entries());
      job.ledger.logged = true;
    },
  };
}

function written(write: Write, notes: readonly Finding[]): FileOutcome {
  const c = write.candidate;
  return {
    result: {
      file: c.file.name,
      decision: write.replacing === null ? "kept" : "replaced",
      sheet: c.target,
      unitCode: c.unit.code,
      year: c.year,
      findings: [...c.findings, ...notes],
    },
    entry: entryOf(c.submission),
  };
}

/**
 * Syncs the batches one after another. A batch's plan-written files count as written before it is
 * queued, so that a log in it says so; a failing batch is undone and its files rejected, and the
 * next goes on.
 */
async function syncBatches(
  context: Excel.RequestContext,
  batches: readonly Batch[],
  index: number,
  job: WriteJob,
  known: Set<string>,
): Promise<void> {
  const batch = batches[index];
  if (batch === undefined) return;
  for (const write of batch.writes)
    if (write.body.kind === "plan")
      job.ledger.outcomes[write.candidate.slot] = written(write, [
        ...(write.body.notCarried.length === 0
          ? []
          : [notCarriedFinding(write.candidate.target, write.body.notCarried)]),
        ...formulaFindings(write),
      ]);
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of batch.steps) step.queue();
  const listed = context.workbook.worksheets.load("items/id");
  let next = known;
  try {
    await context.sync();
    next = new Set(listed.items.map((s) => s.id));
  } catch (error) {
    job.ledger.logged = false;
    for (const write of batch.writes) job.failed.add(write);
    const left = await undo(context, batch.writes, (id) => !known.has(id), error, job.ledger);
    next = new Set([...known, ...left]);
  }
  return syncBatches(context, batches, index + 1, job, next);
}

/**
 * The inserted sheets' DVCQ names become sheet-scoped (the district workbook holds many templates),
 * broken names and those of the sheets they replace go, the replaced sheets go, and each takes its
 * unit's sheet name; the log goes with it. 2 syncs, whatever the number of sheets.
 */
async function settleInserted(
  context: Excel.RequestContext,
  inserted: readonly Inserted[],
  job: WriteJob,
  log: WriteStep,
): Promise<void> {
  if (inserted.length === 0) return;
  const ids = new Set<string>();
  try {
    const sheets = inserted.map(({ write, ids: result }) => {
      const id = result.value[0] as string;
      ids.add(id);
      const sheet = context.workbook.worksheets.getItem(id).load("name");
      return { write, sheet, own: sheet.names.load("items/name") };
    });
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();

    const deleted = new Set<string>();
    for (const { write, sheet, own } of sheets) {
      const at = upper(sheet.name);
      const scoped = new Set(own.items.map((n) => upper(n.name)));
      for (const name of names.items) {
        const key = upper(name.name);
        if (!isOurs(name.name) || deleted.has(key)) continue;
        const onInserted = sheetOf(name.formula) === at;
        const stale =
          name.formula.includes("#REF!") ||
          (write.replacing !== null && sheetOf(name.formula) === upper(write.replacing));
        if (!onInserted && !stale) continue;
        deleted.add(key);
        name.delete();
        const address = onInserted ? addressOf(name.formula) : null;
        if (address !== null && !scoped.has(key)) sheet.names.add(name.name, sheet.getRange(address));
      }
      if (write.replacing !== null) context.workbook.worksheets.getItem(write.replacing).delete();
      sheet.name = write.candidate.target;
      queueResults(sheet, write);
      job.ledger.outcomes[write.candidate.slot] = written(write, formulaFindings(write));
    }
    log.queue();
    await context.sync();
  } catch (error) {
    job.ledger.logged = false;
    await undo(
      context,
      inserted.map((i) => i.write),
      (id) => ids.has(id),
      error,
      job.ledger,
    );
  }
}

/**
 * After a failed sync (Excel keeps what ran before the failing command): the sheets it added under
 * a name its writes give are removed and its files rejected, except a replacement that went through
 * (its old sheet is gone and the new one has the name), which stays. Gives the ids of the sheets
 * left. 1–2 syncs.
 */
async function undo(
  context: Excel.RequestContext,
  writes: readonly Write[],
  added: (id: string) => boolean,
  error: unknown,
  ledger: Ledger,
): Promise<string[]> {
  for (const write of writes) ledger.outcomes[write.candidate.slot] = excelFailed(write.candidate, error);
  const listed = context.workbook.worksheets.load("items/id,items/name");
  try {
    await context.sync();
  } catch {
    return [];
  }
  const older = (name: string): boolean =>
    listed.items.some((s) => !added(s.id) && upper(s.name) === upper(name));
  const stays = new Set<string>();
  let oldGone = false;
  for (const write of writes) {
    if (write.replacing === null || older(write.replacing)) continue;
    oldGone = true;
    const now = listed.items.find((s) => added(s.id) && upper(s.name) === upper(write.candidate.target));
    if (now === undefined) continue;
    stays.add(now.id);
    ledger.outcomes[write.candidate.slot] = written(write, []);
  }
  const removed = listed.items.filter(
    (s) =>
      added(s.id) &&
      !stays.has(s.id) &&
      writes.some((w) => givesName(w, s.name)) &&
      !(oldGone && upper(s.name) === upper(SCRATCH_SHEET)),
  );
  removed.forEach((s) => s.delete());
  if (removed.length > 0) await context.sync().catch(() => undefined);
  return listed.items.filter((s) => !removed.includes(s)).map((s) => s.id);
}

/** The write may have left a sheet of this name: its target, the scratch sheet, the inserted sheet ("… (2)"). */
function givesName(write: Write, name: string): boolean {
  const key = upper(name);
  if (key === upper(write.candidate.target) || key === upper(SCRATCH_SHEET)) return true;
  const source = upper(write.candidate.submission.sheet);
  const copy = / \(\d+\)$/.exec(key);
  return key === source || (copy !== null && source.startsWith(key.slice(0, copy.index)));
}

function notCarriedFinding(sheet: string, cells: readonly string[]): Finding {
  return {
    rule: "NOT_IN_COPY",
    severity: "warning",
    unit: null,
    sheet,
    cell: cells[0] ?? null,
    section: null,
    message: M.notCarried(cells),
  };
}

function upper(name: string): string {
  return name.toUpperCase();
}

function isOurs(name: string): boolean {
  return upper(name).startsWith("DVCQ_");
}

/** "='XA-XUAN-HOA 2024'!$D$27" → "XA-XUAN-HOA 2024", upper-cased. */
function sheetOf(formula: string): string | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (m === null) return null;
  return upper(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string));
}

/** "='XA-XUAN-HOA 2024'!$D$27" → "D27". */
function addressOf(formula: string): string | null {
  const m = /!\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula);
  return m === null ? null : `${m[1]}${m[2]}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
