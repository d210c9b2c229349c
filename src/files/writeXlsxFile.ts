import { writeFile } from "node:fs/promises";
import { writeWorkbook, type SheetToWrite, type WriteOptions } from "./writeXlsx";

/** writeWorkbook, then to disk (Node only; the browser bundle imports writeXlsx alone). */
export async function writeWorkbookFile(
  path: string,
  sheets: readonly SheetToWrite[],
  options: WriteOptions = {},
): Promise<void> {
  await writeFile(path, await writeWorkbook(sheets, options));
}
