import type { Catalogue, Indicator } from "../catalogue/types";
import type { CellStyle, PlanPrint, SheetPlan } from "../layout/sheetPlan";
import { formatViDate } from "../period";
import type { IndicatorRollup, Rollup, UnitStatus } from "../rollup/rollup";
import { formatDateVi, formatNumberVi, formatPercentVi } from "../text/vnformat";
import { fillSentence, placeholders, withUnits, WORDING } from "./phrases";
import type { ComparedIndicator, YearOnYear } from "./yearOnYear";
import {
  BASE_STYLES,
  LINE_HEIGHT,
  officialFooter,
  officialHeading,
  pagePoints,
  printSetup,
  sheetBuilder,
  textLines,
  type Issuer,
} from "./sheetKit";
import { wholeInSentence } from "../units/registry";
import { NARRATIVE_SHEET } from "./sheetNames";

export { NARRATIVE_SHEET };

/** A unit's rate this many points under the district's stands out. */
export const WELL_BELOW_POINTS = 10;
/** Units named in one list before "và N đơn vị khác". */
const LISTED = 5;
const WIDTHS = [8, 16, 16, 16, 16, 16];
const LAST = WIDTHS.length;
const TEXT_WIDTH = WIDTHS.reduce((a, w) => a + w, 0);

const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  heading: { bold: true, vertical: "center", numberFormat: "@" },
  paragraph: { vertical: "top", wrap: true, locked: false, numberFormat: "@" },
};

export interface Paragraph {
  /** "I. Quán triệt, thể chế hóa"; null for the opening paragraph. */
  heading: string | null;
  text: string;
}

/**
 * The draft a clerk edits into the official report: an opening paragraph, one paragraph per
 * section with the district figures written the Vietnamese way, the units whose figures stand out,
 * and who sent late or not at all (in the section of the sending date, else a closing paragraph).
 * With last year's figures, each section also says how its main figures changed "so với cùng kỳ".
 */
export function narrativeParagraphs(
  rollup: Rollup,
  catalogue: Catalogue,
  issuer: Pick<Issuer, "office">,
  yearOnYear?: YearOnYear,
): Paragraph[] {
  const wording = WORDING[catalogue.id] ?? {};
  const byCode = new Map(rollup.indicators.map((r) => [r.indicator.code, r]));
  const reportingSection = catalogue.sections.find((s) =>
    s.indicators.some((i) => i.rollup.kind === "latestDate"),
  );

  const compared = new Map((yearOnYear?.indicators ?? []).map((c) => [c.indicator.code, c]));
  const openingText = opening(rollup, catalogue, issuer.office);
  const paragraphs: Paragraph[] = [
    {
      heading: null,
      text: yearOnYear ? `${openingText} ${comparisonBasis(yearOnYear)}` : openingText,
    },
  ];
  for (const section of catalogue.sections) {
    const rolled = section.indicators
      .map((i) => byCode.get(i.code))
      .filter((r): r is IndicatorRollup => r !== undefined);
    const sentences = [
      ...sectionSentences(
        rolled,
        (wording[section.id]?.sentences ?? []).map((s) => withUnits(s, rollup.kinds)),
        byCode,
      ),
      ...standouts(rolled, rollup, wording[section.id]?.headline),
      ...(yearOnYear ? comparison(rolled, compared, yearOnYear.previousYear) : []),
    ];
    if (section === reportingSection) sentences.push(...reporting(rollup, issuer.office));
    paragraphs.push({ heading: `${section.roman}. ${section.title}`, text: sentences.join(" ") });
  }
  if (!reportingSection)
    paragraphs.push({ heading: "Tình hình gửi báo cáo", text: reporting(rollup, issuer.office).join(" ") });
  return paragraphs;
}

