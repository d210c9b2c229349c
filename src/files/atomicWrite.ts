import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { open, readdir, rename, rmdir, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * An output made piece by piece and never held whole: it is given a `write` to hand each piece to
 * as soon as it is made (synchronously), is done when it returns or resolves, and throws or rejects
 * to have the output dropped.
 */
export type OutputPieces = (write: (piece: Uint8Array) => void) => void | Promise<void>;

/** `.~dvcq-<random>.tmp`: what a staged output is called until it is renamed over its target. */
export const TEMPORARY_NAME = /^\.~dvcq-[0-9a-f]{12}\.tmp$/;

/** Temporaries of every batch not yet committed or aborted, for a signal handler to remove. */
const live = new Set<string>();
/** Folders those batches made. */
const liveFolders = new Set<string>();

/**
 * Removes the temporaries of every batch still open, and the folders they made that are empty;
 * synchronous, for SIGINT/SIGTERM handlers.
 * (A SIGKILL leaves them: they are recognisable by TEMPORARY_NAME and never read as inputs.)
 */
export function removeLiveTemporariesSync(): void {
  for (const temp of live) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    live.delete(temp);
  }
  for (const dir of [...liveFolders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty, or gone.
    }
    liveFolders.delete(dir);
  }
}

interface Staged {
  temp: string;
  target: string;
}

/**
 * What is at a path: nothing (null), a file as its device, inode, size and times of change tell
 * it, or what looking at it failed with.
 */
type Found = string | null;

function foundAt(target: string): Found {
  try {
    const s = lstatSync(target, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return code === "ENOENT" || code === "ENOTDIR" ? null : `error:${String(code)}`;
  }
}

/** A target is no longer what the command looked at before deciding it may be replaced. */
export class TargetChanged extends Error {
  constructor(readonly target: string) {
    super(`${target} changed after it was looked at`);
  }
}

/**
 * The outputs of one command, all or nothing: each is written to a temporary file in its target's
 * folder and flushed to disk; `commit` renames them over their targets only once every one has
 * been written, so a failed or killed run leaves every previous output as it was. `abort` removes
 * the temporaries and the folders this batch made that stayed empty.
 */
export class OutputBatch {
  private readonly staged: Staged[] = [];
  private readonly madeFolders: string[] = [];
  /** What was at each target when the command looked at it, by its resolved path. */
  private readonly looked = new Map<string, Found>();
  private done = false;

  /**
   * Remembers what is at `target` now (nothing, or a file as it is), before the command looks at
   * it to decide whether it may be replaced: `commit` renames nothing if any target is then
   * found otherwise (a clerk saved a workbook there meanwhile).
   */
  lookedAt(target: string): void {
    this.looked.set(path.resolve(target), foundAt(target));
  }

  /** Makes a folder (and its parents) for outputs; remembers what it made, to undo on abort. */
  async ensureFolder(dir: string): Promise<void> {
    // Made and remembered in one step: no signal can land between the two.
    const first = mkdirSync(dir, { recursive: true });
    if (first !== undefined) {
      // Every folder from `first` down to `dir` is new.
      const made: string[] = [];
      for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        made.push(d);
        if (d === path.resolve(first) || path.dirname(d) === d) break;
      }
      this.madeFolders.push(...made);
      for (const d of made) liveFolders.add(d);
    }
  }

  /** Writes `data` to a temporary beside `target`, flushed; returns the temporary's path. */
  async stage(target: string, data: Uint8Array | string | OutputPieces): Promise<string> {
    if (this.done) throw new Error("OutputBatch already committed or aborted");
    const temp = path.join(path.dirname(target), `.~dvcq-${randomBytes(6).toString("hex")}.tmp`);
    // Made and remembered in one step: no signal can land between the two.
    const fd = openSync(temp, "wx");
    live.add(temp);
    this.staged.push({ temp, target });
    let open = true;
    try {
      if (typeof data === "function")
        await data((piece) => {
          // A piece that comes after a failure closed the file never reaches a descriptor reused since.
          if (!open) throw new Error(`${temp}: a piece written after the output was closed`);
          for (let at = 0; at < piece.length;) at += writeSync(fd, piece, at);
        });
      else writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      open = false;
      closeSync(fd);
    }
    return temp;
  }

  /** The targets staged so far, in order. */
  get targets(): string[] {
    return this.staged.map((s) => s.target);
  }

  /** Renames every temporary over its target, then flushes their folders. */
  async commit(): Promise<void> {
    if (this.done) throw new Error("OutputBatch already committed or aborted");
    this.done = true;
    for (const d of this.madeFolders) liveFolders.delete(d);
    try {
      for (const { target } of this.staged) {
        const looked = this.looked.get(path.resolve(target));
        if (looked !== undefined && foundAt(target) !== looked) throw new TargetChanged(target);
      }
      for (const { temp, target } of this.staged) {
        await rename(temp, target);
        live.delete(temp);
      }
    } catch (e) {
      await this.removeTemporaries();
      throw e;
    }
    for (const dir of new Set(this.staged.map((s) => path.dirname(s.target)))) await syncFolder(dir);
  }

  /** Removes the temporaries and the folders this batch made, when they are empty. Never throws. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.removeTemporaries();
    for (const dir of [...this.madeFolders].sort((a, b) => b.length - a.length)) {
      liveFolders.delete(dir);
      try {
        if ((await readdir(dir)).length === 0) await rmdir(dir);
      } catch {
        // Not empty or gone: leave it.
      }
    }
  }

  private async removeTemporaries(): Promise<void> {
    for (const { temp } of this.staged) {
      if (!live.has(temp)) continue;
      try {
        await unlink(temp);
      } catch {
        // Already gone.
      }
      live.delete(temp);
    }
  }
}

/** Makes a rename durable (POSIX); folders cannot be opened for this on Windows, where it is not needed. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already flushed.
  }
}
