/**
 * Template versions in the command line: the version follows the report year (2 from 2025), and a
 * file is read by the version it was written in, so a unit that kept last year's version 1
 * template rolls up with the others, with a note.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runMain } from "./runMain";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { fillPlan, type TypedValues } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { isoToExcelSerial } from "../../src/domain/period";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { CLEAN_COMMUNE, CLEAN_EVIDENCE, unit } from "../support/filled";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-versions-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runMain(argv, dir);

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(new Uint8Array(await readFile(path.join(dir, file))));
  if (!read.ok) throw new Error(`${file}: ${read.detail}`);
  return read.workbook;
}

function templateIdOf(workbook: WorkbookSnapshot): unknown {
  const ref = workbook.names
    .find((n) => n.name === "DVCQ_TEMPLATE")
    ?.ref.split("!")[1]
    ?.replace(/\$/g, "");
  return workbook.sheets[0]?.cells.get(ref ?? "")?.value;
}

interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
}

test("dvcq template --year 2025 writes version 2 (models list, text blocks), read back and checked as its own; 2024 stays version 1", async () => {
  expect((await run(["template", "--year", "2025", "--unit", "XA-XUAN-HOA", "--out", "v2.xlsx"])).code).toBe(
    0,
  );
  expect((await run(["template", "--year", "2024", "--unit", "XA-XUAN-HOA", "--out", "v1.xlsx"])).code).toBe(
    0,
  );
  const v2 = await snapshotOf("v2.xlsx");
  const v1 = await snapshotOf("v1.xlsx");
  expect(templateIdOf(v2)).toBe("DVCQ-CT03/2");
  expect(templateIdOf(v1)).toBe("DVCQ-CT03/1");
  const blocks = ["DVCQ_L_MH", "DVCQ_T_1", "DVCQ_T_2", "DVCQ_T_3", "DVCQ_T_4"];
  expect(blocks.filter((b) => v2.names.some((n) => n.name === b))).toEqual(blocks);
  expect(v1.names.filter((n) => blocks.includes(n.name))).toEqual([]);

  // Blank, each is read by its own version: no version finding, no note of missing lists.
  for (const [file, year] of [
    ["v2.xlsx", "2025"],
    ["v1.xlsx", "2024"],
  ]) {
    const checked = await run(["check", file as string, "--year", year as string, "--json"]);
    const rules = (JSON.parse(checked.stdout) as JsonFinding[]).map((f) => f.rule);
    expect(
      rules.filter((r) => ["TEMPLATE_VERSION", "LISTS_NOT_IN_VERSION", "NOT_A_TEMPLATE"].includes(r)),
    ).toEqual([]);
  }
  // Checked without a year, a version 2 file is still read as version 2 (its list block is read).
  const noYear = JSON.parse((await run(["check", "v2.xlsx", "--json"])).stdout) as JsonFinding[];
  expect(noYear.filter((f) => f.rule === "TEMPLATE_VERSION" || f.rule === "LISTS_NOT_IN_VERSION")).toEqual(
    [],
  );
});

/** Three models whose tallies are 1 for each of 3.1–3.6 in 2025 (independently of R24's code). */
const MODELS = [
  ["Dân vận khéo trong cải cách hành chính", "Mô hình", "Cấp huyện", "Cải cách hành chính", 2025],
  ["Gương nông dân sản xuất giỏi", "Điển hình", "Cấp xã", "Kinh tế", 2025],
  ["Ấp văn hóa kiểu mẫu", "Mô hình", "Chưa công nhận", "Văn hóa - xã hội", 2023],
] as const;
const MODEL_TALLIES = { "3.1": 1, "3.2": 1, "3.3": 1, "3.4": 1, "3.5": 1, "3.6": 1 };

