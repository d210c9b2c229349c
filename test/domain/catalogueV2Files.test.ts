/**
 * The models list and the text blocks of a version 2 template, read from files that other programs
 * wrote: openpyxl (rows inserted inside the list, its names and merges left where they were, as
 * openpyxl leaves them) and LibreOffice (the file opened and saved). Needs /usr/bin/python3 with
 * python3-openpyxl and LibreOffice; fails, never skips, without them.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkWorkbook } from "../../src/domain/check/checks";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { assertLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { CLEAN_COMMUNE, CLEAN_EVIDENCE, registry, unit } from "../support/filled";

jest.setTimeout(180_000);

const catalogue = loadBuiltinCatalogue(2025);
const layout = buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), 2025);
const figures = {
  ...CLEAN_COMMUNE,
  "3.1": 2,
  "3.2": 1,
  "3.3": 1,
  "3.4": 1,
  "3.5": 1,
  "3.6": 1,
  "7.1": 45940,
};
/** Four models: 3.1 two new models of 2025, 3.2 one exemplar, 3.3 one of 2023; 3.4–3.6 one each. */
const MODELS = [
  ["Dân vận khéo trong cải cách hành chính", "Mô hình", "Cấp huyện", "Cải cách hành chính", 2025],
  ["Gương nông dân sản xuất giỏi", "Điển hình", "Cấp xã", "Kinh tế", 2025],
  ["Ấp văn hóa kiểu mẫu", "Mô hình", "Chưa công nhận", "Văn hóa - xã hội", 2023],
  ["Tổ tự quản đường hoa", "Mô hình", "Chưa công nhận", "Văn hóa - xã hội", 2025],
] as const;
const TEXTS = {
  "1": "Hoàn thành 100% kế hoạch năm.\nTổ chức 12 cuộc tuyên truyền.",
  "3": "- Tiếp tục nhân rộng mô hình “Dân vận khéo”;",
};

let dir: string;
beforeAll(async () => {
  assertLibreOffice();
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-v2-files-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read.workbook;
}

/** What a checked sheet gives of the list and the text blocks, and the findings about them. */
function readBack(workbook: WorkbookSnapshot) {
  const { submissions, findings } = checkWorkbook(workbook, catalogue, registry, { expectedYear: 2025 });
  const s = submissions[0];
  return {
    models: s?.lists
      ?.get("MH")
      ?.map((r) => ["name", "kind", "level", "field", "year"].map((k) => r.values[k])),
    texts: Object.fromEntries([...(s?.texts ?? [])].map(([id, t]) => [id, t.text])),
    figure31: s?.figures.get("3.1")?.value,
    listFindings: findings.filter((f) => /^R2[456]$|LISTS_NOT_IN_VERSION|TEMPLATE_VERSION/.test(f.rule)),
  };
}

const expectedTexts = { "1": TEXTS["1"], "2": null, "3": TEXTS["3"], "4": null };

/**
 * openpyxl opens the blank template DVCQ wrote, inserts two rows after the list's first row (as a
 * clerk needing more rows would), types the four models and two text blocks, and saves.
 */
function typeWithOpenpyxl(input: string, output: string): void {
  const script = `
import json, sys
from openpyxl import load_workbook
src, out, models, texts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
wb = load_workbook(src)
def ref(name):
    ((sheet, cell),) = wb.defined_names.get(name).destinations
    return wb[sheet], cell.replace("$", "")
ws, rng = ref("DVCQ_L_MH")
first = int("".join(ch for ch in rng.split(":")[0] if ch.isdigit()))
text_rows = {k: ws[ref("DVCQ_T_" + k)[1]].row for k in texts}
ws.insert_rows(first + 1, 2)
for i, m in enumerate(models):
    for j, v in enumerate(m):
        ws.cell(row=first + i, column=2 + j, value=v)
for k, t in texts.items():
    ws.cell(row=text_rows[k] + 2, column=2, value=t)
wb.save(out)
`;
  const r = spawnSync(
    "/usr/bin/python3",
    ["-c", script, input, output, JSON.stringify(MODELS), JSON.stringify(TEXTS)],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
}

describe("a version 2 template filled by openpyxl, two rows inserted inside the models list", () => {
  let typed: Uint8Array;
  beforeAll(async () => {
    const blank = path.join(dir, "blank.xlsx");
    const withFigures = fillPlan(layout, { figures, evidence: CLEAN_EVIDENCE });
    await writeFile(blank, await writeWorkbook([{ plan: withFigures, nameScope: "workbook" }]));
    typeWithOpenpyxl(blank, path.join(dir, "openpyxl.xlsx"));
    typed = new Uint8Array(await readFile(path.join(dir, "openpyxl.xlsx")));
  });

  test("reads every model (the list's name now ends two rows short) and the text blocks (their names point two rows high)", async () => {
    expect(readBack(await snapshotOf(typed))).toEqual({
      models: MODELS.map((m) => [...m]),
      texts: expectedTexts,
      figure31: 2,
      listFindings: [],
    });
  });

  test("and the same after LibreOffice opens and saves that file", async () => {
    expect(readBack(await snapshotOf(await resaveWithLibreOffice(typed)))).toEqual({
      models: MODELS.map((m) => [...m]),
      texts: expectedTexts,
      figure31: 2,
      listFindings: [],
    });
  });
});

test("a version 2 report DVCQ filled, saved by LibreOffice, reads the same list and text blocks", async () => {
  const plan = fillPlan(layout, {
    figures,
    evidence: CLEAN_EVIDENCE,
    lists: { MH: MODELS.map((m) => [...m]) },
    texts: TEXTS,
  });
  const resaved = await resaveWithLibreOffice(await writeWorkbook([{ plan, nameScope: "workbook" }]));
  expect(readBack(await snapshotOf(resaved))).toEqual({
    models: MODELS.map((m) => [...m]),
    texts: expectedTexts,
    figure31: 2,
    listFindings: [],
  });
});
