import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import type { Catalogue } from "../domain/catalogue/types";
import { checkSources } from "../domain/check/batch";
import { withCrossYear } from "../domain/check/crossYear";
import { nameTarget, type WorkbookSnapshot } from "../domain/read/snapshot";
import { findTemplateSheets } from "../domain/read/submission";
import {
  buildDistrictReport,
  FACTS_TABLE,
  factsTableRange,
  MODELS_ANNEX_SHEET,
  ROLLUP_SHEETS,
  TEXTS_ANNEX_SHEET,
} from "../domain/report";
import type { PreviousYear } from "../domain/report/previousYear";
import { compareWithPrevious, type YearOnYear } from "../domain/report/yearOnYear";
import { YEAR_ON_YEAR_SHEET } from "../domain/report/yearOnYearSheet";
import { rollUp, type Rollup } from "../domain/rollup/rollup";
import { unitsSummary } from "../domain/rollup/summary";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { REGISTRY_SHEET, type UnitRegistry } from "../domain/units/registry";
import type { RollupOutcome, RollupRequest } from "../app/paneHost";
import { previousUnusable } from "../app/previousMessages";
import {
  detectSupport,
  excelAvailable,
  officeSupports,
  type ExcelFeatures,
  type IsSetSupported,
} from "./features";
import { M } from "./messages";
import { excelError } from "./officeErrors";
import {
  PIVOT_AT,
  PIVOT_FIELDS,
  PIVOT_TABLE_NAME,
  PIVOT_TABLE_SHEET,
  isRollupPivotTitle,
  pivotSheetContent,
  type PivotSheetContent,
} from "./pivotSheet";
import { queueRegistryRead, registryFromRange } from "./registrySheet";
import { packSteps, sizedStep, type WriteStep } from "./requestSize";
import { blockAddress, blockStep, blockSteps, planHead, planRows } from "./cellBlocks";
import { RM } from "./rollupMessages";
import { inGroups, queueFontRead, queueListing, queueSheetRead, snapshotFrom } from "./snapshot";
import { queueSheetPlan, sheetPlanSteps, writeOnly } from "./writePlan";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import { nameKey, sheetNamed } from "./sheetNames";

/** The "file" of every report read from the open workbook; the facts' "Trang" column names its sheet. */
export const THIS_WORKBOOK = "(sổ này)";

/** Every sheet a roll-up writes, in workbook order; a re-run deletes exactly these first. */
export const REPLACED_SHEETS: readonly string[] = [
  ROLLUP_SHEETS.report,
  ROLLUP_SHEETS.details,
  ROLLUP_SHEETS.submissions,
  ROLLUP_SHEETS.findings,
  ROLLUP_SHEETS.pivot,
  PIVOT_TABLE_SHEET,
  ROLLUP_SHEETS.narrative,
  ROLLUP_SHEETS.facts,
  ROLLUP_SHEETS.reminder,
];

/** The annexes a version 2 roll-up writes after the draft narrative (version 1 has none); a re-run deletes them too. */
export const ANNEX_SHEETS: readonly string[] = [MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET];
/** Every sheet a roll-up may have written; "So với cùng kỳ" (after the report) only with last year's figures. */
const OURS: readonly string[] = [...REPLACED_SHEETS, ...ANNEX_SHEETS, YEAR_ON_YEAR_SHEET];

/**
 * Each sheet a roll-up writes carries a workbook name on its A1 (DVCQBAOCAO_1, …; not DVCQ_, which
 * names a template's cells), by which a re-run knows it: the name follows the sheet when it is
 * renamed and breaks when it is deleted, so a clerk's own sheet that merely has a report sheet's
 * name ("Dữ liệu", in any case) has none, and is never deleted. A Pivot sheet written before the
 * names came is still known by its title.
 */
const MARK_PREFIX = "DVCQBAOCAO_";
const markOf = (sheet: string): string => `${MARK_PREFIX}${OURS.indexOf(sheet) + 1}`;

export interface RollupDeps {
  /** The catalogue of the report year. */
  catalogue?: (year: number) => Catalogue;
  isSetSupported?: IsSetSupported;
}

/** Roll-up needs NamedItem.formula (ExcelApi 1.7) to read the templates' names; PivotTables need 1.8. */
const ROLLUP_FLOOR = "1.7";
const PIVOT_API = "1.8";

/**
 * Rolls every template sheet of the year up into the report sheets, in one Excel.run: the previous
 * roll-up sheets are deleted and written anew, nothing else is touched. Syncs: 1 to list, 1 per 100
 * template sheets to read (+1 when some text may be in an old encoding), 1 per 4 MB written, and 1
 * to swap the new sheets in for the earlier ones.
 */
