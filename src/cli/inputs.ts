import { readFileSync, statSync, type Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { BatchChecker, type BatchCheck, type Source } from "../domain/check/batch";
import { checkWorkbook, type CheckOptions, type WorkbookCheck } from "../domain/check/checks";
import type { Catalogue } from "../domain/catalogue/types";
import type { WorkbookSnapshot } from "../domain/read/snapshot";
import { findTemplateSheets } from "../domain/read/submission";
import type { UnitRegistry } from "../domain/units/registry";
import type { Lang, Message } from "../domain/i18n/lang";
import { isFeedbackWorkbook } from "../domain/letters/feedbackSheet";
import { isDistrictReport, isFindingsList, isRollupSummary } from "../domain/report/recognise";
import { TEMPORARY_NAME } from "../files/atomicWrite";
import { readWorkbookSnapshot, refusedBySize, sourceFromRead } from "../files/readXlsx";
import { CannotRun, type Context } from "./context";
import { fsCode, fsReason } from "./fsText";
import { M } from "./messages";
import { identityOf, sameFile, type Identity } from "./paths";
import { ReadPool } from "./readPool";

/** A file to read: the name findings give it (as the clerk typed it, or as found), and where its bytes are. */
export interface InputFile {
  shown: string;
  path: string;
  identity: Identity;
}

/** What one argument gave: a file, or a sentence saying why it gave none. */
export type InputEntry =
  { kind: "file"; file: InputFile } | { kind: "problem"; shown: string; message: Message };

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const WILDCARD = /[*?]/;
/** "~$Report.xlsx": the owner file Excel keeps beside an open workbook. */
const EXCEL_LOCK = /^~\$/;
const CASE_BLIND = process.platform === "win32" || process.platform === "darwin";

/** Why a file or folder the clerk named could not be opened, in both languages. */
function cannotOpen(shown: string, error: unknown): Message {
  const code = fsCode(error);
  if (code === "EACCES" || code === "EPERM") return M.inputNoPermission(shown);
  return M.inputUnreadable(shown, fsReason(error));
}

const isWorkbookName = (name: string): boolean =>
  WORKBOOK_EXTENSIONS.has(path.extname(name).toLowerCase()) &&
  !EXCEL_LOCK.test(name) &&
  !name.startsWith(".");

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files the arguments name, in order and each once: a file as given; a folder as every
 * .xlsx/.xlsm in it (subfolders with `recursive`); a pattern with * or ? that names no file, as the
 * files it matches (what cmd and PowerShell leave to the program). Anything that names nothing is
 * a problem entry with a sentence naming it.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  options: { recursive: boolean },
): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const seen: Identity[] = [];
  const addFile = async (shown: string, abs: string): Promise<void> => {
    const identity = identityOf(abs);
    if (seen.some((s) => sameFile(s, identity))) return;
    seen.push(identity);
    entries.push({ kind: "file", file: { shown, path: abs, identity } });
  };
  const problem = (shown: string, message: Message): void => {
    entries.push({ kind: "problem", shown, message });
  };

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      const code = fsCode(e);
      if ((code === "ENOENT" || code === "ENOTDIR" || code === "EINVAL") && WILDCARD.test(arg)) {
        const matches = await expandPattern(arg, cwd);
        if (matches.length === 0) problem(arg, M.noMatch(arg));
        for (const m of matches) {
          if (m.folder) await addFolder(m.shown, m.path);
          else await addFile(m.shown, m.path);
        }
      } else if (code === "ENOENT" || code === "ENOTDIR") problem(arg, M.inputNotFound(arg));
      else problem(arg, cannotOpen(arg, e));
      continue;
    }
    if (info.isDirectory()) await addFolder(arg, abs);
    else await addFile(arg, abs);
  }
  return entries;

  async function addFolder(shown: string, abs: string): Promise<void> {
    let found: { shown: string; path: string }[];
    try {
      found = await workbooksIn(shown, abs, options.recursive);
    } catch (e) {
      problem(shown, cannotOpen(shown, e));
      return;
    }
    if (found.length === 0) {
      const below = !options.recursive && (await workbooksIn(shown, abs, true).catch(() => [])).length > 0;
      problem(shown, (below ? M.folderEmptyTryRecursive : M.folderEmpty)(shown));
    }
    for (const f of found) await addFile(f.shown, f.path);
  }
}

/** The workbooks of a folder, by name; hidden entries, Excel's lock files and DVCQ's temporaries left out. */
async function workbooksIn(
  shown: string,
  abs: string,
  recursive: boolean,
  visited: Set<string> = new Set(),
): Promise<{ shown: string; path: string }[]> {
  const real = await realpath(abs);
  if (visited.has(real)) return [];
  visited.add(real);
  const found: { shown: string; path: string }[] = [];
  for (const entry of (await readdir(abs, { withFileTypes: true })).sort(byName)) {
    if (entry.name.startsWith(".")) continue;
    const child = path.join(abs, entry.name);
    const childShown = path.join(shown, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(child).catch(() => undefined);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isFile && isWorkbookName(entry.name)) found.push({ shown: childShown, path: child });
    else if (isDir && recursive) {
      try {
        found.push(...(await workbooksIn(childShown, child, true, visited)));
      } catch {
        // An unreadable subfolder gives nothing; the folder given is what must be readable.
      }
    }
  }
  return found;
}

