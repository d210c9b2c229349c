import { inScope, type Catalogue, type Indicator } from "../catalogue/types";
import type { SheetPlan } from "../layout/sheetPlan";
import { formatViDate } from "../period";
import type { IndicatorRollup, Rollup } from "../rollup/rollup";
import {
  INDICATOR_TABLE_STYLES,
  LINE_HEIGHT,
  officialFooter,
  officialHeading,
  printSetup,
  sheetBuilder,
  type Issuer,
} from "./sheetKit";
import { kindLabel, wholeHeading, type UnitKindInfo } from "../units/registry";
import { REPORT_SHEET } from "./sheetNames";

export { REPORT_SHEET };

const HEADER_ROW = 11;
const LEVEL_WIDTH = 13;

/** The columns for a registry of `kinds` kinds: the whole, then one per kind, after the label. */
function columnsFor(kinds: number) {
  const all = 4;
  const col = { code: 1, label: 2, unitOfMeasure: 3, all, reported: all + kinds + 1, note: all + kinds + 2 };
  const widths = [7, 50, 11, LEVEL_WIDTH, ...Array<number>(kinds).fill(LEVEL_WIDTH), 11, 34];
  return { col, widths, last: widths.length };
}

const STYLES = INDICATOR_TABLE_STYLES;

/**
 * "Báo cáo tổng hợp": the district's figures in the official layout, one row per indicator with
 * the whole district, communes, agencies, how many units reported it, and a note.
 *
 * Blank is not zero: a level no unit reported is an empty cell. Distributions (self-ratings) leave
 * the figure columns empty and give the count of each choice in Ghi chú. "Số đơn vị báo cáo" is a
 * number; the units expected are stated above the table.
 */
export function reportPlan(rollup: Rollup, catalogue: Catalogue, issuer: Issuer): SheetPlan {
  const b = sheetBuilder();
  const { col: COL, widths: WIDTHS, last: LAST } = columnsFor(rollup.kinds.length);
  const levels = rollup.kinds.map((kind, i) => ({ level: kind.code, col: COL.all + 1 + i }));
  const year = rollup.year;
  officialHeading(b, issuer, year, [1, 3], [4, LAST]);
  b.band(6, 1, LAST, "BÁO CÁO TỔNG HỢP", "title");
  const subject = `${catalogue.title.vi} năm ${year}`;
  b.band(7, 1, LAST, subject, "subtitle");
  b.band(8, 1, LAST, `(Thực hiện ${catalogue.basis})`, "note");
  b.band(
    9,
    1,
    LAST,
    `Số liệu tính từ ngày ${formatViDate(rollup.period.from)} đến ngày ${formatViDate(rollup.period.to)}`,
    "note",
  );
  b.band(10, 1, LAST, unitsLine(rollup), "note");
  b.fit(
    10,
    unitsLine(rollup),
    WIDTHS.reduce((a, w) => a + w, 0),
  );

  const h = HEADER_ROW;
  const spanning: [number, string][] = [
    [COL.code, "STT"],
    [COL.label, "Chỉ tiêu"],
    [COL.unitOfMeasure, "Đơn vị tính"],
    [COL.reported, "Số đơn vị báo cáo"],
    [COL.note, "Ghi chú"],
  ];
  for (const [col, text] of spanning) {
    b.put(h, col, text, "tableHeader");
    b.merge(h, col, h + 1, col, "tableHeader");
  }
  b.band(h, COL.all, COL.all + rollup.kinds.length, "Số liệu", "tableHeader");
  b.put(h + 1, COL.all, wholeHeading(rollup.office), "tableHeader");
  rollup.kinds.forEach((kind, i) => b.put(h + 1, COL.all + 1 + i, kind.heading, "tableHeader"));
  b.height(h + 1, 3 * LINE_HEIGHT + 4);
  for (let col = 1; col <= LAST; col++) b.put(h + 2, col, `(${col})`, "columnNumber");

  const names = new Map(rollup.units.map((u) => [u.unit.code, u.unit.name]));
  const byCode = new Map(rollup.indicators.map((r) => [r.indicator.code, r]));
  let row = h + 3;
  for (const section of catalogue.sections) {
    b.put(row, COL.code, section.roman, "sectionCode");
    const title = section.title.toLocaleUpperCase("vi");
    b.band(row, COL.label, LAST, title, "sectionTitle");
    b.fit(
      row,
      title,
      WIDTHS.slice(1).reduce((a, w) => a + w, 0),
      { capitals: true },
    );
    row++;
    for (const indicator of section.indicators) {
      const rolled = byCode.get(indicator.code);
      if (!rolled) continue;
      indicatorRow(row, rolled, (code) => names.get(code) ?? code, rollup.period.deadline);
      row++;
    }
  }

  officialFooter(b, issuer, row + 1, [1, 2], [LAST - 2, LAST], [3, LAST - 3]);

  return b.done({
    name: REPORT_SHEET,
    columnWidths: WIDTHS,
    styles: STYLES,
    freezeRows: h + 2,
    print: printSetup("landscape", `$${h}:$${h + 2}`),
  });

  function indicatorRow(
    row: number,
    r: IndicatorRollup,
    nameOf: (code: string) => string,
    deadline: string,
  ): void {
    const ind = r.indicator;
    b.put(row, COL.code, ind.code, "textCenter");
    b.put(row, COL.label, ind.label, ind.subItem ? "subLabel" : "text");
    b.fit(row, ind.label, WIDTHS[COL.label - 1]! - (ind.subItem ? 6 : 0));
    b.put(row, COL.unitOfMeasure, ind.unitOfMeasure, "textCenter");
    const style = districtStyle(ind);
    for (const { level, col } of [{ level: "all", col: COL.all }, ...levels]) {
      const applies = level === "all" || inScope(ind.scope, level);
      if (!applies) b.put(row, col, null, "notApplicable");
      else if (style === null) b.put(row, col, null, "frame");
      else b.put(row, col, r.value[level] ?? null, style);
    }
    b.put(row, COL.reported, r.reported.all, "count");
    const note = noteOf(r, nameOf, deadline, rollup.kinds);
    b.put(row, COL.note, note === "" ? null : note, "text");
    b.fit(row, note, WIDTHS[COL.note - 1]!);
  }
}

