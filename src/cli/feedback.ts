import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Catalogue } from "../domain/catalogue/types";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import {
  FEEDBACK_SHEET,
  isFeedbackSheet,
  showsExactly,
  type LetterOptions,
  type UnitFeedback,
} from "../domain/letters";
import type { SheetSnapshot } from "../domain/read/snapshot";
import { excelSerialToIso } from "../domain/period";
import { readDate } from "../domain/read/values";
import type { UnitRegistry } from "../domain/units/registry";
import { readWorkbookSnapshot } from "../files/readXlsx";
import { writeWorkbook } from "../files/writeXlsx";
import { outputFolder, resolved, stageOutput, type Context } from "./context";
import { M } from "./messages";
import { fsCode, fsReason } from "./fsText";
import type { InputEntry } from "./inputs";
import { inspectTarget, type Output } from "./outputs";
import { identityOf, sameFile } from "./paths";
import { say } from "../domain/i18n/say";

/** The folder --feedback names, as typed and resolved. */
export interface FeedbackFolder {
  shown: string;
  path: string;
}

/**
 * The --feedback folder, refused (exit 2) before any workbook is read when it is one of the
 * inputs (a file or a folder named on the command line: the phiếu would be read as reports next
 * time), the --out or --json file, or an existing file.
 */
export async function feedbackFolder(
  ctx: Context,
  outputs: readonly Output[],
): Promise<FeedbackFolder | undefined> {
  const shown = ctx.args.values.get("feedback");
  if (shown === undefined) return undefined;
  const dir = resolved(ctx, shown);
  const identity = identityOf(dir);
  for (const arg of ctx.args.files)
    if (sameFile(identityOf(resolved(ctx, arg)), identity)) ctx.fail(M.feedbackIsInput(shown, arg));
  for (const output of outputs)
    if (sameFile(identityOf(output.path), identity))
      ctx.fail(M.feedbackIsOutput(shown, output.option, output.shown));
  const info = await stat(dir).catch((e: unknown) =>
    fsCode(e) === "ENOENT" ? null : ctx.fail(M.cannotWrite(shown, fsReason(e))),
  );
  if (info !== null && !info.isDirectory()) ctx.fail(M.feedbackNotFolder(shown));
  return { shown, path: dir };
}

/** --resend-by read as a clerk types a date ("25/10/2024"); a date that is none is exit 2, saying why. */
export function letterOptions(ctx: Context): LetterOptions {
  const text = ctx.args.values.get("resend-by");
  if (text === undefined) return {};
  const read = readDate({ value: text });
  if (read.status !== "ok") {
    const why = read.status === "invalid" ? say(read.problem, ctx.lang) : "";
    return ctx.fail(M.badResendBy(text, why));
  }
  return { resendBy: excelSerialToIso(read.value) };
}

const MAX_LISTED = 10;
const listed = (names: readonly string[]): string =>
  names.length > MAX_LISTED
    ? `${names.slice(0, MAX_LISTED).join(", ")}, … (+${names.length - MAX_LISTED})`
    : names.join(", ");

/**
 * Stages one .xlsx per unit's phiếu into the folder; returns what to print once they are in
 * place. A target that is an input or another output is refused; an existing phiếu is replaced
 * when it holds exactly what would be written now, anything else only with --force, and never a
 * workbook holding what a unit typed. Nothing is staged unless every target may be written.
 */
export async function stageFeedback(
  ctx: Context,
  folder: FeedbackFolder,
  letters: readonly UnitFeedback[],
  year: number,
  context: {
    entries: readonly InputEntry[];
    outputs: readonly Output[];
    reference: { catalogue: Catalogue; registry: UnitRegistry };
  },
): Promise<string[]> {
  if (letters.length === 0) return [ctx.say(M.noFeedback(folder.shown))];
  const files = letters.map((letter) => ({
    letter,
    path: path.join(folder.path, letter.fileName),
    shown: path.join(folder.shown, letter.fileName),
  }));
  const changed: string[] = [];
  for (const file of files) {
    const identity = identityOf(file.path);
    for (const entry of context.entries)
      if (entry.kind === "file" && sameFile(entry.file.identity, identity))
        ctx.fail(M.outputIsInput("--feedback", file.shown, entry.file.shown));
    for (const output of context.outputs)
      if (sameFile(identityOf(output.path), identity))
        ctx.fail(M.feedbackIsOutput(file.shown, output.option, output.shown));
    const state = await inspectTarget(ctx, file.shown, file.path, "template", context.reference);
    if (state.kind === "folder") ctx.fail(M.outputIsFolder(file.shown));
    if (state.kind !== "other") continue;
    if (state.work.figures > 0 || state.work.evidence > 0)
      ctx.fail(M.targetHasWork(file.shown, state.work.figures, state.work.evidence));
    if (!(await holdsExactly(file.path, file.letter.plan))) changed.push(file.letter.fileName);
  }
  if (changed.length > 0 && !ctx.args.flags.has("force"))
    ctx.fail(M.feedbackChanged(changed.length, folder.shown, listed(changed)));

  await outputFolder(ctx, folder.path, folder.shown);
  for (const file of files)
    await stageOutput(
      ctx,
      file.path,
      await writeWorkbook([{ plan: file.letter.plan, nameScope: "workbook" }]),
      file.shown,
    );
  const lines = [
    ctx.say(M.wroteFeedback(letters.length, folder.shown, listed(letters.map((l) => l.unit.name)))),
  ];
  const stale = await staleLetters(folder.path, year, new Set(letters.map((l) => l.fileName)));
  if (stale.length > 0) lines.push(ctx.say(M.staleFeedback(folder.shown, stale.length, listed(stale))));
  return lines;
}

/** Whether the file is a phiếu DVCQ wrote, unedited, that says exactly what the plan says. */
async function holdsExactly(file: string, plan: SheetPlan): Promise<boolean> {
  const read = await readWorkbookSnapshot(await readFile(file));
  if (!read.ok || read.workbook.sheets.length !== 1) return false;
  const [sheet] = read.workbook.sheets as [SheetSnapshot];
  return sheet.name === FEEDBACK_SHEET && isFeedbackSheet(sheet) && showsExactly(sheet, plan);
}

/** Phiếu of the year left in the folder by an earlier run for units that have nothing to fix now (never deleted). */
async function staleLetters(dir: string, year: number, current: ReadonlySet<string>): Promise<string[]> {
  const prefix = `DVCQ_${year}_PhanHoi_`;
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(prefix) && n.endsWith(".xlsx") && !current.has(n)).sort();
}