export async function rollUpWorkbook(request: RollupRequest, deps: RollupDeps = {}): Promise<RollupOutcome> {
  if (!excelAvailable()) return { status: "failed", message: M.noExcel };
  const isSetSupported = deps.isSetSupported ?? officeSupports;
  const support = detectSupport(isSetSupported);
  const excelApi = (version: string): boolean => isSetSupported("ExcelApi", version);
  if (!excelApi(ROLLUP_FLOOR)) return { status: "failed", message: RM.excelTooOld };
  const catalogue = (deps.catalogue ?? loadBuiltinCatalogue)(request.year);
  let previous: PreviousYear | undefined;
  if (request.previous !== undefined) {
    const { readPreviousFile } = await import(/* webpackChunkName: "reader" */ "../files/previousFile");
    const read = await readPreviousFile(request.previous.name, request.previous.bytes, request.year - 1);
    if (!read.ok) return { status: "failed", message: previousUnusable(request.previous.name, read.message) };
    previous = read.previous;
  }
  try {
    return await Excel.run(async (context): Promise<RollupOutcome> => {
      const reading = await readWorkbook(context);
      if (reading.foreign !== null) return { status: "failed", message: RM.foreignSheet(reading.foreign) };
      if (findTemplateSheets(reading.snapshot, catalogue).length === 0)
        return { status: "noTemplate", message: RM.workbookWithoutTemplate };
      const rollup = rollWorkbook(reading.snapshot, reading.registry, catalogue, request.year, previous);
      if (rollup === null) return { status: "noTemplate", message: RM.noTemplateOfYear(request.year) };
      const compared = compareWithPrevious(rollup, catalogue, previous);

      // A year where no count indicator has a figure leaves the source a header alone, which
      // pivotTables.add refuses: the computed "Tổng hợp theo mục" then stands in, as on older hosts.
      const pivotTable =
        excelApi(PIVOT_API) && pivotSheetContent(rollup, catalogue, true).source.rows.length > 1;
      const written = await writeReport(context, reading, rollup, catalogue, {
        features: support.features,
        pivotTable,
        yearOnYear: compared?.yearOnYear,
      });
      return outcome(rollup, written, pivotTable, compared);
    });
  } catch (error) {
    if (error instanceof NotSwapped)
      return { status: "failed", message: RM.rollupFailedKept(excelError(error.excelError)) };
    return { status: "failed", message: RM.rollupFailed(excelError(error)) };
  }
}

/**
 * The report sheets are written under these names and take their own only once every one of them
 * is written, so a failed write never leaves the earlier report half-replaced. No clerk names a
 * sheet "~DVCQ 3"; a sheet so named is one a failed roll-up left, deleted by the next.
 */
const STAGING_PREFIX = "~DVCQ ";
const stagingName = (name: string): string => `${STAGING_PREFIX}${OURS.indexOf(name) + 1}`;
const isStaged = (name: string): boolean =>
  name.startsWith(STAGING_PREFIX) && /^\d+$/.test(name.slice(STAGING_PREFIX.length));
/** The tables and the PivotTable, named so beside the earlier report's until the swap. */
const staged = (name: string): string => `${name}_moi`;
const STAGED_PIVOT = staged(PIVOT_TABLE_NAME);

/** A write failed before the swap: the earlier report sheets are as they were. */
class NotSwapped extends Error {
  constructor(readonly excelError: unknown) {
    super("The report sheets were not swapped.");
  }
}

export interface Reading {
  snapshot: WorkbookSnapshot;
  registry: UnitRegistry;
  /** The sheets of an earlier roll-up, to delete. */
  existing: Excel.Worksheet[];
  /** The names that mark them (and any mark left broken), to delete with them. */
  marks: string[];
  /** Sheets a failed roll-up left under their staging names, to delete. */
  staged: Excel.Worksheet[];
  /** The name of a sheet with a report sheet's name that the roll-up did not write, or null. */
  foreign: string | null;
}

