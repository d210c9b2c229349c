import type { Catalogue } from "../domain/catalogue/types";
import { checkWorkbook } from "../domain/check/checks";
import type { Finding } from "../domain/check/finding";
import { differences, type CellDifference } from "../domain/intake/differences";
import { INTAKE_LOG_SHEET, localDateTimeSerial, sha256Hex, type IntakeEntry } from "../domain/intake/log";
import { refillFromSheet } from "../domain/layout/filled";
import type { Message } from "../domain/i18n/lang";
import type { SheetSnapshot } from "../domain/read/snapshot";
import type { Submission } from "../domain/read/submission";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import type { Unit, UnitRegistry } from "../domain/units/registry";
import { readWorkbookSnapshot } from "../files/readXlsx";
import type {
  ImportDecision,
  ImportedFile,
  ImportFile,
  ImportHandlers,
  ImportOutcome,
} from "../taskpane/actions";
import { detectSupport, excelAvailable, type ExcelFeatures, type IsSetSupported } from "./features";
import { IM } from "./importMessages";
import { appendIntakeLog } from "./intakeLog";
import { excelErrorText, M } from "./messages";
import { queueRegistryRead, REGISTRY_SHEET, registryFromRange } from "./registrySheet";
import { queueSheetRead, snapshotFrom } from "./snapshot";
import { catalogueTemplates, type TemplateSource } from "./templateSource";
import { queueSheetPlan } from "./writePlan";

/**
 * Importing the units' emailed workbooks into the district workbook.
 *
 * Each file is read and checked in the pane (no Excel), then has Excel runs of its own: one to look
 * for a sheet of the same unit and year (1 sync, 2 when there is one), then one to bring the sheet
 * in. Each file its own runs, so that progress shows between files, cancelling stops before the
 * next one, the clerk is asked about a duplicate while no request is open, and an Excel failure
 * stays with its file. Bringing the sheet in:
 * - ExcelApi 1.13: `insertWorksheetsFromBase64` copies the unit's sheet as it is (figures, formats,
 *   validation, names), then its names are made sheet-scoped and it takes the unit's name: 3 syncs.
 * - older hosts, or a file whose base64 would make a request over ~4 MB: the template rebuilt from
 *   the catalogue with the unit's typed values (as "prepare to send" does), sheet-scoped names: 1 sync.
 * Around the files: 1–2 syncs to read the registry, 2–3 to append the intake log.
 */
export interface ImportDeps {
  templates?: TemplateSource;
  /** The clerk's clock, for the log's "imported at". */
  now?: () => Date;
  isSetSupported?: IsSetSupported;
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
  const canInsert = (deps.isSetSupported ?? officeSupports)("ExcelApi", "1.13");

  let registry: UnitRegistry;
  try {
    registry = await Excel.run(readRegistry);
  } catch (error) {
    return { status: "failed", message: IM.registryFailed(excelErrorText(error)) };
  }
  const setting: Setting = {
    catalogue: templates.catalogue(),
    templates,
    registry,
    features: support.features,
    canInsert,
  };

  const results: ImportedFile[] = [];
  const entries: IntakeEntry[] = [];
  let cancelled = false;
  for (const [i, file] of files.entries()) {
    cancelled ||= handlers.isCancelled();
    let outcome: FileOutcome;
    if (cancelled) outcome = notImported(file, "cancelled", []);
    else {
      handlers.onProgress(i, files.length, file.name);
      outcome = await importFile(file, handlers, setting);
    }
    results.push(outcome.result);
    entries.push({
      ...outcome.entry,
      fileName: file.name,
      sizeBytes: file.bytes.length,
      sha256: await sha256Hex(file.bytes),
      importedAt: localDateTimeSerial(now()),
      decision: outcome.result.decision,
      findings: outcome.result.findings,
    });
  }
  handlers.onProgress(files.length, files.length, "");

  try {
    const logSheet = await Excel.run((context) => appendIntakeLog(context, entries));
    return { status: "done", files: results, logSheet };
  } catch (error) {
    const imported = results.filter((r) => r.decision === "kept" || r.decision === "replaced").length;
    return { status: "failed", message: IM.logFailed(INTAKE_LOG_SHEET, imported, excelErrorText(error)) };
  }
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

async function readRegistry(context: Excel.RequestContext): Promise<UnitRegistry> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET);
  await context.sync();
  if (sheet.isNullObject) return loadBuiltinRegistry();
  const range = queueRegistryRead(sheet);
  await context.sync();
  return registryFromRange(range).registry;
}

