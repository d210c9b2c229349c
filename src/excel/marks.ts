import type { Severity } from "../domain/catalogue/types";
import type { Finding } from "../domain/check/finding";
import { packSteps, REQUEST_BUDGET_BYTES, sizedStep, type WriteStep } from "./requestSize";
import { writeOnly } from "./writePlan";

/**
 * Marks on the cells of findings, as conditional formats (ExcelApi 1.6) whose formula is always
 * true and says what it is: =N("DVCQ-mark:error")=0. A conditional format never changes the cell's
 * own format, so deleting the marks gives back exactly what was there.
 *
 * Excel adds a conditional format at the top priority; marks are also "stop if true", so a marked
 * cell shows the mark rather than the template's own red checks. Only marks are found among formats
 * that are both custom and stop-if-true, and the formula confirms each before it is deleted.
 *
 * A protected sheet refuses conditional formats unless its protection allows formatting cells
 * (Excel's "Format cells" option covers the Conditional Formatting dialog), which the template
 * does not allow. So a protected sheet is unprotected, marked and protected again with the same
 * options in the same batch. A sheet protected with a password cannot be unprotected this way:
 * the batch then fails and protection is put back on every sheet it had lifted (`restoreProtection`).
 */

const MARK_TAG = "DVCQ-mark";

const STYLE: Record<Severity, { fill: string; border: string }> = {
  error: { fill: "#FF7C80", border: "#C00000" },
  warning: { fill: "#FFD966", border: "#BF8F00" },
};
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export function markFormula(severity: Severity): string {
  return `=N("${MARK_TAG}:${severity}")=0`;
}

function isMarkFormula(formula: string): boolean {
  return formula.startsWith(`=N("${MARK_TAG}`);
}

/** What is known of a sheet before marks are written or cleared. */
export interface MarkState {
  name: string;
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  formats: Excel.ConditionalFormatCollection;
}

export function queueMarkState(sheet: Excel.Worksheet, name: string): MarkState {
  return {
    name,
    sheet,
    protection: sheet.protection.load("protected,options"),
    // With its id in the answer, Office.js addresses each format by id; without, by position,
    // and deleting several in one batch would shift the later ones onto the template's own rules.
    formats: sheet.getRange().conditionalFormats.load("items/id,items/type,items/stopIfTrue"),
  };
}

/** Custom stop-if-true formats whose formula still has to be read, by sheet. */
export type MarkCandidates = Map<
  string,
  { format: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }[]
>;

/** Queues reading the formulas of the formats that may be marks; null when there is none to read. */
export function queueMarkCandidates(states: readonly MarkState[]): MarkCandidates | null {
  const candidates: MarkCandidates = new Map();
  for (const state of states) {
    const here = state.formats.items
      .filter((f) => f.type === "Custom" && f.stopIfTrue)
      .map((format) => ({ format, rule: format.custom.rule.load("formula") }));
    if (here.length > 0) candidates.set(state.name, here);
  }
  return candidates.size > 0 ? candidates : null;
}

/** The marks found on each sheet, after the candidates' sync. */
export function marksFound(candidates: MarkCandidates | null): Map<string, Excel.ConditionalFormat[]> {
  const found = new Map<string, Excel.ConditionalFormat[]>();
  for (const [sheet, list] of candidates ?? []) {
    const marks = list.filter((c) => isMarkFormula(c.rule.formula)).map((c) => c.format);
    if (marks.length > 0) found.set(sheet, marks);
  }
  return found;
}

/**
 * Marks one check writes at most, errors before warnings. Ten findings a sheet on 100 sheets is 1,000.
 */
export const MAX_MARKS = 1500;

/**
 * One mark per cell, the worse severity where a cell has several findings; by sheet. Beyond
 * `limit` cells, errors are marked before warnings.
 */
