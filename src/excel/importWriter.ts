import {
  failedResult,
  formulaNotes,
  isOurs,
  rebuiltNote,
  type Write,
  type WriteResult,
} from "../app/importPlan";
import { IM } from "../app/importMessages";
import type { Message } from "../domain/i18n/lang";
import type { Finding } from "../domain/check/finding";
import { logRows, type IntakeEntry } from "../domain/intake/log";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import { nameTarget } from "../domain/read/snapshot";
import { toBase64 } from "./base64";
import type { ExcelFeatures } from "./features";
import { queueIntakeLog, type LogPlace } from "./intakeLog";
import { M } from "./messages";
import { excelError, excelErrorText } from "./officeErrors";
import { jsonBytes, packSteps, recordedBytes, type WriteStep } from "./requestSize";
import { queueSheetPlan } from "./writePlan";
import { nameKey, sheetOf } from "./sheetNames";

/**
 * Writes the import's sheets in one Excel.run and gives one result per write; it changes nothing
 * but the workbook. The writes go in passes (importPlan.writePasses), each in requests of at most
 * the budget, one sync each, in file order:
 * - a sheet rebuilt from the template is added with the unit's values and sheet-scoped names (under
 *   a scratch name while the sheet it replaces is still there);
 * - a sheet inserted from the file (ExcelApi 1.13) is then settled in 2 syncs for all of them: its
 *   names are read and checked against the file's, then made sheet-scoped, the sheets they replace
 *   go and each takes its unit's sheet name. An inserted sheet whose names came out broken, or one
 *   Excel could not insert or settle, is rebuilt from the template instead, in requests after.
 * A request that fails is undone (what it half wrote is removed, 1–2 syncs) and its files rejected
 * with the Office error table's advice and Excel's words (officeErrors.ts); earlier requests stay and the next ones go on. The log goes with the last
 * request, or in a sync of its own when that failed, and says what really happened.
 */
export interface WriteJob {
  features: ExcelFeatures;
  /** What one request may carry, as Office.js serialises it. */
  budget: number;
  /** Inserted sheets settled together, SETTLED_TOGETHER unless a test asks fewer. */
  settledTogether: number;
  /** The workbook's sheet ids when writing starts. */
  sheetIds: readonly string[];
  /** Its workbook-scoped names then, "=…" formulas. */
  names: readonly { name: string; formula: string }[];
  log: LogPlace;
  /** The log's rows, the writes without a result counted as not written. */
  logEntries(results: readonly WriteResult[]): IntakeEntry[];
}

const SCRATCH_SHEET = "DVCQ_nhap";

/**
 * Inserted sheets settled together: the settling read answers each one's names and every
 * workbook-scoped name (an inserted file's names arrive there), about 4.7 KB a sheet as Office.js
 * answers, so 250 keep it near 1.2 MB where 1,000 at once were 4.66 MB.
 */
export const SETTLED_TOGETHER = 250;

export async function writeImports(
  context: Excel.RequestContext,
  passes: readonly (readonly Write[])[],
  job: WriteJob,
): Promise<{ results: WriteResult[]; logFailed: Message | null }> {
  const writer = new Writer(context, job);
  for (const [i, pass] of passes.entries()) await writer.pass(pass, i === passes.length - 1);
  if (writer.logged) return { results: writer.results(), logFailed: null };
  writer.logStep().queue();
  try {
    await context.sync();
    return { results: writer.results(), logFailed: null };
  } catch (error) {
    return { results: writer.results(), logFailed: excelError(error) };
  }
}

interface Inserted {
  write: Write;
  ids: OfficeExtension.ClientResult<string[]>;
}

/** A step, the write it brings (none for the log's) and the notes that write adds to its file's findings. */
interface Step extends WriteStep {
  write: Write | null;
  notes: readonly Finding[];
}

