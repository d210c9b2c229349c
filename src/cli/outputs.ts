import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Catalogue } from "../domain/catalogue/types";
import type { FileName } from "../domain/report/sheetKit";
import { FACTS_COLUMNS } from "../domain/report/facts";
import { isDistrictReport, typedWork, type TypedWork } from "../domain/report/recognise";
import { ROLLUP_SHEET_NAMES } from "../domain/report/sheetNames";
import { UTF8_BOM } from "../domain/text/csv";
import type { UnitRegistry } from "../domain/units/registry";
import { readWorkbookSnapshot, refusedBySize } from "../files/readXlsx";
import type { ByteSource } from "../files/zipPackage";
import type { Context } from "./context";
import { FileUnreadable, withFileSource } from "./fileSource";
import { fsCode, fsReason } from "./fsText";
import { jsonKind, type InputEntry } from "./inputs";
import { M } from "./messages";
import { identityOf, sameFile } from "./paths";

/**
 * How the district workbook and the letters name an input: its name without the clerk's folders,
 * as this system separates them (the JSON summary keeps the path).
 */
export const fileNameOnly: FileName = (file) => path.basename(file);

/** A file a command will write, by the option that named it. */
export interface Output {
  option: "--out" | "--json" | "--facts";
  /** As the clerk typed it. */
  shown: string;
  path: string;
  /** What may be replaced without --force: an earlier district report, or an earlier JSON summary. */
  kind: "report" | "summary" | "facts";
}

/** What is at a target now. */
export type TargetState =
  | { kind: "absent" }
  | { kind: "folder" }
  /** DVCQ's own output of the kind expected. */
  | { kind: "ours" }
  /** Anything else: a workbook holding what a unit typed, or a file of no known kind (no work). */
  | { kind: "other"; work: TypedWork };

const NO_WORK: TypedWork = { figures: 0, evidence: 0 };

/** Reads an existing target just enough to know whether it may be replaced. */
export async function inspectTarget(
  ctx: Context,
  shown: string,
  file: string,
  expect: Output["kind"] | "template",
  reference: { catalogue: Catalogue; registry: UnitRegistry },
): Promise<TargetState> {
  ctx.outputs.lookedAt(file);
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    // A folder still to be made, or a path through a file that making the folder will report.
    if (fsCode(e) === "ENOENT" || fsCode(e) === "ENOTDIR") return { kind: "absent" };
    return ctx.fail(M.cannotWrite(shown, fsReason(e)));
  }
  if (info.isDirectory()) return { kind: "folder" };
  // A pipe, a device or a socket: opening one to read it could wait for ever.
  if (!info.isFile()) return ctx.fail(M.cannotWrite(shown, M.fsNotRegular));
  // Too large to read: what it holds cannot be known, so it is never replaced.
  if (refusedBySize(info.size)) return ctx.fail(M.targetTooLarge(shown));
  try {
    return await withFileSource(file, async (source): Promise<TargetState> => {
      if (expect === "summary" && jsonKind(source.read(0, source.length)) === "summary")
        return { kind: "ours" };
      if (expect === "facts") return isFactsCsv(source) ? { kind: "ours" } : { kind: "other", work: NO_WORK };
      const startedAt = Date.now();
      if (expect === "report" && (await isOurReport(source, reference, startedAt))) return { kind: "ours" };
      const read = await readWorkbookSnapshot(source, { startedAt });
      // A spreadsheet that cannot be read cannot be told apart from a clerk's work either.
      if (!read.ok && read.spreadsheet) return ctx.fail(M.targetUnreadable(shown, read.message));
      if (!read.ok) return { kind: "other", work: NO_WORK };
      return { kind: "other", work: typedWork(read.workbook, reference.catalogue, reference.registry) };
    });
  } catch (e) {
    if (!(e instanceof FileUnreadable)) throw e;
    // What cannot be read cannot be told apart from a clerk's work: it is not replaced.
    return ctx.fail(M.cannotRead(shown, fsReason(e.cause)));
  }
}

const hasWork = (w: TypedWork): boolean => w.figures > 0 || w.evidence > 0;

/**
 * A district report dvcq wrote and nothing a unit typed: told by its sheets' first rows (from some
 * hundred units its facts sheet is past the size a sheet is read to). One that also holds a sheet
 * the roll-up does not write (a unit's sheet pasted in) is read whole, and is not ours if that
 * sheet holds a unit's figures or evidence (without the catalogue to tell, it is not ours).
 */
