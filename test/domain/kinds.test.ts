import { checkSources, type Source } from "../../src/domain/check/batch";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildDistrictReport } from "../../src/domain/report";
import { rollUp } from "../../src/domain/rollup/rollup";
import { rollupSummary } from "../../src/domain/rollup/summary";
import { kindsOf, parseCsv, registryFromRows } from "../../src/domain/units/registry";
import { catalogue, planSnapshot } from "../support/filled";

/** A province-like registry: wards and communes, departments, and a kind of its own. */
const CSV = `code,name,kind,parent,valid_from
X,"Xã, phường",kind,"Khối xã, phường"
C,"Sở, ban, ngành",kind,"Khối sở, ban, ngành"
D,Đơn vị sự nghiệp,kind,
SO-NOI-VU,Sở Nội vụ,office,UBND tỉnh A,2025-07-01
XA-1,Xã Một,X,UBND tỉnh A,2025-07-01
PHUONG-2,Phường Hai,X,UBND tỉnh A,2025-07-01
SO-3,Sở Ba,C,UBND tỉnh A,2025-07-01
DV-4,Trung tâm Bốn,D,UBND tỉnh A,2025-07-01
`;
const { registry, issues } = registryFromRows(parseCsv(CSV));

/** What each unit typed: 1.1 (every unit), 6.9 (communes only). */
const TYPED: Record<string, { kind: string; "1.1": number; "6.9"?: number }> = {
  "XA-1": { kind: "X", "1.1": 5, "6.9": 2 },
  "PHUONG-2": { kind: "X", "1.1": 7, "6.9": 3 },
  "SO-3": { kind: "C", "1.1": 11 },
  "DV-4": { kind: "D", "1.1": 13 },
};
const sumOf = (code: "1.1" | "6.9", kind?: string): number =>
  Object.values(TYPED)
    .filter((t) => kind === undefined || t.kind === kind)
    .reduce((a, t) => a + (t[code] ?? 0), 0);

const sources: Source[] = registry.units.map((unit) => {
  const { kind: _, ...figures } = TYPED[unit.code] as (typeof TYPED)[string];
  return {
    name: `DVCQ_2026_${unit.code}.xlsx`,
    workbook: planSnapshot(fillPlan(buildTemplatePlan(catalogue, unit, 2026), { figures })),
  };
});
const checked = checkSources(sources, catalogue, registry, { expectedYear: 2026 });
const rollup = rollUp(catalogue, registry, 2026, checked.submissions, checked.findings);
const sheets = buildDistrictReport(rollup, catalogue);
const sheet = (name: string): SheetPlan => sheets.find((s) => s.name === name) as SheetPlan;
const value = (plan: SheetPlan, ref: string) => plan.cells.find((c) => c.ref === ref)?.value;
const rowOf = (plan: SheetPlan, column: string, text: string): number => {
  const cell = plan.cells.find(
    (c) => c.ref.startsWith(column) && /^[A-Z]+\d+$/.test(c.ref) && c.value === text,
  );
  if (!cell) throw new Error(`no ${text} in column ${column}`);
  return Number(cell.ref.slice(column.length));
};

test("the registry's kinds, in its order, the heading defaulting to Khối + label", () => {
  expect(issues).toEqual([]);
  expect(kindsOf(registry)).toEqual([
    { code: "X", label: "Xã, phường", heading: "Khối xã, phường" },
    { code: "C", label: "Sở, ban, ngành", heading: "Khối sở, ban, ngành" },
    { code: "D", label: "Đơn vị sự nghiệp", heading: "Khối đơn vị sự nghiệp" },
  ]);
  expect(rollup.units.filter((u) => u.kept !== null)).toHaveLength(4);
});

test("Báo cáo tổng hợp: a column per kind, each summing its own units; X-only rows blank elsewhere", () => {
  const report = sheet("Báo cáo tổng hợp");
  // The whole column is named for the receiving office's area: its superior is a province's UBND.
  expect(["D12", "E12", "F12", "G12"].map((ref) => value(report, ref))).toEqual([
    "Toàn tỉnh",
    "Khối xã, phường",
    "Khối sở, ban, ngành",
    "Khối đơn vị sự nghiệp",
  ]);
  expect(value(report, "H11")).toBe("Số đơn vị báo cáo");
  expect(value(report, "I11")).toBe("Ghi chú");
  const r11 = rowOf(report, "A", "1.1");
  expect(["D", "E", "F", "G", "H"].map((c) => value(report, `${c}${r11}`))).toEqual([
    sumOf("1.1"),
    sumOf("1.1", "X"),
    sumOf("1.1", "C"),
    sumOf("1.1", "D"),
    4,
  ]);
  const r69 = rowOf(report, "A", "6.9");
  expect(value(report, `D${r69}`)).toBe(sumOf("6.9"));
  expect(value(report, `E${r69}`)).toBe(sumOf("6.9", "X"));
  for (const c of ["F", "G"])
    expect(report.cells.find((x) => x.ref === `${c}${r69}`)).toMatchObject({
      value: null,
      style: "notApplicable",
    });
  expect(value(report, "A10")).toBe(
    "Đơn vị phải báo cáo: 4 (2 xã, phường; 1 sở, ban, ngành; 1 đơn vị sự nghiệp); đã nhận báo cáo: 4 (2 xã, phường; 1 sở, ban, ngành; 1 đơn vị sự nghiệp).",
  );
});