/** One import's writing: what it has written so far lives here, for the length of the run. */
class Writer {
  private readonly done = new Map<number, WriteResult>();
  private known: Set<string>;
  private readonly dropped = new Set<string>();
  logged = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly job: WriteJob,
  ) {
    this.known = new Set(job.sheetIds);
  }

  results(): WriteResult[] {
    return [...this.done.values()];
  }

  /** The pass's requests, then the inserted sheets settled, then those rebuilt instead. */
  async pass(given: readonly Write[], last: boolean): Promise<void> {
    const writes = given.map((w) => this.withEarlier(w));
    const inserted: Inserted[] = [];
    const steps = writes.map((w) =>
      w.via === "insert" ? this.insertStep(w, inserted) : this.planStep(w, []),
    );
    const withLog = last && !writes.some((w) => w.via === "insert");
    const rebuild: { write: Write; why: Finding }[] = [];
    let settled = 0;
    const settleInserted = async (final: boolean): Promise<void> => {
      const settling = inserted.slice(settled).filter((i) => !rebuild.some((r) => r.write === i.write));
      settled = inserted.length;
      rebuild.push(...(await this.settle(settling, final && last && rebuild.length === 0)));
    };
    // The pass's requests, planned before any is sent: one sync each.
    const requests = packSteps(withLog ? [...steps, this.logStep()] : steps, this.job.budget);
    for (const request of requests) {
      const failed = await this.sync(request);
      if (failed !== null) {
        // The file still comes in, rebuilt: the note gives Excel's words, not advice to try again.
        const words = excelErrorText(failed.error);
        for (const write of writesOf(request).filter((w) => w.via === "insert"))
          rebuild.push({ write, why: rebuiltNote(write, IM.rebuiltInsertFailed(words)) });
      }
      if (inserted.length - settled >= this.job.settledTogether) await settleInserted(false);
    }
    await settleInserted(true);
    if (rebuild.length === 0) return;
    const again = rebuild.map(({ write, why }) => this.planStep({ ...write, via: "plan" }, [why]));
    const more = packSteps(last && !this.logged ? [...again, this.logStep()] : again, this.job.budget);
    for (const request of more) await this.sync(request);
  }

  /** A write replacing the sheet of an earlier pass's write replaces nothing if that write did not go through. */
  private withEarlier(write: Write): Write {
    if (write.replacing === null || write.replacing.id !== null) return write;
    const target = nameKey(write.candidate.target);
    const there = [...this.done.values()].some(
      (r) => r.written && nameKey(r.write.candidate.target) === target,
    );
    return there ? write : { ...write, replacing: null };
  }

  /**
   * Syncs one request. Its rebuilt sheets count as written before it is queued, so that a log in it
   * says so; a failure is undone and its writes rejected with the Office error table's advice and
   * Excel's words (inserted ones are left to the caller, which rebuilds them). Gives Excel's error,
   * or null when it went through.
   */
  private async sync(request: readonly Step[]): Promise<{ error: unknown } | null> {
    for (const step of request) {
      const w = step.write;
      if (w?.via === "plan") this.done.set(w.candidate.slot, this.written(w, step));
    }
    this.context.application.suspendApiCalculationUntilNextSync();
    for (const step of request) step.queue();
    const listed = this.context.workbook.worksheets.load("items/id");
    try {
      await this.context.sync();
      this.known = new Set(listed.items.map((s) => s.id));
      return null;
    } catch (error) {
      if (request.some((s) => s.write === null)) this.logged = false;
      const detail = excelError(error);
      const plans = writesOf(request).filter((w) => w.via === "plan");
      const { through, left } = await this.undo(writesOf(request), (id) => !this.known.has(id));
      for (const w of plans) if (!through.has(w)) this.done.set(w.candidate.slot, failedResult(w, detail));
      this.known = new Set([...this.known, ...left]);
      return { error };
    }
  }

  private written(write: Write, step: Step): WriteResult {
    const notCarried = write.via === "plan" && write.notCarried.length > 0 ? [notCarriedFinding(write)] : [];
    return {
      write,
      written: true,
      replaced: write.replacing !== null,
      notes: [...step.notes, ...notCarried, ...formulaNotes(write)],
    };
  }

  private planStep(write: Write, notes: readonly Finding[]): Step {
    const target = write.candidate.target;
    const features = this.job.features;
    return {
      write,
      notes,
      bytes: planRequestBytes(write.plan, features),
      queue: () => {
        this.dropStaleNames(write.replacing?.name ?? null);
        const worksheets = this.context.workbook.worksheets;
        const writeName = write.replacing === null ? target : SCRATCH_SHEET;
        const sheet = worksheets.add(writeName);
        queueSheetPlan(sheet, { ...write.plan, name: writeName }, { nameScope: "sheet", features });
        if (write.replacing !== null) {
          worksheets.getItem(write.replacing.id ?? write.replacing.name).delete();
          sheet.name = target;
        }
      },
    };
  }

  /** Queues deleting the workbook-scoped DVCQ names that are broken or on the sheet being replaced, each once. */
  private dropStaleNames(replacing: string | null): void {
    for (const n of this.job.names) {
      const stale =
        n.formula.includes("#REF!") || (replacing !== null && sheetOf(n.formula) === nameKey(replacing));
      if (!isOurs(n.name) || !stale || this.dropped.has(nameKey(n.name))) continue;
      this.dropped.add(nameKey(n.name));
      this.context.workbook.names.getItem(n.name).delete();
    }
  }

  private insertStep(write: Write, inserted: Inserted[]): Step {
    const base64 = toBase64(write.candidate.file.bytes);
    return {
      write,
      notes: [],
      bytes: base64.length + 500,
      queue: () => {
        const ids = this.context.workbook.insertWorksheetsFromBase64(base64, {
          sheetNamesToInsert: [write.candidate.submission.sheet],
          positionType: "End",
        });
        inserted.push({ write, ids });
      },
    };
  }

  /** The log's rows as the results stand when it is queued. */
  logStep(): Step {
    const entries = (): IntakeEntry[] => this.job.logEntries(this.results());
    return {
      write: null,
      notes: [],
      bytes: 2 * jsonBytes(logRows(entries()).values),
      queue: () => {
        queueIntakeLog(this.context, this.job.log, entries());
        this.logged = true;
      },
    };
  }

  /**
   * The inserted sheets whose names came through are settled (their DVCQ names made sheet-scoped,
   * broken names and those of the sheets they replace dropped, the replaced sheets deleted, each
   * renamed to its unit's sheet) and the others deleted, in 2 syncs (the pass gives them some SETTLED_TOGETHER at a time); the log
   * goes with the second when `withLog`. Gives the writes to rebuild from the template instead.
   */
  private async settle(
    inserted: readonly Inserted[],
    withLog: boolean,
  ): Promise<{ write: Write; why: Finding }[]> {
    if (inserted.length === 0) return [];
    const ids = new Set<string>();
    const rebuild: { write: Write; why: Finding }[] = [];
    try {
      const sheets = inserted.map(({ write, ids: result }) => {
        const id = result.value[0] as string;
        ids.add(id);
        const sheet = this.context.workbook.worksheets.getItem(id).load("name");
        return { write, sheet, own: sheet.names.load("items/name,items/formula") };
      });
      const names = this.context.workbook.names.load("items/name,items/formula");
      await this.context.sync();

      const deleted = new Set<string>();
      for (const { write, sheet, own } of sheets) {
        const at = nameKey(sheet.name);
        const broken = brokenNames(write, sheet.name, own.items, names.items);
        if (broken.length > 0) {
          for (const name of names.items)
            if (sheetOf(name.formula) === at && !deleted.has(nameKey(name.name))) {
              deleted.add(nameKey(name.name));
              this.context.workbook.names.getItem(name.name).delete();
            }
          sheet.delete();
          rebuild.push({ write, why: rebuiltNote(write, IM.rebuiltNamesBroken(broken)) });
          continue;
        }
        const scoped = new Set(own.items.map((n) => nameKey(n.name)));
        const replacing = write.replacing === null ? null : nameKey(write.replacing.name);
        for (const name of names.items) {
          const key = nameKey(name.name);
          if (!isOurs(name.name) || deleted.has(key)) continue;
          const onInserted = sheetOf(name.formula) === at;
          const stale =
            name.formula.includes("#REF!") || (replacing !== null && sheetOf(name.formula) === replacing);
          if (!onInserted && !stale) continue;
          deleted.add(key);
          // By name: an item of a collection loaded without ids is addressed by position, which
          // the deletions before it in this batch have shifted.
          this.context.workbook.names.getItem(name.name).delete();
          const address = onInserted ? nameTarget(name.formula, sheet.name) : null;
          if (address !== null && !scoped.has(key)) sheet.names.add(name.name, sheet.getRange(address));
        }
        if (write.replacing !== null)
          this.context.workbook.worksheets.getItem(write.replacing.id ?? write.replacing.name).delete();
        sheet.name = write.candidate.target;
        queueResults(sheet, write);
        this.done.set(write.candidate.slot, {
          write,
          written: true,
          replaced: write.replacing !== null,
          notes: formulaNotes(write),
        });
      }
      if (withLog && rebuild.length === 0) this.logStep().queue();
      const listed = this.context.workbook.worksheets.load("items/id");
      await this.context.sync();
      this.known = new Set(listed.items.map((s) => s.id));
      return rebuild;
    } catch (error) {
      this.logged = false;
      const all = inserted.map((i) => i.write);
      const { through } = await this.undo(all, (id) => ids.has(id));
      const detail = excelErrorText(error);
      for (const write of through)
        this.done.set(write.candidate.slot, {
          write,
          written: true,
          replaced: true,
          notes: formulaNotes(write),
        });
      return all
        .filter((w) => !through.has(w))
        .map((write) => {
          this.done.delete(write.candidate.slot);
          return { write, why: rebuiltNote(write, IM.rebuiltInsertFailed(detail)) };
        });
    }
  }

  /**
   * After a failed sync (Excel keeps what ran before the failing command): the sheets it added under
   * a name its writes give are removed with the workbook names on them, except a replacement that
   * went through (its old sheet is gone and the new one has the name), which stays. Gives those
   * writes and the ids of the sheets left. 1–2 syncs.
   */
  private async undo(
    writes: readonly Write[],
    added: (id: string) => boolean,
  ): Promise<{ through: Set<Write>; left: string[] }> {
    const through = new Set<Write>();
    const listed = this.context.workbook.worksheets.load("items/id,items/name");
    const names = this.context.workbook.names.load("items/name,items/formula");
    try {
      await this.context.sync();
    } catch {
      return { through, left: [] };
    }
    const stillThere = (r: NonNullable<Write["replacing"]>): boolean =>
      listed.items.some((s) =>
        r.id !== null ? s.id === r.id : !added(s.id) && nameKey(s.name) === nameKey(r.name),
      );
    const stays = new Set<string>();
    let oldGone = false;
    for (const write of writes) {
      if (write.replacing === null || stillThere(write.replacing)) continue;
      oldGone = true;
      const now = listed.items.find(
        (s) => added(s.id) && nameKey(s.name) === nameKey(write.candidate.target),
      );
      if (now === undefined) continue;
      stays.add(now.id);
      through.add(write);
    }
    const removed = listed.items.filter(
      (s) =>
        added(s.id) &&
        !stays.has(s.id) &&
        writes.some((w) => givesName(w, s.name)) &&
        !(oldGone && nameKey(s.name) === nameKey(SCRATCH_SHEET)),
    );
    removed.forEach((s) => s.delete());
    // An inserted sheet brought the file's workbook-scoped names: they would be left #REF!.
    const gone = new Set(removed.map((s) => nameKey(s.name)));
    for (const n of names.items) if (gone.has(sheetOf(n.formula) ?? "")) n.delete();
    if (removed.length > 0) await this.context.sync().catch(() => undefined);
    return { through, left: listed.items.filter((s) => !removed.includes(s)).map((s) => s.id) };
  }
}

