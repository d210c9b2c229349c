import { allIndicators } from "../domain/catalogue/load";
import type { Catalogue } from "../domain/catalogue/types";
import { cellRef } from "../domain/layout/a1";
import { pivotSummary } from "../domain/pivot/pivot";
import { FACTS_COLUMNS } from "../domain/report";
import { WORDING } from "../domain/report/phrases";
import { kindLabel } from "../domain/units/registry";
import type { Rollup } from "../domain/rollup/rollup";
import type { Block, Content } from "./cellBlocks";

/** The sheet of the PivotTable and the charts, replaced by each roll-up like the report sheets. */
export const PIVOT_TABLE_SHEET = "Pivot";
export const PIVOT_TABLE_NAME = "DVCQ_Pivot";

const TITLE = "SỐ LIỆU ĐẾM THEO ĐƠN VỊ VÀ MỤC NĂM";

/** A1 of a Pivot sheet the roll-up wrote; any other "Pivot" sheet is the clerk's and is never deleted. */
export function isRollupPivotTitle(a1: unknown): boolean {
  return typeof a1 === "string" && a1.startsWith(`${TITLE} `);
}

/** The facts' columns the PivotTable uses, named as on "Dữ liệu". */
export const PIVOT_FIELDS = {
  kind: FACTS_COLUMNS[3],
  unit: FACTS_COLUMNS[2],
  section: FACTS_COLUMNS[4],
  value: FACTS_COLUMNS[7],
} as const;

const COUNT_FORMAT = "#,##0";
/** The PivotTable's corner; it grows down and right from here. */
export const PIVOT_AT = "A4";
/** Charts over columns M:T, their figures from column V, the PivotTable's source from column Z. */
const CHART_LEFT = "M";
const CHART_RIGHT = "T";
const DATA_COLUMN = 22;
const SOURCE_COLUMN = 26;

export interface ChartSpec {
  type: "ColumnStacked" | "BarClustered";
  title: string;
  data: Block;
  from: string;
  to: string;
}

export interface PivotSheetContent {
  /** Title, note and the headings of each block, as one block at A1. */
  heading: Block;
  /** The counts only (what the PivotTable sums), with its header row. */
  source: Block;
  charts: ChartSpec[];
}

function block(top: number, left: number, rows: Content[][]): Block {
  return {
    top,
    left,
    rows,
    formats: rows.map((r) => r.map((v) => (typeof v === "number" ? COUNT_FORMAT : "@"))),
  };
}

/**
 * The Pivot sheet: the PivotTable's source (the count indicators of "Dữ liệu": PivotTable filters
 * need ExcelApi 1.12, so the source holds only the rows to sum), the figures behind two charts
 * (reports received and missing by kind of unit; the headline count by commune) and the headings.
 */
export function pivotSheetContent(
  rollup: Rollup,
  catalogue: Catalogue,
  pivotTable: boolean,
): PivotSheetContent {
  const counted = new Map(
    pivotSummary(rollup.facts, catalogue).columns.flatMap((c) =>
      c.codes.map((code) => [code, c.roman] as const),
    ),
  );
  const sourceRows: Content[][] = [
    [PIVOT_FIELDS.kind, PIVOT_FIELDS.unit, PIVOT_FIELDS.section, PIVOT_FIELDS.value],
  ];
  for (const f of rollup.facts) {
    const roman = counted.get(f.code);
    if (roman !== undefined && typeof f.value === "number")
      sourceRows.push([kindLabel(rollup.kinds, f.kind), f.unitName, roman, f.value]);
  }

  const kinds = rollup.kinds.filter((k) => rollup.units.some((u) => u.unit.kind === k.code));
  const completeness = block(4, DATA_COLUMN, [
    ["Loại đơn vị", "Đã nhận", "Chưa gửi"],
    ...kinds.map((k) => {
      const of = rollup.units.filter((u) => u.unit.kind === k.code);
      const received = of.filter((u) => u.kept !== null).length;
      return [k.label, received, of.length - received];
    }),
  ]);
  const charts: ChartSpec[] = [
    {
      type: "ColumnStacked",
      title: `Tình hình nhận báo cáo năm ${rollup.year}`,
      data: completeness,
      from: `${CHART_LEFT}4`,
      to: `${CHART_RIGHT}19`,
    },
  ];
  const code = headlineCode(catalogue);
  // Unit by unit for the registry's first kind (the communes of a district's list).
  const kind = rollup.kinds[0];
  const headline = rollup.facts.filter(
    (f) => f.code === code && f.kind === kind?.code && typeof f.value === "number",
  );
  if (code !== undefined && kind !== undefined && headline.length > 0) {
    const label = allIndicators(catalogue).find((i) => i.code === code)?.label ?? code;
    charts.push({
      type: "BarClustered",
      title: `${code}. ${label}`,
      data: block(completeness.top + completeness.rows.length + 1, DATA_COLUMN, [
        [kind.label, code],
        ...headline.map((f) => [f.unitName, f.value]),
      ]),
      from: `${CHART_LEFT}21`,
      to: `${CHART_RIGHT}${Math.max(45, 21 + headline.length)}`,
    });
  }

  const note = pivotTable
    ? `PivotTable trên các chỉ tiêu đếm (kiểu N, cộng dồn) của trang Dữ liệu, chép ở cột ${columnName(SOURCE_COLUMN)} trở đi. Làm mới: chạy lại Tổng hợp.`
    : "Excel này chưa tạo được PivotTable (cần ExcelApi 1.8): xem bảng tính sẵn ở trang “Tổng hợp theo mục”.";
  return {
    heading: block(1, 1, [[`${TITLE} ${rollup.year}`], [note]]),
    source: block(4, SOURCE_COLUMN, sourceRows),
    charts,
  };
}

function columnName(col: number): string {
  return cellRef(1, col).replace(/\d+$/, "");
}

/** The count the draft narrative leads with; the first count of the catalogue otherwise. */
function headlineCode(catalogue: Catalogue): string | undefined {
  const wording = WORDING[catalogue.id] ?? {};
  const named = catalogue.sections.map((s) => wording[s.id]?.headline).find((c) => c !== undefined);
  return named ?? allIndicators(catalogue).find((i) => i.type === "N" && i.rollup.kind === "sum")?.code;
}