/** Never throws: whatever goes wrong with one file is that file's finding. */
async function importFile(
  file: ImportFile,
  handlers: ImportHandlers,
  setting: Setting,
): Promise<FileOutcome> {
  const read = await readWorkbookSnapshot(file.bytes);
  if (!read.ok) return notImported(file, "rejected", [fileFinding("FILE_UNREADABLE", read.message)]);
  const check = checkWorkbook(read.workbook, setting.catalogue, setting.registry);
  const submission = check.submissions[0];
  if (submission === undefined) return notImported(file, "rejected", check.findings);
  const { unit, year } = submission;
  const code = submission.unit?.code ?? submission.typedUnitCode;
  if (unit === null)
    return notImported(
      file,
      "rejected",
      withError(check.findings, "UNKNOWN_UNIT", IM.unitUnknown(file.name), code),
      submission,
    );
  if (year === null)
    return notImported(
      file,
      "rejected",
      withError(check.findings, "YEAR_UNKNOWN", IM.yearUnknown(file.name), code),
      submission,
    );
  const incomingSheet = read.workbook.sheets.find((s) => s.name === submission.sheet) as SheetSnapshot;
  const target = setting.templates.sheetName(unit.code, year);

  const failed = (error: unknown): FileOutcome =>
    notImported(
      file,
      "rejected",
      [...check.findings, fileFinding("IMPORT_FAILED", IM.excelFailed(excelErrorText(error)), unit.code)],
      submission,
    );
  let look: Look;
  try {
    look = await Excel.run((context) => lookFor(context, target, setting));
  } catch (error) {
    return failed(error);
  }
  if (look.existing !== null && look.existing.submission === null)
    return notImported(
      file,
      "rejected",
      [...check.findings, fileFinding("SHEET_TAKEN", IM.sheetNotTemplate(look.existing.name), unit.code)],
      submission,
    );

  let replacing: string | null = null;
  if (look.existing?.submission) {
    const choice = await handlers
      .chooseDuplicate({
        unitCode: unit.code,
        unitName: unit.name,
        year,
        existingSheet: look.existing.name,
        incomingFile: file.name,
        differences: differences(look.existing.submission, submission, setting.catalogue) as CellDifference[],
      })
      .catch(() => "keepExisting" as const);
    if (choice !== "replace")
      return notImported(file, "keptExisting", check.findings, submission, look.existing.name);
    replacing = look.existing.name;
  }

  const write: Write = { target, replacing, staleNames: staleNames(look.names, replacing) };
  const base64 = setting.canInsert ? toBase64(file.bytes) : "";
  try {
    const notes =
      setting.canInsert && base64.length <= INSERT_LIMIT_CHARS
        ? await Excel.run((context) => insertSheet(context, base64, submission.sheet, write))
        : await Excel.run((context) =>
            writeSheet(context, rebuilt(setting, unit, year, incomingSheet), write, setting),
          );
    return {
      result: {
        file: file.name,
        decision: replacing === null ? "kept" : "replaced",
        sheet: target,
        unitCode: unit.code,
        year,
        findings: [...check.findings, ...notes],
      },
      entry: entryOf(submission),
    };
  } catch (error) {
    return failed(error);
  }
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

interface Look {
  existing: { name: string; submission: Submission | null } | null;
  /** Workbook-scoped names, "=…" formulas. */
  names: { name: string; formula: string }[];
}

/** The sheet the unit's report would go to, when it is there, read as the checker reads it. */
async function lookFor(context: Excel.RequestContext, target: string, setting: Setting): Promise<Look> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const listed = names.items.map((n) => ({ name: n.name, formula: n.formula }));
  const sheet = sheets.items.find((s) => upper(s.name) === upper(target));
  if (sheet === undefined) return { existing: null, names: listed };
  const read = queueSheetRead(sheet, sheet.name);
  await context.sync();
  const snapshot = snapshotFrom(names, [read], null);
  const check = checkWorkbook(snapshot, setting.catalogue, setting.registry);
  return { existing: { name: sheet.name, submission: check.submissions[0] ?? null }, names: listed };
}

interface Write {
  target: string;
  /** The sheet being replaced (the target's current name), or null. */
  replacing: string | null;
  /** Workbook-scoped DVCQ names to remove: broken ones, and those of the sheet being replaced. */
  staleNames: string[];
}

