import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import { loadCatalogue } from "../domain/catalogue/load";
import type { Catalogue } from "../domain/catalogue/types";
import type { Lang } from "../domain/i18n/lang";
import { demoInbox } from "../domain/demo/inbox";
import { buildDistrictReport } from "../domain/report";
import { rollUp } from "../domain/rollup/rollup";
import { rollupSummary } from "../domain/rollup/summary";
import type { Unit as RegistryUnit } from "../domain/units/registry";
import { fillPlan } from "../domain/layout/filled";
import { buildTemplatePlan } from "../domain/layout/template";
import { reportPeriod } from "../domain/period";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import {
  findUnitByCode,
  findUnitByName,
  parseCsv,
  registryFromRows,
  unitsValidIn,
  type Unit,
  type UnitRegistry,
} from "../domain/units/registry";
import { checkSources, type Source } from "../domain/check/batch";
import { readWorkbookSnapshot, sourceFromRead } from "../files/readXlsx";
import { writeWorkbookFile } from "../files/writeXlsxFile";
import { findingsAsJson, findingsAsText } from "./report";
import { parseArgs, type ParsedArgs } from "./args";
import { say, type CliTextKey } from "./messages";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Exit codes of shared/contract.md. */
export const EXIT = { done: 0, errorFindings: 1, couldNotRun: 2 } as const;

const DEMO_YEAR = 2024;

/** Stops the command with exit code 2 and a sentence for the clerk. */
class CannotRun extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  const lang: Lang = langOf(argv);
  if (!parsed.ok) {
    io.stderr(say(lang, "missingValue", parsed.missingValueFor));
    return EXIT.couldNotRun;
  }
  const args = parsed.args;
  const fail = (key: CliTextKey, ...values: (string | number)[]): never => {
    throw new CannotRun(say(lang, key, ...values));
  };
  try {
    if (args.command === undefined || args.flags.has("--help") || args.flags.has("-h")) {
      io.stdout(say(lang, "usage"));
      return args.command === undefined && !args.flags.has("--help") && !args.flags.has("-h")
        ? EXIT.couldNotRun
        : EXIT.done;
    }
    const context = { args, io, lang, fail };
    switch (args.command) {
      case "template":
        return await templateCommand(context);
      case "demo":
        return await demoCommand(context);
      case "check":
        return await checkCommand(context);
      case "rollup":
        return await rollupCommand(context);
      default:
        io.stderr(say(lang, "unknownCommand", args.command));
        io.stderr(say(lang, "usage"));
        return EXIT.couldNotRun;
    }
  } catch (e) {
    if (e instanceof CannotRun) {
      io.stderr(e.text);
      return EXIT.couldNotRun;
    }
    throw e;
  }
}

interface Context {
  args: ParsedArgs;
  io: CliIO;
  lang: Lang;
  fail: (key: CliTextKey, ...values: (string | number)[]) => never;
}

function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  const inline = argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return (inline ?? (i >= 0 ? argv[i + 1] : undefined)) === "en" ? "en" : "vi";
}

function allowOnly(ctx: Context, options: readonly string[], flags: readonly string[]): void {
  const common = ["--units", "--catalogue", "--lang"];
  for (const name of ctx.args.options.keys())
    if (!options.includes(name) && !common.includes(name)) ctx.fail("unknownOption", name);
  for (const flag of ctx.args.flags) if (!flags.includes(flag)) ctx.fail("unknownOption", flag);
}

function yearOf(ctx: Context): number {
  const text = ctx.args.options.get("--year");
  if (text === undefined) return ctx.fail("needYear");
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) ctx.fail("badYear", text);
  return year;
}

async function readText(ctx: Context, file: string): Promise<string> {
  try {
    return await readFile(path.resolve(ctx.io.cwd, file), "utf8");
  } catch (e) {
    return ctx.fail("cannotRead", file, (e as Error).message);
  }
}

async function registryOf(ctx: Context): Promise<UnitRegistry> {
  const file = ctx.args.options.get("--units");
  if (file === undefined) return loadBuiltinRegistry();
  const { registry, issues } = registryFromRows(parseCsv(await readText(ctx, file)));
  for (const issue of issues) ctx.io.stderr(say(ctx.lang, "registryProblem", file, issue.message[ctx.lang]));
  if (registry.units.length === 0) ctx.fail("registryProblem", file, issues[0]?.message[ctx.lang] ?? "");
  return registry;
}

