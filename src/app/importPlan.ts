import type { Catalogue } from "../domain/catalogue/types";
import { checkWorkbook } from "../domain/check/checks";
import type { Finding } from "../domain/check/finding";
import { differences } from "../domain/intake/differences";
import type { IntakeEntry } from "../domain/intake/log";
import type { Message } from "../domain/i18n/lang";
import { refillFromSheet, type Refilled } from "../domain/layout/filled";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import type { TemplateLayout } from "../domain/layout/template";
import { nameTarget, type SheetSnapshot, type WorkbookSnapshot } from "../domain/read/snapshot";
import type { Submission } from "../domain/read/submission";
import type { Unit, UnitRegistry } from "../domain/units/registry";
import { IM } from "./importMessages";
import type { DuplicateConflict, ImportDecision, ImportedFile, ImportFile } from "./paneHost";

/**
 * Importing the units' workbooks as plain data, with no workbook host: each file becomes a
 * candidate or a finished outcome; the candidates, the sheets the workbook has and the clerk's
 * answers become the list of writes; the writes are checked against the workbook as it is when
 * writing starts; the writes' results and the other outcomes combine into each file's outcome and
 * the log's rows. The host (src/excel/importActions.ts) reads, asks and writes.
 */

/** A file as the host's reader gives it: its workbook, or why it cannot be read. */
export type FileRead =
  { ok: true; workbook: WorkbookSnapshot } | { ok: false; rule: string; message: Message };

/** What the plan needs to know: the catalogue and registry to check with, the templates to rebuild. */
export interface PlanSetting {
  catalogue: Catalogue;
  registry: UnitRegistry;
  templates: {
    sheetName(unitCode: string, year: number): string;
    build(unit: Unit, year: number, sheetName: string, templateId?: string | null): TemplateLayout;
  };
  /** The host can insert a file's sheet as it is (ExcelApi 1.13). */
  canInsert: boolean;
}

/** A sheet of the workbook: its id stays when the clerk renames it. */
export interface SheetRef {
  id: string;
  name: string;
}

type EntryPart = Pick<IntakeEntry, "unitCode" | "unitName" | "year" | "templateVersion" | "sentDate">;

export interface FileOutcome {
  result: ImportedFile;
  entry: EntryPart;
}

/** A DVCQ name of the unit's sheet and the cell it points to, as the file holds it. */
export interface ExpectedName {
  name: string;
  address: string;
}

/** A file that passed its checks, waiting to be brought in. */
export interface Candidate {
  slot: number;
  file: ImportFile;
  submission: Submission;
  unit: Unit;
  year: number;
  target: string;
  sheet: SheetSnapshot;
  findings: readonly Finding[];
  /** What an inserted copy of the sheet must still have, or it is rebuilt from the template. */
  names: readonly ExpectedName[];
}

export type Assessment = { candidate: Candidate } | { outcome: FileOutcome };

/** A sheet to write: by insertion of the file's sheet, or rebuilt from the template (also the fallback). */
export interface Write {
  candidate: Candidate;
  /** The sheet being replaced: one of the workbook's (with its id), or one an earlier write of this import brings (id null). */
  replacing: { id: string | null; name: string } | null;
  via: "insert" | "plan";
  plan: SheetPlan;
  /** Cells of the file the template has no place for, when rebuilt. */
  notCarried: readonly string[];
  /** Formulas the unit typed into input cells: the district workbook takes their results only. */
  typedFormulas: Refilled["typedFormulas"];
}

/** What became of a write: one per write, whatever path it took. */
export type WriteResult =
  | { write: Write; written: true; replaced: boolean; notes: readonly Finding[] }
  | { write: Write; written: false; finding: Finding };

/** Base64 above this is rebuilt from the template, so that no request exceeds ~4 MB. */
export const INSERT_LIMIT_CHARS = 4_000_000;
const DVCQ_PREFIX = "DVCQ_";

const NO_ENTRY: EntryPart = {
  unitCode: null,
  unitName: null,
  year: null,
  templateVersion: null,
  sentDate: null,
};

export function notImported(
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
  return {
    unitCode: s.unit?.code ?? s.typedUnitCode,
    unitName: s.unit?.name ?? null,
    year: s.year,
    templateVersion: s.templateId,
    sentDate: s.sentDate,
  };
}

export function fileFinding(rule: string, message: Message, unit: string | null = null): Finding {
  return { rule, severity: "error", unit, sheet: null, cell: null, section: null, message };
}

