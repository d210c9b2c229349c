import { allIndicators } from "../catalogue/load";
import type { Catalogue } from "../catalogue/types";
import { TEMPLATE_NAME } from "../layout/template";
import type { WorkbookSnapshot } from "../read/snapshot";
import { findTemplateSheets, readSubmission } from "../read/submission";
import type { UnitRegistry } from "../units/registry";
import { FACTS_COLUMNS, FACTS_SHEET } from "./factsSheet";
import { ROLLUP_SHEETS } from "./sheetNames";

/**
 * A district report as `dvcq rollup` writes it: every roll-up sheet, the facts headed as the facts
 * table is, and no template sheet (no DVCQ_TEMPLATE name). A district workbook from Excel that also
 * holds imported unit sheets is not one: its unit sheets are read as any other.
 */
export function isDistrictReport(workbook: WorkbookSnapshot): boolean {
  const names = new Set(workbook.sheets.map((s) => s.name));
  if (!Object.values(ROLLUP_SHEETS).every((name) => names.has(name))) return false;
  const facts = workbook.sheets.find((s) => s.name === FACTS_SHEET);
  const headed = FACTS_COLUMNS.every(
    (text, i) => facts?.cells.get(`${String.fromCharCode(65 + i)}1`)?.value === text,
  );
  const templateNamed = [...workbook.names, ...workbook.sheets.flatMap((s) => s.names)].some(
    (n) => n.name.toUpperCase() === TEMPLATE_NAME,
  );
  return headed && !templateNamed;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The `rollup --json` summary of shared/contract.md, parsed. */
export function isRollupSummary(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.year === "number" &&
    typeof value.template === "string" &&
    isRecord(value.units) &&
    typeof value.units.expected === "number" &&
    isRecord(value.indicators) &&
    isRecord(value.findings)
  );
}

/** The `check --json` array of shared/contract.md (what the demo writes as check.json), parsed. */
export function isFindingsList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (f) =>
        isRecord(f) &&
        typeof f.rule === "string" &&
        typeof f.severity === "string" &&
        typeof f.message === "string" &&
        "file" in f,
    )
  );
}

/** What a unit typed into a workbook's template sheets: figures (computed ones left out) and evidence cells. */
export interface TypedWork {
  figures: number;
  evidence: number;
}

/** Counts what a clerk typed, read as `dvcq check` reads it; a blank template counts nothing. */
export function typedWork(
  workbook: WorkbookSnapshot,
  catalogue: Catalogue,
  registry: UnitRegistry,
): TypedWork {
  const indicators = new Set(
    allIndicators(catalogue)
      .filter((i) => !i.derived)
      .map((i) => i.code),
  );
  const work: TypedWork = { figures: 0, evidence: 0 };
  for (const sheet of findTemplateSheets(workbook, catalogue)) {
    const { submission } = readSubmission(workbook, sheet, catalogue, registry);
    if (!submission) continue;
    for (const figure of submission.figures.values())
      if (indicators.has(figure.code) && (figure.status === "ok" || figure.status === "invalid"))
        work.figures++;
    for (const e of submission.evidence.values())
      if (e.text !== null && e.text.trim() !== "") work.evidence++;
  }
  return work;
}