export function cellsToMark(
  findings: readonly Finding[],
  limit = MAX_MARKS,
): Map<string, Map<string, Severity>> {
  const worst = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    if (f.sheet === null || f.cell === null) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (worst.get(key)?.severity !== "error")
      worst.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  const chosen = [...worst.values()].filter((m) => m.severity === "error");
  chosen.push(...[...worst.values()].filter((m) => m.severity !== "error"));
  const bySheet = new Map<string, Map<string, Severity>>();
  for (const { sheet, cell, severity } of chosen.slice(0, limit)) {
    const cells = bySheet.get(sheet) ?? new Map<string, Severity>();
    bySheet.set(sheet, cells.set(cell, severity));
  }
  return bySheet;
}

/** A sheet whose protection a batch lifts, with the options it is put back with. */
export interface Lifted {
  sheet: Excel.Worksheet;
  options: Excel.WorksheetProtectionOptions;
}

export interface MarkWrite {
  unprotected: Lifted[];
  added: number;
  deleted: number;
  /** The requests to sync in order, each under REQUEST_BUDGET_BYTES: queue one, sync, queue the next. */
  requests: (() => void)[];
}

/**
 * Plans deleting the old marks and adding the new ones in requests under the budget, by the real
 * size of each. Protection is lifted on every protected sheet in the first request and put back
 * in the last, so that a sheet whose protection cannot be lifted (a password) fails the first
 * request before any mark changes. The number of requests grows with the marks (at most
 * MAX_MARKS, so a few), not with the sheets.
 */
export function planMarkWrite(
  states: readonly MarkState[],
  oldMarks: ReadonlyMap<string, readonly Excel.ConditionalFormat[]>,
  newMarks: ReadonlyMap<string, ReadonlyMap<string, Severity>>,
  budget = REQUEST_BUDGET_BYTES,
): MarkWrite {
  const touched = states.filter(
    (s) => (oldMarks.get(s.name)?.length ?? 0) + (newMarks.get(s.name)?.size ?? 0) > 0,
  );
  const unprotected = touched
    .filter((s) => s.protection.protected)
    .map((s) => ({ sheet: s.sheet, options: s.protection.options }));
  const steps: WriteStep[] = [];
  let added = 0;
  let deleted = 0;
  for (const state of touched) {
    for (const mark of oldMarks.get(state.name) ?? []) {
      steps.push(
        sizedStep(
          () => mark,
          (format) => format.delete(),
        ),
      );
      deleted++;
    }
    for (const [cell, severity] of newMarks.get(state.name) ?? []) {
      steps.push(
        sizedStep(
          () => state.sheet,
          (sheet) => queueMark(writeOnly(sheet, cell), severity),
        ),
      );
      added++;
    }
  }
  const batches = packSteps(steps, budget);
  const requests = batches.map((batch, i) => () => {
    if (i === 0) for (const { sheet } of unprotected) sheet.protection.unprotect();
    for (const step of batch) step.queue();
    if (i === batches.length - 1)
      for (const { sheet, options } of unprotected) sheet.protection.protect(options);
  });
  return {
    unprotected,
    added,
    deleted,
    requests,
  };
}

function queueMark(range: Excel.Range, severity: Severity): void {
  const format = range.conditionalFormats.add("Custom");
  format.stopIfTrue = true;
  const custom = format.custom;
  custom.rule.formula = markFormula(severity);
  custom.format.fill.color = STYLE[severity].fill;
  for (const edge of EDGES) {
    const border = custom.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = STYLE[severity].border;
  }
}

/**
 * After a failed batch: protects again, with their options, the sheets the batch had unprotected
 * and left so (a failed batch keeps what ran before the failing command). Two syncs.
 */
export async function restoreProtection(
  context: Excel.RequestContext,
  lifted: readonly Lifted[],
): Promise<void> {
  if (lifted.length === 0) return;
  const now = lifted.map(({ sheet, options }) => ({
    protection: sheet.protection.load("protected"),
    options,
  }));
  await context.sync();
  for (const { protection, options } of now) if (!protection.protected) protection.protect(options);
  await context.sync();
}
