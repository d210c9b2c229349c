import { OutputBatch } from "./atomicWrite";
import { writeWorkbook, type SheetToWrite, type WriteOptions } from "./writeXlsx";

/**
 * writeWorkbook, then to disk atomically: the previous file stays whole until the new one is
 * flushed and renamed over it (Node only; the browser bundle imports writeXlsx alone). The command
 * line stages several outputs in one OutputBatch instead.
 */
export async function writeWorkbookFile(
  path: string,
  sheets: readonly SheetToWrite[],
  options: WriteOptions = {},
): Promise<void> {
  const batch = new OutputBatch();
  try {
    await batch.stage(path, await writeWorkbook(sheets, options));
    await batch.commit();
  } catch (e) {
    await batch.abort();
    throw e;
  }
}
