import type { Catalogue } from "../../domain/catalogue/types";
import type { BatchCheck } from "../../domain/check/batch";
import { buildDistrictReport, ROLLUP_SHEETS } from "../../domain/report";
import { buildFeedback, type LetterOptions } from "../../domain/letters";
import { rollUp, type Rollup } from "../../domain/rollup/rollup";
import { rollupSummary } from "../../domain/rollup/summary";
import { factsCsv } from "../../domain/report/facts";
import type { UnitRegistry } from "../../domain/units/registry";
import { streamWorkbook } from "../../files/streamXlsx";
import {
  commitOutputs,
  EXIT,
  referenceOfYear,
  resolved,
  stageOutput,
  outputFolder,
  type Context,
} from "../context";
import { M } from "../messages";
import { feedbackFolder, letterOptions, stageFeedback } from "../feedback";
import { checkInputs, gatherInputs } from "../inputs";
import {
  refuseOutputsOntoInputs,
  refuseOutputsOntoReferenceFiles,
  fileNameOnly,
  refuseReplacing,
  type Output,
} from "../outputs";
import path from "node:path";
import { unitsOfYear } from "../years";
import { withCrossYear } from "../../domain/check/crossYear";
import { previousOf } from "../previous";
import type { PreviousYear } from "../../domain/report/previousYear";
import { compareWithPrevious } from "../../domain/report/yearOnYear";

export async function rollupCommand(ctx: Context): Promise<number> {
  const out = ctx.args.values.get("out") ?? ctx.fail(M.needOut);
  const json = ctx.args.values.get("json");
  const { year, reference } = await referenceOfYear(ctx);
  unitsOfYear(ctx, reference.catalogue, reference.registry, year);
  const outputs: Output[] = [{ option: "--out", shown: out, path: resolved(ctx, out), kind: "report" }];
  if (json !== undefined)
    outputs.push({ option: "--json", shown: json, path: resolved(ctx, json), kind: "summary" });
  const facts = ctx.args.values.get("facts");
  if (facts !== undefined)
    outputs.push({ option: "--facts", shown: facts, path: resolved(ctx, facts), kind: "facts" });

  // Every refusal before any workbook is read.
  await refuseOutputsOntoReferenceFiles(ctx, outputs);
  const entries = await refuseOutputsOntoInputs(ctx, outputs, await gatherInputs(ctx), reference);
  for (const output of outputs) await refuseReplacing(ctx, output, reference);
  const feedback = await feedbackFolder(ctx, outputs);
  const letters = { ...letterOptions(ctx), fileName: fileNameOnly };

  const previous = await previousOf(ctx, year - 1);
  const checked = withCrossYear(
    await checkInputs(ctx, entries, reference, { expectedYear: year }),
    reference.catalogue,
    reference.registry,
    previous,
  );
  const staged = await stageRollup(
    ctx,
    reference.catalogue,
    reference.registry,
    year,
    checked,
    outputs,
    letters,
    previous,
  );
  const lines = [...staged.lines];
  if (feedback) {
    const units = buildFeedback(staged.rollup, checked.findings, reference.catalogue, letters);
    lines.push(...(await stageFeedback(ctx, feedback, units, year, { entries, outputs, reference })));
  }
  await commitOutputs(ctx);
  for (const line of lines) ctx.io.stderr(line);
  return staged.code;
}

/**
 * Rolls the checked files up and stages the district workbook and (with a second output) the JSON
 * summary; returns the exit code and what to print once they are in place: the roll-up line, then
 * every file that could not be used, with its reason.
 */
export async function stageRollup(
  ctx: Context,
  catalogue: Catalogue,
  registry: UnitRegistry,
  year: number,
  checked: BatchCheck,
  outputs: readonly Output[],
  letters: LetterOptions = {},
  previous?: PreviousYear,
): Promise<{ code: number; lines: string[]; rollup: Rollup }> {
  const rollup = rollUp(catalogue, registry, year, checked.submissions, checked.findings);
  const withPrevious = compareWithPrevious(rollup, catalogue, previous);
  const yearOnYear = withPrevious?.yearOnYear;
  const summary = rollupSummary(rollup, ctx.lang);
  for (const output of outputs) {
    await outputFolder(ctx, path.dirname(output.path), output.shown);
    await stageOutput(
      ctx,
      output.path,
      output.kind === "report"
        ? (write) =>
            streamWorkbook(
              buildDistrictReport(rollup, catalogue, {
                fileName: fileNameOnly,
                streamed: true,
                ...letters,
                ...(yearOnYear ? { yearOnYear } : {}),
              }).map((plan) => ({
                plan,
                nameScope: "workbook" as const,
              })),
              write,
            )
        : output.kind === "facts"
          ? factsCsv(rollup.facts, catalogue, rollup.kinds, fileNameOnly)
          : `${JSON.stringify(summary, null, 2)}\n`,
      output.shown,
    );
  }
  const nameOf = new Map(rollup.units.map((u) => [u.unit.code, u.unit.name]));
  const names = (codes: readonly string[]): string => codes.map((c) => nameOf.get(c) ?? c).join(", ") || "—";
  const report = outputs.find((o) => o.kind === "report") as Output;
  const lines = [
    ctx.say(
      M.wroteRollup(
        year,
        report.path,
        summary.units.received,
        summary.units.expected,
        summary.units.onTime,
        names(summary.units.missing),
        names(summary.units.late),
        summary.findings.error,
        summary.findings.warning,
      ),
    ),
  ];
  if (withPrevious && previous) {
    const { compared, counted } = withPrevious.compared;
    lines.push(
      ctx.say(
        M.comparedWithPrevious(
          previous.year,
          ctx.args.values.get("previous") ?? "",
          counted,
          compared,
          rollup.units.length,
          year,
        ),
      ),
    );
  }
  if (rollup.allFindings.length > 0)
    lines.push(ctx.say(M.findingsSheet(rollup.allFindings.length, ROLLUP_SHEETS.findings)));
  if (summary.rejected.length > 0) {
    lines.push(ctx.say(M.rejectedHeading(summary.rejected.length)));
    for (const r of summary.rejected) lines.push(ctx.say(M.rejectedLine(r.file, r.reason, r.message)));
  }
  return { code: summary.findings.error > 0 ? EXIT.errorFindings : EXIT.done, lines, rollup };
}
