import type { Catalogue } from "../domain/catalogue/types";
import { formatViDate, reportPeriod } from "../domain/period";
import { lastValidDayBefore, unitsValidIn, type Unit, type UnitRegistry } from "../domain/units/registry";
import { CannotRun, type Context } from "./context";
import { M } from "./messages";

/** The units active in the year's report period; none is exit 2, with noUnitsAdvice. */
export function unitsOfYear(
  ctx: Context,
  catalogue: Catalogue,
  registry: UnitRegistry,
  year: number,
): Unit[] {
  const period = reportPeriod(catalogue.period, year);
  const units = unitsValidIn(registry, period.from, period.to);
  if (units.length === 0) throw new CannotRun(noUnitsAdvice(ctx, catalogue, registry, year));
  return units;
}

/**
 * That the unit list has no unit in the year's report period, and what to do: a unit list of
 * one's own (--units), and the `dvcq registry` commands that write one to edit.
 */
export function noUnitsAdvice(
  ctx: Context,
  catalogue: Catalogue,
  registry: UnitRegistry,
  year: number,
): string {
  const period = reportPeriod(catalogue.period, year);
  const last = lastValidDayBefore(registry, period.from);
  const file = ctx.args.values.get("units");
  const [from, to] = [formatViDate(period.from), formatViDate(period.to)];
  const ended = last === undefined ? "" : ctx.say(M.listEnded(formatViDate(last)));
  return ctx.say(
    file === undefined
      ? M.noUnitsInYear(year, from, to, ended)
      : M.noUnitsInYearFile(year, from, to, ended, file),
  );
}
