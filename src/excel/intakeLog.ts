import { columnLetters } from "../domain/layout/a1";
import { INTAKE_LOG_SHEET, LOG_COLUMNS, LOG_HEADER, logRows, type IntakeEntry } from "../domain/intake/log";

const LAST_COLUMN = columnLetters(LOG_COLUMNS.length);

/** Where the next rows of the intake log go, as read before writing. */
export interface LogPlace {
  /** The sheet is there (it may be empty). */
  exists: boolean;
  /** The header row is to be written (a new or empty sheet). */
  header: boolean;
  nextRow: number;
}

/** Queues reading the log sheet's used range; read it with logPlace after the sync (not kept for later). */
export function queueLogRead(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRangeOrNullObject(true).untrack().load("address");
}

/** null: the workbook has no log sheet. */
export function logPlace(used: Excel.Range | null): LogPlace {
  if (used === null) return { exists: false, header: true, nextRow: 2 };
  if (used.isNullObject) return { exists: true, header: true, nextRow: 2 };
  return { exists: true, header: false, nextRow: lastRow(used.address) + 1 };
}

/**
 * Queues appending one row per entry to the intake log sheet, creating it with its header row when
 * it is missing; rows already there are never rewritten. Number formats go before values, so a file
 * name like "=cmd" or "- bản 2" stays text. No sync: it goes with the caller's.
 */
export function queueIntakeLog(
  context: Excel.RequestContext,
  place: LogPlace,
  entries: readonly IntakeEntry[],
): void {
  const sheet = place.exists
    ? context.workbook.worksheets.getItem(INTAKE_LOG_SHEET)
    : context.workbook.worksheets.add(INTAKE_LOG_SHEET);
  if (place.header) queueHeader(sheet);
  if (entries.length === 0) return;
  const { values, formats } = logRows(entries);
  const rows = sheet.getRange(`A${place.nextRow}:${LAST_COLUMN}${place.nextRow + entries.length - 1}`);
  rows.numberFormat = formats;
  rows.values = values;
}

/** "'Nhật ký nhận báo cáo'!A1:M31" → 31. */
function lastRow(address: string): number {
  return Number(/(\d+)$/.exec(address)?.[1] ?? 0);
}

function queueHeader(sheet: Excel.Worksheet): void {
  const header = sheet.getRange(`A1:${LAST_COLUMN}1`);
  header.numberFormat = [LOG_HEADER.map(() => "@")];
  header.values = [[...LOG_HEADER]];
  header.format.font.bold = true;
  header.format.fill.color = "#D9E1F2";
  LOG_COLUMNS.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width;
  });
}
