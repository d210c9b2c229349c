import { EXIT, referenceData, yearOf, type Context } from "../context";
import { checkInputs, gatherInputs } from "../inputs";
import { findingsAsJson, findingsAsText } from "../report";
import { reportPeriod } from "../../domain/period";
import { unitsValidIn } from "../../domain/units/registry";
import { noUnitsAdvice } from "../years";
import { withCrossYear } from "../../domain/check/crossYear";
import { previousOf } from "../previous";

export async function checkCommand(ctx: Context): Promise<number> {
  const expectedYear = ctx.args.values.has("year") ? yearOf(ctx) : undefined;
  const { catalogue, registry } = await referenceData(ctx, expectedYear);
  if (expectedYear !== undefined) {
    const period = reportPeriod(catalogue.period, expectedYear);
    // The figures can still be checked; the units' codes cannot be matched to a list.
    if (unitsValidIn(registry, period.from, period.to).length === 0)
      ctx.io.stderr(noUnitsAdvice(ctx, catalogue, registry, expectedYear));
  }
  const previous = await previousOf(ctx, expectedYear === undefined ? "latest" : expectedYear - 1);
  const result = withCrossYear(
    await checkInputs(
      ctx,
      await gatherInputs(ctx),
      { catalogue, registry },
      expectedYear === undefined ? {} : { expectedYear },
    ),
    catalogue,
    registry,
    previous,
  );
  if (ctx.args.flags.has("json")) ctx.io.stdout(findingsAsJson(result.findings, ctx.lang));
  else ctx.io.stdout(findingsAsText(result, ctx.lang));
  return result.findings.some((f) => f.severity === "error") ? EXIT.errorFindings : EXIT.done;
}
