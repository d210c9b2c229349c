import { reportPeriod } from "../../domain/period";
import { exampleRegistryCsv } from "../../domain/units/example";
import { draftRegistryRows, lastValidDayBefore, unitsValidIn } from "../../domain/units/registry";
import { csvText, UTF8_BOM } from "../../domain/text/csv";
import { formatViDate } from "../../domain/period";
import { commitOutputs, EXIT, referenceData, resolved, stageOutput, yearOf, type Context } from "../context";
import { M } from "../messages";
import { inspectTarget, refuseOutputsOntoReferenceFiles } from "../outputs";

/**
 * `dvcq registry`: a unit list as CSV for the clerk to edit and pass back with --units. With
 * --example, an example with every column explained; otherwise the list in use (built-in or
 * --units), or, for a year it has no unit in, a draft from its last valid list with the dates to fill.
 */
export async function registryCommand(ctx: Context): Promise<number> {
  const out = ctx.args.values.get("out");
  const reference = await referenceData(ctx);
  let text: string;
  let done: string;
  if (ctx.args.flags.has("example")) {
    if (ctx.args.values.has("year")) ctx.fail(M.optionNotForCommand("--year", "registry --example"));
    text = exampleRegistryCsv(ctx.lang);
    done = ctx.say(M.wroteRegistryExample(out ?? "—"));
  } else {
    const year = yearOf(ctx, reference.catalogue.period);
    const period = reportPeriod(reference.catalogue.period, year);
    const rows = draftRegistryRows(reference.registry, period.from, period.to);
    text = UTF8_BOM + csvText(rows);
    const last = lastValidDayBefore(reference.registry, period.from);
    done =
      unitsValidIn(reference.registry, period.from, period.to).length > 0 || last === undefined
        ? ctx.say(M.wroteRegistry(out ?? "—", reference.registry.units.length))
        : ctx.say(
            M.wroteRegistryDraft(
              out ?? "—",
              year,
              unitsValidIn(reference.registry, last, last).length,
              formatViDate(last),
            ),
          );
  }
  if (out === undefined) {
    // Printed, the list goes to a pipe or the screen: no byte order mark.
    ctx.io.stdout(text.slice(UTF8_BOM.length).trimEnd());
    ctx.io.stderr(done);
    return EXIT.done;
  }
  const target = resolved(ctx, out);
  await refuseOutputsOntoReferenceFiles(ctx, [{ option: "--out", shown: out, path: target }]);
  const state = await inspectTarget(ctx, out, target, "template", reference);
  if (state.kind === "folder") ctx.fail(M.outputIsFolder(out));
  if (state.kind !== "absent" && !ctx.args.flags.has("force")) ctx.fail(M.registryTargetExists(out));
  await stageOutput(ctx, target, text, out);
  await commitOutputs(ctx);
  ctx.io.stderr(done);
  return EXIT.done;
}
