import { checkSources, type Source } from "../../src/domain/check/batch";
import { crossYearFindings } from "../../src/domain/check/crossYear";
import { fillPlan } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { buildDistrictReport, narrativeParagraphs } from "../../src/domain/report";
import { factsCsv } from "../../src/domain/report/facts";
import {
  mapToUnits,
  previousFigure,
  previousYearFromRows,
  previousYearFromWorkbook,
  type PreviousYear,
} from "../../src/domain/report/previousYear";
import { compareYears } from "../../src/domain/report/yearOnYear";
import { YEAR_ON_YEAR_SHEET } from "../../src/domain/report/yearOnYearSheet";
import { rollUp } from "../../src/domain/rollup/rollup";
import { parseCsv, registryFromRows } from "../../src/domain/units/registry";
import { catalogue, planSnapshot } from "../support/filled";

/**
 * 2024: communes A, B, Z, C and agency G. On 1/10/2024 A and B merge into M; Z is gone; N is new.
 * 2025: M (predecessors A, B), C, G, N.
 */
const CSV = `code,name,kind,parent,valid_from,valid_to,predecessors
XA-A,Xã A,X,UBND huyện T,,2024-09-30,
XA-B,Xã B,X,UBND huyện T,,2024-09-30,
XA-Z,Xã Z,X,UBND huyện T,,2024-09-30,
XA-C,Xã C,X,UBND huyện T,,,
CQ-G,Phòng G,C,UBND huyện T,,,
XA-M,Xã M,X,UBND huyện T,2024-10-01,,XA-A;XA-B
XA-N,Xã N,X,UBND huyện T,2024-10-01,,
`;
const { registry, issues } = registryFromRows(parseCsv(CSV));

type Typed = Record<string, number>;
/** 2.1 is blank everywhere in 2024; 5.4 is 0 everywhere in 2024; B leaves 6.9 blank. */
const TYPED_2024: Record<string, Typed> = {
  "XA-A": { "1.1": 10, "3.1": 1, "3.2": 1, "3.3": 2, "4.5": 90, "4.6": 10, "4.7": 5, "5.4": 0, "6.9": 3 },
  "XA-B": { "1.1": 6, "3.1": 0, "3.2": 1, "3.3": 1, "4.5": 45, "4.6": 5, "4.7": 3, "5.4": 0 },
  "XA-Z": { "1.1": 100, "4.5": 10, "4.6": 0, "4.7": 1, "5.4": 0, "6.9": 50 },
  "XA-C": { "1.1": 8, "3.1": 1, "3.2": 0, "3.3": 1, "4.5": 50, "4.6": 0, "4.7": 4, "5.4": 0, "6.9": 2 },
  "CQ-G": { "1.1": 4, "4.5": 20, "4.6": 0, "4.7": 2, "5.4": 0 },
};
const TYPED_2025: Record<string, Typed> = {
  "XA-M": { "1.1": 20, "2.1": 5, "3.3": 7, "4.2": 8, "4.5": 120, "4.6": 0, "4.7": 6, "5.4": 1, "6.9": 4 },
  "XA-C": { "1.1": 8, "2.1": 3, "3.3": 2, "4.2": 3, "4.5": 60, "4.6": 0, "5.4": 0, "6.9": 2 },
  "CQ-G": { "1.1": 5, "4.5": 25, "4.6": 0, "5.4": 0 },
  "XA-N": { "1.1": 7, "4.2": 0, "4.5": 10, "4.6": 0, "5.4": 2 },
};

function rollupOf(year: number, typed: Record<string, Typed>) {
  const sources: Source[] = Object.entries(typed).map(([code, figures]) => {
    const unit = registry.units.find((u) => u.code === code);
    if (!unit) throw new Error(code);
    return {
      name: `DVCQ_${year}_${code}.xlsx`,
      workbook: planSnapshot(fillPlan(buildTemplatePlan(catalogue, unit, year), { figures })),
    };
  });
  const checked = checkSources(sources, catalogue, registry, { expectedYear: year });
  return { checked, rollup: rollUp(catalogue, registry, year, checked.submissions, checked.findings) };
}

