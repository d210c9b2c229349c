import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import type { RawCell } from "../../src/domain/read/values";
import { queueFontRead, queueListing, queueSheetRead, snapshotFrom } from "../../src/excel/snapshot";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { FakeExcel } from "../support/fakeExcel";
import { CLEAN_EVIDENCE, CLEAN_FIGURES } from "../support/fixtures";
import { filledXuanHoa, placeSheet } from "./workbooks";

/** Reads every sheet of the open workbook as the check does. */
async function excelSnapshot(): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => {
    const listing = queueListing(context);
    await context.sync();
    const reads = listing.worksheets.items.map((s) => queueSheetRead(s, s.name));
    await context.sync();
    const fonts = queueFontRead(reads);
    if (fonts !== null) await context.sync();
    return snapshotFrom(listing.names, reads, fonts);
  });
}

async function fileSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read.workbook;
}

/**
 * What may differ and does not change a reading: the file reader gives every cell's font, the
 * Excel reader only where the text may be in an old encoding; a template written to a file holds
 * no formula results, where Excel computes them ("" for a rate whose parts are blank); and the
 * add-in's writer makes every text cell "@" (so that "- UBND…" stays text), the file's need not.
 */
function comparable(cells: ReadonlyMap<string, RawCell>): Record<string, RawCell> {
  return Object.fromEntries(
    [...cells].map(([ref, { font: _font, numberFormat, ...cell }]) => {
      const kept =
        numberFormat === undefined || (numberFormat === "@" && typeof cell.value === "string")
          ? cell
          : { ...cell, numberFormat };
      return [ref, cell.formula === undefined ? kept : { ...kept, value: null }];
    }),
  );
}

describe("the Excel snapshot", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("reads a filled template as the file reader reads the same template written to .xlsx", async () => {
    const layout = filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE);
    await placeSheet(fake, layout.plan);

    const fromExcel = await excelSnapshot();
    const fromFile = await fileSnapshot(await writeWorkbook([{ plan: layout.plan, nameScope: "workbook" }]));

    expect(fake.syncCount).toBe(2);
    expect(fromExcel.sheets.map((s) => s.name)).toEqual(["Sheet1", layout.plan.name]);
    const [, template] = fromExcel.sheets;
    const [fileSheet] = fromFile.sheets;
    expect(comparable(template?.cells ?? new Map())).toEqual(comparable(fileSheet?.cells ?? new Map()));
    const sendDate = layout.plan.names.find((n) => n.name === "DVCQ_I_7_1")?.ref as string;
    expect(template?.cells.get(sendDate.replace(/\$/g, ""))).toEqual({
      value: 45575,
      numberFormat: "dd/mm/yyyy",
    });
    expect(fromExcel.names).toEqual(fromFile.names);
    expect(fromExcel.names).toContainEqual({ name: "DVCQ_I_7_1", ref: `'${layout.plan.name}'!${sendDate}` });
  });

  it("gives sheet-scoped names to their sheet, as in a district workbook", async () => {
    const layout = filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE);
    await placeSheet(fake, layout.plan, "sheet");

    const snapshot = await excelSnapshot();

    expect(snapshot.names).toEqual([]);
    expect(snapshot.sheets[1]?.names).toContainEqual({
      name: "DVCQ_YEAR",
      ref: `'${layout.plan.name}'!$D$10`,
    });
    expect(snapshot.sheets[1]?.names).toHaveLength(layout.plan.names.length);
  });

  it("reads errors, formulas, booleans and text that looks like a formula as the file reader does", async () => {
    fake
      .sheet("Sheet1")
      .setError("A1", "#DIV/0!", "=D27/D28")
      .setError("A2", "#N/A")
      .setFormula("A3", "=D27+D28", 27)
      .setFormula("A4", '=IF(D5="","",1)')
      .setCell("A5", "=1+1")
      .setCell("A6", true)
      .setCell("A7", "- UBND tỉnh Đồng Nai;");

    const cells = (await excelSnapshot()).sheets[0]?.cells;

    expect(Object.fromEntries(cells ?? [])).toEqual({
      A1: { value: null, error: "#DIV/0!", formula: "=D27/D28" },
      A2: { value: null, error: "#N/A" },
      A3: { value: 27, formula: "=D27+D28" },
      A4: { value: "", formula: '=IF(D5="","",1)' },
      A5: { value: "=1+1" },
      A6: { value: true },
      A7: { value: "- UBND tỉnh Đồng Nai;" },
    });
  });

  it("reads the font only of text that may be TCVN3 or VNI, in one more sync", async () => {
    fake
      .sheet("Sheet1")
      .setCell("E20", "Hoµn thµnh kÕ ho¹ch")
      .setFont("E20", ".VnTime")
      .setCell("E21", "Hoàn thành kế hoạch")
      .setFont("E21", ".VnTime")
      .setCell("E22", "XA-XUAN-HOA");

    const cells = (await excelSnapshot()).sheets[0]?.cells;

    expect(fake.syncCount).toBe(3);
    expect(cells?.get("E20")).toEqual({ value: "Hoµn thµnh kÕ ho¹ch", font: ".VnTime" });
    expect(cells?.get("E21")).toEqual({ value: "Hoàn thành kế hoạch" });
    expect(cells?.get("E22")).toEqual({ value: "XA-XUAN-HOA" });
  });

  it("reads no further than a template's window (A1:H300) of a big sheet that is not a template", async () => {
    const big = fake.sheet("Sheet1");
    for (let row = 1; row <= 2000; row++) big.setCell(`A${row}`, row).setCell(`L${row}`, "x");

    const cells = (await excelSnapshot()).sheets[0]?.cells;

    expect(cells?.size).toBe(300);
    expect(cells?.get("A300")).toEqual({ value: 300 });
    expect(fake.maxResponseBytes).toBeLessThan(70_000);
  });
});
