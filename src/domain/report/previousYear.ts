import type { Message } from "../i18n/lang";
import type { PreviousPhrase } from "../i18n/phrase";
import { sayEvery } from "../i18n/say";
import { cellRef } from "../layout/a1";
import type { WorkbookSnapshot } from "../read/snapshot";
import type { Unit } from "../units/registry";
import { FACTS_COLUMNS, FACTS_SHEET } from "./factsSheet";

/** One unit's figures of last year, as the facts table holds them: numbers only (counts and rates). */
export interface PreviousUnit {
  code: string;
  name: string;
  figures: ReadonlyMap<string, number>;
}

/** Last year's figures, by unit code, from a district workbook's "Dữ liệu" or a facts CSV. */
export interface PreviousYear {
  year: number;
  units: ReadonlyMap<string, PreviousUnit>;
}

export type PreviousRead = { ok: true; previous: PreviousYear } | { ok: false; message: Message };

type Cell = string | number | boolean | null | undefined;

/** The columns the comparison needs; a table without them is not DVCQ's facts. */
const NEEDED = ["Năm", "Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Giá trị", "Kiểu"] as const;
/** "Kiểu" of the figures compared: counts and rates. Dates and text are not compared. */
const COMPARED_TYPES = new Set(["N", "%"]);

const failed = (phrase: PreviousPhrase): PreviousRead => ({ ok: false, message: sayEvery(phrase) });

/**
 * Last year's figures from the rows of a facts table (a CSV of `rollup --facts`, or the "Dữ liệu"
 * sheet), header first. Only the rows of `year` are taken ("latest": the latest year it holds), so a
 * CSV holding several years appended together serves; a table without that year, not headed as
 * DVCQ's, or with a figure that is not a number is refused with a sentence saying why. Blank is not
 * zero: a figure the table does not hold stays absent.
 */
export function previousYearFromRows(
  rows: readonly (readonly Cell[])[],
  wanted: number | "latest",
): PreviousRead {
  const header = (rows[0] ?? []).map((c) => String(c ?? "").trim());
  const at = Object.fromEntries(NEEDED.map((name) => [name, header.indexOf(name)])) as Record<
    (typeof NEEDED)[number],
    number
  >;
  const missing = NEEDED.filter((name) => at[name] < 0);
  if (missing.length > 0) return failed({ code: "PREVIOUS_COLUMNS_MISSING", sheet: FACTS_SHEET, missing });
  const text = (row: readonly Cell[], name: (typeof NEEDED)[number]): string =>
    String(row[at[name]] ?? "").trim();
  const yearOf = (row: readonly Cell[]): number => Number(text(row, "Năm"));
  const year =
    wanted !== "latest"
      ? wanted
      : Math.max(
          0,
          ...rows
            .slice(1)
            .map(yearOf)
            .filter((y) => Number.isInteger(y) && y > 0),
        );

  const units = new Map<string, { code: string; name: string; figures: Map<string, number> }>();
  const seenAt = new Map<string, number>();
  const years = new Set<number>();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as readonly Cell[];
    if (row.every((c) => c === null || c === undefined || String(c).trim() === "")) continue;
    const rowYear = yearOf(row);
    years.add(rowYear);
    if (rowYear !== year) continue;
    const line = i + 1;
    const unit = text(row, "Mã đơn vị");
    const code = text(row, "Mã chỉ tiêu");
    if (unit === "" || code === "") return failed({ code: "PREVIOUS_CODE_MISSING", line });
    const key = `${unit}\u0000${code}`;
    const earlier = seenAt.get(key);
    if (earlier !== undefined)
      return failed({ code: "PREVIOUS_TWICE", line, indicator: code, unit, year, first: earlier });
    seenAt.set(key, line);
    let entry = units.get(unit);
    if (entry === undefined)
      units.set(unit, (entry = { code: unit, name: text(row, "Tên đơn vị"), figures: new Map() }));
    if (!COMPARED_TYPES.has(text(row, "Kiểu"))) continue;
    const raw = row[at["Giá trị"]];
    const value = typeof raw === "number" ? raw : Number(String(raw ?? "").trim());
    if (String(raw ?? "").trim() === "" || !Number.isFinite(value))
      return failed({ code: "PREVIOUS_NOT_A_NUMBER", line, typed: String(raw ?? ""), indicator: code, unit });
    entry.figures.set(code, value);
  }
  if (units.size === 0) {
    const found = [...years].filter((y) => Number.isInteger(y) && y > 0).sort((a, b) => a - b);
    return found.length === 0 || wanted === "latest"
      ? failed({ code: "PREVIOUS_NO_FIGURES" })
      : failed({ code: "PREVIOUS_NO_YEAR", year, found });
  }
  return { ok: true, previous: { year, units } };
}