/** One segment of a pattern as a regular expression: * any run of characters, ? one character. */
function segmentPattern(segment: string): RegExp {
  const body = segment
    .split("")
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`, CASE_BLIND ? "iu" : "u");
}

/**
 * The files and folders a pattern matches, sorted, as a shell would give them: hidden names only
 * when the segment starts with a dot; JSON files and Excel's lock files never (they are not unit
 * reports, and a pattern such as `*` must not pick up the summary a roll-up wrote beside them).
 */
async function expandPattern(
  pattern: string,
  cwd: string,
): Promise<{ shown: string; path: string; folder: boolean }[]> {
  const abs = path.resolve(cwd, pattern);
  const root = path.parse(abs).root;
  const segments = abs.slice(root.length).split(path.sep).filter(Boolean);
  let current = [root];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      if (!WILDCARD.test(segment)) {
        next.push(path.join(dir, segment));
        continue;
      }
      const re = segmentPattern(segment);
      let names: Dirent[];
      try {
        names = (await readdir(dir, { withFileTypes: true })).sort(byName);
      } catch {
        continue;
      }
      for (const d of names) {
        if (d.name.startsWith(".") && !segment.startsWith(".")) continue;
        if (!re.test(d.name)) continue;
        if (last && (path.extname(d.name).toLowerCase() === ".json" || EXCEL_LOCK.test(d.name))) continue;
        next.push(path.join(dir, d.name));
      }
    }
    current = next;
  }
  const matches: { shown: string; path: string; folder: boolean }[] = [];
  for (const match of current) {
    const info = await stat(match).catch(() => undefined);
    if (!info) continue;
    const shown = path.isAbsolute(pattern) ? match : path.relative(cwd, match);
    matches.push({ shown, path: match, folder: info.isDirectory() });
  }
  return matches;
}

/** The files of the entries, for the refusals that compare outputs with inputs. */
export function filesOf(entries: readonly InputEntry[]): InputFile[] {
  return entries.flatMap((e) => (e.kind === "file" ? [e.file] : []));
}

/**
 * The entries of the command's file arguments; stops the command (exit 2) when not one of them
 * names a file, printing why each gave none.
 */
export async function gatherInputs(ctx: Context): Promise<InputEntry[]> {
  if (ctx.args.files.length === 0) ctx.fail(M.needFiles);
  const entries = await expandInputs(ctx.args.files, ctx.io.cwd, {
    recursive: ctx.args.flags.has("recursive"),
  });
  if (entries.every((e) => e.kind === "problem"))
    throw new CannotRun(entries.map((e) => (e.kind === "problem" ? e.message[ctx.lang] : "")).join("\n"));
  return entries;
}

/** What reading an input gave: a source to check, or a note that it is one of DVCQ's own outputs. */
export type InputRead = { source: Source } | { skipped: string };

/** What reading and checking an input gave: its workbook's check, a source that could not be read, or a note. */
export type InputChecked = { name: string; check: WorkbookCheck } | InputRead;

/** What the inputs of one batch are checked against. */
export interface CheckSetting {
  catalogue: Catalogue;
  registry: UnitRegistry;
  options: CheckOptions;
}

const FIRST_JSON_BYTE = /^\s*[[{]/;

/**
 * Reads one input: the workbook or why it cannot be used (never a throw), or a note when it is
 * DVCQ's own output (a district report, a JSON summary or findings list), an Excel lock file or a
 * temporary of an interrupted run, which are not unit reports and are not counted as errors.
 */
export async function readInput(file: InputFile, lang: Lang, catalogue: Catalogue): Promise<InputRead> {
  const name = path.basename(file.shown);
  if (TEMPORARY_NAME.test(name)) return { skipped: M.skippedTemporary(file.shown)[lang] };
  let bytes: Uint8Array;
  try {
    // Past the size limit, refused by its size without loading it. Read synchronously: a unit's
    // file is tens of kilobytes, read in well under the thread pool's round trips for a read.
    const tooLarge = refusedBySize(statSync(file.path).size);
    if (tooLarge) return { source: sourceFromRead(file.shown, tooLarge) };
    bytes = readFileSync(file.path);
  } catch (e) {
    return { source: { name: file.shown, unreadable: cannotOpen(file.shown, e), rule: "FILE_UNREADABLE" } };
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (EXCEL_LOCK.test(name) && !isZip) return { skipped: M.skippedLock(file.shown)[lang] };
  if (!isZip && FIRST_JSON_BYTE.test(new TextDecoder().decode(bytes.subarray(0, 64)))) {
    const kind = jsonKind(bytes);
    if (kind === "summary") return { skipped: M.skippedSummary(file.shown)[lang] };
    if (kind === "findings") return { skipped: M.skippedFindings(file.shown)[lang] };
  }
  const startedAt = Date.now();
  const read = await readWorkbookSnapshot(bytes, { startedAt });
  if (read.ok && (await isDistrictReportFile(bytes, read.workbook, catalogue, startedAt)))
    return { skipped: M.skippedReport(file.shown)[lang] };
  if (read.ok && isFeedbackWorkbook(read.workbook)) return { skipped: M.skippedFeedback(file.shown)[lang] };
  return { source: sourceFromRead(file.shown, read) };
}

/**
 * A district report and nothing a unit sent: from some hundred units its facts sheet is past the
 * size a sheet is read to, so a workbook with sheets left unread is told again by its sheets' first
 * rows; one holding a unit's sheet (pasted in) is read as a unit's report.
 */
async function isDistrictReportFile(
  bytes: Uint8Array,
  workbook: WorkbookSnapshot,
  catalogue: Catalogue,
  startedAt: number,
): Promise<boolean> {
  let report = isDistrictReport(workbook);
  if (!report && workbook.skipped !== undefined) {
    const heads = await readWorkbookSnapshot(bytes, { firstRowOnly: true, startedAt });
    report = heads.ok && isDistrictReport(heads.workbook);
  }
  return report && findTemplateSheets(workbook, catalogue).length === 0;
}

/** Which of DVCQ's JSON outputs the bytes are, if either. */
export function jsonKind(bytes: Uint8Array): "summary" | "findings" | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  return isRollupSummary(value) ? "summary" : isFindingsList(value) ? "findings" : null;
}

/**
 * Every entry as a source for the batch check, in order: what could not be read or named nothing
 * is a FILE_UNREADABLE source naming it; DVCQ's own outputs are skipped with a note on stderr.
 */
export async function readSources(
  ctx: Context,
  entries: readonly InputEntry[],
  catalogue: Catalogue,
): Promise<Source[]> {
  const sources: Source[] = [];
  for (const entry of entries) {
    const source = await sourceOf(ctx, entry, catalogue);
    if (source) sources.push(source);
  }
  return sources;
}

/** Reads one input and checks its workbook on its own, as BatchChecker.add does before it compares files. */
export async function checkInput(file: InputFile, lang: Lang, setting: CheckSetting): Promise<InputChecked> {
  const read = await readInput(file, lang, setting.catalogue);
  if ("skipped" in read || "unreadable" in read.source) return read;
  const { catalogue, registry, options } = setting;
  return { name: read.source.name, check: checkWorkbook(read.source.workbook, catalogue, registry, options) };
}

/** An input to check, by its place among the command's entries. */
export interface PlacedFile {
  index: number;
  file: InputFile;
}

/**
 * Checks files on this thread one after another, telling `done` each. Reading is synchronous:
 * between two files the process hears a Ctrl+C (bin/dvcq.js).
 */
export async function checkHere(
  files: readonly PlacedFile[],
  lang: Lang,
  setting: CheckSetting,
  done: (index: number, checked: InputChecked) => void,
): Promise<void> {
  for (const { index, file } of files) {
    done(index, await checkInput(file, lang, setting));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * readSources and checkSources together, one file at a time: a workbook is dropped once checked,
 * so that only the figures and findings of an inbox of thousands are held. Stops the command
 * (exit 2) when no entry gave a source.
 */
export async function checkInputs(
  ctx: Context,
  entries: readonly InputEntry[],
  reference: { catalogue: Catalogue; registry: UnitRegistry },
  options: CheckOptions,
): Promise<BatchCheck> {
  const setting: CheckSetting = { ...reference, options };
  const batch = new BatchChecker(reference.catalogue, reference.registry, options);
  // Each entry checked, here or on a worker thread (readPool.ts), is added to the batch in order.
  const checked: (InputChecked | undefined)[] = entries.map((e) =>
    e.kind === "problem" ? { source: problemSource(e) } : undefined,
  );
  let added = 0;
  const addInOrder = (): void => {
    for (let done = checked[added]; done !== undefined; done = checked[added]) {
      checked[added++] = undefined;
      if ("check" in done) batch.addChecked(done.name, done.check);
      else if ("source" in done) batch.add(done.source);
      else ctx.io.stderr(done.skipped);
    }
  };
  const files = entries.flatMap((e, index) => (e.kind === "file" ? [{ index, file: e.file }] : []));
  const pool = ReadPool.for(files.length, setting);
  const done = (index: number, result: InputChecked): void => {
    checked[index] = result;
    addInOrder();
  };
  try {
    if (pool) await pool.checkAll(files, ctx.lang, done);
    else await checkHere(files, ctx.lang, setting, done);
    addInOrder();
  } finally {
    await pool?.close();
  }
  if (batch.count === 0) ctx.fail(M.noInputFiles);
  return batch.result();
}

const problemSource = (entry: Extract<InputEntry, { kind: "problem" }>): Source => ({
  name: entry.shown,
  unreadable: entry.message,
  rule: "FILE_UNREADABLE",
});

async function sourceOf(ctx: Context, entry: InputEntry, catalogue: Catalogue): Promise<Source | undefined> {
  if (entry.kind === "problem") return problemSource(entry);
  const read = await readInput(entry.file, ctx.lang, catalogue);
  if ("source" in read) return read.source;
  ctx.io.stderr(read.skipped);
  return undefined;
}
