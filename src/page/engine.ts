import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import type { Catalogue } from "../domain/catalogue/types";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import { formatViDate, reportPeriod } from "../domain/period";
import type { Message } from "../domain/i18n/lang";
import { S } from "../taskpane/strings";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import {
  kindsOf,
  lastValidDayBefore,
  unitsValidIn,
  type Unit,
  type UnitKindInfo,
  type UnitRegistry,
} from "../domain/units/registry";

/**
 * The page's engine over workbooks held in the page: the same domain calls as `dvcq check`,
 * `dvcq rollup`, `dvcq template` and `dvcq demo`, with bytes in and bytes out instead of files.
 * The .xlsx writer (exceljs) loads only when a workbook is made, the checker (checking.ts) with
 * the first files opened, the roll-up and its outputs (outputs.ts) on first use.
 */
export interface Reference {
  catalogue: Catalogue;
  registry: UnitRegistry;
}

let builtinRegistry: UnitRegistry | null = null;

/** The built-in registry and catalogue, the catalogue of the report year's version (2 from 2025; 1 without a year). */
export function builtinReference(year?: number): Reference {
  builtinRegistry ??= loadBuiltinRegistry();
  return { catalogue: loadBuiltinCatalogue(year), registry: builtinRegistry };
}

export async function workbookBytes(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../files/writeXlsx");
  return writeWorkbook(plans.map((plan) => ({ plan, nameScope: "workbook" as const })));
}

/** One unit's template for a year, as `dvcq template` writes it. */
export async function templateBytes(unit: Unit, year: number): Promise<Uint8Array> {
  const { buildTemplatePlan } = await import(
    /* webpackChunkName: "page-check" */ "../domain/layout/template"
  );
  return workbookBytes([buildTemplatePlan(builtinReference(year).catalogue, unit, year).plan]);
}

/** The built-in registry's kinds of unit, in its order. */
export function builtinKinds(): readonly UnitKindInfo[] {
  return kindsOf(builtinReference().registry);
}

export function unitsOfYear(year: number): Unit[] {
  const { catalogue, registry } = builtinReference();
  const period = reportPeriod(catalogue.period, year);
  return unitsValidIn(registry, period.from, period.to);
}

/** That the built-in registry has no unit for a year's report period, with the period and where to go. */
export function noUnitsIn(year: number): Message {
  const { catalogue, registry } = builtinReference();
  const period = reportPeriod(catalogue.period, year);
  const ended = lastValidDayBefore(registry, period.from);
  const [from, to] = [formatViDate(period.from), formatViDate(period.to)];
  return ended === undefined
    ? S.noUnitsInPeriod(year, from, to)
    : S.noBuiltinUnitsInPeriod(year, from, to, formatViDate(ended));
}