/** Lists the sheets and reads every one but the roll-up's own and the registry (which gives the registry). */
export async function readWorkbook(context: Excel.RequestContext): Promise<Reading> {
  const listing = queueListing(context);
  await context.sync();
  const ours = new Set([...OURS, REGISTRY_SHEET].map(nameKey));
  const all = listing.worksheets.items;
  const registrySheet = sheetNamed(all, REGISTRY_SHEET);
  const registryRange = registrySheet && queueRegistryRead(registrySheet);
  const targets = all.filter((s) => !ours.has(nameKey(s.name)) && !isStaged(s.name));
  const pivotSheet = sheetNamed(all, PIVOT_TABLE_SHEET);
  const pivotTitle = pivotSheet?.getRange("A1").untrack().load("values");
  const reads = await inGroups(context, targets, (group) => group.map((s) => queueSheetRead(s, s.name)));
  const fonts = queueFontRead(reads);
  if (fonts !== null) await context.sync();
  const replaced = new Set(OURS.map(nameKey));
  const marks = listing.names.items.filter((n) => n.name.toUpperCase().startsWith(MARK_PREFIX));
  const marked = (sheet: Excel.Worksheet): boolean =>
    marks.some(
      (n) =>
        n.name.toUpperCase() === markOf(matchingOurs(sheet.name)) &&
        nameTarget(n.formula, sheet.name) !== null,
    );
  const existing = all.filter((s) => replaced.has(nameKey(s.name)));
  const isOurs = (sheet: Excel.Worksheet): boolean =>
    marked(sheet) || (sheet === pivotSheet && isRollupPivotTitle(pivotTitle?.values[0]?.[0]));
  return {
    snapshot: snapshotFrom(listing.names, reads, fonts),
    registry: registryRange ? registryFromRange(registryRange).registry : loadBuiltinRegistry(),
    existing,
    marks: marks.map((n) => n.name),
    staged: all.filter((s) => isStaged(s.name)),
    foreign: existing.find((s) => !isOurs(s))?.name ?? null,
  };
}

/** The report sheet's name as the roll-up writes it, for a sheet named so in any case. */
function matchingOurs(name: string): string {
  return OURS.find((ours) => nameKey(ours) === nameKey(name)) ?? name;
}

/**
 * The roll-up of the year's template sheets, with the cross-year checks against last year's figures
 * when given; null when none is of that year. Findings of sheets of other years are left out of the counts.
 */
function rollWorkbook(
  snapshot: WorkbookSnapshot,
  registry: UnitRegistry,
  catalogue: Catalogue,
  year: number,
  previous: PreviousYear | undefined,
): Rollup | null {
  const checked = withCrossYear(
    checkSources([{ name: THIS_WORKBOOK, workbook: snapshot }], catalogue, registry, { expectedYear: year }),
    catalogue,
    registry,
    previous,
  );
  const otherYears = new Set(
    checked.submissions
      .filter((s) => s.submission.year !== null && s.submission.year !== year)
      .map((s) => s.submission.sheet),
  );
  if (!checked.submissions.some((s) => s.submission.year === year)) return null;
  const findings = checked.findings.filter((f) => f.sheet === null || !otherYears.has(f.sheet));
  return rollUp(catalogue, registry, year, checked.submissions, findings);
}

interface WriteOptions {
  features: ExcelFeatures;
  pivotTable: boolean;
  yearOnYear: YearOnYear | undefined;
}

/**
 * Writes the report sheets under their staging names, one sync per request of at most 4 MB, then
 * in one more request deletes the earlier roll-up sheets and gives the new ones their names. When
 * a write fails before that, the staged sheets are deleted (two syncs) and NotSwapped thrown: the
 * earlier report is untouched. "Dữ liệu" and "Pivot" are left unprotected: Excel adds no table or
 * PivotTable to a protected sheet, and the clerk filters the facts and works the PivotTable; the
 * other sheets are protected as their plans say.
 */