const last = rollupOf(2024, TYPED_2024);
const lastCsv = factsCsv(last.rollup.facts, catalogue, last.rollup.kinds);
const read = previousYearFromRows(parseCsv(lastCsv), 2024);
const previous = (read.ok ? read.previous : undefined) as PreviousYear;
const now = rollupOf(2025, TYPED_2025);
const yoy = compareYears(now.rollup, catalogue, previous);
const compared = (code: string) => {
  const c = yoy.indicators.find((i) => i.indicator.code === code);
  if (!c) throw new Error(`no comparison of ${code}`);
  return c;
};

/** Last year's figure of a 2025 unit, computed here: its own or its predecessors' sum. */
const SOURCES: Record<string, string[]> = { "XA-M": ["XA-A", "XA-B"], "XA-C": ["XA-C"], "CQ-G": ["CQ-G"] };
const KIND: Record<string, string> = { "XA-M": "X", "XA-C": "X", "CQ-G": "C", "XA-N": "X" };
const sumOf = (typed: Record<string, Typed>, code: string, units: string[]): number | null => {
  const values = units.map((u) => typed[u]?.[code]).filter((v): v is number => v !== undefined);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
};
const thisYear = (code: string, kind?: string) =>
  sumOf(
    TYPED_2025,
    code,
    Object.keys(TYPED_2025).filter((u) => kind === undefined || KIND[u] === kind),
  );
const lastYear = (code: string, kind?: string) =>
  sumOf(
    TYPED_2024,
    code,
    Object.entries(SOURCES)
      .filter(([u]) => kind === undefined || KIND[u] === kind)
      .flatMap(([, s]) => s),
  );
const round1 = (x: number) => Math.round(x * 10) / 10;

test("the registry and last year's facts read back from the facts CSV", () => {
  expect(issues).toEqual([]);
  expect(read.ok).toBe(true);
  expect([...previous.units.keys()].sort()).toEqual(["CQ-G", "XA-A", "XA-B", "XA-C", "XA-Z"]);
  expect(previous.units.get("XA-A")?.figures.get("4.7")).toBe(5);
  // Blank is not zero: B's blank 6.9 is not in last year's figures.
  expect(previous.units.get("XA-B")?.figures.has("6.9")).toBe(false);
});

test("units mapped through predecessors: M stands for A and B; Z is left out; N has no last year", () => {
  expect(yoy.mapping.sources.get("XA-M")).toEqual(["XA-A", "XA-B"]);
  expect(yoy.mapping.sources.get("XA-C")).toEqual(["XA-C"]);
  expect(yoy.mapping.sources.get("XA-N")).toEqual([]);
  expect(yoy.mapping.unmatched).toEqual(["XA-Z"]);
});

test("a unit's figure of last year: its sources' sum, or none when one of them left it blank", () => {
  expect(previousFigure(previous, ["XA-A", "XA-B"], "4.7")).toBe(5 + 3);
  expect(previousFigure(previous, ["XA-A", "XA-B"], "6.9")).toBeNull();
  expect(previousFigure(previous, [], "4.7")).toBeNull();
});

test("a unit of last year split between two of this year's counts for neither", () => {
  const split = registryFromRows(
    parseCsv(`code,name,kind,predecessors
XA-P,Xã P,X,XA-C
XA-Q,Xã Q,X,XA-C;XA-Z
`),
  ).registry;
  const mapping = mapToUnits(split.units, previous);
  expect(mapping.shared).toEqual(new Map([["XA-C", ["XA-P", "XA-Q"]]]));
  expect(mapping.sources.get("XA-P")).toEqual([]);
  expect(mapping.sources.get("XA-Q")).toEqual(["XA-Z"]);
});

test("a count by level: this year, the sum of last year's units mapped, the change and its percent", () => {
  const c = compared("1.1");
  for (const level of ["all", "X", "C"] as const) {
    const kind = level === "all" ? undefined : level;
    const a = thisYear("1.1", kind) as number;
    const b = lastYear("1.1", kind) as number;
    expect([c.current[level], c.previous[level], c.change[level], c.percent[level]]).toEqual([
      a,
      b,
      a - b,
      round1((100 * (a - b)) / b),
    ]);
  }
  // 40 against 28 (Z's 100 not counted): +42,9%.
  expect(c.previous.all).toBe(28);
  expect(c.percent.all).toBe(42.9);
});

