import type { Catalogue } from "../catalogue/types";
import type { CellStyle, SheetPlan } from "../layout/sheetPlan";
import { formatViDate, isoToExcelSerial } from "../period";
import type { Rollup, UnitStatus } from "../rollup/rollup";
import { isUnreadReason, type UnusedFile } from "../rollup/unusedFiles";
import { kindLabel, wholeHeading, type UnitKind } from "../units/registry";
import {
  BASE_STYLES,
  FILE_AS_GIVEN,
  LINE_HEIGHT,
  printSetup,
  sentenceNaming,
  sheetBuilder,
  type FileName,
  type SheetBuilder,
} from "./sheetKit";
import { SUBMISSIONS_SHEET } from "./sheetNames";

export { SUBMISSIONS_SHEET };

const HEADINGS = [
  "STT",
  "Mã đơn vị",
  "Tên đơn vị",
  "Loại đơn vị",
  "Tình trạng",
  "Ngày gửi (7.1)",
  "Thời hạn",
  "Bản trùng (không dùng)",
  "Số lỗi",
  "Số cảnh báo",
  "Tệp đã dùng (tệp › trang)",
  "Tệp không dùng được",
] as const;
const WIDTHS = [6, 18, 30, 15, 12, 12, 14, 36, 8, 10, 54, 40];
const LAST = WIDTHS.length;
/** File names and sheet names are codes in capitals, wider than prose. */
const CODES = { capitals: true } as const;
const HEADER_ROW = 5;

const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  bad: {
    horizontal: "center",
    vertical: "center",
    border: true,
    color: "#9C0006",
    fill: "#FFC7CE",
    numberFormat: "@",
  },
  good: { horizontal: "center", vertical: "center", border: true, numberFormat: "@" },
};

/** Labels of the totals under the list, in order; each is counted over the whole district and by kind. */
const TOTALS: readonly [string, (u: UnitStatus) => boolean][] = [
  ["Số đơn vị phải báo cáo", () => true],
  ["Đã nhận báo cáo", (u) => u.kept !== null],
  ["Nhận tệp nhưng không dùng được", (u) => u.kept === null && u.unusable.length > 0],
  ["Gửi đúng hạn", (u) => u.onTime === true],
  ["Gửi trễ hạn", (u) => u.onTime === false],
  ["Không ghi ngày gửi", (u) => u.kept !== null && u.onTime === null],
  ["Chưa nhận báo cáo", (u) => u.kept === null && u.unusable.length === 0],
  ["Gửi nhiều bản", (u) => u.ignored.length > 0],
  ["Báo cáo còn lỗi", (u) => u.errors > 0],
];

/**
 * "Tình hình nộp báo cáo": every unit the registry expects for the year (communes, then agencies):
 * received or not, the date in 7.1 against the deadline, the copies not used, the findings, the
 * file used and the files that could not be used; then the totals by kind, and every file the
 * roll-up could not use with the reason. Files by name only: the workbook travels on.
 */