async function writeReport(
  context: Excel.RequestContext,
  reading: Reading,
  rollup: Rollup,
  catalogue: Catalogue,
  options: WriteOptions,
): Promise<string[]> {
  // The facts are an Excel table here (the clerk filters them); the file shells write none.
  const plans = buildDistrictReport(
    rollup,
    catalogue,
    options.yearOnYear ? { yearOnYear: options.yearOnYear } : {},
  ).map((plan) =>
    plan.name === ROLLUP_SHEETS.facts
      ? { ...plan, tables: [{ name: FACTS_TABLE, range: factsTableRange(rollup.facts.length) }] }
      : plan,
  );
  const pivot = pivotSheetContent(rollup, catalogue, options.pivotTable);
  // The plans come in workbook order; the PivotTable's sheet goes after the computed summary.
  const written = plans.flatMap((p) =>
    p.name === ROLLUP_SHEETS.pivot ? [p.name, PIVOT_TABLE_SHEET] : [p.name],
  );
  /** The plan with its tables under their staged names. */
  const withStagedTables = (plan: SheetPlan): SheetPlan => ({
    ...plan,
    tables: (plan.tables ?? []).map((t) => ({ ...t, name: staged(t.name) })),
  });
  const worksheets = (): Excel.WorksheetCollection => context.workbook.worksheets;
  /** A new sheet by its staging name (Office.js sends a new sheet's id only after its sync). */
  const sheet = (name: string): Excel.Worksheet => worksheets().getItem(stagingName(name));
  const onSheet = (name: string, commands: (sheet: Excel.Worksheet) => void): WriteStep =>
    sizedStep(worksheets, (all) => commands(all.getItem(stagingName(name))));
  const steps: WriteStep[] = [
    ...reading.staged.map((left) =>
      sizedStep(
        () => left,
        (s) => s.delete(),
      ),
    ),
    sizedStep(worksheets, (all) => {
      for (const name of written) all.add(stagingName(name));
    }),
  ];
  const queueOptions = { nameScope: "workbook" as const, features: options.features };

  steps.push(blockStep(() => sheet(PIVOT_TABLE_SHEET), pivot.heading));
  for (const plan of plans)
    if (plan.name !== ROLLUP_SHEETS.facts)
      steps.push(...sheetPlanSteps(() => sheet(plan.name), withStagedTables(plan), queueOptions));

  const facts = plans.find((p) => p.name === ROLLUP_SHEETS.facts);
  if (facts !== undefined) {
    // The header with the sheet's table, unprotected; the rows, as values and formats only, after.
    const head = planHead(withStagedTables(facts), 2);
    steps.push(
      onSheet(facts.name, (target) => {
        queueSheetPlan(target, head, queueOptions);
        target.protection.unprotect();
      }),
    );
    steps.push(...blockSteps(() => sheet(facts.name), planRows(facts, 2)));
  }

  for (const block of pivot.charts.map((c) => c.data))
    steps.push(blockStep(() => sheet(PIVOT_TABLE_SHEET), block));
  steps.push(...blockSteps(() => sheet(PIVOT_TABLE_SHEET), pivot.source));
  steps.push(
    onSheet(PIVOT_TABLE_SHEET, (pivotSheet) => {
      if (options.pivotTable) queuePivotTable(pivotSheet, pivot);
      for (const chart of pivot.charts) {
        const added = pivotSheet.charts.add(
          chart.type,
          writeOnly(pivotSheet, blockAddress(chart.data)),
          "Columns",
        );
        added.title.text = chart.title;
        added.setPosition(chart.from, chart.to);
      }
    }),
  );

  context.application.suspendApiCalculationUntilNextSync();
  try {
    // One request per packed batch, in order; a failing sync stops the rest.
    await inGroups(
      context,
      packSteps(steps),
      (group) => {
        for (const batch of group) for (const step of batch) step.queue();
        return [];
      },
      1,
    );
  } catch (error) {
    await dropStaged(context).catch(() => undefined);
    throw new NotSwapped(error);
  }

  for (const old of reading.existing) old.delete();
  // By name: the real client addresses a loaded item by its place, which the deletes change.
  for (const mark of reading.marks) context.workbook.names.getItem(mark).delete();
  for (const name of written) sheet(name).name = name;
  for (const name of written)
    context.workbook.names.add(markOf(name), writeOnly(worksheets().getItem(name), "A1"));
  for (const plan of plans)
    for (const table of plan.tables ?? [])
      worksheets().getItem(plan.name).tables.getItem(staged(table.name)).name = table.name;
  if (options.pivotTable)
    worksheets().getItem(PIVOT_TABLE_SHEET).pivotTables.getItem(STAGED_PIVOT).name = PIVOT_TABLE_NAME;
  worksheets().getItem(ROLLUP_SHEETS.report).activate();
  await context.sync();
  return written;
}

/** Deletes the sheets under staging names; one left by a failure here goes with the next roll-up. */
async function dropStaged(context: Excel.RequestContext): Promise<void> {
  const listed = context.workbook.worksheets.load("items/id,items/name");
  await context.sync();
  for (const s of listed.items) if (isStaged(s.name)) s.delete();
  await context.sync();
}

/** Rows: kind of unit, then unit; columns: section; values: the sum of the counts. */
function queuePivotTable(sheet: Excel.Worksheet, content: PivotSheetContent): void {
  const pivot = sheet.pivotTables.add(
    STAGED_PIVOT,
    writeOnly(sheet, blockAddress(content.source)),
    writeOnly(sheet, PIVOT_AT),
  );
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(PIVOT_FIELDS.kind));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(PIVOT_FIELDS.unit));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem(PIVOT_FIELDS.section));
  pivot.dataHierarchies.add(pivot.hierarchies.getItem(PIVOT_FIELDS.value)).summarizeBy = "Sum";
}

function outcome(
  rollup: Rollup,
  sheets: string[],
  pivotTable: boolean,
  compared: ReturnType<typeof compareWithPrevious>,
): RollupOutcome {
  const units = unitsSummary(rollup);
  const nameOf = new Map(rollup.units.map((u) => [u.unit.code, u.unit.name]));
  const names = (codes: readonly string[]): string[] => codes.map((c) => nameOf.get(c) ?? c);
  return {
    status: "done",
    year: rollup.year,
    sheets,
    expected: units.expected,
    received: units.received,
    onTime: units.onTime,
    missing: names(units.missing),
    late: names(units.late),
    findings: rollup.findings,
    findingsSheet: ROLLUP_SHEETS.findings,
    pivot: pivotTable ? "pivotTable" : "summaryTable",
    ...(compared ? { previous: compared.compared } : {}),
  };
}
