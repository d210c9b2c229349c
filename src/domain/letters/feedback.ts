import type { SourcedFinding } from "../check/batch";
import type { Catalogue, Severity } from "../catalogue/types";
import { parseCell } from "../layout/a1";
import type { SheetPlan } from "../layout/sheetPlan";
import type { SheetSnapshot } from "../read/snapshot";
import type { Rollup, UnitStatus } from "../rollup/rollup";
import {
  FILE_AS_GIVEN,
  officialHeading,
  printSetup,
  sentenceNaming,
  sheetBuilder,
  type Issuer,
} from "../report/sheetKit";
import { formatDateVi, formatNumberVi } from "../text/vnformat";
import type { Unit } from "../units/registry";
import {
  DEFAULT_ROW_POINTS,
  isOffice,
  fitText,
  letterFooter,
  LETTER_STYLES,
  letterIssuer,
  PAGE_POINTS,
  resendDate,
  shownFile,
  type LetterOptions,
} from "./letterKit";
import { FEEDBACK_ROW, FEEDBACK_SHEET, FEEDBACK_SHEET_PREFIX, FEEDBACK_TITLE } from "./feedbackSheet";

export {
  FEEDBACK_SHEET,
  FEEDBACK_SHEET_PREFIX,
  FEEDBACK_TITLE,
  FEEDBACK_TITLE_CELL,
  isFeedbackSheet,
  isFeedbackWorkbook,
} from "./feedbackSheet";

/**
 * "DVCQ_2024_PhanHoi_XA-XUAN-HOA.xlsx": the unit's code made safe for any file system (letters
 * without their marks, digits, "-" and "_"; anything else a "-").
 */
const MAX_SHEET_NAME = 31;

/** The unit's code as letters without their marks, digits, "-" and "_", anything else a "-". */
function safeCode(code: string): string {
  const plain = code
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return plain === "" ? "DON-VI" : plain;
}

/** One thing the unit is asked to fix, as the feedback lists it. */
export interface FeedbackItem {
  severity: Severity;
  /** The cell on the unit's sheet; null for a whole file. */
  cell: string | null;
  /** "6.20", "Minh chứng mục V", "Mục IV"; null when the finding belongs to no indicator. */
  indicator: string | null;
  /** The finding's sentence, in Vietnamese. */
  text: string;
}

export interface UnitFeedback {
  unit: Unit;
  /** "DVCQ_2024_PhanHoi_XA-XUAN-HOA.xlsx": the unit's code made safe for any file system. */
  fileName: string;
  /** "PH XA-XUAN-HOA": its sheet in the district workbook, within Excel's 31 characters. */
  sheetName: string;
  items: FeedbackItem[];
  plan: SheetPlan;
}

/**
 * Findings about when a report was sent or which copy was used are the district's to note (the
 * reminder letter, the submissions sheet), not the unit's to fix in its report.
 */
function isToFix(finding: SourcedFinding, catalogue: Catalogue): boolean {
  if (finding.rule === "DUPLICATE_SUBMISSION") return false;
  return !catalogue.rules.some((r) => r.kind === "deadline" && r.id === finding.rule);
}

/** What a unit is asked to fix: the findings of the report used (errors first), or why none of its files could be used. */
export function feedbackItems(
  status: UnitStatus,
  findings: readonly SourcedFinding[],
  catalogue: Catalogue,
  options: Pick<LetterOptions, "fileName"> = {},
): FeedbackItem[] {
  if (status.kept === null)
    return status.unusable.map((u) => ({
      severity: "error",
      cell: null,
      indicator: null,
      text: `Tệp ${shownFile(options, u.file)}: ${sentenceNaming(u.message, [u.file], options.fileName ?? FILE_AS_GIVEN)}`,
    }));
  const { file, submission } = status.kept;
  const indicatorAt = new Map<string, string>();
  for (const figure of submission.figures.values())
    if (figure.cell) indicatorAt.set(figure.cell, figure.code);
  const romanOf = new Map(catalogue.sections.map((s) => [s.id, s.roman]));
  for (const [section, evidence] of submission.evidence)
    if (evidence.cell) indicatorAt.set(evidence.cell, `Minh chứng mục ${romanOf.get(section) ?? section}`);
  const indicatorOf = (f: SourcedFinding): string | null =>
    (f.cell && indicatorAt.get(f.cell)) ||
    (f.section !== null && f.section !== "0" && romanOf.has(f.section)
      ? `Mục ${romanOf.get(f.section)}`
      : null);
  const rowOf = (cell: string | null): number => (cell ? parseCell(cell).row : 0);
  return findings
    .filter(
      (f) => f.file === file && (f.sheet === submission.sheet || f.sheet === null) && isToFix(f, catalogue),
    )
    .sort(
      (a, b) =>
        Number(a.severity !== "error") - Number(b.severity !== "error") || rowOf(a.cell) - rowOf(b.cell),
    )
    .map((f) => ({
      severity: f.severity,
      cell: f.cell,
      indicator: indicatorOf(f),
      text: sentenceNaming(f.message, [file], options.fileName ?? FILE_AS_GIVEN),
    }));
}

