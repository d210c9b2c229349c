import { columnLetters } from "../domain/layout/a1";
import { INTAKE_LOG_SHEET, LOG_COLUMNS, LOG_HEADER, logRows, type IntakeEntry } from "../domain/intake/log";

const LAST_COLUMN = columnLetters(LOG_COLUMNS.length);

/**
 * Appends one row per entry to the intake log sheet, creating it with its header row when it is
 * missing; rows already there are never rewritten. Number formats go before values, so a file name
 * like "=cmd" or "- bản 2" stays text. Syncs: 2 when the sheet is new, 3 otherwise, whatever the
 * number of rows.
 */
export async function appendIntakeLog(
  context: Excel.RequestContext,
  entries: readonly IntakeEntry[],
): Promise<string> {
  const found = context.workbook.worksheets.getItemOrNullObject(INTAKE_LOG_SHEET);
  await context.sync();

  let sheet: Excel.Worksheet;
  let firstRow: number;
  if (found.isNullObject) {
    sheet = context.workbook.worksheets.add(INTAKE_LOG_SHEET);
    queueHeader(sheet);
    firstRow = 2;
  } else {
    sheet = found;
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    if (used.isNullObject) {
      queueHeader(sheet);
      firstRow = 2;
    } else firstRow = lastRow(used.address) + 1;
  }
  if (entries.length > 0) {
    const { values, formats } = logRows(entries);
    const rows = sheet.getRange(`A${firstRow}:${LAST_COLUMN}${firstRow + entries.length - 1}`);
    rows.numberFormat = formats;
    rows.values = values;
  }
  await context.sync();
  return INTAKE_LOG_SHEET;
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