/** "Dự thảo báo cáo" as a sheet: the official heading, then each paragraph in one merged, wrapped cell the clerk may edit. */
export function narrativePlan(
  rollup: Rollup,
  catalogue: Catalogue,
  issuer: Issuer,
  yearOnYear?: YearOnYear,
): SheetPlan {
  const b = sheetBuilder();
  officialHeading(b, issuer, rollup.year, [1, 3], [4, LAST]);
  b.band(6, 1, LAST, "BÁO CÁO", "title");
  const subject = `${catalogue.title.vi} năm ${rollup.year}`;
  b.band(7, 1, LAST, subject, "subtitle");
  b.fit(7, subject, TEXT_WIDTH);
  b.band(
    8,
    1,
    LAST,
    "(Dự thảo do DVCQ lập từ số liệu tổng hợp; rà soát, chỉnh sửa trước khi ban hành)",
    "note",
  );
  let row = 10;
  /** Each heading's row and the rows it must share a page with (itself and the first lines after it). */
  const keep: { row: number; rows: number }[] = [];
  for (const p of narrativeParagraphs(rollup, catalogue, issuer, yearOnYear)) {
    if (p.heading !== null) {
      b.band(row, 1, LAST, p.heading, "heading");
      keep.push({ row, rows: 2 });
      row++;
    }
    // A paragraph in rows of a few lines each, so a page can break inside it without a gap.
    for (const chunk of paragraphRows(p.text)) {
      b.band(row, 1, LAST, chunk, "paragraph");
      b.fit(row, chunk, TEXT_WIDTH);
      row++;
    }
    row++;
  }
  officialFooter(b, issuer, row, [1, 3], [4, LAST]);
  const lastRow = row + 8;
  const draft = b.done({
    name: NARRATIVE_SHEET,
    columnWidths: WIDTHS,
    styles: STYLES,
    freezeRows: 0,
    print: printSetup("portrait", ""),
  });
  const heights = Array.from({ length: lastRow + 1 }, (_, r) => draft.rowHeights[r] ?? LINE_HEIGHT);
  return {
    ...draft,
    print: printSetup("portrait", "", {
      scale: 100,
      rowBreaks: breaksBeforeHeadings(heights, keep, draft.print),
    }),
  };
}

/** Lines of one paragraph row at most: a page break can fall between rows only. */
const ROW_LINES = 5;
/** Points kept free at the foot of a page for the printer's rounding. */
const PAGE_SPARE = 2 * LINE_HEIGHT;