/** "Đơn vị phải báo cáo: 30 (15 xã, thị trấn; 15 cơ quan, đơn vị); đã nhận: 28 (…)." */
export function unitsLine(rollup: Rollup): string {
  const count = (received: boolean) => {
    const of = rollup.units.filter((u) => !received || u.kept !== null);
    const byKind = rollup.kinds.map(
      (k) => `${of.filter((u) => u.unit.kind === k.code).length} ${k.label.toLocaleLowerCase("vi")}`,
    );
    return `${of.length} (${byKind.join("; ")})`;
  };
  return `Đơn vị phải báo cáo: ${count(false)}; đã nhận báo cáo: ${count(true)}.`;
}

/** The style of an indicator's district figure; null where the figure is not a number (a distribution). */
function districtStyle(indicator: Indicator): "N" | "%" | "D" | null {
  switch (indicator.rollup.kind) {
    case "sum":
      return "N";
    case "ratio":
    case "weighted":
    case "min":
      return "%";
    case "latestDate":
      return "D";
    case "distribution":
      return null;
  }
}

/** "[4.5] + [4.6]" → "4.5+4.6", in parentheses when it has an operator and `group` asks for them. */
export function plainExpr(expr: string, group = false): string {
  const plain = expr.replace(/\[([^\]]+)\]/g, "$1").replace(/\s+/g, "");
  return group && /[-+*/]/.test(plain) ? `(${plain})` : plain;
}

/** "Tốt: 12; Khá: 10; Trung bình: 6; Yếu: 0" */
export function distributionText(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([option, n]) => `${option}: ${n}`)
    .join("; ");
}

function noteOf(
  r: IndicatorRollup,
  nameOf: (code: string) => string,
  deadline: string,
  kinds: readonly UnitKindInfo[],
): string {
  const ind = r.indicator;
  const parts: string[] = [];
  // An indicator asked of one kind only, named as the registry names that kind.
  if (ind.scope !== "B") parts.push(`Chỉ ${kindLabel(kinds, ind.scope).toLocaleLowerCase("vi")}`);
  const kind = ind.rollup;
  switch (kind.kind) {
    case "sum":
      if (kind.listZeroUnits && r.zeroUnits.length > 0)
        parts.push(`${r.zeroUnits.length} đơn vị báo cáo 0: ${r.zeroUnits.map(nameOf).join(", ")}`);
      break;
    case "ratio":
      if (ind.derived)
        parts.push(
          `Tính từ số tổng: ${plainExpr(ind.derived.numerator, true)}/${plainExpr(ind.derived.denominator, true)}`,
        );
      break;
    case "weighted":
      parts.push(`Bình quân gia quyền theo ${plainExpr(kind.weight)}`);
      break;
    case "min":
      if (r.reported.all > 0) {
        parts.push(
          r.flaggedUnits.length > 0
            ? `Số thấp nhất; ${r.flaggedUnits.length} đơn vị dưới 100%`
            : "Số thấp nhất; các đơn vị đều đạt 100%",
        );
      }
      break;
    case "distribution":
      if (r.distribution) parts.push(distributionText(r.distribution.all));
      break;
    case "latestDate":
      if (r.reported.all > 0) {
        parts.push(
          r.flaggedUnits.length > 0
            ? `Ngày gửi muộn nhất; hạn ${formatViDate(deadline)}; ${r.flaggedUnits.length} đơn vị gửi sau hạn: ${r.flaggedUnits.map(nameOf).join(", ")}`
            : `Ngày gửi muộn nhất; các đơn vị đều gửi đúng hạn ${formatViDate(deadline)}`,
        );
      }
      break;
  }
  return parts.join("; ");
}
