import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import { reportPeriod } from "../domain/period";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { unitsValidIn } from "../domain/units/registry";

/**
 * The latest report year up to `today`'s whose period has units in the built-in registry: the
 * year a command or form can be offered with outside a workbook, where no registry sheet replaces
 * the built-in list (which ends on 30/06/2025).
 */
export function latestYearWithUnits(today: Date): number {
  const catalogue = loadBuiltinCatalogue();
  const registry = loadBuiltinRegistry();
  for (let year = today.getFullYear(); year > 2000; year--) {
    const period = reportPeriod(catalogue.period, year);
    if (unitsValidIn(registry, period.from, period.to).length > 0) return year;
  }
  return today.getFullYear();
}