/**
 * A "Phiếu phản hồi" for every unit with something to fix (the receiving office's own report
 * left out), in registry order: issued by the receiving office of the year to the unit, listing
 * what to fix and the date to send the corrected report by, on one A4 page.
 */
export function buildFeedback(
  rollup: Rollup,
  findings: readonly SourcedFinding[],
  catalogue: Catalogue,
  options: LetterOptions = {},
): UnitFeedback[] {
  const files = distinct();
  const sheets = distinct();
  return rollup.units.flatMap((status) => {
    if (isOffice(rollup, status)) return [];
    const items = feedbackItems(status, findings, catalogue, options);
    if (items.length === 0) return [];
    const code = safeCode(status.unit.code);
    return [
      {
        unit: status.unit,
        fileName: files((n) => `DVCQ_${rollup.year}_PhanHoi_${code}${n}.xlsx`),
        sheetName: sheets((n) => `${FEEDBACK_SHEET_PREFIX}${code.slice(0, MAX_SHEET_NAME - 5)}${n}`),
        items,
        plan: feedbackPlan(rollup, catalogue, status, items, options),
      },
    ];
  });
}

/** Names unique without regard to case (Windows and macOS do not tell "A" from "a", nor does Excel): "-2", "-3" added where two would meet. */
function distinct(): (name: (suffix: string) => string) => string {
  const taken = new Set<string>();
  return (name) => {
    for (let n = 1; ; n++) {
      const candidate = name(n === 1 ? "" : `-${n}`);
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  };
}

const WIDTHS = [5, 8, 13, 46, 11];
const LAST = WIDTHS.length;
const TEXT_WIDTH = WIDTHS.reduce((a, w) => a + w, 0);
const LEFT_WIDTH = WIDTHS.slice(0, 3).reduce((a, w) => a + w, 0);
const TITLE_POINTS = 20;
const SEVERITY: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo" };

/** The phiếu of one unit; the list is cut, with a sentence saying how much is left, where the page would overflow. */
export function feedbackPlan(
  rollup: Rollup,
  catalogue: Catalogue,
  status: UnitStatus,
  items: readonly FeedbackItem[],
  options: LetterOptions = {},
): SheetPlan {
  const issuer = letterIssuer(rollup, ["Như trên"], options.date);
  for (let shown = items.length; ; shown--) {
    const plan = layout(
      rollup,
      catalogue,
      status,
      items,
      shown,
      issuer,
      resendDate(rollup, options),
      options,
    );
    if (shown === 0 || printedPoints(plan) <= PAGE_POINTS) return plan;
  }
}

function layout(
  rollup: Rollup,
  catalogue: Catalogue,
  status: UnitStatus,
  items: readonly FeedbackItem[],
  shown: number,
  issuer: Issuer,
  resendBy: string,
  options: Pick<LetterOptions, "fileName">,
): SheetPlan {
  const b = sheetBuilder();
  const office = issuer.office;
  const unit = status.unit.name;
  officialHeading(b, issuer, rollup.year, [1, 3], [4, LAST]);
  b.band(FEEDBACK_ROW, 1, LAST, FEEDBACK_TITLE, "title");
  const subject = `Về việc kiểm tra báo cáo ${catalogue.title.vi.charAt(0).toLocaleLowerCase("vi")}${catalogue.title.vi.slice(1)} năm ${rollup.year}`;
  b.band(7, 1, LAST, subject, "subtitle");
  fitText(b, 7, subject, TEXT_WIDTH);
  const to = `Kính gửi: ${unit}.`;
  b.band(9, 1, LAST, to, "addressee");
  fitText(b, 9, to, TEXT_WIDTH);

  const errors = items.filter((i) => i.severity === "error").length;
  const warnings = items.length - errors;
  const counted = [
    errors > 0 ? `${formatNumberVi(errors)} lỗi cần sửa` : "",
    warnings > 0 ? `${formatNumberVi(warnings)} cảnh báo cần xem lại` : "",
  ]
    .filter(Boolean)
    .join(" và ");
  const opening = status.kept
    ? `${office} đã nhận báo cáo của ${unit} (tệp ${shownFile(options, status.kept.file)}${
        status.sentDate === null ? "" : `, ngày gửi ${formatDateVi(status.sentDate)}`
      }). Qua kiểm tra, báo cáo có ${counted}, cụ thể như sau:`
    : `${office} đã nhận tệp báo cáo của ${unit} nhưng không sử dụng được để tổng hợp, cụ thể như sau:`;
  let row = 11;
  b.band(row, 1, LAST, opening, "paragraph");
  fitText(b, row, opening, TEXT_WIDTH);

  row += 2;
  ["STT", "Ô", "Chỉ tiêu", "Nội dung cần sửa", "Mức độ"].forEach((h, i) =>
    b.put(row, i + 1, h, "tableHeader"),
  );
  items.slice(0, shown).forEach((item, i) => {
    row++;
    b.put(row, 1, i + 1, "cellNumber");
    b.put(row, 2, item.cell ?? "—", "cellCenter");
    b.put(row, 3, item.indicator ?? "—", "cellCenter");
    b.put(row, 4, item.text, "cellText");
    b.put(row, 5, SEVERITY[item.severity], "cellCenter");
    fitText(b, row, item.text, WIDTHS[3] as number);
    fitText(b, row, item.indicator ?? "", WIDTHS[2] as number);
  });
  if (shown < items.length) {
    row++;
    const rest = `Còn ${formatNumberVi(items.length - shown)} nội dung khác: mở báo cáo trong Excel và dùng chức năng Kiểm tra của DVCQ để xem đủ.`;
    b.band(row, 1, LAST, rest, "cellText");
    fitText(b, row, rest, TEXT_WIDTH);
  }

  row += 2;
  const ask = status.kept
    ? `Đề nghị ${unit} kiểm tra, sửa các nội dung trên (cảnh báo: xem lại, ghi rõ lý do nếu số liệu đúng) và gửi lại báo cáo về ${office} trước ngày ${formatDateVi(resendBy)}.`
    : `Đề nghị ${unit} gửi lại tệp báo cáo theo đúng mẫu biểu về ${office} trước ngày ${formatDateVi(resendBy)}.`;
  b.band(row, 1, LAST, ask, "paragraph");
  fitText(b, row, ask, TEXT_WIDTH);

  letterFooter(b, issuer, row + 2, [1, 3], [4, LAST], LEFT_WIDTH);
  return b.done({
    name: FEEDBACK_SHEET,
    columnWidths: WIDTHS,
    styles: LETTER_STYLES,
    freezeRows: 0,
    print: printSetup("portrait", ""),
  });
}

/** The height of the sheet's rows as printed: those the plan sets, the default for the rest, the title taller. */
export function printedPoints(plan: SheetPlan): number {
  const last = Math.max(0, ...plan.cells.map((c) => parseCell(c.ref).row));
  const titleRows = new Set(plan.cells.filter((c) => c.style === "title").map((c) => parseCell(c.ref).row));
  let points = 0;
  for (let r = 1; r <= last; r++)
    points += plan.rowHeights[r] ?? (titleRows.has(r) ? TITLE_POINTS : DEFAULT_ROW_POINTS);
  return points;
}

/**
 * Whether a sheet shows exactly the plan's values, no more and no less: a phiếu DVCQ wrote, not
 * edited since and still what would be written now. Anything else may hold what the clerk typed.
 */
export function showsExactly(sheet: SheetSnapshot, plan: SheetPlan): boolean {
  const expected = new Map<string, string | number | boolean>();
  for (const cell of plan.cells)
    if (cell.value !== undefined && cell.value !== null && cell.value !== "")
      expected.set(cell.ref, cell.value);
  const present = [...sheet.cells].filter(([, c]) => c.value !== null && c.value !== "");
  return present.length === expected.size && present.every(([ref, c]) => expected.get(ref) === c.value);
}