/** The paragraph's sentences grouped into rows of at most ROW_LINES lines (a longer sentence alone). */
export function paragraphRows(text: string): string[] {
  const sentences = text.split(/(?<=[.;:!?])\s+(?=[\p{Lu}\d(“"])/u).filter((t) => t !== "");
  const rows: string[] = [];
  for (const sentence of sentences) {
    const last = rows[rows.length - 1];
    const joined = last === undefined ? sentence : `${last} ${sentence}`;
    if (last !== undefined && textLines(joined, TEXT_WIDTH) <= ROW_LINES) rows[rows.length - 1] = joined;
    else rows.push(sentence);
  }
  return rows.length > 0 ? rows : [text];
}

/**
 * Rows a printed page starts at, so that no heading is left at the foot of a page: where a heading
 * and the rows it keeps would not fit under what the page already holds, the page starts at the heading.
 */
function breaksBeforeHeadings(
  heights: readonly number[],
  keep: readonly { row: number; rows: number }[],
  print: PlanPrint,
): number[] {
  const page = pagePoints(print).height - PAGE_SPARE;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r < heights.length; r++) {
    const together = keep.find((k) => k.row === r);
    const need = together
      ? heights.slice(r, r + together.rows).reduce((a, h) => a + h, 0)
      : (heights[r] as number);
    if (used + need > page && used > 0) {
      if (together) breaks.push(r);
      used = 0;
    }
    used += heights[r] as number;
  }
  return breaks;
}

/** The district figure of an indicator as the narrative writes it: "1.234", "97,4%", "14/10/2024"; "…" when no unit reported it. */
function figureText(r: IndicatorRollup | undefined): string {
  const value = r?.value.all ?? null;
  if (r === undefined || value === null) return "…";
  switch (r.indicator.rollup.kind) {
    case "sum":
      return formatNumberVi(value);
    case "ratio":
    case "weighted":
    case "min":
      return formatPercentVi(value);
    case "latestDate":
      return formatDateVi(value);
    case "distribution":
      return "…";
  }
}

function unitValueText(indicator: Indicator, value: number): string {
  return indicator.type === "%"
    ? formatPercentVi(value)
    : `${formatNumberVi(value)} ${indicator.unitOfMeasure}`.trim();
}

/** "Số văn bản … (…)" → "số văn bản …": a label inside a sentence. */
function inSentence(label: string): string {
  const plain = label
    .replace(/^Trong đó:\s*/, "")
    .replace(/\s*\([^)]*\)/g, "")
    .trim();
  const lower = plain.charAt(0).toLocaleLowerCase("vi") + plain.slice(1);
  return /^[A-ZĐ]{2}/.test(plain) ? plain : lower;
}

/** "Xã A, Xã B, Xã C, Xã D, Xã E và 3 đơn vị khác" */
function listOf(items: readonly string[]): string {
  if (items.length <= LISTED + 1) return items.join(", ");
  return `${items.slice(0, LISTED).join(", ")} và ${items.length - LISTED} đơn vị khác`;
}

function opening(rollup: Rollup, catalogue: Catalogue, office: string): string {
  const share = (kind?: string) => {
    const of = rollup.units.filter((u) => kind === undefined || u.unit.kind === kind);
    return `${of.filter((u) => u.kept !== null).length}/${of.length}`;
  };
  const subject = inSentence(catalogue.title.vi);
  return (
    `Thực hiện ${catalogue.basis}, ${office} tổng hợp ${subject} năm ${rollup.year} từ báo cáo của ${share()} đơn vị ` +
    `(${rollup.kinds.map((k) => `${share(k.code)} ${k.label.toLocaleLowerCase("vi")}`).join("; ")}), số liệu tính từ ngày ${formatViDate(rollup.period.from)} ` +
    `đến ngày ${formatViDate(rollup.period.to)}, như sau:`
  );
}

/** The section's worded sentences, then a plain sentence for each figure they do not mention. */
function sectionSentences(
  rolled: readonly IndicatorRollup[],
  worded: readonly string[],
  byCode: ReadonlyMap<string, IndicatorRollup>,
): string[] {
  const mentioned = new Set(worded.flatMap(placeholders));
  const out = worded.map((s) => fillSentence(s, (code) => figureText(byCode.get(code))));
  for (const r of rolled) {
    const kind = r.indicator.rollup.kind;
    if (mentioned.has(r.indicator.code) || kind === "latestDate") continue;
    if (kind === "distribution") {
      const counts = Object.entries(r.distribution?.all ?? {}).filter(([, n]) => n > 0);
      if (counts.length > 0)
        out.push(
          `Về ${inSentence(r.indicator.label)}: ${counts.map(([option, n]) => `${n} đơn vị ${option}`).join(", ")}.`,
        );
      continue;
    }
    const figure = figureText(r);
    const unit = r.indicator.type === "N" && figure !== "…" ? ` ${r.indicator.unitOfMeasure}` : "";
    out.push(`${r.indicator.label.replace(/^Trong đó:\s*/, "Trong đó, ")}: ${figure}${unit}.`);
  }
  return out;
}

/** The units whose figures stand out: the leader of the headline count, rates well under the district's, minimums under 100, zeros that matter. */
function standouts(
  rolled: readonly IndicatorRollup[],
  rollup: Rollup,
  headline: string | undefined,
): string[] {
  const out: string[] = [];
  const valuesOf = (code: string) =>
    rollup.facts
      .filter((f) => f.code === code && typeof f.value === "number")
      .map((f) => ({ name: f.unitName, value: f.value as number }));
  const nameOf = new Map(rollup.units.map((u) => [u.unit.code, u.unit.name]));

  const lead =
    rolled.find((r) => r.indicator.code === headline) ??
    rolled.find((r) => r.indicator.rollup.kind === "sum" && r.indicator.type === "N" && !r.indicator.subItem);
  if (lead) {
    const values = valuesOf(lead.indicator.code);
    const top = Math.max(0, ...values.map((v) => v.value));
    const leaders = values.filter((v) => v.value === top).map((v) => v.name);
    if (top > 0 && leaders.length === 1) {
      out.push(
        `Đơn vị có ${inSentence(lead.indicator.label)} nhiều nhất là ${leaders[0]} (${unitValueText(lead.indicator, top)}).`,
      );
    } else if (top > 0 && leaders.length <= 3) {
      out.push(
        `Các đơn vị có ${inSentence(lead.indicator.label)} nhiều nhất là ${leaders.join(", ")} (mỗi đơn vị ${unitValueText(lead.indicator, top)}).`,
      );
    }
  }

  for (const r of rolled) {
    const ind = r.indicator;
    const district = r.value.all;
    const kind = ind.rollup.kind;
    if ((kind === "ratio" || kind === "weighted") && district !== null) {
      const low = valuesOf(ind.code)
        .filter((v) => v.value < district - WELL_BELOW_POINTS)
        .sort((a, b) => a.value - b.value);
      if (low.length > 0) {
        out.push(
          `Một số đơn vị có ${inSentence(ind.label)} thấp hơn nhiều so với ${wholeInSentence(rollup.office)} (${formatPercentVi(district)}): ${listOf(low.map((v) => `${v.name} (${formatPercentVi(v.value)})`))}.`,
        );
      }
    }
    if (kind === "min" && r.flaggedUnits.length > 0) {
      const below = valuesOf(ind.code)
        .filter((v) => v.value < 100)
        .sort((a, b) => a.value - b.value);
      out.push(
        `Có ${r.flaggedUnits.length} đơn vị có ${inSentence(ind.label)} dưới 100%: ${listOf(below.map((v) => `${v.name} (${formatPercentVi(v.value)})`))}.`,
      );
    }
    if (r.zeroUnits.length > 0) {
      out.push(
        `Có ${r.zeroUnits.length} đơn vị báo cáo 0 ở chỉ tiêu ${ind.code} (${inSentence(ind.label)}): ${listOf(r.zeroUnits.map((c) => nameOf.get(c) ?? c))}.`,
      );
    }
  }
  return out;
}

/** Where last year's figures come from, so that every comparison in the draft can be traced. */
function comparisonBasis(yoy: YearOnYear): string {
  const counted = [...yoy.mapping.sources.values()].reduce((n, s) => n + s.length, 0);
  return (
    `Số liệu cùng kỳ năm ${yoy.previousYear} lấy từ số liệu tổng hợp năm ${yoy.previousYear} của ${counted} đơn vị, ` +
    `tính theo đơn vị năm ${yoy.year} (đơn vị hợp nhất so với tổng số liệu của các đơn vị trước hợp nhất; chi tiết tại trang “So với cùng kỳ”).`
  );
}

/**
 * "Số hồ sơ tiếp nhận trực tuyến tăng 12,5% so với cùng kỳ (năm 2024: 1.096 hồ sơ); …":
 * the section's main figures (not the "Trong đó" rows) that both years hold for the whole district.
 */
function comparison(
  rolled: readonly IndicatorRollup[],
  compared: ReadonlyMap<string, ComparedIndicator>,
  previousYear: number,
): string[] {
  const items: string[] = [];
  for (const r of rolled) {
    const c = compared.get(r.indicator.code);
    if (c === undefined || r.indicator.subItem) continue;
    const kind = r.indicator.rollup.kind;
    if (kind !== "sum" && kind !== "ratio" && kind !== "weighted") continue;
    const then = c.previous.all;
    const change = c.change.all;
    if (then === null || change === null) continue;
    const rate = r.indicator.type === "%";
    const lastText = rate ? formatPercentVi(then) : unitValueText(r.indicator, then);
    const percent = c.percent.all;
    const amount = rate
      ? `${formatNumberVi(Math.abs(change))} điểm phần trăm`
      : percent !== null
        ? `${formatNumberVi(Math.abs(percent))}%`
        : unitValueText(r.indicator, Math.abs(change));
    const moved = change === 0 ? "bằng cùng kỳ" : `${change > 0 ? "tăng" : "giảm"} ${amount} so với cùng kỳ`;
    items.push(`${inSentence(r.indicator.label)} ${moved} (năm ${previousYear}: ${lastText})`);
  }
  if (items.length === 0) return [];
  const sentence = items.join("; ");
  return [`${sentence.charAt(0).toLocaleUpperCase("vi")}${sentence.slice(1)}.`];
}

/** Who sent, on time or late, who did not, who sent twice and whose report still has errors. */
function reporting(rollup: Rollup, office: string): string[] {
  const deadline = formatViDate(rollup.period.deadline);
  const received = rollup.units.filter(
    (u): u is UnitStatus & { kept: NonNullable<UnitStatus["kept"]> } => u.kept !== null,
  );
  const onTime = received.filter((u) => u.onTime === true);
  const late = received.filter((u) => u.onTime === false);
  const undated = received.filter((u) => u.onTime === null);
  const missing = rollup.units.filter((u) => u.kept === null);
  const twice = received.filter((u) => u.ignored.length > 0);
  const faulty = received.filter((u) => u.errors > 0);
  const sent = received.map((u) => u.sentDate).filter((d): d is number => d !== null);

  const out: string[] = [];
  const by = sent.length > 0 ? `Đến ngày ${formatDateVi(Math.max(...sent))}, ` : "";
  out.push(
    `${by}${office} đã nhận báo cáo của ${received.length}/${rollup.units.length} đơn vị, trong đó ${onTime.length} đơn vị gửi đúng hạn (hạn ngày ${deadline}).`,
  );
  out.push(
    missing.length > 0
      ? `Chưa nhận báo cáo của ${missing.length} đơn vị: ${missing.map((u) => u.unit.name).join(", ")}.`
      : "Tất cả các đơn vị đã gửi báo cáo.",
  );
  if (late.length > 0)
    out.push(
      `Gửi trễ hạn: ${late.map((u) => `${u.unit.name} (${formatDateVi(u.sentDate as number)})`).join(", ")}.`,
    );
  if (undated.length > 0) out.push(`Không ghi ngày gửi: ${undated.map((u) => u.unit.name).join(", ")}.`);
  if (twice.length > 0)
    out.push(`Gửi nhiều bản (dùng bản gửi sau cùng): ${twice.map((u) => u.unit.name).join(", ")}.`);
  if (faulty.length > 0)
    out.push(
      `Báo cáo còn lỗi cần đơn vị rà soát, sửa: ${faulty.map((u) => `${u.unit.name} (${u.errors} lỗi)`).join(", ")}.`,
    );
  return out;
}
