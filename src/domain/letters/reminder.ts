import type { Catalogue } from "../catalogue/types";
import type { SheetPlan } from "../layout/sheetPlan";
import type { Rollup, UnitStatus } from "../rollup/rollup";
import { FILE_AS_GIVEN, officialHeading, printSetup, sentenceNaming, sheetBuilder } from "../report/sheetKit";
import { formatDateVi, formatNumberVi } from "../text/vnformat";
import type { Unit } from "../units/registry";
import {
  dueBefore,
  isOffice,
  fitText,
  letterFooter,
  LETTER_STYLES,
  letterIssuer,
  paddedDates,
  resendDate,
  shownFile,
  type LetterOptions,
} from "./letterKit";
import { REMINDER_SHEET } from "../report/sheetNames";

export { REMINDER_SHEET };

export type ReminderStatus = "missing" | "unusable" | "late";

/** A unit the reminder names, and what it says of it. */
export interface ReminderEntry {
  unit: Unit;
  status: ReminderStatus;
  /** "Chưa gửi báo cáo", "Gửi sau hạn (ngày 17/10/2024)", "Tệp … không sử dụng được: …". */
  text: string;
}

const ORDER: readonly ReminderStatus[] = ["missing", "unusable", "late"];

function entryOf(status: UnitStatus, options: Pick<LetterOptions, "fileName">): ReminderEntry | null {
  const unit = status.unit;
  if (status.kept === null && status.unusable.length === 0)
    return { unit, status: "missing", text: "Chưa gửi báo cáo" };
  if (status.kept === null)
    return {
      unit,
      status: "unusable",
      text: status.unusable
        .map(
          (u) =>
            `Tệp ${shownFile(options, u.file)} không sử dụng được: ${sentenceNaming(u.message, [u.file], options.fileName ?? FILE_AS_GIVEN)}`,
        )
        .join("\n"),
    };
  if (status.onTime === false)
    return {
      unit,
      status: "late",
      text: `Gửi sau hạn${status.sentDate === null ? "" : ` (ngày ${formatDateVi(status.sentDate)})`}`,
    };
  return null;
}

/**
 * The units the reminder goes to: those that sent nothing, those whose every file was unusable,
 * and those that sent late, in that order and in registry order within each; the receiving
 * office's own report is left out (it does not write to itself).
 */
export function reminderEntries(
  rollup: Rollup,
  options: Pick<LetterOptions, "fileName"> = {},
): ReminderEntry[] {
  const entries = rollup.units
    .filter((s) => !isOffice(rollup, s))
    .map((s) => entryOf(s, options))
    .filter((e): e is ReminderEntry => e !== null);
  return ORDER.flatMap((status) => entries.filter((e) => e.status === status));
}

const WIDTHS = [6, 34, 46];
const LAST = WIDTHS.length;
const TEXT_WIDTH = WIDTHS.reduce((a, w) => a + w, 0);
const LEFT_WIDTH = WIDTHS.slice(0, 2).reduce((a, w) => a + w, 0);

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);

/**
 * "Công văn đôn đốc" as a sheet: the draft of a letter (Decree 30/2020 layout) from the receiving
 * office to the units that are missing, unusable or late, citing the directive and its deadline,
 * with the units in a table and under "Nơi nhận". When every unit sent a usable report on time, a
 * note says no reminder is needed.
 */
export function reminderPlan(rollup: Rollup, catalogue: Catalogue, options: LetterOptions = {}): SheetPlan {
  const entries = reminderEntries(rollup, options);
  const b = sheetBuilder();
  const frame = {
    name: REMINDER_SHEET,
    columnWidths: WIDTHS,
    styles: LETTER_STYLES,
    freezeRows: 0,
    print: printSetup("portrait", ""),
  };
  if (entries.length === 0) {
    b.band(1, 1, LAST, "CÔNG VĂN ĐÔN ĐỐC", "bodyBold");
    const note = `Không cần công văn đôn đốc: cả ${formatNumberVi(rollup.units.length)} đơn vị đã gửi báo cáo năm ${rollup.year} đúng hạn và các báo cáo đều sử dụng được.`;
    b.band(3, 1, LAST, note, "paragraph");
    fitText(b, 3, note, TEXT_WIDTH);
    return b.done(frame);
  }

  const issuer = letterIssuer(
    rollup,
    entries.map((e) => e.unit.name),
    options.date,
  );
  const office = issuer.office;
  const report = `báo cáo ${lowerFirst(catalogue.title.vi)} năm ${rollup.year}`;
  officialHeading(b, issuer, rollup.year, [1, 2], [3, LAST]);
  const about = `V/v đôn đốc gửi ${report}`;
  b.band(5, 1, 2, about, "subject");
  fitText(b, 5, about, LEFT_WIDTH);
  const to = "Kính gửi: Các đơn vị có tên tại danh sách dưới đây.";
  b.band(7, 1, LAST, to, "addressee");

  const count = (status: ReminderStatus): number => entries.filter((e) => e.status === status).length;
  const [missing, unusable, late] = ORDER.map(count) as [number, number, number];
  const situation = [
    missing > 0 ? `chưa nhận được báo cáo của ${formatNumberVi(missing)} đơn vị` : "",
    unusable > 0 ? `${formatNumberVi(unusable)} đơn vị gửi tệp không sử dụng được để tổng hợp` : "",
    late > 0 ? `${formatNumberVi(late)} đơn vị gửi báo cáo sau hạn` : "",
  ].filter(Boolean);
  const paragraphs = [
    `Thực hiện ${paddedDates(catalogue.basis)}, các đơn vị gửi ${report} về ${office} trước ngày ${formatDateVi(dueBefore(rollup))}.`,
    `Đến nay, ${office} ${situation.join("; ")}, cụ thể như sau:`,
  ];
  let row = 9;
  for (const text of paragraphs) {
    b.band(row, 1, LAST, text, "paragraph");
    fitText(b, row, text, TEXT_WIDTH);
    row++;
  }

  row++;
  ["STT", "Đơn vị", "Tình trạng"].forEach((h, i) => b.put(row, i + 1, h, "tableHeader"));
  entries.forEach((entry, i) => {
    row++;
    b.put(row, 1, i + 1, "cellNumber");
    b.put(row, 2, entry.unit.name, "cellText");
    b.put(row, 3, entry.text, "cellText");
    fitText(b, row, entry.unit.name, WIDTHS[1] as number);
    fitText(b, row, entry.text, WIDTHS[2] as number);
  });

  row += 2;
  const asks = [
    missing + unusable > 0
      ? `Để kịp thời tổng hợp, báo cáo ${issuer.superior}, ${office} đề nghị các đơn vị ${[missing > 0 ? "chưa gửi báo cáo" : "", unusable > 0 ? "gửi tệp không sử dụng được" : ""].filter(Boolean).join(" hoặc ")} khẩn trương gửi báo cáo theo đúng mẫu biểu về ${office} trước ngày ${formatDateVi(resendDate(rollup, options))}.`
      : "",
    late > 0
      ? "Các đơn vị gửi báo cáo sau hạn rút kinh nghiệm, bảo đảm thời hạn báo cáo theo quy định trong các kỳ sau."
      : "",
    `${office} đề nghị các đơn vị quan tâm thực hiện./.`,
  ].filter(Boolean);
  for (const text of asks) {
    b.band(row, 1, LAST, text, "paragraph");
    fitText(b, row, text, TEXT_WIDTH);
    row++;
  }
  letterFooter(b, issuer, row + 1, [1, 2], [3, LAST], LEFT_WIDTH);
  return b.done(frame);
}