export function submissionsPlan(
  rollup: Rollup,
  catalogue: Catalogue,
  fileName: FileName = FILE_AS_GIVEN,
): SheetPlan {
  const b = sheetBuilder();
  const deadline = formatViDate(rollup.period.deadline);
  b.band(1, 1, LAST, `TÌNH HÌNH NỘP BÁO CÁO NĂM ${rollup.year}`, "title");
  b.band(2, 1, LAST, `${catalogue.title.vi} năm ${rollup.year}`, "subtitle");
  b.band(
    3,
    1,
    LAST,
    `Hạn gửi: ngày ${deadline}. Số liệu tính từ ngày ${formatViDate(rollup.period.from)} đến ngày ${formatViDate(rollup.period.to)}.`,
    "note",
  );

  const h = HEADER_ROW;
  HEADINGS.forEach((text, i) => b.put(h, i + 1, text, "tableHeader"));
  b.height(h, 2 * LINE_HEIGHT);

  const deadlineSerial = isoToExcelSerial(rollup.period.deadline);
  const ordered = rollup.kinds.flatMap((kind) => rollup.units.filter((u) => u.unit.kind === kind.code));
  let row = h + 1;
  ordered.forEach((u, i) => {
    b.put(row, 1, i + 1, "count");
    b.put(row, 2, u.unit.code, "text");
    b.put(row, 3, u.unit.name, "text");
    b.fit(row, u.unit.name, WIDTHS[2]!);
    b.put(row, 4, kindLabel(rollup.kinds, u.unit.kind), "textCenter");
    const unusable = u.unusable.map((f) => `${fileName(f.file)} (${f.reason})`).join("; ");
    b.put(row, 12, unusable === "" ? null : unusable, "text");
    b.fit(row, unusable, WIDTHS[11]!, CODES);
    if (u.kept === null) {
      b.put(row, 5, receivedStatus(u.unusable), "bad");
      for (const col of [6, 7, 8, 9, 10, 11]) b.put(row, col, null, "frame");
    } else {
      b.put(row, 5, "Đã nhận", "good");
      b.put(row, 6, u.sentDate, "D");
      b.put(
        row,
        7,
        u.onTime === null
          ? "Không ghi ngày"
          : u.onTime
            ? "Đúng hạn"
            : `Trễ hạn ${(u.sentDate as number) - deadlineSerial} ngày`,
        u.onTime === true ? "good" : "bad",
      );
      const copies = u.ignored.map((c) => `${fileName(c.file)} › ${c.submission.sheet}`).join("; ");
      b.put(row, 8, copies === "" ? null : copies, "text");
      b.fit(row, copies, WIDTHS[7]!, CODES);
      b.put(row, 9, u.errors, "N");
      b.put(row, 10, u.warnings, "N");
      const source = `${fileName(u.kept.file)} › ${u.kept.submission.sheet}`;
      b.put(row, 11, source, "text");
      b.fit(row, source, WIDTHS[10]!, CODES);
    }
    row++;
  });

  row++;
  b.band(row, 1, 3, "Tổng hợp", "tableHeader");
  b.put(row, 4, wholeHeading(rollup.office), "tableHeader");
  rollup.kinds.forEach((kind, i) => b.put(row, 5 + i, kind.label, "tableHeader"));
  b.height(row, 2 * LINE_HEIGHT);
  row++;
  const count = (test: (u: UnitStatus) => boolean, kind?: UnitKind): number =>
    rollup.units.filter((u) => (kind === undefined || u.unit.kind === kind) && test(u)).length;
  for (const [label, test] of TOTALS) {
    b.band(row, 1, 3, label, "text");
    b.put(row, 4, count(test), "totalN");
    rollup.kinds.forEach((kind, i) => b.put(row, 5 + i, count(test, kind.code), "N"));
    row++;
  }
  if (rollup.unusedFiles.length > 0) unusedFilesTable(b, row + 1, rollup.unusedFiles, fileName);

  return b.done({
    name: SUBMISSIONS_SHEET,
    columnWidths: WIDTHS,
    styles: STYLES,
    freezeRows: h,
    print: printSetup("landscape", `$${h}:$${h}`),
  });
}

/** "Chưa nhận" only when nothing came: a file that came and could not be used is named as such. */
function receivedStatus(unusable: readonly UnusedFile[]): string {
  if (unusable.length === 0) return "Chưa nhận";
  return unusable.every((f) => isUnreadReason(f.reason))
    ? "Nhận tệp, không đọc được"
    : "Nhận tệp, không dùng được";
}

const UNUSED_HEADINGS = ["STT", "Tệp", "Đơn vị", "Lý do (mã)", "Chi tiết"] as const;

/** Every file the roll-up could not use: the clerk's list of what to ask for again. */
function unusedFilesTable(
  b: SheetBuilder,
  top: number,
  files: readonly UnusedFile[],
  fileName: FileName,
): void {
  b.band(top, 1, LAST, "TỆP KHÔNG DÙNG ĐƯỢC TRONG TỔNG HỢP", "tableHeader");
  const [stt, file, unit, reason, detail] = [1, 2, 4, 6, 8];
  const header = top + 1;
  b.put(header, stt, UNUSED_HEADINGS[0], "tableHeader");
  b.band(header, file, unit - 1, UNUSED_HEADINGS[1], "tableHeader");
  b.band(header, unit, reason - 1, UNUSED_HEADINGS[2], "tableHeader");
  b.band(header, reason, detail - 1, UNUSED_HEADINGS[3], "tableHeader");
  b.band(header, detail, LAST, UNUSED_HEADINGS[4], "tableHeader");
  files.forEach((f, i) => {
    const row = header + 1 + i;
    b.put(row, stt, i + 1, "count");
    b.band(row, file, unit - 1, fileName(f.file), "text");
    b.band(row, unit, reason - 1, f.unit ? `${f.unit.name} (${f.unit.code})` : "Không xác định", "text");
    b.band(row, reason, detail - 1, f.reason, "textCenter");
    const text = sentenceNaming(f.message, [f.file], fileName);
    b.band(row, detail, LAST, text, "text");
    b.fit(
      row,
      text,
      WIDTHS.slice(detail - 1).reduce((a, w) => a + w, 0),
    );
  });
}
