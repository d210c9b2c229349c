import { BUILTIN_PERIOD } from "../domain/catalogue/builtinPeriod";
import { reportPeriod } from "../domain/period";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { unitsValidIn } from "../domain/units/registry";

/**
 * The latest report year up to `today`'s whose period has units in the built-in registry: the
 * year a command or form can be offered with outside a workbook, where no registry sheet replaces
 * the built-in list (which ends on 30/06/2025).
 */
export function latestYearWithUnits(today: Date): number {
  for (let year = today.getFullYear(); year > 2000; year--) if (builtinHasUnits(year)) return year;
  return today.getFullYear();
}

/** Whether the built-in registry has units in the year's report period. */
export function builtinHasUnits(year: number): boolean {
  const period = reportPeriod(BUILTIN_PERIOD, year);
  return unitsValidIn(loadBuiltinRegistry(), period.from, period.to).length > 0;
}