/** A file read by the host, checked: a candidate for the workbook, or rejected with what was found. */
export function assess(slot: number, file: ImportFile, read: FileRead, setting: PlanSetting): Assessment {
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
  const sheet = read.workbook.sheets.find((s) => s.name === submission.sheet) as SheetSnapshot;
  return {
    candidate: {
      slot,
      file,
      submission,
      unit,
      year,
      target: setting.templates.sheetName(unit.code, year),
      sheet,
      findings: check.findings,
      names: namesOn(read.workbook, sheet),
    },
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

/** The sheet's DVCQ names, its own and the workbook's that point to one of its cells. */
function namesOn(workbook: WorkbookSnapshot, sheet: SheetSnapshot): ExpectedName[] {
  const byName = new Map<string, ExpectedName>();
  for (const n of [...workbook.names, ...sheet.names]) {
    const address = nameTarget(n.ref, sheet.name);
    if (address !== null && isOurs(n.name)) byName.set(upper(n.name), { name: n.name, address });
  }
  return [...byName.values()];
}

/** The workbook as the plan sees it: its sheets, and what those a candidate would go to hold (null: not a template). */
export interface Existing {
  sheets: readonly SheetRef[];
  templates: ReadonlyMap<string, Submission | null>;
}

export type Ask = (conflict: DuplicateConflict) => Promise<"keepExisting" | "replace">;

/**
 * The writes, in file order, asking the clerk about every duplicate in turn: a file for a unit and
 * year that an earlier file of the same import brings in is a duplicate of that one. A failed
 * question keeps the existing report.
 */
export async function planWrites(
  candidates: readonly Candidate[],
  existing: Existing,
  ask: Ask,
  setting: PlanSetting,
): Promise<{ writes: Write[]; outcomes: Map<number, FileOutcome> }> {
  const current = new Map<
    string,
    { sheet: { id: string | null; name: string }; submission: Submission | null }
  >();
  for (const sheet of existing.sheets) {
    const submission = existing.templates.get(upper(sheet.name));
    if (submission !== undefined) current.set(upper(sheet.name), { sheet, submission });
  }
  const writes: Write[] = [];
  const outcomes = new Map<number, FileOutcome>();
  for (const c of candidates) {
    const there = current.get(upper(c.target));
    if (there !== undefined && there.submission === null) {
      const taken = fileFinding("SHEET_TAKEN", IM.sheetNotTemplate(there.sheet.name), c.unit.code);
      outcomes.set(c.slot, notImported(c.file, "rejected", [...c.findings, taken], c.submission));
      continue;
    }
    if (there?.submission) {
      const choice = await ask({
        unitCode: c.unit.code,
        unitName: c.unit.name,
        year: c.year,
        existingSheet: there.sheet.name,
        incomingFile: c.file.name,
        differences: differences(there.submission, c.submission, setting.catalogue),
      }).catch(() => "keepExisting" as const);
      if (choice !== "replace") {
        outcomes.set(c.slot, notImported(c.file, "keptExisting", c.findings, c.submission, there.sheet.name));
        continue;
      }
    }
    writes.push(writeOf(c, there === undefined ? null : { ...there.sheet }, setting));
    current.set(upper(c.target), { sheet: { id: null, name: c.target }, submission: c.submission });
  }
  return { writes, outcomes };
}

function writeOf(c: Candidate, replacing: Write["replacing"], setting: PlanSetting): Write {
  const layout = setting.templates.build(c.unit, c.year, c.target, c.submission.templateId);
  const { plan, notCarried, typedFormulas } = refillFromSheet(layout, c.sheet, { formulas: "results" });
  const via = setting.canInsert && base64Chars(c.file.bytes.length) <= INSERT_LIMIT_CHARS ? "insert" : "plan";
  return { candidate: c, replacing, via, plan, notCarried, typedFormulas };
}

function base64Chars(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/**
 * The writes against the workbook as it is when writing starts (the clerk may have renamed or
 * deleted sheets while answering): a sheet to replace is found by its id under its present name,
 * or, gone, is replaced by nothing; a write whose sheet name another sheet took meanwhile is
 * refused, naming that sheet.
 */
export function reconcile(
  writes: readonly Write[],
  sheets: readonly SheetRef[],
): { writes: Write[]; refused: WriteResult[] } {
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const ready: Write[] = [];
  const refused: WriteResult[] = [];
  for (const write of writes) {
    const replacing =
      write.replacing === null || write.replacing.id === null
        ? write.replacing
        : (byId.get(write.replacing.id) ?? null);
    const target = upper(write.candidate.target);
    const taken = sheets.find(
      (s) => upper(s.name) === target && (replacing === null || s.id !== replacing.id),
    );
    if (taken === undefined) ready.push({ ...write, replacing });
    else {
      const finding = fileFinding("SHEET_CHANGED", IM.sheetChanged(taken.name), write.candidate.unit.code);
      refused.push({ write, written: false, finding });
    }
  }
  return { writes: ready, refused };
}

/**
 * The writes in passes: a write that replaces the sheet an earlier write of the same import brings
 * goes in the pass after that one, so that each pass writes each sheet name once. As many passes as
 * the most files of one unit and year, one for an import without such duplicates.
 */
export function writePasses(writes: readonly Write[]): Write[][] {
  const passes: Write[][] = [];
  const passOf = new Map<string, number>();
  for (const write of writes) {
    const target = upper(write.candidate.target);
    const earlier = write.replacing !== null && write.replacing.id === null ? passOf.get(target) : undefined;
    const pass = earlier === undefined ? 0 : earlier + 1;
    passOf.set(target, pass);
    (passes[pass] ??= []).push(write);
  }
  return passes;
}

/** One warning per formula a unit typed, naming the cell and the result taken instead. */
export function formulaNotes(write: Write): Finding[] {
  const c = write.candidate;
  return write.typedFormulas.map((f) => ({
    rule: "FORMULA_NOT_IMPORTED",
    severity: "warning",
    unit: c.unit.code,
    sheet: c.target,
    cell: f.ref,
    section: null,
    message: IM.formulaNotImported(f.ref, f.formula, f.value),
  }));
}

/** The warning on a sheet rebuilt from the template because its inserted copy failed or lost its names. */
export function rebuiltNote(write: Write, why: Message): Finding {
  const c = write.candidate;
  return {
    rule: "INSERT_REBUILT",
    severity: "warning",
    unit: c.unit.code,
    sheet: c.target,
    cell: null,
    section: null,
    message: why,
  };
}

/** A candidate Excel failed to read or write, with what the clerk can do and Excel's words (the shell's excelError). */
export function excelFailed(c: Candidate, detail: Message): FileOutcome {
  const finding = fileFinding("IMPORT_FAILED", IM.excelFailed(detail), c.unit.code);
  return notImported(c.file, "rejected", [...c.findings, finding], c.submission);
}

/** A write Excel failed, with what the clerk can do and Excel's words. */
export function failedResult(write: Write, detail: Message): WriteResult {
  const finding = fileFinding("IMPORT_FAILED", IM.excelFailed(detail), write.candidate.unit.code);
  return { write, written: false, finding };
}

/**
 * Each file's outcome, in the order given: the plan's for files that were not to be written, the
 * write's result for the others; a write without a result yet counts as rejected.
 */
export function combine(
  files: readonly ImportFile[],
  planned: ReadonlyMap<number, FileOutcome>,
  writes: readonly Write[],
  results: readonly WriteResult[],
): FileOutcome[] {
  const outcomes: (FileOutcome | undefined)[] = files.map(() => undefined);
  for (const [slot, o] of planned) outcomes[slot] = o;
  const resultOf = new Map(results.map((r) => [r.write.candidate.slot, r]));
  for (const write of writes) {
    const c = write.candidate;
    const result = resultOf.get(c.slot);
    outcomes[c.slot] =
      result === undefined
        ? notImported(c.file, "rejected", c.findings, c.submission)
        : result.written
          ? {
              result: {
                file: c.file.name,
                decision: result.replaced ? "replaced" : "kept",
                sheet: c.target,
                unitCode: c.unit.code,
                year: c.year,
                findings: [...c.findings, ...result.notes],
              },
              entry: entryOf(c.submission),
            }
          : notImported(c.file, "rejected", [...c.findings, result.finding], c.submission);
  }
  return outcomes.map((o, i) => o ?? notImported(files[i] as ImportFile, "rejected", []));
}

/** The log's rows for the outcomes. */
export function logEntries(
  files: readonly ImportFile[],
  hashes: readonly string[],
  outcomes: readonly FileOutcome[],
  importedAt: number,
): IntakeEntry[] {
  return outcomes.map((outcome, i) => ({
    ...outcome.entry,
    fileName: files[i]?.name ?? "",
    sizeBytes: files[i]?.bytes.length ?? 0,
    sha256: hashes[i] ?? "",
    importedAt,
    decision: outcome.result.decision,
    findings: outcome.result.findings,
  }));
}

export function isOurs(name: string): boolean {
  return upper(name).startsWith(DVCQ_PREFIX);
}

function upper(name: string): string {
  return name.toUpperCase();
}