async function isOurReport(
  bytes: ByteSource,
  reference: { catalogue: Catalogue; registry: UnitRegistry } | undefined,
  startedAt = Date.now(),
): Promise<boolean> {
  const heads = await readWorkbookSnapshot(bytes, { firstRowOnly: true, startedAt });
  if (!heads.ok || !isDistrictReport(heads.workbook)) return false;
  if (heads.workbook.sheets.every((s) => ROLLUP_SHEET_NAMES.has(s.name))) return true;
  if (reference === undefined) return false;
  const whole = await readWorkbookSnapshot(bytes, { startedAt });
  return whole.ok && !hasWork(typedWork(whole.workbook, reference.catalogue, reference.registry));
}

/** A facts CSV as `rollup --facts` writes it: its byte order mark and the facts' header row. */
function isFactsCsv(bytes: ByteSource): boolean {
  const head = `${UTF8_BOM}${FACTS_COLUMNS.join(",")}\r\n`;
  return new TextDecoder("utf-8", { ignoreBOM: true })
    .decode(bytes.read(0, Math.min(bytes.length, 4 * head.length)))
    .startsWith(head);
}

/**
 * Refuses (exit 2, naming both paths) an output that is one of the inputs, and --out equal to
 * --json; an input that is the very output of the kind expected (the report of an earlier run,
 * picked up with the folder it was written to) is not a unit report: it is dropped from the
 * inputs, with a note, and replaced. Reads nothing but the colliding files.
 */
export async function refuseOutputsOntoInputs(
  ctx: Context,
  outputs: readonly Output[],
  entries: readonly InputEntry[],
  reference: { catalogue: Catalogue; registry: UnitRegistry },
): Promise<InputEntry[]> {
  const identities = outputs.map((o) => identityOf(o.path));
  const [out, json] = outputs;
  if (out && json && sameFile(identities[0] as never, identities[1] as never))
    ctx.fail(M.outIsJson(out.shown, json.shown));
  const dropped = new Set<InputEntry>();
  for (const [i, output] of outputs.entries()) {
    const identity = identities[i] as ReturnType<typeof identityOf>;
    for (const entry of entries) {
      if (entry.kind !== "file" || !sameFile(entry.file.identity, identity)) continue;
      if (await isOwnOutput(entry.file.path, output.kind, reference)) {
        ctx.io.stderr(
          ctx.say((output.kind === "report" ? M.skippedReport : M.skippedSummary)(entry.file.shown)),
        );
        dropped.add(entry);
      } else ctx.fail(M.outputIsInput(output.option, output.shown, entry.file.shown));
    }
  }
  return entries.filter((e) => !dropped.has(e));
}

/**
 * Refuses (exit 2) an output that is the --units or --catalogue file the command reads: those are
 * inputs too, and a clerk's list of units is work.
 */
export async function refuseOutputsOntoReferenceFiles(
  ctx: Context,
  outputs: readonly { option: string; shown: string; path: string }[],
): Promise<void> {
  for (const option of ["units", "catalogue", "previous"]) {
    const shown = ctx.args.values.get(option);
    if (shown === undefined) continue;
    const identity = identityOf(path.resolve(ctx.io.cwd, shown));
    for (const output of outputs)
      if (sameFile(identityOf(output.path), identity))
        ctx.fail(M.outputIsInput(output.option, output.shown, shown));
  }
}

async function isOwnOutput(
  file: string,
  kind: Output["kind"],
  reference?: { catalogue: Catalogue; registry: UnitRegistry },
): Promise<boolean> {
  if (refusedBySize((await stat(file).catch(() => ({ size: 0 }))).size)) return false;
  return withFileSource(file, async (source) => {
    if (kind === "summary") return jsonKind(source.read(0, source.length)) === "summary";
    if (kind === "facts") return isFactsCsv(source);
    return isOurReport(source, reference);
  }).catch((e: unknown) => {
    if (e instanceof FileUnreadable) return false;
    throw e;
  });
}

/**
 * The roll-up's rule for an existing --out or --json: an earlier district report or JSON summary
 * is replaced; anything else only with --force, and never a workbook holding what a unit typed.
 */
