/**
 * `--previous FILE`: the 2025 roll-up and check against the 2024 district workbook or facts CSV that
 * dvcq itself wrote from the demo inbox, across a commune merged from three of 2024's units.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runMain } from "./runMain";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { FACTS_COLUMNS } from "../../src/domain/report/facts";
import { parseCsv, registryFromRows } from "../../src/domain/units/registry";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { CLEAN_COMMUNE, CLEAN_EVIDENCE } from "../support/filled";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-previous-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runMain(argv, dir);
const hash = async (file: string) =>
  createHash("sha256")
    .update(await readFile(path.join(dir, file)))
    .digest("hex");

/** 2025: Xã Xuân Lộc formed from three 2024 units; Xã Xuân Hòa as it was. */
const MERGED = "XA-XUAN-LOC";
const PREDECESSORS = ["TT-GIA-RAY", "XA-BAO-HOA", "XA-SUOI-CAO"];
const REGISTRY_2025 = `code,name,kind,parent,valid_from,valid_to,predecessors
${MERGED},Xã Xuân Lộc,X,UBND tỉnh Đồng Nai,2024-10-01,,${PREDECESSORS.join(";")}
XA-XUAN-HOA,Xã Xuân Hòa,X,UBND tỉnh Đồng Nai,2024-10-01,,
`;
const FIGURES_2025: Record<string, Record<string, number>> = {
  [MERGED]: { "1.1": 40 },
  "XA-XUAN-HOA": { "1.1": 9 },
};

/** Last year's facts as the --facts CSV has them: a unit's figure by code, or undefined. */
let facts2024: { unit: string; code: string; value: number }[] = [];
const lastYear = (unit: string, code: string) =>
  facts2024.find((f) => f.unit === unit && f.code === code)?.value;

async function sheetCells(file: string, sheet: string) {
  const read = await readWorkbookSnapshot(new Uint8Array(await readFile(path.join(dir, file))));
  if (!read.ok) throw new Error(read.detail);
  const found = read.workbook.sheets.find((s) => s.name === sheet);
  if (!found)
    throw new Error(`no sheet ${sheet} in ${file}: ${read.workbook.sheets.map((s) => s.name).join(", ")}`);
  return found.cells;
}

beforeAll(async () => {
  expect((await run(["demo", "--out", "d"])).code).toBeLessThan(2);
  const facts = await run(["rollup", "d/inbox", "--year", "2024", "--out", "r24.xlsx", "--facts", "f24.csv"]);
  expect(facts.code).toBeLessThan(2);
  const [header, ...rows] = parseCsv(await readFile(path.join(dir, "f24.csv"), "utf8"));
  const col = (name: (typeof FACTS_COLUMNS)[number]) => (header as string[]).indexOf(name);
  facts2024 = rows
    .filter((r) => r[col("Kiểu")] === "N")
    .map((r) => ({
      unit: r[col("Mã đơn vị")]!,
      code: r[col("Mã chỉ tiêu")]!,
      value: Number(r[col("Giá trị")]),
    }));

  // 4.2 of 2025: the merged commune carries in exactly its predecessors' 4.7; Xuân Hòa one more than its own.
  const pending = PREDECESSORS.map((u) => lastYear(u, "4.7"));
  expect(pending.every((v) => v !== undefined)).toBe(true);
  FIGURES_2025[MERGED]!["4.2"] = pending.reduce((a, b) => (a as number) + (b as number), 0) as number;
  FIGURES_2025["XA-XUAN-HOA"]!["4.2"] = (lastYear("XA-XUAN-HOA", "4.7") as number) + 1;

  await writeFile(path.join(dir, "units-2025.csv"), REGISTRY_2025);
  const { registry } = registryFromRows(parseCsv(REGISTRY_2025));
  const catalogue = loadBuiltinCatalogue(2025);
  for (const unit of registry.units) {
    const plan = fillPlan(buildTemplatePlan(catalogue, unit, 2025), {
      figures: { ...CLEAN_COMMUNE, ...FIGURES_2025[unit.code] },
      evidence: CLEAN_EVIDENCE,
    });
    await writeFile(
      path.join(dir, `DVCQ_2025_${unit.code}.xlsx`),
      await writeWorkbook([{ plan, nameScope: "workbook" }]),
    );
  }
}, 120_000);