test("a rate recomputed from last year's summed parts; its change in points, no percent", () => {
  const c = compared("4.8");
  const rate = (typed: Record<string, Typed>, units: string[]) =>
    round1(
      (100 * (sumOf(typed, "4.5", units) as number)) /
        ((sumOf(typed, "4.5", units) as number) + (sumOf(typed, "4.6", units) as number)),
    );
  const before = rate(TYPED_2024, Object.values(SOURCES).flat());
  const after = rate(TYPED_2025, Object.keys(TYPED_2025));
  expect(c.previous.all).toBe(before);
  expect(c.current.all).toBe(after);
  expect(c.change.all).toBe(round1(after - before));
  expect(c.percent.all).toBeNull();
});

test("blanks stay blank: no unit gave 2.1 last year; a zero last year has a change but no percent", () => {
  const blank = compared("2.1");
  expect(blank.current.all).toBe(thisYear("2.1"));
  expect([blank.previous.all, blank.change.all, blank.percent.all]).toEqual([null, null, null]);
  const zero = compared("5.4");
  expect(zero.previous.all).toBe(0);
  expect(zero.change.all).toBe(thisYear("5.4"));
  expect(zero.percent.all).toBeNull();
  // An indicator of communes only has no agency figure either year.
  const communes = compared("6.9");
  expect(communes.previous.X).toBe(lastYear("6.9", "X"));
  expect(communes.previous.C).toBeNull();
});

test("the sheet So với cùng kỳ after the report, the figures in their columns, the mapping under the table", () => {
  const sheets = buildDistrictReport(now.rollup, catalogue, { yearOnYear: yoy });
  expect(sheets.map((s) => s.name).slice(0, 2)).toEqual(["Báo cáo tổng hợp", YEAR_ON_YEAR_SHEET]);
  expect(buildDistrictReport(now.rollup, catalogue).map((s) => s.name)).not.toContain(YEAR_ON_YEAR_SHEET);
  const plan = sheets[1] as SheetPlan;
  const at = (ref: string) => plan.cells.find((c) => c.ref === ref)?.value;
  const row = plan.cells.find((c) => c.ref.startsWith("A") && c.value === "1.1")?.ref.slice(1);
  // Columns D–G the whole, H–K communes, L–O agencies: this year, last year, change, percent.
  expect(["D", "E", "F", "G"].map((c) => at(`${c}${row}`))).toEqual([40, 28, 12, 42.9]);
  expect(at("A1")).toBe("SO SÁNH VỚI CÙNG KỲ NĂM 2024");
  const notes = plan.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
  expect(notes).toContain("Đơn vị so sánh với số liệu cộng của các đơn vị năm 2024: Xã M (Xã A, Xã B).");
  expect(notes).toContain("Đơn vị không có số liệu năm 2024 để so sánh: Xã N.");
  expect(notes).toContain(
    "Số liệu năm 2024 không đưa vào so sánh vì đơn vị không còn trong danh sách năm 2025: Xã Z.",
  );
  const rateRow = plan.cells.find((c) => c.ref.startsWith("A") && c.value === "2.1")?.ref.slice(1);
  expect(["E", "F", "G"].map((c) => at(`${c}${rateRow}`) ?? null)).toEqual([null, null, null]);
});

test("the draft narrative says tăng 42,9% so với cùng kỳ, and where last year's figures come from", () => {
  const paragraphs = narrativeParagraphs(now.rollup, catalogue, { office: "Phòng Nội vụ" }, yoy);
  const text = paragraphs.map((p) => p.text).join(" ");
  expect(text).toMatch(/ tăng 42,9% so với cùng kỳ \(năm 2024: 28 văn bản\)[;.]/);
  expect(paragraphs[0]?.text).toContain(
    "Số liệu cùng kỳ năm 2024 lấy từ số liệu tổng hợp năm 2024 của 4 đơn vị",
  );
  // 2.1 has no figure last year: the draft says nothing of it against last year.
  expect(text).not.toMatch(/buổi tuyên truyền[^;.]*so với cùng kỳ/);
  expect(
    narrativeParagraphs(now.rollup, catalogue, { office: "Phòng Nội vụ" })
      .map((p) => p.text)
      .join(" "),
  ).not.toContain("so với cùng kỳ");
});