export async function refuseReplacing(
  ctx: Context,
  output: Output,
  reference: { catalogue: Catalogue; registry: UnitRegistry },
): Promise<void> {
  const state = await inspectTarget(ctx, output.shown, output.path, output.kind, reference);
  if (state.kind === "folder") ctx.fail(M.outputIsFolder(output.shown));
  if (state.kind !== "other") return;
  if (hasWork(state.work)) ctx.fail(M.targetHasWork(output.shown, state.work.figures, state.work.evidence));
  if (!ctx.args.flags.has("force"))
    ctx.fail(
      (output.kind === "report" ? M.notOurReport : output.kind === "facts" ? M.notOurFacts : M.notOurSummary)(
        output.shown,
      ),
    );
}

const MAX_LISTED = 10;

function listed(names: readonly string[]): string {
  return names.length > MAX_LISTED
    ? `${names.slice(0, MAX_LISTED).join(", ")}, … (+${names.length - MAX_LISTED})`
    : names.join(", ");
}

/**
 * The template rule, for every file a template command would write, before it writes any: an
 * existing file is replaced only with --force (without, when they are the command's `own` of an
 * earlier run: the demo's), and never when it holds what a unit typed.
 */
export async function refuseOverwritingTemplates(
  ctx: Context,
  targets: readonly { shown: string; path: string }[],
  folderShown: string | undefined,
  reference: { catalogue: Catalogue; registry: UnitRegistry },
  own = false,
): Promise<void> {
  const states = [];
  for (const t of targets)
    states.push({ ...t, state: await inspectTarget(ctx, t.shown, t.path, "template", reference) });
  const folder = states.find((s) => s.state.kind === "folder");
  if (folder) ctx.fail(M.outputIsFolder(folder.shown));
  const existing = states.filter((s) => s.state.kind !== "absent");
  if (existing.length === 0) return;
  const name = (s: { path: string }): string => path.basename(s.path);
  if (!own && !ctx.args.flags.has("force")) {
    if (folderShown === undefined) ctx.fail(M.targetExists((existing[0] as { shown: string }).shown));
    ctx.fail(M.targetsExist(existing.length, folderShown as string, listed(existing.map(name))));
  }
  const worked = existing.flatMap((s) =>
    s.state.kind === "other" && hasWork(s.state.work) ? [{ ...s, work: s.state.work }] : [],
  );
  if (worked.length === 0) return;
  if (folderShown === undefined) {
    const one = worked[0] as (typeof worked)[number];
    ctx.fail(M.targetHasWork(one.shown, one.work.figures, one.work.evidence));
  }
  ctx.fail(
    M.targetsHaveWork(
      worked.length,
      folderShown as string,
      listed(worked.map((w) => ctx.say(M.workCount(name(w), w.work.figures, w.work.evidence)))),
    ),
  );
}

/**
 * Whether the file at `target` reads as the one staged at `staged` (every sheet's every cell the
 * same): an earlier demo's report, as the demo made it. A file that cannot be read is not.
 */
export async function readsAs(target: string, staged: string): Promise<boolean> {
  const cellsOf = async (file: string): Promise<string | null> => {
    const read = await withFileSource(file, (source) => readWorkbookSnapshot(source)).catch((e: unknown) => {
      if (e instanceof FileUnreadable) return null;
      throw e;
    });
    if (read === null || !read.ok) return null;
    return JSON.stringify(
      read.workbook.sheets.map((s) => [s.name, [...s.cells].sort(([a], [b]) => (a < b ? -1 : 1))]),
    );
  };
  const before = await cellsOf(target);
  return before !== null && before === (await cellsOf(staged));
}

/** Names the demo writes at the top of its folder; an earlier demo is recognised by them. */
export const DEMO_FILES = { check: "check.json", summary: "rollup.json", feedback: "phan-hoi" } as const;

/**
 * The demo writes into a folder that is new, empty, or an earlier demo's (its check.json,
 * rollup.json and district report all there and DVCQ's own), and nowhere else: a folder of a
 * clerk's files is refused before anything is written.
 */
export async function refuseDemoFolder(
  ctx: Context,
  dir: string,
  shown: string,
  reportName: string,
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const code = fsCode(e);
    if (code === "ENOENT") return;
    return ctx.fail(M.cannotWrite(shown, fsReason(e)));
  }
  if (names.length === 0) return;
  const bytesOf = async (name: string): Promise<Uint8Array> =>
    await readFile(path.join(dir, name)).catch(() => Buffer.alloc(0));
  const earlier =
    jsonKind(await bytesOf(DEMO_FILES.summary)) === "summary" &&
    jsonKind(await bytesOf(DEMO_FILES.check)) === "findings" &&
    (await isOwnOutput(path.join(dir, reportName), "report"));
  if (!earlier) ctx.fail(M.demoFolderTaken(shown));
}
