import { inScope, type Catalogue } from "../catalogue/types";
import type { CellStyle, SheetPlan } from "../layout/sheetPlan";
import type { Rollup } from "../rollup/rollup";
import { wholeHeading } from "../units/registry";
import { INDICATOR_TABLE_STYLES, LINE_HEIGHT, printSetup, sheetBuilder } from "./sheetKit";
import type { ComparedIndicator, YearOnYear } from "./yearOnYear";

import { YEAR_ON_YEAR_SHEET } from "./sheetNames";

export { YEAR_ON_YEAR_SHEET };

const HEADER_ROW = 5;
const FIGURE_WIDTH = 10;
/** Per level: this year, last year, the change, the change in percent. */
const PER_LEVEL = 4;

const STYLES: Record<string, CellStyle> = {
  ...INDICATOR_TABLE_STYLES,
  changeN: { horizontal: "right", vertical: "center", border: true, numberFormat: "+#,##0;-#,##0;0" },
  "change%": { horizontal: "right", vertical: "center", border: true, numberFormat: "+0.0;-0.0;0.0" },
  percent: { horizontal: "right", vertical: "center", border: true, numberFormat: "+0.0;-0.0;0.0" },
  noteLine: { italic: true, wrap: true, vertical: "top", numberFormat: "@" },
};

/**
 * "So với cùng kỳ": one row per counted or rated indicator, and for the whole and each kind of unit
 * this year's figure, last year's, the change and the change in percent (a rate's change is in
 * points and has no percent). A blank stays blank: no figure is compared with a year that has none.
 * Under the table, which units of last year were counted for which unit of this year.
 */
export function yearOnYearPlan(rollup: Rollup, catalogue: Catalogue, yoy: YearOnYear): SheetPlan {
  const b = sheetBuilder();
  const levels = [
    { level: "all", heading: wholeHeading(rollup.office) },
    ...rollup.kinds.map((k) => ({ level: k.code, heading: k.heading })),
  ];
  const widths = [7, 44, 10, ...Array<number>(levels.length * PER_LEVEL).fill(FIGURE_WIDTH), 28];
  const last = widths.length;
  const note = last;
  const textWidth = widths.reduce((a, w) => a + w, 0);

  b.band(1, 1, last, `SO SÁNH VỚI CÙNG KỲ NĂM ${yoy.previousYear}`, "title");
  b.band(2, 1, last, `${catalogue.title.vi} năm ${yoy.year}`, "subtitle");
  const explain =
    `Số liệu năm ${yoy.previousYear} của mỗi đơn vị năm ${yoy.year} là số liệu của chính đơn vị đó và của các đơn vị hợp nhất vào nó (cộng lại); ` +
    "ô trống: một trong hai năm không có số liệu; chỉ tiêu tỷ lệ tăng, giảm tính theo điểm phần trăm.";
  b.band(3, 1, last, explain, "note");
  b.fit(3, explain, textWidth);

  const h = HEADER_ROW;
  for (const [col, text] of [
    [1, "STT"],
    [2, "Chỉ tiêu"],
    [3, "Đơn vị tính"],
    [note, "Ghi chú"],
  ] as const) {
    b.put(h, col, text, "tableHeader");
    b.merge(h, col, h + 1, col, "tableHeader");
  }
  const firstCol = (i: number): number => 4 + i * PER_LEVEL;
  levels.forEach(({ heading }, i) => {
    b.band(h, firstCol(i), firstCol(i) + PER_LEVEL - 1, heading, "tableHeader");
    [`Năm ${yoy.year}`, `Năm ${yoy.previousYear}`, "Tăng (+), giảm (−)", "Tăng, giảm (%)"].forEach(
      (text, j) => b.put(h + 1, firstCol(i) + j, text, "tableHeader"),
    );
  });
  b.height(h + 1, 3 * LINE_HEIGHT + 4);
  for (let col = 1; col <= last; col++) b.put(h + 2, col, `(${col})`, "columnNumber");

  const byCode = new Map(yoy.indicators.map((c) => [c.indicator.code, c]));
  let row = h + 3;
  for (const section of catalogue.sections) {
    const compared = section.indicators
      .map((i) => byCode.get(i.code))
      .filter((c): c is ComparedIndicator => c !== undefined);
    if (compared.length === 0) continue;
    b.put(row, 1, section.roman, "sectionCode");
    const title = section.title.toLocaleUpperCase("vi");
    b.band(row, 2, last, title, "sectionTitle");
    b.fit(row, title, textWidth - widths[0]!, { capitals: true });
    row++;
    for (const c of compared) {
      const ind = c.indicator;
      b.put(row, 1, ind.code, "textCenter");
      b.put(row, 2, ind.label, ind.subItem ? "subLabel" : "text");
      b.fit(row, ind.label, widths[1]! - (ind.subItem ? 6 : 0));
      b.put(row, 3, ind.unitOfMeasure, "textCenter");
      const rate = ind.type === "%";
      levels.forEach(({ level }, i) => {
        const col = firstCol(i);
        const applies = level === "all" || inScope(ind.scope, level);
        if (!applies) {
          for (let j = 0; j < PER_LEVEL; j++) b.put(row, col + j, null, "notApplicable");
          return;
        }
        b.put(row, col, c.current[level] ?? null, rate ? "%" : "N");
        b.put(row, col + 1, c.previous[level] ?? null, rate ? "%" : "N");
        b.put(row, col + 2, c.change[level] ?? null, rate ? "change%" : "changeN");
        b.put(row, col + 3, c.percent[level] ?? null, "percent");
      });
      const noteText = noteOf(c, yoy);
      b.put(row, note, noteText === "" ? null : noteText, "text");
      b.fit(row, noteText, widths[note - 1]!);
      row++;
    }
  }

  row++;
  for (const line of mappingLines(rollup, yoy)) {
    b.band(row, 1, last, line, "noteLine");
    b.fit(row, line, textWidth);
    row++;
  }

  return b.done({
    name: YEAR_ON_YEAR_SHEET,
    columnWidths: widths,
    styles: STYLES,
    freezeRows: h + 2,
    print: printSetup("landscape", `$${h}:$${h + 2}`),
  });
}

