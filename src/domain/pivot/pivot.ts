import type { Catalogue } from "../catalogue/types";
import type { CellStyle, SheetPlan } from "../layout/sheetPlan";
import type { Fact } from "../rollup/rollup";
import { STANDARD_KINDS, type UnitKind, type UnitKindInfo } from "../units/registry";
import { BASE_STYLES, printSetup, sheetBuilder } from "../report/sheetKit";
import { PIVOT_SHEET } from "../report/sheetNames";

export { PIVOT_SHEET };

export interface PivotColumn {
  sectionId: string;
  roman: string;
  title: string;
  /** The count (N) indicators summed in this column. */
  codes: readonly string[];
}

/**
 * One line of the pivot: a section's sum per column; null where nothing was reported. No sum
 * across sections: their counts are of different things (văn bản, lượt người, hồ sơ).
 */
export interface PivotLine {
  values: (number | null)[];
}

export interface PivotUnit extends PivotLine {
  unitCode: string;
  unitName: string;
}

export interface PivotGroup {
  kind: UnitKind;
  /** "Khối xã, thị trấn". */
  heading: string;
  units: PivotUnit[];
  subtotal: PivotLine;
}

export interface PivotSummary {
  columns: PivotColumn[];
  /** Communes, then agencies; a kind with no facts is left out. */
  groups: PivotGroup[];
  total: PivotLine;
}

/** Blank plus blank is blank; blank plus a number is that number. */
function add(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

function sumLines(lines: readonly PivotLine[], width: number): PivotLine {
  const values = Array.from({ length: width }, (_, i) =>
    lines.reduce<number | null>((acc, l) => add(acc, l.values[i] ?? null), null),
  );
  return { values };
}

/**
 * What a PivotTable on the facts shows (rows: unit kind, then unit; columns: sections; values: the
 * sum of each section's count indicators), computed, for hosts that cannot make a PivotTable.
 * Units appear in the order of the facts; only units with facts appear.
 */
export function pivotSummary(
  facts: readonly Fact[],
  catalogue: Catalogue,
  kinds: readonly UnitKindInfo[] = STANDARD_KINDS,
): PivotSummary {
  const columns: PivotColumn[] = catalogue.sections.map((s) => ({
    sectionId: s.id,
    roman: s.roman,
    title: s.title,
    codes: s.indicators.filter((i) => i.type === "N" && i.rollup.kind === "sum").map((i) => i.code),
  }));
  const columnOf = new Map(columns.flatMap((c, i) => c.codes.map((code) => [code, i] as const)));
  const units = new Map<string, PivotUnit & { kind: UnitKind }>();
  for (const fact of facts) {
    let unit = units.get(fact.unitCode);
    if (!unit) {
      unit = {
        unitCode: fact.unitCode,
        unitName: fact.unitName,
        kind: fact.kind,
        values: columns.map(() => null),
      };
      units.set(fact.unitCode, unit);
    }
    const col = columnOf.get(fact.code);
    if (col === undefined || typeof fact.value !== "number") continue;
    unit.values[col] = add(unit.values[col] ?? null, fact.value);
  }
  const groups: PivotGroup[] = [];
  for (const { code: kind, heading } of kinds) {
    const members = [...units.values()].filter((u) => u.kind === kind).map(({ kind: _, ...u }) => u);
    if (members.length > 0)
      groups.push({ kind, heading, units: members, subtotal: sumLines(members, columns.length) });
  }
  return {
    columns,
    groups,
    total: sumLines(
      groups.map((g) => g.subtotal),
      columns.length,
    ),
  };
}

const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  unitText: { vertical: "center", wrap: true, border: true, numberFormat: "@" },
};

/** "Tổng hợp theo mục": the summary as a sheet, in place of the PivotTable a file cannot hold. */
export function pivotPlan(summary: PivotSummary, year: number): SheetPlan {
  const b = sheetBuilder();
  const n = summary.columns.length;
  const totalCol = 2 + n;
  const widths = [18, 40, ...summary.columns.map(() => 13)];
  b.band(1, 1, totalCol, `TỔNG HỢP SỐ LIỆU THEO MỤC NĂM ${year}`, "title");
  const note =
    "Mỗi ô là tổng các chỉ tiêu đếm (kiểu N, cộng dồn) của mục, theo đơn vị đã báo cáo; bảng tính sẵn thay cho PivotTable trên trang Dữ liệu.";
  b.band(2, 1, totalCol, note, "note");
  b.fit(
    2,
    note,
    widths.reduce((a, w) => a + w, 0),
  );

  const h = 4;
  for (const [col, text] of [
    [1, "Mã đơn vị"],
    [2, "Đơn vị"],
  ] as const) {
    b.put(h, col, text, "tableHeader");
    b.merge(h, col, h + 1, col, "tableHeader");
  }
  summary.columns.forEach((c, i) => {
    b.put(h, 3 + i, c.roman, "tableHeader");
    b.put(h + 1, 3 + i, c.title, "tableHeader");
    b.fit(h + 1, c.title, 13);
  });

  let row = h + 2;
  const line = (l: PivotLine, style: "N" | "totalN"): void => {
    l.values.forEach((v, i) => b.put(row, 3 + i, v, style));
  };
  for (const group of summary.groups) {
    b.band(row, 1, totalCol, group.heading, "groupHeading");
    row++;
    for (const u of group.units) {
      b.put(row, 1, u.unitCode, "unitText");
      b.put(row, 2, u.unitName, "unitText");
      b.fit(row, u.unitName, widths[1] as number);
      line(u, "N");
      row++;
    }
    b.band(row, 1, 2, `Cộng ${group.heading.toLocaleLowerCase("vi")}`, "totalLabel");
    line(group.subtotal, "totalN");
    row++;
  }
  b.band(row, 1, 2, "TỔNG CỘNG", "totalLabel");
  line(summary.total, "totalN");

  return b.done({
    name: PIVOT_SHEET,
    columnWidths: widths,
    styles: STYLES,
    freezeRows: h + 1,
    print: printSetup("landscape", `$${h}:$${h + 1}`),
  });
}