async function catalogueOf(ctx: Context): Promise<Catalogue> {
  const file = ctx.args.options.get("--catalogue");
  if (file === undefined) return loadBuiltinCatalogue();
  let data: unknown;
  try {
    data = JSON.parse(await readText(ctx, file));
  } catch (e) {
    if (e instanceof CannotRun) throw e;
    return ctx.fail("catalogueProblem", file, (e as Error).message);
  }
  const result = loadCatalogue(data);
  if (!result.ok)
    return ctx.fail("catalogueProblem", file, result.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  return result.catalogue;
}

/** "DVCQ_2024_XA-XUAN-HOA.xlsx": the name a unit's workbook travels under. */
export function submissionFileName(year: number, unitCode: string): string {
  return `DVCQ_${year}_${unitCode}.xlsx`;
}

async function writeTemplate(
  ctx: Context,
  catalogue: Catalogue,
  unit: Unit,
  year: number,
  file: string,
): Promise<number> {
  const layout = buildTemplatePlan(catalogue, unit, year);
  try {
    await writeWorkbookFile(file, [{ plan: layout.plan, nameScope: "workbook" }]);
  } catch (e) {
    return ctx.fail("cannotWrite", file, (e as Error).message);
  }
  return layout.indicatorCount;
}

async function ensureFolder(ctx: Context, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    ctx.fail("cannotWrite", dir, (e as Error).message);
  }
}

async function writeAllTemplates(
  ctx: Context,
  catalogue: Catalogue,
  registry: UnitRegistry,
  year: number,
  dir: string,
): Promise<Unit[]> {
  const period = reportPeriod(catalogue.period, year);
  const units = unitsValidIn(registry, period.from, period.to);
  if (units.length === 0) ctx.fail("noUnitsInYear", year);
  await ensureFolder(ctx, dir);
  for (const unit of units)
    await writeTemplate(ctx, catalogue, unit, year, path.join(dir, submissionFileName(year, unit.code)));
  ctx.io.stderr(
    say(
      ctx.lang,
      "wroteTemplates",
      units.length,
      year,
      dir,
      units.filter((u) => u.kind === "X").length,
      units.filter((u) => u.kind === "C").length,
    ),
  );
  return units;
}

async function templateCommand(ctx: Context): Promise<number> {
  allowOnly(ctx, ["--year", "--unit", "--out"], ["--all"]);
  const year = yearOf(ctx);
  const out = ctx.args.options.get("--out") ?? ctx.fail("needOut");
  const code = ctx.args.options.get("--unit");
  const all = ctx.args.flags.has("--all");
  if ((code === undefined) === !all || ctx.args.files.length > 0) ctx.fail("unitOrAll");
  const [catalogue, registry] = [await catalogueOf(ctx), await registryOf(ctx)];
  const target = path.resolve(ctx.io.cwd, out);
  if (all) {
    await writeAllTemplates(ctx, catalogue, registry, year, target);
    return EXIT.done;
  }
  const unit = findUnitByCode(registry, code as string);
  if (!unit) {
    const guess = findUnitByName(registry, code as string) ?? nearestCode(registry, code as string);
    const hint = guess ? ` ${say(ctx.lang, "didYouMean", `${guess.code} (${guess.name})`)}` : "";
    throw new CannotRun(say(ctx.lang, "unknownUnit", code as string) + hint);
  }
  const period = reportPeriod(catalogue.period, year);
  if (!unitsValidIn({ units: [unit] }, period.from, period.to).length)
    ctx.fail("unitNotValid", unit.code, year);
  await ensureFolder(ctx, path.dirname(target));
  const count = await writeTemplate(ctx, catalogue, unit, year, target);
  ctx.io.stderr(say(ctx.lang, "wroteTemplate", year, unit.name, count, target));
  return EXIT.done;
}

