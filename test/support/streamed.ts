import { streamWorkbook } from "../../src/files/streamXlsx";
import type { SheetToWrite, WriteOptions } from "../../src/files/writeXlsx";

/** streamWorkbook's pieces as one file, as the command line's output holds them once written. */
export async function writeWorkbookStreamed(
  sheets: readonly SheetToWrite[],
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  await streamWorkbook(sheets, (piece) => pieces.push(piece), options);
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
