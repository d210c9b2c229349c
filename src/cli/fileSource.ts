import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ByteSource } from "../files/zipPackage";

/**
 * A file opened to be read a range at a time, for `use`; closed once `use` settles. A district
 * report of thousands of units is told ours from its central directory and its sheets' first rows,
 * some hundred kilobytes of its megabytes, and never loaded whole. Throws what opening throws; a
 * range that cannot be read (the file cut short since it was opened) throws from `read`.
 */
export async function withFileSource<T>(file: string, use: (source: ByteSource) => Promise<T>): Promise<T> {
  const fd = openSync(file, "r");
  try {
    const length = fstatSync(fd).size;
    return await use({
      length,
      read(start, end) {
        const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
        for (let at = 0; at < bytes.length;) {
          const read = readSync(fd, bytes, at, bytes.length - at, start + at);
          if (read === 0) throw new Error(`the file ends before byte ${start + at}`);
          at += read;
        }
        return bytes;
      },
    });
  } finally {
    closeSync(fd);
  }
}