/** The registered code closest to a mistyped one, when it is only a letter or two away. */
function nearestCode(registry: UnitRegistry, typed: string): Unit | undefined {
  const wanted = typed.trim().toUpperCase();
  let best: { unit: Unit; distance: number } | undefined;
  for (const unit of registry.units) {
    const distance = editDistance(unit.code, wanted);
    if (distance <= 2 && (!best || distance < best.distance)) best = { unit, distance };
  }
  return best?.unit;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

async function checkCommand(ctx: Context): Promise<number> {
  allowOnly(ctx, ["--year"], ["--json"]);
  if (ctx.args.files.length === 0) ctx.fail("needFiles");
  const expectedYear = ctx.args.options.has("--year") ? yearOf(ctx) : undefined;
  const [catalogue, registry] = [await catalogueOf(ctx), await registryOf(ctx)];
  const result = checkSources(
    await readSources(ctx, ctx.args.files),
    catalogue,
    registry,
    expectedYear === undefined ? {} : { expectedYear },
  );
  if (ctx.args.flags.has("--json")) ctx.io.stdout(findingsAsJson(result.findings, ctx.lang));
  else ctx.io.stdout(findingsAsText(result, ctx.lang));
  return result.findings.some((f) => f.severity === "error") ? EXIT.errorFindings : EXIT.done;
}

async function rollupCommand(ctx: Context): Promise<number> {
  allowOnly(ctx, ["--year", "--out", "--json"], []);
  if (ctx.args.files.length === 0) ctx.fail("needFiles");
  const year = yearOf(ctx);
  const out = ctx.args.options.get("--out") ?? ctx.fail("needOut");
  const [catalogue, registry] = [await catalogueOf(ctx), await registryOf(ctx)];
  return writeDistrictReport(
    ctx,
    catalogue,
    registry,
    year,
    ctx.args.files,
    out,
    ctx.args.options.get("--json"),
  );
}

/** Checks the files, rolls them up and writes the district workbook (and the JSON summary). */
async function writeDistrictReport(
  ctx: Context,
  catalogue: Catalogue,
  registry: UnitRegistry,
  year: number,
  files: readonly string[],
  out: string,
  jsonOut: string | undefined,
): Promise<number> {
  const checked = checkSources(await readSources(ctx, files), catalogue, registry, { expectedYear: year });
  const rollup = rollUp(catalogue, registry, year, checked.submissions, checked.findings);
  const target = path.resolve(ctx.io.cwd, out);
  await ensureFolder(ctx, path.dirname(target));
  try {
    await writeWorkbookFile(
      target,
      buildDistrictReport(rollup, catalogue).map((plan) => ({ plan, nameScope: "workbook" as const })),
    );
  } catch (e) {
    ctx.fail("cannotWrite", target, (e as Error).message);
  }
  const summary = rollupSummary(rollup, ctx.lang);
  if (jsonOut !== undefined) {
    const jsonTarget = path.resolve(ctx.io.cwd, jsonOut);
    try {
      await writeFile(jsonTarget, `${JSON.stringify(summary, null, 2)}\n`);
    } catch (e) {
      ctx.fail("cannotWrite", jsonTarget, (e as Error).message);
    }
  }
  const names = (units: readonly RegistryUnit[]): string => units.map((u) => u.name).join(", ") || "—";
  ctx.io.stderr(
    say(
      ctx.lang,
      "wroteRollup",
      year,
      target,
      summary.units.received,
      summary.units.expected,
      summary.units.onTime,
      names(rollup.units.filter((u) => u.kept === null).map((u) => u.unit)),
      names(rollup.units.filter((u) => u.onTime === false).map((u) => u.unit)),
      summary.findings.error,
      summary.findings.warning,
    ),
  );
  return summary.findings.error > 0 ? EXIT.errorFindings : EXIT.done;
}

/** Each file as a snapshot, or the reason it cannot be read; never throws on a bad file. */
async function readSources(ctx: Context, files: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.resolve(ctx.io.cwd, file));
    } catch (e) {
      sources.push({
        name: file,
        unreadable: {
          vi: `Không mở được tệp: ${(e as Error).message}`,
          en: `Cannot open the file: ${(e as Error).message}`,
        },
        rule: "FILE_UNREADABLE",
      });
      continue;
    }
    sources.push(sourceFromRead(file, await readWorkbookSnapshot(bytes)));
  }
  return sources;
}

async function demoCommand(ctx: Context): Promise<number> {
  allowOnly(ctx, ["--out"], []);
  const dir = path.resolve(ctx.io.cwd, ctx.args.options.get("--out") ?? "demo-out");
  ctx.io.stderr(say(ctx.lang, "demoStart", DEMO_YEAR));
  const [catalogue, registry] = [await catalogueOf(ctx), await registryOf(ctx)];
  await writeAllTemplates(ctx, catalogue, registry, DEMO_YEAR, path.join(dir, "templates"));

  const inbox = demoInbox(catalogue, registry, DEMO_YEAR);
  const inboxDir = path.join(dir, "inbox");
  await ensureFolder(ctx, inboxDir);
  const files: string[] = [];
  for (const file of inbox.files) {
    const target = path.join(inboxDir, file.fileName);
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, DEMO_YEAR), {
      figures: file.figures,
      evidence: file.evidence,
    });
    try {
      await writeWorkbookFile(target, [{ plan, nameScope: "workbook" }]);
    } catch (e) {
      ctx.fail("cannotWrite", target, (e as Error).message);
    }
    files.push(target);
  }
  ctx.io.stderr(
    say(ctx.lang, "demoInbox", inbox.files.length, inboxDir, inbox.missing.map((u) => u.name).join(", ")),
  );

  const result = checkSources(await readSources(ctx, files), catalogue, registry, {
    expectedYear: DEMO_YEAR,
  });
  const reportFile = path.join(dir, "check.json");
  try {
    await writeFile(reportFile, `${findingsAsJson(result.findings, ctx.lang)}\n`);
  } catch (e) {
    ctx.fail("cannotWrite", reportFile, (e as Error).message);
  }
  ctx.io.stdout(findingsAsText(result, ctx.lang));
  await writeDistrictReport(
    ctx,
    catalogue,
    registry,
    DEMO_YEAR,
    files,
    path.join(dir, `DVCQ_${DEMO_YEAR}_TongHop.xlsx`),
    path.join(dir, "rollup.json"),
  );
  ctx.io.stderr(say(ctx.lang, "demoNext", reportFile));
  return EXIT.done;
}
