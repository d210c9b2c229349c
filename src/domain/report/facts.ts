import { allIndicators } from "../catalogue/load";
import type { Catalogue, ValueType } from "../catalogue/types";
import { cellRef, columnLetters, parseCell } from "../layout/a1";
import { UTF8_BOM } from "../text/csv";
import type { CellStyle, CellValue, PlanRows, SheetPlan } from "../layout/sheetPlan";
import type { Fact } from "../rollup/rollup";
import { kindLabel, type UnitKindInfo } from "../units/registry";
import { BASE_STYLES, FILE_AS_GIVEN, FORMAT_OF, printSetup, sheetBuilder, type FileName } from "./sheetKit";
import { FACTS_COLUMNS, FACTS_SHEET } from "./factsSheet";

export { FACTS_COLUMNS, FACTS_SHEET };

/** The Excel table a shell makes of the facts (header row included), for the PivotTable and the clerk's filters. */
export const FACTS_TABLE = "DVCQ_DuLieu";
const WIDTHS = [7, 16, 30, 15, 6, 10, 60, 12, 34, 22, 7, 13, 6];
const COLUMN_LETTERS = FACTS_COLUMNS.map((_, c) => columnLetters(c + 1));
/** "Mục" of the header fields, as the template heads them. */
const HEADER_SECTION = "A";
/** Columns (from 0) of the report year and of the figure, the two not in the plain style. */
const YEAR_COLUMN = 0;
const VALUE_COLUMN = 7;

const STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  head: { bold: true, horizontal: "center", vertical: "center", wrap: true, fill: "#D9E1F2", border: true },
  year: { numberFormat: "0" },
  plain: { numberFormat: "@" },
  valueN: { numberFormat: FORMAT_OF.N },
  "value%": { numberFormat: FORMAT_OF["%"] },
  valueD: { numberFormat: FORMAT_OF.D, horizontal: "right" },
  valueE: { numberFormat: "@" },
  valuetext: { numberFormat: "@" },
};

/**
 * "Dữ liệu": every figure of every unit used, one per row, with the file, sheet and cell it was
 * read from: every number of the report traces to rows here. Row 1 is the header. With `streamed`
 * the figures' rows are the plan's `rows`, made as the file writer reaches them; otherwise cells.
 */
export function factsPlan(
  facts: readonly Fact[],
  catalogue: Catalogue,
  kinds: readonly UnitKindInfo[],
  fileName: FileName = FILE_AS_GIVEN,
  streamed = false,
): SheetPlan {
  const b = sheetBuilder();
  const typeOf = new Map<string, ValueType>(
    [...catalogue.header, ...allIndicators(catalogue)].map((i) => [i.code, i.type]),
  );
  const roman = new Map(catalogue.sections.map((s) => [s.id, s.roman]));
  FACTS_COLUMNS.forEach((text, i) => b.put(1, i + 1, text, "head"));
  // Each unit's file, kind and value style made once, not on each of its rows.
  const fileShown = new Map<string, string>();
  const kindShown = new Map<Fact["kind"], string>();
  const valueStyle = new Map<string, string>();
  const once = <K>(seen: Map<K, string>, key: K, make: (key: K) => string): string => {
    let made = seen.get(key);
    if (made === undefined) seen.set(key, (made = make(key)));
    return made;
  };
  const rows: PlanRows = {
    from: 2,
    count: facts.length,
    lastCol: FACTS_COLUMNS.length,
    cells(i) {
      const f = facts[i] as Fact;
      const type = typeOf.get(f.code) ?? (typeof f.value === "number" ? "N" : "text");
      const row = String(i + 2);
      // Made for each of the hundreds of thousands of rows of a national roll-up as it is written.
      const values: CellValue[] = [
        f.year,
        f.unitCode,
        f.unitName,
        once(kindShown, f.kind, (kind) => kindLabel(kinds, kind)),
        roman.get(f.section) ?? HEADER_SECTION,
        f.code,
        f.label,
        f.value,
        once(fileShown, f.file, fileName),
        f.sheet,
        f.cell,
        f.template,
        type,
      ];
      const value = once(valueStyle, type, (t) => `value${t}`);
      return values.map((v, c) => ({
        ref: `${COLUMN_LETTERS[c]}${row}`,
        value: v,
        style: c === YEAR_COLUMN ? "year" : c === VALUE_COLUMN ? value : "plain",
      }));
    },
  };
  const plan = b.done({
    name: FACTS_SHEET,
    columnWidths: WIDTHS,
    styles: STYLES,
    freezeRows: 1,
    print: printSetup("landscape", "$1:$1"),
  });
  if (streamed) return { ...plan, rows };
  const cells = [...plan.cells];
  for (let i = 0; i < rows.count; i++) cells.push(...rows.cells(i));
  return { ...plan, cells };
}

/**
 * "A1:M1990": the facts with their header, what a shell turns into the table FACTS_TABLE. An
 * Excel table needs a row under its header, so with no facts it spans one empty row.
 */
export function factsTableRange(factCount: number): string {
  return `A1:${cellRef(Math.max(1, factCount) + 1, FACTS_COLUMNS.length)}`;
}

/**
 * The facts as CSV, the same table as the "Dữ liệu" sheet: UTF-8 with a BOM (Excel then reads the
 * Vietnamese), one row per unit × figure × year with its file, sheet and cell, "\r\n" between rows.
 * A date is its Excel serial, as the sheet holds it (the "Kiểu" column says D).
 */
export function factsCsv(
  facts: readonly Fact[],
  catalogue: Catalogue,
  kinds: readonly UnitKindInfo[],
  fileName: FileName = FILE_AS_GIVEN,
): string {
  return `${UTF8_BOM}${planAsCsv(factsPlan(facts, catalogue, kinds, fileName))}`;
}

/** A sheet plan's literal values as CSV rows (formulas left out), "\r\n" between rows as RFC 4180 asks. */
export function planAsCsv(plan: SheetPlan): string {
  const grid: (string | number | boolean)[][] = [];
  let width = 0;
  for (const cell of plan.cells) {
    if (cell.value === undefined || cell.value === null) continue;
    const { row, col } = parseCell(cell.ref);
    (grid[row - 1] ??= [])[col - 1] = cell.value;
    width = Math.max(width, col);
  }
  const field = (v: string | number | boolean | undefined): string => {
    const text = v === undefined ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => field(row?.[c])).join(",")).join(
    "\r\n",
  );
}
