/**
 * Inputs read and checked on worker threads, one per core (at most MAX_WORKERS; one on one core),
 * or as many as DVCQ_READ_WORKERS names (0: none). A worker sends back a file's own check (findings and
 * submissions, not the workbook); the main thread takes every file in the order given and compares
 * it with those before it (duplicates, lists across units), so what a clerk sees is the same with
 * workers or without. The main thread reads nothing itself: what it holds is the inbox's figures,
 * and the garbage of reading, which makes V8 grow a heap, stays in the workers' small ones
 * (WORKER_LIMITS). A few files are always read on the main thread alone (a worker takes longer to
 * start than they take to read).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkbookCheck } from "../domain/check/checks";
import { FigureColumns } from "../domain/read/figureColumns";
import type { Lang } from "../domain/i18n/lang";
import type { UnitRegistry } from "../domain/units/registry";
import {
  checkHere,
  checkInput,
  type CheckSetting,
  type InputChecked,
  type InputFile,
  type PlacedFile,
} from "./inputs";

/** Fewer files than this are read on the main thread. */
const FILES_FOR_A_POOL = 16;
/**
 * Without DVCQ_READ_WORKERS, fewer files than this too: below it the workers' start (some 150 ms)
 * and V8's own background work, which uses the other cores anyway, leave nothing to gain. Measured
 * on a quiet two-core machine: 290 files 0.75 s alone, 0.85 s with two workers; 600 files the same
 * either way; 2,900 files 5.8 s alone, 4.7 s with two (4.5 s since, with an 8 MB young generation).
 */
const FILES_FOR_A_DEFAULT_POOL = 600;
/** At most this many, and no more than the cores. */
const MAX_WORKERS = 3;
/**
 * A worker's heap: what reading a file allocates dies young, and a worker holds one file at a
 * time, so it needs little; V8 would otherwise grow each worker's heap as if it held the inbox
 * (2,900 files when the limits came in: peak 241 MB without them, 192 MB with).
 * Checking 2,900 files on two workers (median of 3): young generation 4 MB 4.66 s and 178 MB
 * peak, 8 MB 4.47 s and 188 MB, 16 MB 4.48 s and 213 MB. A file too big for it (a workbook near
 * the read limits' half a million cells) ends its worker, out of memory: the files it held are
 * read here, where the heap is the process's own, and the rest by the other workers.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };
/** Files a worker is given at once: enough to keep it busy, few to hold. */
const AHEAD_PER_WORKER = 4;
/** The compiled worker; absent when the sources run untranspiled (tests), then no pool. */
const WORKER = path.join(__dirname, "readWorker.js");

/**
 * A check as a worker sends it: each submission's unit as its place in the registry (a worker's
 * units are copies), so that the main thread gives back the registry's own.
 */
export interface SentCheck {
  check: WorkbookCheck;
  units: (number | null)[];
}

export function sentCheck(check: WorkbookCheck, registry: UnitRegistry): SentCheck {
  const units = check.submissions.map((s) => (s.unit === null ? null : registry.units.indexOf(s.unit)));
  // Not cloned only to be replaced: the main thread has the registry.
  for (const s of check.submissions) s.unit = null;
  return { check, units };
}

function receivedCheck(
  { check, units }: SentCheck,
  registry: UnitRegistry,
  texts: SharedTexts,
): WorkbookCheck {
  texts.share(check);
  check.submissions.forEach((s, i) => {
    s.figures = FigureColumns.revive(s.figures);
    const at = units[i];
    s.unit = at === null || at === undefined ? null : (registry.units[at] ?? null);
  });
  return check;
}

/**
 * One copy of each short text across the checks received: a structured clone makes a string of
 * every use, and an inbox's figures repeat the same codes, cells and statuses in every file (at
 * 2,900 files some 20 MB of copies of "ok", "5.1" and "D12"). Walks what a clone can hold: arrays,
 * maps, sets and plain objects; a check is a tree (no cycles).
 */
class SharedTexts {
  private readonly texts = new Map<string, string>();