function noteOf(c: ComparedIndicator, yoy: YearOnYear): string {
  const parts: string[] = [];
  if (c.indicator.type === "%") parts.push("Tăng, giảm theo điểm %");
  const now = c.reported.current.all;
  const then = c.reported.previous.all;
  if (now !== then)
    parts.push(`Số đơn vị báo cáo: năm ${yoy.year}: ${now}; năm ${yoy.previousYear}: ${then}`);
  return parts.join("; ");
}

/** Which of last year's units each unit of this year stands for, and last year's units left out. */
export function mappingLines(rollup: Rollup, yoy: YearOnYear): string[] {
  const nameOf = (code: string): string => yoy.previousNames.get(code) || code;
  const thisYear = new Map(rollup.units.map(({ unit }) => [unit.code, unit.name]));
  const lines: string[] = [];
  const merged = rollup.units
    .map(({ unit }) => ({ unit, sources: yoy.mapping.sources.get(unit.code) ?? [] }))
    .filter(({ unit, sources }) => sources.some((s) => s !== unit.code));
  if (merged.length > 0)
    lines.push(
      `Đơn vị so sánh với số liệu cộng của các đơn vị năm ${yoy.previousYear}: ${merged
        .map(({ unit, sources }) => `${unit.name} (${sources.map(nameOf).join(", ")})`)
        .join("; ")}.`,
    );
  const none = rollup.units.filter(({ unit }) => (yoy.mapping.sources.get(unit.code) ?? []).length === 0);
  if (none.length > 0)
    lines.push(
      `Đơn vị không có số liệu năm ${yoy.previousYear} để so sánh: ${none.map((u) => u.unit.name).join(", ")}.`,
    );
  if (yoy.mapping.shared.size > 0)
    lines.push(
      `Số liệu năm ${yoy.previousYear} không đưa vào so sánh vì đơn vị đã tách thành nhiều đơn vị: ${[
        ...yoy.mapping.shared,
      ]
        .map(([code, by]) => `${nameOf(code)} (${by.map((c) => thisYear.get(c) ?? c).join(", ")})`)
        .join("; ")}.`,
    );
  if (yoy.mapping.unmatched.length > 0)
    lines.push(
      `Số liệu năm ${yoy.previousYear} không đưa vào so sánh vì đơn vị không còn trong danh sách năm ${yoy.year}: ${yoy.mapping.unmatched
        .map(nameOf)
        .join(", ")}.`,
    );
  return lines;
}
