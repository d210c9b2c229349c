import { allIndicators } from "../catalogue/load";
import type { Catalogue, Indicator, Section } from "../catalogue/types";
import { columnLetters } from "../layout/a1";
import type { CellStyle, CellValue, SheetPlan } from "../layout/sheetPlan";
import { formatViDate } from "../period";
import type { Level, Rollup, UnitStatus } from "../rollup/rollup";
import { wholeTotalRow, type UnitKind } from "../units/registry";
import { distributionText, unitsLine } from "./districtReport";
import {
  BASE_STYLES,
  FILE_AS_GIVEN,
  figureStyle,
  printSetup,
  scaleToWidth,
  sheetBuilder,
  type FileName,
  type SheetBuilder,
} from "./sheetKit";
import { DETAILS_SHEET } from "./sheetNames";

export { DETAILS_SHEET };

const FIXED = { stt: 1, code: 2, name: 3 } as const;
const FIRST_FIGURE = 4;
const FIGURE_WIDTH = 11;
const SOURCE_WIDTH = 44;
const HEADER_ROW = 4;
const SHORT_LABEL_MAX = 60;

const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  titleLeft: { bold: true, size: 14 },
  lineLeft: { italic: true },
  code: {
    bold: true,
    horizontal: "center",
    vertical: "center",
    border: true,
    fill: "#D9E1F2",
    numberFormat: "@",
  },
  notApplicable: { border: true, fill: "#EDEDED" },
  missing: { italic: true, vertical: "center", border: true, color: "#9C0006", numberFormat: "@" },
};

/**
 * "Chi tiết đơn vị": every expected unit (communes, then agencies) against every indicator, the
 * subtotal of each kind and the district total as the report states them (sums, recomputed rates,
 * minimums, distributions, latest dates). Each unit row names the file and sheet it was read from;
 * "Dữ liệu" gives the cell of each figure.
 */
export function detailsPlan(
  rollup: Rollup,
  catalogue: Catalogue,
  fileName: FileName = FILE_AS_GIVEN,
  streamed = false,
): SheetPlan {
  const b = sheetBuilder();
  const indicators = allIndicators(catalogue);
  const colOf = new Map(indicators.map((ind, i) => [ind.code, FIRST_FIGURE + i]));
  const sourceCol = FIRST_FIGURE + indicators.length;
  const widths = [6, 18, 30, ...indicators.map(() => FIGURE_WIDTH), SOURCE_WIDTH];

  b.put(1, 1, `CHI TIẾT SỐ LIỆU BÁO CÁO CỦA CÁC ĐƠN VỊ NĂM ${rollup.year}`, "titleLeft");
  b.put(
    2,
    1,
    `Số liệu tính từ ngày ${formatViDate(rollup.period.from)} đến ngày ${formatViDate(rollup.period.to)}. ${unitsLine(rollup)}`,
    "lineLeft",
  );

  const h = HEADER_ROW;
  const spanning: [number, string][] = [
    [FIXED.stt, "STT"],
    [FIXED.code, "Mã đơn vị"],
    [FIXED.name, "Tên đơn vị"],
    [sourceCol, "Nguồn số liệu (tệp › trang)"],
  ];
  for (const [col, text] of spanning) {
    b.put(h, col, text, "tableHeader");
    b.merge(h, col, h + 2, col, "tableHeader");
  }
  const blocks = printedBlocks(catalogue.sections.map((s) => s.indicators.length));
  for (const block of blocks) {
    for (const part of block) {
      const section = catalogue.sections[part.section] as Section;
      const first = colOf.get(section.indicators[part.from]?.code ?? "");
      if (first === undefined) continue;
      const title = `${section.roman}. ${section.title}${part.from > 0 ? " (tiếp)" : ""}`;
      b.band(h, first, first + part.count - 1, title, "tableHeader");
      b.fit(h, title, FIGURE_WIDTH * part.count);
    }
  }
  const blockStarts = blocks.map((block) => {
    const part = block[0] as BlockPart;
    const section = catalogue.sections[part.section] as Section;
    return colOf.get(section.indicators[part.from]?.code ?? "") as number;
  });
  // The key columns and one block fit across a landscape page at this scale.
  const scale = Math.min(
    ...blockStarts.map((from, i) => {
      const to = blockStarts[i + 1] ?? sourceCol + 1;
      return scaleToWidth([...widths.slice(0, FIXED.name), ...widths.slice(from - 1, to - 1)], "landscape");
    }),
  );
  for (const ind of indicators) {
    const col = colOf.get(ind.code) as number;
    b.put(h + 1, col, ind.code, "code");
    const label = shortLabel(ind);
    b.put(h + 2, col, label, "tableHeader");
    b.fit(h + 2, label, FIGURE_WIDTH);
  }

  // Below the header, one line each: a kind's heading, its units, its subtotal; the total last.
  type Line =
    { heading: string } | { status: UnitStatus; kind: UnitKind; n: number } | { total: string; level: Level };
  const lines: Line[] = [];
  let stt = 1;
  for (const { code: kind, heading } of rollup.kinds) {
    const units = rollup.units.filter((u) => u.unit.kind === kind);
    if (units.length === 0) continue;
    lines.push({ heading: heading.toLocaleUpperCase("vi") });
    for (const status of units) lines.push({ status, kind, n: stt++ });
    lines.push({ total: `Cộng ${heading.toLocaleLowerCase("vi")}`, level: kind });
  }
  lines.push({ total: wholeTotalRow(rollup.office), level: "all" });
  const byIndicator = new Map(rollup.indicators.map((r) => [r.indicator.code, r]));

  b.lines(
    h + 3,
    lines.length,
    (i, row, lb) => {
      const line = lines[i] as Line;
      if ("heading" in line) {
        lb.band(row, FIXED.stt, FIXED.name, line.heading, "groupHeading");
        for (let col = FIRST_FIGURE; col <= sourceCol; col++) lb.put(row, col, undefined, "groupFrame");
      } else if ("status" in line) unitRow(lb, row, line.status, line.kind, line.n);
      else levelRow(lb, row, line.total, line.level);
    },
    streamed,
  );

  return b.done({
    name: DETAILS_SHEET,
    columnWidths: widths,
    styles: STYLES,
    freezeRows: h + 2,
    print: printSetup("landscape", `$${h}:$${h + 2}`, {
      repeatColumns: `$A:$${columnLetters(FIXED.name)}`,
      columnBreaks: blockStarts.slice(1),
      scale,
    }),
  });

  function levelRow(lb: SheetBuilder, row: number, label: string, level: Level): void {
    lb.band(row, FIXED.stt, FIXED.name, label, "totalLabel");
    for (const ind of indicators) {
      const col = colOf.get(ind.code) as number;
      const r = byIndicator.get(ind.code);
      if (!r || !applies(ind, level)) lb.put(row, col, null, "notApplicable");
      else if (r.distribution) lb.put(row, col, distributionText(r.distribution[level] ?? {}), "totalE");
      else lb.put(row, col, r.value[level] ?? null, `total${figureStyle(ind.type)}`);
    }
    lb.put(row, sourceCol, null, "frame");
  }

  function unitRow(lb: SheetBuilder, row: number, status: UnitStatus, kind: UnitKind, n: number): void {
    lb.put(row, FIXED.stt, n, "count");
    lb.put(row, FIXED.code, status.unit.code, "text");
    lb.put(row, FIXED.name, status.unit.name, "text");
    lb.fit(row, status.unit.name, 30);
    const figures = status.kept?.submission.figures;
    for (const ind of indicators) {
      const col = colOf.get(ind.code) as number;
      if (!applies(ind, kind)) {
        lb.put(row, col, null, "notApplicable");
        continue;
      }
      const value: CellValue = figures?.get(ind.code)?.value ?? null;
      lb.put(row, col, value, figureStyle(ind.type));
    }
    if (status.kept) {
      const source = `${fileName(status.kept.file)} › ${status.kept.submission.sheet}`;
      lb.put(row, sourceCol, source, "text");
      lb.fit(row, source, SOURCE_WIDTH);
    } else lb.put(row, sourceCol, "Chưa nhận báo cáo", "missing");
  }
}