test("the other sheets and the JSON summary go by the same kinds", () => {
  const details = sheet("Chi tiết đơn vị");
  for (const heading of ["KHỐI XÃ, PHƯỜNG", "KHỐI SỞ, BAN, NGÀNH", "KHỐI ĐƠN VỊ SỰ NGHIỆP"])
    expect(details.cells.some((c) => c.value === heading)).toBe(true);
  expect(details.cells.some((c) => c.value === "Cộng khối đơn vị sự nghiệp")).toBe(true);
  // The receiving office's superior is a province's UBND.
  expect(details.cells.some((c) => c.value === "TỔNG CỘNG (TOÀN TỈNH)")).toBe(true);
  expect(details.cells.some((c) => typeof c.value === "string" && c.value.includes("HUYỆN"))).toBe(false);
  const facts = sheet("Dữ liệu");
  expect(facts.cells.filter((c) => c.value === "Đơn vị sự nghiệp").length).toBeGreaterThan(0);
  expect(rollupSummary(rollup, "vi").indicators["1.1"]).toEqual({
    total: sumOf("1.1"),
    X: sumOf("1.1", "X"),
    C: sumOf("1.1", "C"),
    D: sumOf("1.1", "D"),
    reported: 4,
  });
});

test("a unit of a kind the registry does not declare is skipped with the kinds it has", () => {
  const bad = registryFromRows(parseCsv(`${CSV}XA-5,Xã Năm,Q,UBND tỉnh A,2025-07-01\n`));
  expect(bad.registry.units.map((u) => u.code)).not.toContain("XA-5");
  expect(bad.issues).toEqual([
    { code: "REGISTRY_ROW", line: 10, row: "kind unknown", kind: "Q", kinds: ["X", "C", "D"] },
  ]);
});

test("the draft narrative names the reporting units by the registry's kinds, the People's Committees last", () => {
  const draft = sheet("Dự thảo báo cáo").cells.map((c) => c.value);
  expect(draft.find((v) => typeof v === "string" && v.includes("đã ban hành"))).toContain(
    `Các sở, ban, ngành, đơn vị sự nghiệp và UBND các xã, phường đã ban hành ${sumOf("1.1")} văn bản`,
  );
});

describe("the template's issuer and signature come from the unit's kind in the registry", () => {
  const csv = `code,name,kind,parent,valid_from,symbol,signer
X,"Xã, phường",kind,"Khối xã, phường",,,
T,Thôn,kind,Khối thôn,,BAN CÔNG TÁC MẶT TRẬN,TRƯỞNG BAN
D,Đơn vị sự nghiệp,kind,,,,KT. GIÁM ĐỐC; PHÓ GIÁM ĐỐC
XA-1,Xã Một,X,UBND tỉnh A,2025-07-01,,
THON-2,Thôn Hai,T,UBND xã Một,2025-07-01,,
DV-4,Trung tâm Bốn,D,UBND tỉnh A,2025-07-01,,
`;
  const units = registryFromRows(parseCsv(csv)).registry.units;
  /** Column D of the footer (right side) and row 2's issuing body, as the clerk prints them. */
  const signing = (code: string): { issuer: unknown; signature: unknown[] } => {
    const plan = buildTemplatePlan(
      catalogue,
      units.find((u) => u.code === code) as (typeof units)[number],
      2026,
    ).plan;
    const at = (ref: string) => plan.cells.find((c) => c.ref === ref)?.value;
    const footer = rowOf(plan, "A", "Nơi nhận:");
    return { issuer: at("A2"), signature: [0, 1, 2].map((i) => at(`D${footer + i}`)) };
  };

  test("a kind's own signer lines, then where to sign; a kind's own issuing body before the name", () => {
    expect(signing("DV-4")).toEqual({
      issuer: "TRUNG TÂM BỐN",
      signature: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"],
    });
    expect(signing("THON-2")).toEqual({
      issuer: "BAN CÔNG TÁC MẶT TRẬN THÔN HAI",
      signature: ["TRƯỞNG BAN", "(Ký, ghi rõ họ tên, đóng dấu)", undefined],
    });
  });

  test("a declared X without its own says what the standard communes say: UBND, its chairman signs for it", () => {
    expect(signing("XA-1")).toEqual({
      issuer: "UBND XÃ MỘT",
      signature: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Ký, ghi rõ họ tên, đóng dấu)"],
    });
  });
});