async function writeFilled(
  file: string,
  unitCode: string,
  templateYear: number,
  values: TypedValues,
): Promise<void> {
  const layout = buildTemplatePlan(loadBuiltinCatalogue(templateYear), unit(unitCode), 2025);
  const bytes = await writeWorkbook([{ plan: fillPlan(layout, values), nameScope: "workbook" }]);
  await writeFile(path.join(dir, file), bytes);
}

test("version 1 and version 2 files of 2025 roll up together: sums of both, a note for the version 1 file only", async () => {
  await mkdir(path.join(dir, "inbox"), { recursive: true });
  const sent = isoToExcelSerial("2025-10-10");
  const hoa = { ...CLEAN_COMMUNE, "6.20": 8, "4.3": 820, "7.1": sent };
  const baoHoa = { ...CLEAN_COMMUNE, ...MODEL_TALLIES, "6.20": 13, "4.3": 95, "7.1": sent };
  // Xuân Hòa kept last year's template (version 1); Bảo Hòa used the 2025 one.
  await writeFilled("inbox/DVCQ_2025_XA-XUAN-HOA.xlsx", "XA-XUAN-HOA", 2024, {
    figures: hoa,
    evidence: CLEAN_EVIDENCE,
  });
  await writeFilled("inbox/DVCQ_2025_XA-BAO-HOA.xlsx", "XA-BAO-HOA", 2025, {
    figures: baoHoa,
    evidence: CLEAN_EVIDENCE,
    lists: { MH: MODELS.map((m) => [...m]) },
    texts: { "1": "Hoàn thành 100% kế hoạch năm." },
  });

  const rolled = await run(["rollup", "inbox", "--year", "2025", "--out", "r.xlsx", "--json", "r.json"]);
  expect(rolled.code).toBeLessThan(2);
  const summary = JSON.parse(await readFile(path.join(dir, "r.json"), "utf8")) as {
    template: string;
    units: { received: number };
    indicators: Record<string, { total: number; reported: number }>;
  };
  expect(summary.template).toBe("DVCQ-CT03/2");
  expect(summary.units.received).toBe(2);
  for (const code of ["6.20", "4.3", "3.1", "3.4"]) {
    expect(summary.indicators[code]).toMatchObject({
      total: Number(hoa[code as keyof typeof hoa]) + Number(baoHoa[code as keyof typeof baoHoa]),
      reported: 2,
    });
  }

  // The district workbook: the models annex lists Bảo Hòa's three models and names Xuân Hòa as on
  // the old template; the text blocks annex quotes Bảo Hòa's first block.
  const report = await snapshotOf("r.xlsx");
  const texts = (name: string): unknown[] =>
    [...(report.sheets.find((s) => s.name === name)?.cells.values() ?? [])].map((c) => c.value);
  expect(texts("Phụ lục mô hình")).toEqual(
    expect.arrayContaining([
      ...MODELS.map((m) => m[0]),
      "Báo cáo theo mẫu chưa có danh sách này (mẫu cũ): Xã Xuân Hòa.",
    ]),
  );
  expect(texts("Phụ lục đánh giá")).toEqual(
    expect.arrayContaining(["Hoàn thành 100% kế hoạch năm.", "(mẫu cũ, không có phần này)"]),
  );

  const findings = JSON.parse(
    (await run(["check", "inbox", "--year", "2025", "--json"])).stdout,
  ) as JsonFinding[];
  const about = (file: string, rules: string[]): string[] =>
    findings
      .filter((f) => f.file.endsWith(file) && rules.includes(f.rule))
      .map((f) => `${f.rule} ${f.severity}`);
  const versionRules = ["LISTS_NOT_IN_VERSION", "TEMPLATE_VERSION", "R24", "R25", "R26"];
  expect(about("DVCQ_2025_XA-XUAN-HOA.xlsx", versionRules)).toEqual(["LISTS_NOT_IN_VERSION warning"]);
  // The version 2 file's list agrees with its 3.1–3.6: read, and nothing to say.
  expect(about("DVCQ_2025_XA-BAO-HOA.xlsx", versionRules)).toEqual([]);
});