  share(value: unknown): void {
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.shared(value[i]);
    } else if (value instanceof Map) {
      const entries = [...value];
      value.clear();
      for (const [key, item] of entries) value.set(this.shared(key), this.shared(item));
    } else if (value instanceof Set) {
      const items = [...value];
      value.clear();
      for (const item of items) value.add(this.shared(item));
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.shared(record[key]);
    }
  }

  /** A text as its one copy; anything else as it is, its own texts shared. */
  private shared(value: unknown): unknown {
    if (typeof value === "string") return this.text(value);
    this.share(value);
    return value;
  }

  private text(text: string): string {
    if (text.length > LONGEST_SHARED) return text;
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept;
    // Texts of their own in every file (names, dates typed) would otherwise grow it without end.
    if (this.texts.size >= TEXTS_SHARED) this.texts.clear();
    this.texts.set(text, text);
    return text;
  }
}
const LONGEST_SHARED = 32;
const TEXTS_SHARED = 50_000;

/** What a worker sends back for one input. */
export type WorkerAnswer = { name: string; sent: SentCheck } | Exclude<InputChecked, { check: unknown }>;

export class ReadPool {
  private readonly workers: Worker[];
  private readonly failed = new Set<Worker>();
  private readonly waiting = new Map<
    number,
    {
      file: InputFile;
      lang: Lang;
      worker: Worker;
      done: (checked: InputChecked) => void;
      fail: (error: unknown) => void;
    }
  >();
  private nextId = 0;
  private readonly texts = new SharedTexts();

  private constructor(
    size: number,
    private readonly setting: CheckSetting,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER, { workerData: setting, resourceLimits: WORKER_LIMITS });
      worker.on("message", ({ id, answer }: { id: number; answer: WorkerAnswer }) => {
        const waiting = this.waiting.get(id);
        this.waiting.delete(id);
        waiting?.done(
          "sent" in answer
            ? { name: answer.name, check: receivedCheck(answer.sent, this.setting.registry, this.texts) }
            : answer,
        );
      });
      // Out of memory, a throw, an exit of its own, an answer that cannot be read: the same failure.
      const failed = (): void => this.checkHereWhatWaitsOn(worker);
      worker.on("error", failed);
      worker.on("messageerror", failed);
      worker.on("exit", failed);
      return worker;
    });
  }

  /** A pool for `files` inputs, or null when they are better read on the main thread. */
  static for(files: number, setting: CheckSetting): ReadPool | null {
    const cores =
      typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    const asked = process.env.DVCQ_READ_WORKERS;
    // On one core too, one worker: it only takes turns with the main thread, but the garbage of
    // reading stays in its small heap. 2,900 files held to one core: 14.4 s and 221-238 MB read
    // here, 15.4-15.9 s and 186-189 MB on a worker.
    const size = Math.min(MAX_WORKERS, asked === undefined ? Math.max(1, cores) : Number(asked) || 0);
    const least = asked === undefined ? FILES_FOR_A_DEFAULT_POOL : FILES_FOR_A_POOL;
    if (size < 1 || files < least || !existsSync(WORKER)) return null;
    return new ReadPool(size, setting);
  }

  /**
   * Checks every file once on the workers, each given the next file of the list as it finishes
   * one: `done` is told each as it is checked, in whatever order they finish. Resolves when all
   * are; should every worker fail, the rest is checked on this thread.
   */
  async checkAll(
    files: readonly PlacedFile[],
    lang: Lang,
    done: (index: number, checked: InputChecked) => void,
  ): Promise<void> {
    let next = 0;
    let running = 0;
    await new Promise<void>((resolve, reject) => {
      const give = (worker: Worker): void => {
        if (next < files.length && !this.failed.has(worker)) {
          const { index, file } = files[next++] as PlacedFile;
          running++;
          this.check(worker, file, lang).then((checked) => {
            running--;
            done(index, checked);
            give(worker);
          }, reject);
        } else if (running === 0) resolve();
      };
      for (const worker of this.workers) for (let k = 0; k < AHEAD_PER_WORKER; k++) give(worker);
    });
    await checkHere(files.slice(next), lang, this.setting, done);
  }

  private check(worker: Worker, file: InputFile, lang: Lang): Promise<InputChecked> {
    const id = this.nextId++;
    return new Promise((done, fail) => {
      this.waiting.set(id, { file, lang, worker, done, fail });
      worker.postMessage({ id, file, lang });
    });
  }

  /** A worker that failed: what it was given is read and checked on the main thread, and it is given no more. */
  private checkHereWhatWaitsOn(worker: Worker): void {
    this.failed.add(worker);
    for (const [id, waiting] of this.waiting) {
      if (waiting.worker !== worker) continue;
      this.waiting.delete(id);
      checkInput(waiting.file, waiting.lang, this.setting).then(waiting.done, waiting.fail);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
