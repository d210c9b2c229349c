/**
 * Inputs read ahead on worker threads while the main thread checks those already read, so that
 * reading and checking overlap on a machine with a core to spare: one worker per core but one (at
 * most MAX_WORKERS), or as many as DVCQ_READ_WORKERS names (0: none). On a quiet two-core machine
 * one worker took a check of 2,900 files from 9.4 to 6.3 s and its roll-up from 13.0 to 9.8 s
 * (for some 35 MB more at the peak of the check; on a machine loaded by other work it paid
 * nothing). A few files are always read on the main thread (a worker takes longer to start than
 * they take to read). What a file gives is the same either way: a worker runs readInput, the
 * results are taken in the order given.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Lang } from "../domain/i18n/lang";
import type { InputFile, InputRead } from "./inputs";

/** Fewer files than this are read on the main thread. */
const FILES_FOR_A_POOL = 16;
/**
 * Without DVCQ_READ_WORKERS, fewer files than this too: below it the worker's start costs what it
 * saves (measured: 29 files 311 ms alone, 330 with a worker; 60 files 417 and 398 ms).
 */
const FILES_FOR_A_DEFAULT_POOL = 50;
/** At most this many, and one fewer than the cores. */
const MAX_WORKERS = 3;
/** Files asked for ahead of the one checked, per worker: enough to keep it busy, few to hold. */
const AHEAD_PER_WORKER = 4;
/** The compiled worker; absent when the sources run untranspiled (tests), then no pool. */
const WORKER = path.join(__dirname, "readWorker.js");

type ReadHere = (file: InputFile, lang: Lang) => Promise<InputRead>;

export class ReadPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { file: InputFile; lang: Lang; done: (read: InputRead) => void }
  >();
  private nextId = 0;

  private constructor(
    size: number,
    /** How the main thread reads a file, for the files of a worker that failed. */
    private readonly readHere: ReadHere,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER);
      worker.on("message", ({ id, read }: { id: number; read: InputRead }) => {
        this.waiting.get(id)?.done(read);
        this.waiting.delete(id);
      });
      worker.on("error", () => this.readWaitingHere());
      return worker;
    });
  }

  /** Every file asked for and not given back is read on the main thread. */
  private readWaitingHere(): void {
    for (const [id, { file, lang, done }] of this.waiting) {
      this.waiting.delete(id);
      void this.readHere(file, lang).then(done);
    }
  }

  /** A pool for `files` inputs, or null when they are better read on the main thread. */
  static for(files: number, readHere: ReadHere): ReadPool | null {
    const cores =
      typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
    const asked = process.env.DVCQ_READ_WORKERS;
    const size = Math.min(MAX_WORKERS, cores - 1, asked === undefined ? MAX_WORKERS : Number(asked) || 0);
    const least = asked === undefined ? FILES_FOR_A_DEFAULT_POOL : FILES_FOR_A_POOL;
    if (size < 1 || files < least || !existsSync(WORKER)) return null;
    return new ReadPool(size, readHere);
  }

  /** How many files to ask for ahead of the one being checked. */
  get ahead(): number {
    return this.workers.length * AHEAD_PER_WORKER;
  }

  read(file: InputFile, lang: Lang): Promise<InputRead> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((done) => {
      this.waiting.set(id, { file, lang, done });
      worker.postMessage({ id, file, lang });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
