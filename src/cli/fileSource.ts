import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ByteSource } from "../files/zipPackage";
import { CUT_SHORT } from "./fsText";

/** Opening or reading the file failed; `cause` is what the system threw. */
export class FileUnreadable extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * A file opened to be read a range at a time, for `use`; closed once `use` settles. A district
 * report of thousands of units is told ours from its central directory and its sheets' first rows,
 * some hundred kilobytes of its megabytes, and never loaded whole. Throws FileUnreadable when
 * opening fails, or a read did (the file cut short since it was opened, a failing disk) even when
 * `use` went on: a reader takes a range it cannot read as damage, and a file that could not be read
 * must not pass for a damaged one (which may be replaced).
 */
export async function withFileSource<T>(file: string, use: (source: ByteSource) => Promise<T>): Promise<T> {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw new FileUnreadable(error);
  }
  let failed: { error: unknown } | undefined;
  try {
    let length: number;
    try {
      length = fstatSync(fd).size;
    } catch (error) {
      throw new FileUnreadable(error);
    }
    const result = await use({
      length,
      read(start, end) {
        try {
          const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
          for (let at = 0; at < bytes.length;) {
            const read = readSync(fd, bytes, at, bytes.length - at, start + at);
            if (read === 0)
              throw Object.assign(new Error(`the file ends before byte ${start + at}`), { code: CUT_SHORT });
            at += read;
          }
          return bytes;
        } catch (error) {
          failed ??= { error };
          throw error;
        }
      },
    });
    if (failed) throw new FileUnreadable(failed.error);
    return result;
  } catch (error) {
    // What `use` made of a failed read (a "damaged" package) gives way to the failure itself.
    if (failed && !(error instanceof FileUnreadable)) throw new FileUnreadable(failed.error);
    throw error;
  } finally {
    closeSync(fd);
  }
}