const ROLLUP_2025 = ["rollup", "DVCQ_2025_XA-XUAN-LOC.xlsx", "DVCQ_2025_XA-XUAN-HOA.xlsx"];
const COMMON = ["--year", "2025", "--units", "units-2025.csv"];

test.each([
  ["the 2024 district workbook", "d/DVCQ_2024_TongHop.xlsx"],
  ["the 2024 facts CSV", "f24.csv"],
])(
  "rollup --previous %s: So với cùng kỳ with the merged commune against the sum of its predecessors",
  async (_, file) => {
    const out = `r25-${path.basename(file, path.extname(file))}.xlsx`;
    const result = await run([...ROLLUP_2025, ...COMMON, "--out", out, "--previous", file]);
    expect(result.code).toBeLessThan(2);
    expect(result.stderr).toContain(
      `So sánh với cùng kỳ năm 2024 (tệp ${file}): số liệu của 4 đơn vị năm 2024 tính cho 2/2 đơn vị năm 2025`,
    );

    const cells = await sheetCells(out, "So với cùng kỳ");
    const rowOf = (code: string) =>
      [...cells].find(([ref, c]) => /^A\d+$/.test(ref) && c.value === code)?.[0].slice(1);
    const row = rowOf("1.1");
    const now = 40 + 9;
    const sources = [...PREDECESSORS, "XA-XUAN-HOA"].map((u) => lastYear(u, "1.1"));
    const then = sources.reduce((a, v) => (a as number) + (v ?? 0), 0) as number;
    expect(["D", "E", "F", "G"].map((c) => cells.get(`${c}${row}`)?.value)).toEqual([
      now,
      then,
      now - then,
      Math.round((1000 * (now - then)) / then) / 10,
    ]);
    // No agency this year: the agencies' columns stay blank, last year's agencies are named as left out.
    expect(cells.get(`L${row}`)?.value ?? null).toBeNull();
    const texts = [...cells.values()].map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(
      texts.some((t) =>
        t.startsWith(
          "Đơn vị so sánh với số liệu cộng của các đơn vị năm 2024: Xã Xuân Lộc (Thị trấn Gia Ray, Xã Bảo Hòa, Xã Suối Cao)",
        ),
      ),
    ).toBe(true);
    expect(texts.some((t) => /không còn trong danh sách năm 2025: .*Phòng Tư pháp/.test(t))).toBe(true);

    // The draft narrative quotes last year's figure with the change.
    const draft = [...(await sheetCells(out, "Dự thảo báo cáo")).values()]
      .map((c) => String(c.value))
      .join(" ");
    const pct = Math.round((1000 * (now - then)) / then) / 10;
    expect(draft).toContain(
      `${now > then ? "tăng" : "giảm"} ${String(Math.abs(pct)).replace(".", ",")}% so với cùng kỳ (năm 2024: ${then} văn bản)`,
    );
  },
  60_000,
);