function staleNames(names: Look["names"], replacing: string | null): string[] {
  return names
    .filter(
      (n) =>
        isOurs(n.name) &&
        (n.formula.includes("#REF!") || (replacing !== null && sheetOf(n.formula) === upper(replacing))),
    )
    .map((n) => n.name);
}

/** The template of the unit and year, rebuilt from the catalogue with what the unit typed. */
function rebuilt(
  setting: Setting,
  unit: Unit,
  year: number,
  sheet: SheetSnapshot,
): { plan: ReturnType<typeof refillFromSheet>["plan"]; notCarried: string[] } {
  const layout = setting.templates.build(unit, year, setting.templates.sheetName(unit.code, year));
  return refillFromSheet(layout, sheet);
}

/**
 * The plan writer: a new sheet written in one sync (under a scratch name while the sheet it
 * replaces still holds the name). If the sync fails, the half-written sheet is removed unless the
 * old one is gone already.
 */
async function writeSheet(
  context: Excel.RequestContext,
  refilled: ReturnType<typeof rebuilt>,
  write: Write,
  setting: Setting,
): Promise<Finding[]> {
  const worksheets = context.workbook.worksheets;
  const writeName = write.replacing === null ? write.target : SCRATCH_SHEET;
  for (const name of write.staleNames) context.workbook.names.getItem(name).delete();
  const sheet = worksheets.add(writeName);
  context.application.suspendApiCalculationUntilNextSync();
  queueSheetPlan(
    sheet,
    { ...refilled.plan, name: writeName },
    { nameScope: "sheet", features: setting.features },
  );
  if (write.replacing !== null) {
    worksheets.getItem(write.replacing).delete();
    sheet.name = write.target;
  }
  try {
    await context.sync();
  } catch (error) {
    await removeHalfWritten(context, writeName, write.replacing).catch(() => undefined);
    throw error;
  }
  return refilled.notCarried.length === 0 ? [] : [notCarriedFinding(write.target, refilled.notCarried)];
}

async function removeHalfWritten(
  context: Excel.RequestContext,
  half: string,
  old: string | null,
): Promise<void> {
  const halfSheet = context.workbook.worksheets.getItemOrNullObject(half);
  const oldSheet = old === null ? null : context.workbook.worksheets.getItemOrNullObject(old);
  await context.sync();
  if (!halfSheet.isNullObject && (oldSheet === null || !oldSheet.isNullObject)) halfSheet.delete();
  await context.sync();
}

/**
 * insertWorksheetsFromBase64 (ExcelApi 1.13) brings the unit's sheet in as it is; then its DVCQ names
 * become sheet-scoped (the district workbook holds many templates), the sheet it replaces goes, and it
 * takes the unit's sheet name. A failure after the sheet came in removes it again.
 */
async function insertSheet(
  context: Excel.RequestContext,
  base64: string,
  sourceSheet: string,
  write: Write,
): Promise<Finding[]> {
  const ids = context.workbook.insertWorksheetsFromBase64(base64, {
    sheetNamesToInsert: [sourceSheet],
    positionType: "End",
  });
  await context.sync();
  const id = ids.value[0] as string;
  try {
    const sheet = context.workbook.worksheets.getItem(id).load("name");
    const own = sheet.names.load("items/name");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();

    const inserted = upper(sheet.name);
    const scoped = new Set(own.items.map((n) => upper(n.name)));
    const stale = new Set(write.staleNames.map(upper));
    for (const name of names.items) {
      if (!isOurs(name.name)) continue;
      const onInserted = sheetOf(name.formula) === inserted;
      if (!onInserted && !stale.has(upper(name.name))) continue;
      const address = onInserted ? addressOf(name.formula) : null;
      name.delete();
      if (address !== null && !scoped.has(upper(name.name)))
        sheet.names.add(name.name, sheet.getRange(address));
    }
    if (write.replacing !== null) context.workbook.worksheets.getItem(write.replacing).delete();
    sheet.name = write.target;
    await context.sync();
  } catch (error) {
    await removeInserted(context, id).catch(() => undefined);
    throw error;
  }
  return [];
}

async function removeInserted(context: Excel.RequestContext, id: string): Promise<void> {
  context.workbook.worksheets.getItem(id).delete();
  await context.sync();
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
