import type { TemplateLayout } from "./template";
import { evidenceName, headerName, indicatorName } from "./template";
import type { CellValue, SheetPlan } from "./sheetPlan";

export interface TypedValues {
  /** By indicator or header code ("6.20", "0.6"): what the clerk typed. Dates as Excel serials. */
  figures: Readonly<Record<string, CellValue>>;
  /** By section id ("1"…"7"): the Minh chứng text. */
  evidence?: Readonly<Record<string, string>>;
}

/**
 * The template with the clerk's values typed in: what a filled report looks like, for the demo
 * inbox and for a regenerated copy of a sheet. Codes the template does not carry are ignored.
 */
export function fillPlan(layout: TemplateLayout, values: TypedValues): SheetPlan {
  const refOf = new Map(layout.plan.names.map((n) => [n.name, n.ref.replace(/\$/g, "")]));
  const typed = new Map<string, CellValue>();
  for (const [code, value] of Object.entries(values.figures)) {
    const ref = refOf.get(code.startsWith("0.") ? headerName(code) : indicatorName(code));
    if (ref) typed.set(ref, value);
  }
  for (const [section, text] of Object.entries(values.evidence ?? {})) {
    const ref = refOf.get(evidenceName(section));
    if (ref) typed.set(ref, text);
  }
  return {
    ...layout.plan,
    cells: layout.plan.cells.map((cell) =>
      typed.has(cell.ref) && cell.formula === undefined ? { ...cell, value: typed.get(cell.ref) as CellValue } : cell,
    ),
  };
}
