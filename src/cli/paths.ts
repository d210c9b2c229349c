import { realpathSync, statSync } from "node:fs";
import path from "node:path";

/** Which file a path is, however it was spelt: its real path, and the device and inode when it exists. */
export interface Identity {
  key: string;
  dev?: bigint;
  ino?: bigint;
}

/** Windows and macOS file systems do not tell "A.xlsx" from "a.xlsx" (by default). */
const CASE_BLIND = process.platform === "win32" || process.platform === "darwin";

const keyOf = (real: string): string => (CASE_BLIND ? real.toLowerCase() : real);

/**
 * The identity of an absolute path: the real path (links followed) of the file, or of its folder
 * plus its name when it does not exist yet. Synchronous: asked once per input, thousands of times
 * in a national inbox, where each round trip to the thread pool costs more than the call.
 */
export function identityOf(abs: string): Identity {
  try {
    const real = realpathSync.native(abs);
    const s = statSync(real, { bigint: true });
    return s.ino > 0n ? { key: keyOf(real), dev: s.dev, ino: s.ino } : { key: keyOf(real) };
  } catch {
    let folder: string;
    try {
      folder = realpathSync.native(path.dirname(abs));
    } catch {
      folder = path.dirname(abs);
    }
    return { key: keyOf(path.join(folder, path.basename(abs))) };
  }
}

/** The same file: the same real path, or (hard links, case-blind volumes) the same device and inode. */
export function sameFile(a: Identity, b: Identity): boolean {
  if (a.key === b.key) return true;
  return a.ino !== undefined && a.ino === b.ino && a.dev === b.dev;
}
