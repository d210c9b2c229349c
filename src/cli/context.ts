import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import { BUILTIN_PERIOD } from "../domain/catalogue/builtinPeriod";
import { loadCatalogue } from "../domain/catalogue/load";
import type { Catalogue, PeriodConfig } from "../domain/catalogue/types";
import { defaultReportYear, formatViDate, localIsoDate } from "../domain/period";
import type { Lang, Message } from "../domain/i18n/lang";
import { say as sayPhrase } from "../domain/i18n/say";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { OutputBatch, TargetChanged, type OutputPieces } from "../files/atomicWrite";
import { parseCsv, registryFromRows, type UnitRegistry } from "../domain/units/registry";
import type { ParsedArgs } from "./args";
import { fsCode, fsReason } from "./fsText";
import { M } from "./messages";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Exit codes of shared/contract.md. */
export const EXIT = { done: 0, errorFindings: 1, couldNotRun: 2 } as const;

/** Stops the command with exit code 2 and a sentence for the clerk. */
export class CannotRun extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** What every command gets: its arguments, where to print, the language, and a way to stop. */
export interface Context {
  args: ParsedArgs;
  io: CliIO;
  lang: Lang;
  /** Everything the command writes, renamed into place together by `commit` once all of it is written. */
  outputs: OutputBatch;
  /** The message in the command's language. */
  say: (message: Message) => string;
  fail: (message: Message) => never;
}

export function makeContext(args: ParsedArgs, io: CliIO, lang: Lang): Context {
  return {
    args,
    io,
    lang,
    outputs: new OutputBatch(),
    say: (message) => message[lang],
    fail: (message) => {
      throw new CannotRun(message[lang]);
    },
  };
}

/** Renames the command's outputs into place; a failure is exit 2, naming the file. */
export async function commitOutputs(ctx: Context): Promise<void> {
  try {
    await ctx.outputs.commit();
  } catch (e) {
    if (e instanceof TargetChanged) ctx.fail(M.targetChanged(e.target));
    const target = (e as { dest?: string; path?: string }).dest ?? ctx.outputs.targets[0] ?? "";
    ctx.fail(M.cannotWrite(target, fsReason(e)));
  }
}

/**
 * Stages one output; a failure of the file system (unwritable folder, full disk) is exit 2 naming
 * the file, anything else (a workbook that cannot be made) goes on as it is.
 */
export async function stageOutput(
  ctx: Context,
  target: string,
  data: Uint8Array | string | OutputPieces,
  shown: string = target,
): Promise<string> {
  try {
    return await ctx.outputs.stage(target, data);
  } catch (e) {
    if (fsCode(e) === undefined) throw e;
    return ctx.fail(M.cannotWrite(shown, fsReason(e)));
  }
}

/** Makes a folder for outputs; a failure is exit 2 naming it (or the output it is for, as typed). */
export async function outputFolder(ctx: Context, dir: string, shown: string = dir): Promise<void> {
  try {
    await ctx.outputs.ensureFolder(dir);
  } catch (e) {
    // EEXIST: a file stands where the folder should be.
    ctx.fail(M.cannotWrite(shown, fsReason(fsCode(e) === "EEXIST" ? { code: "ENOTDIR" } : e)));
  }
}

/** A path the clerk typed, made absolute against the working folder. */
export function resolved(ctx: Context, file: string): string {
  return path.resolve(ctx.io.cwd, file);
}

/**
 * The --year given, or (with the catalogue's period) the default report year, said on stderr so
 * the clerk sees which year the command worked on.
 */
export function yearOf(ctx: Context, period?: PeriodConfig, today: Date = new Date()): number {
  const text = ctx.args.values.get("year");
  if (text === undefined && period !== undefined) {
    const chosen = defaultReportYear(period, localIsoDate(today));
    ctx.io.stderr(
      ctx.say(
        (chosen.passed ? M.defaultYearPassed : M.defaultYearNext)(chosen.year, formatViDate(chosen.deadline)),
      ),
    );
    return chosen.year;
  }
  if (text === undefined) return ctx.fail(M.needYear);
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) ctx.fail(M.badYear(text));
  return year;
}

async function readText(ctx: Context, file: string): Promise<string> {
  try {
    return await readFile(resolved(ctx, file), "utf8");
  } catch (e) {
    return ctx.fail(M.cannotRead(file, fsReason(e)));
  }
}

export async function registryOf(ctx: Context): Promise<UnitRegistry> {
  const file = ctx.args.values.get("units");
  if (file === undefined) return loadBuiltinRegistry();
  const { registry, issues } = registryFromRows(parseCsv(await readText(ctx, file)));
  for (const issue of issues) ctx.io.stderr(ctx.say(M.registryProblem(file, sayPhrase(issue, ctx.lang))));
  if (registry.units.length === 0)
    ctx.fail(M.registryProblem(file, issues[0] ? sayPhrase(issues[0], ctx.lang) : ""));
  return registry;
}

/** --catalogue, or the built-in one of the report year's version (version 1 without a year; each sheet is still read by its own). */
export async function catalogueOf(ctx: Context, year?: number): Promise<Catalogue> {
  const file = ctx.args.values.get("catalogue");
  if (file === undefined) return loadBuiltinCatalogue(year);
  let data: unknown;
  const text = await readText(ctx, file);
  try {
    data = JSON.parse(text);
  } catch (e) {
    return ctx.fail(M.catalogueProblem(file, ctx.say(M.catalogueNotJson((e as Error).message))));
  }
  const result = loadCatalogue(data);
  if (!result.ok)
    return ctx.fail(M.catalogueProblem(file, result.issues.map((i) => `${i.path}: ${i.message}`).join("; ")));
  return result.catalogue;
}

/** The catalogue and the unit list the command works with (--catalogue, --units, or the built-in ones). */
export async function referenceData(
  ctx: Context,
  year?: number,
): Promise<{ catalogue: Catalogue; registry: UnitRegistry }> {
  return { catalogue: await catalogueOf(ctx, year), registry: await registryOf(ctx) };
}

/**
 * For a command that writes one year's documents: the report year (--year, or the default one,
 * said on stderr) and the reference data of that year, the built-in catalogue being the year's
 * version (version 2 from 2025).
 */
export async function referenceOfYear(
  ctx: Context,
): Promise<{ year: number; reference: { catalogue: Catalogue; registry: UnitRegistry } }> {
  if (ctx.args.values.has("catalogue")) {
    const reference = await referenceData(ctx);
    return { year: yearOf(ctx, reference.catalogue.period), reference };
  }
  // The built-in versions share one period: the year is known before either is loaded.
  const registry = await registryOf(ctx);
  const year = yearOf(ctx, BUILTIN_PERIOD);
  return { year, reference: { catalogue: loadBuiltinCatalogue(year), registry } };
}
