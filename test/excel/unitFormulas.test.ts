import JSZip from "jszip";
import { fillPlan } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan, evidenceName, indicatorName } from "../../src/domain/layout/template";
import { detectSupport } from "../../src/excel/features";
import { importWorkbooks } from "../../src/excel/importActions";
import { queueSheetPlan } from "../../src/excel/writePlan";
import { writeWorkbook } from "../../src/files/writeXlsx";
import type { ImportFile, ImportedFile } from "../../src/app/paneHost";
import { FakeExcel } from "../support/fakeExcel";
import { CLEAN_COMMUNE, CLEAN_EVIDENCE, catalogue, unit } from "../support/filled";
import { say } from "../../src/domain/i18n/say";

const SHEET = "XA-XUAN-HOA 2024";
const WEB = 'WEBSERVICE("http://example.invalid/so-lieu")';
const TEXT = '"Kế hoạch số 12/KH-UBND"';

/** A unit's filled template whose 2.2 fetches a web page and whose first evidence is a formula. */
function plan(): { plan: SheetPlan; cells: { figure: string; evidence: string } } {
  const filled = fillPlan(buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), 2024), {
    figures: CLEAN_COMMUNE,
    evidence: CLEAN_EVIDENCE,
  });
  const refOf = (name: string) => (filled.names.find((n) => n.name === name)?.ref ?? "").replace(/\$/g, "");
  const cells = { figure: refOf(indicatorName("2.2")), evidence: refOf(evidenceName("1")) };
  const formulaAt: Record<string, string> = { [cells.figure]: WEB, [cells.evidence]: TEXT };
  return {
    cells,
    plan: {
      ...filled,
      cells: filled.cells.map((c) => {
        const formula = formulaAt[c.ref];
        return formula === undefined ? c : { ref: c.ref, ...(c.style ? { style: c.style } : {}), formula };
      }),
    },
  };
}

/** The file as a unit's Excel saves it: each formula with the result it last showed. */
async function savedByExcel(p: SheetPlan, cells: { figure: string; evidence: string }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeWorkbook([{ plan: p, nameScope: "workbook" }]));
  const part = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const withResult = (text: string, ref: string, type: string, result: string) =>
    text.replace(
      new RegExp(`<c r="${ref}"([^>]*)><f>([^<]*)</f>(<v>[^<]*</v>)?</c>`),
      (_, attrs: string, f: string) => {
        const plain = attrs.replace(/ t="[^"]*"/, "");
        return `<c r="${ref}"${plain}${type}><f>${f}</f><v>${result}</v></c>`;
      },
    );
  const edited = withResult(
    withResult(xml, cells.figure, "", "3650"),
    cells.evidence,
    ' t="str"',
    "Kế hoạch số 12/KH-UBND",
  );
  expect(edited).not.toBe(xml);
  zip.file(part, edited);
  return zip.generateAsync({ type: "uint8array" });
}

async function openedAs(p: SheetPlan): Promise<FakeExcel> {
  const source = new FakeExcel({ sheets: ["Sheet1"] });
  const { features } = detectSupport((set, version) => source.isSetSupported(set, version));
  await source.run(async (context) => {
    queueSheetPlan(context.workbook.worksheets.add(p.name) as unknown as Excel.Worksheet, p, {
      nameScope: "workbook",
      features,
    });
    await context.sync();
  });
  return source;
}

describe.each(["1.12", "1.13"])("a formula a unit typed, imported on ExcelApi %s", (excelApi) => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi, sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("comes in as its result, never as a live formula, with a warning naming the cell", async () => {
    const { plan: p, cells } = plan();
    const bytes = await savedByExcel(p, cells);
    fake.base64Workbooks.set(Buffer.from(bytes).toString("base64"), await openedAs(p));
    const file: ImportFile = { name: "DVCQ_2024_XA-XUAN-HOA.xlsx", bytes };
    const outcome = await importWorkbooks(
      [file],
      {
        onProgress: () => {},
        isCancelled: () => false,
        chooseDuplicate: () => Promise.resolve("keepExisting"),
      },
      { now: () => new Date(2024, 9, 10), isSetSupported: (s, v) => fake.isSetSupported(s, v) },
    );
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    const [imported] = outcome.files as ImportedFile[];
    expect([imported?.decision, imported?.findings.filter((f) => f.severity === "error")]).toEqual([
      "kept",
      [],
    ]);

    const sheet = fake.sheet(SHEET);
    expect([sheet.cell(cells.figure).formula, sheet.cell(cells.figure).value]).toEqual([null, 3650]);
    expect(sheet.cell(cells.evidence)).toMatchObject({
      kind: "text",
      formula: null,
      value: "Kế hoạch số 12/KH-UBND",
    });
    expect(
      imported?.findings
        .filter((f) => f.rule === "FORMULA_NOT_IMPORTED")
        .map((f) => [f.cell, say(f.message, "vi")]),
    ).toEqual([
      [
        cells.evidence,
        `Ô ${cells.evidence} có công thức do đơn vị gõ (=${TEXT}); sổ tổng hợp chỉ nhận kết quả của nó (Kế hoạch số 12/KH-UBND), không nhận công thức.`,
      ],
      [
        cells.figure,
        `Ô ${cells.figure} có công thức do đơn vị gõ (=${WEB}); sổ tổng hợp chỉ nhận kết quả của nó (3650), không nhận công thức.`,
      ],
    ]);
  });
});