test("cross-year checks: 4.2 against last year's 4.7, 3.3 against last year's models, across the merge", () => {
  const findings = crossYearFindings(catalogue, registry, now.checked.submissions, previous);
  expect(findings.map((f) => [f.unit, f.rule, f.severity])).toEqual([
    ["XA-M", "Y02", "warning"],
    ["XA-C", "Y01", "warning"],
  ]);
  const [models, files] = findings;
  const modelsLastYear =
    sumOf(TYPED_2024, "3.1", SOURCES["XA-M"] as string[])! +
    sumOf(TYPED_2024, "3.2", SOURCES["XA-M"] as string[])! +
    sumOf(TYPED_2024, "3.3", SOURCES["XA-M"] as string[])!;
  expect(models?.message).toMatchObject({
    code: "CROSS_YEAR",
    item: { code: "3.3" },
    year: 2025,
    value: 7,
    op: "<=",
    last: [{ code: "3.1" }, { code: "3.2" }, { code: "3.3" }],
    lastYear: 2024,
    lastValue: modelsLastYear,
    formedFrom: ["Xã A", "Xã B"],
  });
  expect(files?.message).toMatchObject({
    code: "CROSS_YEAR",
    item: { code: "4.2" },
    value: 3,
    op: "=",
    last: [{ code: "4.7" }],
    lastYear: 2024,
    lastValue: 4,
    formedFrom: [],
  });
  expect(files?.cell).toMatch(/^D\d+$/);
  expect(files?.file).toBe("DVCQ_2025_XA-C.xlsx");
});

describe("last year's file refused with a sentence", () => {
  const rows = parseCsv(lastCsv);
  const problem = (r: ReturnType<typeof previousYearFromRows>) => (r.ok ? "ok" : r.message.vi);

  test("another year than the year before", () => {
    expect(problem(previousYearFromRows(rows, 2025))).toBe(
      "không có số liệu năm 2025 (năm trước của năm báo cáo 2026); tệp có số liệu năm 2024.",
    );
  });
  test("several years appended: only the year asked for", () => {
    const older = rows.slice(1).map((r) => r.map((v, i) => (i === 0 ? "2023" : v)));
    const both = previousYearFromRows([...rows, ...older], 2024);
    expect(both.ok && both.previous.units.get("XA-A")?.figures.get("1.1")).toBe(10);
    const latest = previousYearFromRows([rows[0]!, ...older, ...rows.slice(1)], "latest");
    expect(latest.ok && latest.previous.year).toBe(2024);
  });
  test("not DVCQ's facts, a value that is not a number, a figure twice, nothing", () => {
    expect(
      problem(
        previousYearFromRows(
          [
            ["code", "name"],
            ["XA-A", "Xã A"],
          ],
          2024,
        ),
      ),
    ).toMatch(
      /^không phải bảng dữ liệu do DVCQ lập .*thiếu cột Năm, Mã đơn vị, Tên đơn vị, Mã chỉ tiêu, Giá trị, Kiểu\.$/,
    );
    const value = rows[0]!.indexOf("Giá trị");
    const kind = rows[0]!.indexOf("Kiểu");
    const at = rows.findIndex((r) => r[kind] === "N");
    const bad = rows.map((r, i) => (i === at ? r.map((v, c) => (c === value ? "12 buổi" : v)) : r));
    expect(problem(previousYearFromRows(bad, 2024))).toMatch(
      new RegExp(`^dòng ${at + 1}: giá trị “12 buổi” của chỉ tiêu .* không phải số\\.$`),
    );
    expect(problem(previousYearFromRows([...rows, rows[at]!], 2024))).toMatch(
      /có hai lần \(dòng \d+ và \d+\)\.$/,
    );
    expect(problem(previousYearFromRows([rows[0]!], 2024))).toBe("không có dòng số liệu nào.");
  });
  test("a unit's template instead of the district workbook", () => {
    const unit = registry.units.find((u) => u.code === "XA-C")!;
    const template = planSnapshot(buildTemplatePlan(catalogue, unit, 2024).plan);
    expect(problem(previousYearFromWorkbook(template, 2024))).toMatch(
      /^là mẫu biểu của một đơn vị, không phải báo cáo tổng hợp năm trước/,
    );
  });
});