/** The figure columns of one printed page across: at most this many, so that 12-point figures stay readable. */
const BLOCK_FIGURES = 12;

interface BlockPart {
  /** Index of the section in the catalogue. */
  section: number;
  /** Index of its first indicator in this part, and how many. */
  from: number;
  count: number;
}

/**
 * The sections' figure columns grouped into printed blocks of at most BLOCK_FIGURES: whole
 * sections side by side while they fit, a longer section cut into even parts.
 */
export function printedBlocks(sectionSizes: readonly number[]): BlockPart[][] {
  const blocks: BlockPart[][] = [];
  let current: BlockPart[] = [];
  let used = 0;
  sectionSizes.forEach((size, section) => {
    if (size === 0) return;
    if (used + size <= BLOCK_FIGURES) {
      current.push({ section, from: 0, count: size });
      used += size;
      return;
    }
    if (current.length > 0) blocks.push(current);
    current = [];
    used = 0;
    const parts = Math.ceil(size / BLOCK_FIGURES);
    for (let p = 0, from = 0; p < parts; p++) {
      const count = Math.ceil((size - from) / (parts - p));
      if (p < parts - 1) blocks.push([{ section, from, count }]);
      else {
        current = [{ section, from, count }];
        used = count;
      }
      from += count;
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function applies(indicator: Indicator, level: Level): boolean {
  return level === "all" || indicator.scope === "B" || indicator.scope === level;
}

/** The label without "Số" and parentheses, cut at a word before 60 characters: a column heading. */
export function shortLabel(indicator: Indicator): string {
  const plain = indicator.label
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/^Số (?=\p{Ll})/u, "")
    .trim();
  const capital = plain.charAt(0).toLocaleUpperCase("vi") + plain.slice(1);
  if (capital.length <= SHORT_LABEL_MAX) return capital;
  const cut = capital.slice(0, SHORT_LABEL_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
