import { cellRef } from "../domain/layout/a1";
import type { SheetSnapshot, SnapshotName, WorkbookSnapshot } from "../domain/read/snapshot";
import type { RawCell } from "../domain/read/values";

/**
 * Reading a workbook into the WorkbookSnapshot the checker takes, in the shape the file reader
 * (src/files/readXlsx.ts) gives for the same workbook: numbers (dates as serials) with their
 * number format, text as stored, booleans, an error as `error` with value null, a formula as
 * "=" + its text with Excel's result as value, names in their scope as "'Sheet'!$D$27".
 *
 * The syncs do not grow with the number of sheets: the caller queues `queueListing` and syncs,
 * queues `queueSheetRead` for every sheet it wants and syncs, then `queueFontRead` (a third sync,
 * only when some text may be in an old Vietnamese encoding, whose reading depends on the font).
 */

/**
 * The part of a sheet that is read. A template is about 100 rows by 6 columns; the bound keeps
 * the response of one sync small when the workbook also holds big sheets that are not templates.
 */
const READ_WINDOW = "A1:H300";

export interface Listing {
  worksheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  names: Excel.NamedItemCollection;
}

/** The sheets, the active one and the workbook-scoped names (NamedItem.formula is ExcelApi 1.7). */
export function queueListing(context: Excel.RequestContext): Listing {
  return {
    worksheets: context.workbook.worksheets.load("items/id,items/name"),
    active: context.workbook.worksheets.getActiveWorksheet().load("name"),
    names: context.workbook.names.load("items/name,items/formula"),
  };
}

export interface SheetRead {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  names: Excel.NamedItemCollection;
}

/**
 * The used cells of the sheet's read window and the sheet-scoped names (ExcelApi 1.4). The ranges
 * are read in the request that loads them and never used after, so Excel.run does not keep them
 * (its release at the end would name two for every sheet read).
 */
export function queueSheetRead(sheet: Excel.Worksheet, name: string): SheetRead {
  return {
    name,
    sheet,
    used: sheet
      .getRange(READ_WINDOW)
      .untrack()
      .getUsedRangeOrNullObject(true)
      .untrack()
      .load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes"),
    names: sheet.names.load("items/name,items/formula"),
  };
}

/**
 * Sheets read in one sync. As Office.js answers, a template sheet's read is about 29 KB (its marks'
 * formats a few more), so 100 sheets stay near 3 MB of Excel on the web's 5 MB.
 */
export const SHEETS_PER_READ = 100;

/**
 * Queues `queue(group)` for each group of at most `size` items and syncs after each: the syncs grow
 * with the megabytes read, one per `size` items, never one per item. Whatever the caller queued
 * before goes with the first group; with no item at all, that is synced alone.
 */
export async function inGroups<T, R>(
  context: Excel.RequestContext,
  items: readonly T[],
  queue: (group: readonly T[]) => R[],
  size = SHEETS_PER_READ,
): Promise<R[]> {
  const groups: (readonly T[])[] = [];
  for (let from = 0; from < items.length; from += size) groups.push(items.slice(from, from + size));
  if (groups.length === 0) groups.push([]);
  const done: R[] = [];
  for (const group of groups) {
    done.push(...queue(group));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group planned above, bounded by the data read
    await context.sync();
  }
  return done;
}

/** Fonts of the text cells whose reading depends on the font, by sheet then A1. */
export type FontRead = Map<string, Map<string, Excel.RangeFont>>;

/**
 * Queues loading the font of every text cell that could be TCVN3 or VNI text; null when there is
 * none, so no sync is needed. The font says which old encoding such text is in (.VnTime,
 * VNI-Times), and whether a TCVN3 font shows capitals.
 */
export function queueFontRead(reads: readonly SheetRead[]): FontRead | null {
  const fonts: FontRead = new Map();
  for (const read of reads) {
    if (read.used.isNullObject) continue;
    const here = new Map<string, Excel.RangeFont>();
    forEachCell(read.used, (ref, value, type) => {
      if (type === "String" && typeof value === "string" && mayBeLegacy(value))
        here.set(ref, read.sheet.getRange(ref).untrack().format.font.load("name"));
    });
    if (here.size > 0) fonts.set(read.name, here);
  }
  return fonts.size > 0 ? fonts : null;
}

/**
 * Old encodings show as Latin-1 signs and letters that Vietnamese does not have (µ ¸ « Õ ø ñ…).
 * Unicode Vietnamese may use Latin-1 too (à á â ã è é ê ì í ò ó ô õ ù ú ý), but then the text
 * reads the same whatever its font; text with a letter only Unicode has is Unicode.
 */
function mayBeLegacy(text: string): boolean {
  return NOT_VIETNAMESE_LATIN1.test(text) && !UNICODE_ONLY.test(text);
}

const NOT_VIETNAMESE_LATIN1 =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db-\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb-\u00fc\u00fe-\u00ff]/;

const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;

/** The snapshot of what was read, after the syncs. */
export function snapshotFrom(
  workbookNames: Excel.NamedItemCollection,
  reads: readonly SheetRead[],
  fonts: FontRead | null,
): WorkbookSnapshot {
  return {
    sheets: reads.map((read): SheetSnapshot => {
      const cells = new Map<string, RawCell>();
      if (!read.used.isNullObject) {
        const { formulas, numberFormat } = read.used;
        const sheetFonts = fonts?.get(read.name);
        forEachCell(read.used, (ref, value, type, r, c) => {
          const cell = rawCell(value, formulas[r]?.[c], type, numberFormat[r]?.[c]);
          if (cell === null) return;
          const font = sheetFonts?.get(ref)?.name;
          if (font !== undefined) cell.font = font;
          cells.set(ref, cell);
        });
      }
      return { name: read.name, cells, names: read.names.items.map(snapshotName) };
    }),
    names: workbookNames.items.map(snapshotName),
  };
}

function forEachCell(
  used: Excel.Range,
  visit: (ref: string, value: unknown, type: string, r: number, c: number) => void,
): void {
  const { values, valueTypes, rowIndex, columnIndex } = used;
  values.forEach((row, r) =>
    row.forEach((value, c) =>
      visit(cellRef(rowIndex + r + 1, columnIndex + c + 1), value, String(valueTypes[r]?.[c]), r, c),
    ),
  );
}

function snapshotName(item: Excel.NamedItem): SnapshotName {
  return { name: item.name, ref: item.formula.replace(/^=/, "") };
}

/**
 * One cell as RawCell, or null for an empty one. Text that starts with "=" in a text cell is
 * listed by Excel among the formulas too; it is a formula only where the value differs from it.
 */
function rawCell(value: unknown, formula: unknown, type: string, numberFormat: unknown): RawCell | null {
  const isFormula =
    typeof formula === "string" && formula.startsWith("=") && !(type === "String" && value === formula);
  let cell: RawCell;
  if (type === "Error") cell = { value: null, error: String(value) };
  else if (typeof value === "number" || typeof value === "boolean") cell = { value };
  else if (typeof value === "string" && (value !== "" || isFormula)) cell = { value };
  else if (isFormula) cell = { value: null };
  else return null;
  if (isFormula) cell.formula = formula;
  if (typeof numberFormat === "string" && !/^general$/i.test(numberFormat)) cell.numberFormat = numberFormat;
  return cell;
}