/**
 * Last year's figures from a district workbook DVCQ wrote: its "Dữ liệu" sheet. A unit's template,
 * a workbook without that sheet, or one whose sheet the reader left unread (too large) is refused
 * with what to use instead.
 */
export function previousYearFromWorkbook(workbook: WorkbookSnapshot, year: number | "latest"): PreviousRead {
  const sheet = workbook.sheets.find((s) => s.name === FACTS_SHEET);
  if (sheet === undefined) {
    if (workbook.skipped?.some((s) => s.name === FACTS_SHEET))
      return failed({ code: "PREVIOUS_SHEET_TOO_LARGE", sheet: FACTS_SHEET });
    const isTemplate = [...workbook.names, ...workbook.sheets.flatMap((s) => s.names)].some(
      (n) => n.name.toUpperCase() === "DVCQ_TEMPLATE",
    );
    return isTemplate
      ? failed({ code: "PREVIOUS_IS_TEMPLATE", year: year === "latest" ? null : year })
      : failed({ code: "PREVIOUS_NO_SHEET", sheet: FACTS_SHEET });
  }
  let lastRow = 0;
  for (const ref of sheet.cells.keys()) lastRow = Math.max(lastRow, Number(/\d+$/.exec(ref)?.[0] ?? 0));
  const rows: Cell[][] = [];
  for (let r = 1; r <= lastRow; r++)
    rows.push(FACTS_COLUMNS.map((_, c) => sheet.cells.get(cellRef(r, c + 1))?.value ?? null));
  return previousYearFromRows(rows, year);
}

/**
 * Which of last year's units each of this year's units compares with: itself, and the units it was
 * formed from (its predecessors), those of them last year's figures hold. A unit of last year that
 * two of this year's claim (split) counts for neither, so no figure is counted twice.
 */
export interface UnitMapping {
  /** By this year's unit code: last year's unit codes whose figures add up to its own. */
  sources: ReadonlyMap<string, readonly string[]>;
  /** Last year's units claimed by more than one unit of this year, with the units claiming them. */
  shared: ReadonlyMap<string, readonly string[]>;
  /** Last year's units no unit of this year claims. */
  unmatched: readonly string[];
}

export function mapToUnits(units: readonly Unit[], previous: PreviousYear): UnitMapping {
  const claims = new Map<string, string[]>();
  const candidates = new Map<string, string[]>();
  for (const unit of units) {
    const mine = [...new Set([unit.code, ...(unit.predecessors ?? [])])].filter((c) => previous.units.has(c));
    candidates.set(unit.code, mine);
    for (const code of mine) (claims.get(code) ?? claims.set(code, []).get(code))?.push(unit.code);
  }
  const shared = new Map([...claims].filter(([, by]) => by.length > 1));
  const sources = new Map(
    [...candidates].map(([unit, codes]) => [unit, codes.filter((c) => !shared.has(c))] as const),
  );
  const unmatched = [...previous.units.keys()].filter((c) => !claims.has(c));
  return { sources, shared, unmatched };
}

/**
 * A unit's figure of last year: the sum over its sources; null (not compared) when it has none or
 * when one of them left the figure blank, since a part is not the whole.
 */
export function previousFigure(
  previous: PreviousYear,
  sources: readonly string[] | undefined,
  code: string,
): number | null {
  if (sources === undefined || sources.length === 0) return null;
  let sum = 0;
  for (const source of sources) {
    const value = previous.units.get(source)?.figures.get(code);
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}