function writesOf(request: readonly Step[]): Write[] {
  return request.flatMap((s) => (s.write === null ? [] : [s.write]));
}

/** The sheet's writing as Office.js serialises it, and the adding, replacing and renaming around it. */
function planRequestBytes(plan: SheetPlan, features: ExcelFeatures): number {
  return (
    recordedBytes((sheet: Excel.Worksheet) => queueSheetPlan(sheet, plan, { nameScope: "sheet", features })) +
    2_000
  );
}

/**
 * The file's DVCQ names that the inserted sheet (named `at`) lost or holds pointing
 * elsewhere: Excel can leave them #REF! or turn them into links to the unit's file.
 */
function brokenNames(
  write: Write,
  at: string,
  own: readonly { name: string; formula: string }[],
  workbook: readonly { name: string; formula: string }[],
): string[] {
  const found = new Map<string, string>();
  for (const n of workbook) if (sheetOf(n.formula) === nameKey(at)) found.set(nameKey(n.name), n.formula);
  for (const n of own) found.set(nameKey(n.name), n.formula);
  return write.candidate.names
    .filter((expected) => {
      const formula = found.get(nameKey(expected.name));
      return formula === undefined || nameTarget(formula, at) !== expected.address;
    })
    .map((n) => n.name);
}

/**
 * Over an inserted sheet, each formula the unit typed becomes its result. The sheet is protected
 * and its formats locked, so text stays text as a clerk would keep it: in a text cell as it is,
 * elsewhere behind the apostrophe Excel reads as "this is text".
 */
function queueResults(sheet: Excel.Worksheet, write: Write): void {
  for (const f of write.typedFormulas) {
    const text = typeof f.value === "string" && !f.textCell ? `'${f.value}` : f.value;
    sheet.getRange(f.ref).values = [[text ?? ""]];
  }
}

/** The write may have left a sheet of this name: its target, the scratch sheet, the inserted sheet ("… (2)"). */
function givesName(write: Write, name: string): boolean {
  const key = nameKey(name);
  if (key === nameKey(write.candidate.target) || key === nameKey(SCRATCH_SHEET)) return true;
  const source = nameKey(write.candidate.submission.sheet);
  const copy = / \(\d+\)$/.exec(key);
  return key === source || (copy !== null && source.startsWith(key.slice(0, copy.index)));
}

function notCarriedFinding(write: Write): Finding {
  return {
    rule: "NOT_IN_COPY",
    severity: "warning",
    unit: null,
    sheet: write.candidate.target,
    cell: write.notCarried[0] ?? null,
    section: null,
    message: M.notCarried(write.notCarried),
  };
}
