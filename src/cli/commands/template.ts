import path from "node:path";
import type { Catalogue } from "../../domain/catalogue/types";
import { buildTemplatePlan } from "../../domain/layout/template";
import { reportPeriod } from "../../domain/period";
import {
  findUnitByCode,
  findUnitByName,
  kindsOf,
  unitsValidIn,
  type Unit,
  type UnitRegistry,
} from "../../domain/units/registry";
import { writeWorkbook } from "../../files/writeXlsx";
import {
  CannotRun,
  commitOutputs,
  EXIT,
  outputFolder,
  referenceOfYear,
  resolved,
  stageOutput,
  type Context,
} from "../context";
import { M } from "../messages";
import { refuseOutputsOntoReferenceFiles, refuseOverwritingTemplates } from "../outputs";
import { nearest } from "../suggest";
import { unitsOfYear } from "../years";

/** "DVCQ_2024_XA-XUAN-HOA.xlsx": the name a unit's workbook travels under. */
export function submissionFileName(year: number, unitCode: string): string {
  return `DVCQ_${year}_${unitCode}.xlsx`;
}

export async function templateCommand(ctx: Context): Promise<number> {
  const out = ctx.args.values.get("out") ?? ctx.fail(M.needOut);
  const code = ctx.args.values.get("unit");
  const all = ctx.args.flags.has("all");
  if ((code === undefined) === !all) ctx.fail(M.unitOrAll);
  const { year, reference } = await referenceOfYear(ctx);
  const target = resolved(ctx, out);
  if (all) {
    const units = unitsOfYear(ctx, reference.catalogue, reference.registry, year);
    const files = units.map((u) => ({ unit: u, path: path.join(target, submissionFileName(year, u.code)) }));
    await refuseOutputsOntoReferenceFiles(
      ctx,
      files.map((f) => ({ option: "--out", shown: path.join(out, path.basename(f.path)), path: f.path })),
    );
    await refuseOverwritingTemplates(
      ctx,
      files.map((f) => ({ shown: path.join(out, path.basename(f.path)), path: f.path })),
      out,
      reference,
    );
    await stageTemplates(ctx, reference.catalogue, year, target, files, out);
    await commitOutputs(ctx);
    ctx.io.stderr(templatesWritten(ctx, reference.registry, units, year, target));
    return EXIT.done;
  }
  // A year with no unit at all is told as such (with what to do), before any one code is looked up.
  unitsOfYear(ctx, reference.catalogue, reference.registry, year);
  const unit =
    findUnitByCode(reference.registry, code as string) ??
    unknownUnit(ctx, reference.registry, code as string);
  const period = reportPeriod(reference.catalogue.period, year);
  if (!unitsValidIn({ units: [unit] }, period.from, period.to).length)
    ctx.fail(M.unitNotValid(unit.code, year));
  await refuseOutputsOntoReferenceFiles(ctx, [{ option: "--out", shown: out, path: target }]);
  await refuseOverwritingTemplates(ctx, [{ shown: out, path: target }], undefined, reference);
  const [count] = await stageTemplates(ctx, reference.catalogue, year, path.dirname(target), [
    { unit, path: target },
  ]);
  await commitOutputs(ctx);
  ctx.io.stderr(ctx.say(M.wroteTemplate(year, unit.name, count as number, target)));
  return EXIT.done;
}

/** Stages a blank template per unit into `dir`; returns each one's number of indicators. */
export async function stageTemplates(
  ctx: Context,
  catalogue: Catalogue,
  year: number,
  dir: string,
  files: readonly { unit: Unit; path: string }[],
  shownDir: string = dir,
): Promise<number[]> {
  await outputFolder(ctx, dir, shownDir);
  const counts: number[] = [];
  for (const file of files) {
    const layout = buildTemplatePlan(catalogue, file.unit, year);
    await stageOutput(ctx, file.path, await writeWorkbook([{ plan: layout.plan, nameScope: "workbook" }]));
    counts.push(layout.indicatorCount);
  }
  return counts;
}

export function templatesWritten(
  ctx: Context,
  registry: UnitRegistry,
  units: readonly Unit[],
  year: number,
  dir: string,
): string {
  return ctx.say(
    M.wroteTemplates(
      units.length,
      year,
      dir,
      kindsOf(registry)
        .map((k) => `${units.filter((u) => u.kind === k.code).length} ${k.label.toLocaleLowerCase("vi")}`)
        .join("; "),
    ),
  );
}

/** Exit 2: no such unit, with the likely ones (by name or alias, else nearest codes) suggested. */
function unknownUnit(ctx: Context, registry: UnitRegistry, typed: string): never {
  const byName = findUnitByName(registry, typed);
  const guesses = byName ? [byName] : nearest(typed, registry.units, (u) => u.code);
  const hint = guesses.length
    ? ` ${ctx.say(M.didYouMean(guesses.map((g) => `${g.code} (${g.name})`).join(ctx.say(M.or))))}`
    : "";
  throw new CannotRun(ctx.say(M.unknownUnit(typed)) + hint);
}