test("check --previous: 4.2 against last year's 4.7 per unit, the merged one against its predecessors' sum", async () => {
  const result = await run([
    "check",
    "DVCQ_2025_XA-XUAN-LOC.xlsx",
    "DVCQ_2025_XA-XUAN-HOA.xlsx",
    ...COMMON,
    "--previous",
    "f24.csv",
    "--json",
  ]);
  expect(result.code).toBeLessThan(2);
  const findings = JSON.parse(result.stdout) as {
    file: string;
    unit: string;
    rule: string;
    severity: string;
    message: string;
  }[];
  const y01 = findings.filter((f) => f.rule === "Y01");
  expect(y01.map((f) => [f.unit, f.severity])).toEqual([["XA-XUAN-HOA", "warning"]]);
  const own = lastYear("XA-XUAN-HOA", "4.7") as number;
  expect(y01[0]?.message).toBe(
    `4.2 Số hồ sơ kỳ trước chuyển sang năm 2025 (${own + 1}) khác 4.7 Số hồ sơ đang giải quyết năm 2024 (${own}).`,
  );
  // Without --year, each file is compared with the latest year the previous file holds.
  const noYear = await run([
    "check",
    "DVCQ_2025_XA-XUAN-HOA.xlsx",
    "--units",
    "units-2025.csv",
    "--previous",
    "f24.csv",
    "--json",
  ]);
  expect(
    (JSON.parse(noYear.stdout) as { rule: string; message: string }[]).filter((f) => f.rule === "Y01"),
  ).toEqual([expect.objectContaining({ message: y01[0]?.message })]);
  // In English with --lang en.
  const english = await run([
    "check",
    "DVCQ_2025_XA-XUAN-HOA.xlsx",
    ...COMMON,
    "--previous",
    "f24.csv",
    "--json",
    "--lang",
    "en",
  ]);
  expect(
    (JSON.parse(english.stdout) as { rule: string; message: string }[]).find((f) => f.rule === "Y01")
      ?.message,
  ).toBe(`4.2 files carried in (2025: ${own + 1}) differs from 4.7 pending (2024: ${own}).`);
  // Without --previous there is no cross-year finding.
  const plain = await run(["check", "DVCQ_2025_XA-XUAN-HOA.xlsx", ...COMMON, "--json"]);
  expect((JSON.parse(plain.stdout) as { rule: string }[]).some((f) => f.rule.startsWith("Y0"))).toBe(false);
}, 60_000);

test("a previous file that cannot be used stops the roll-up (exit 2), saying why, writing nothing", async () => {
  expect((await run([...ROLLUP_2025, ...COMMON, "--out", "kept.xlsx"])).code).toBeLessThan(2);
  expect((await run([...ROLLUP_2025, ...COMMON, "--out", "r25.xlsx"])).code).toBeLessThan(2);
  const before = await hash("kept.xlsx");
  await writeFile(path.join(dir, "notes.txt"), "not a report\n");
  const cases: [string, string][] = [
    [
      "d/inbox/DVCQ_2024_XA-XUAN-HOA.xlsx",
      "Tệp số liệu năm trước d/inbox/DVCQ_2024_XA-XUAN-HOA.xlsx không dùng được: là mẫu biểu của một đơn vị, không phải báo cáo tổng hợp năm trước",
    ],
    [
      "r25.xlsx",
      "Tệp số liệu năm trước r25.xlsx không dùng được: không có số liệu năm 2024 (năm trước của năm báo cáo 2025); tệp có số liệu năm 2025.",
    ],
    [
      "notes.txt",
      "Tệp số liệu năm trước notes.txt không dùng được: không phải báo cáo tổng hợp (.xlsx) hay tệp CSV số liệu (rollup --facts) do DVCQ lập.",
    ],
    ["nothing-here.csv", "Tệp số liệu năm trước nothing-here.csv không dùng được: "],
  ];
  for (const [file, said] of cases) {
    const result = await run([...ROLLUP_2025, ...COMMON, "--out", "kept.xlsx", "--previous", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(said);
    expect(result.stderr).not.toMatch(/ENOENT|Error:/);
  }
  // Last year's report is never written over, even as --out.
  const onto = await run([...ROLLUP_2025, ...COMMON, "--out", "r24.xlsx", "--previous", "r24.xlsx"]);
  expect(onto.code).toBe(2);
  expect(onto.stderr).toContain("r24.xlsx");
  expect(await hash("kept.xlsx")).toBe(before);
}, 120_000);
