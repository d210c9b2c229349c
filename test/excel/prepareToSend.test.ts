import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkWorkbook } from "../../src/domain/check/checks";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { catalogueTemplates, createExcelActions } from "../../src/excel/templateActions";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import type { PrepareOutcome } from "../../src/app/paneHost";
import { FakeExcel, type FakeSheet } from "../support/fakeExcel";
import { CLEAN_EVIDENCE, CLEAN_FIGURES } from "../support/fixtures";
import { filledXuanHoa, lookOf, placeSheet } from "./workbooks";
import { say } from "../../src/domain/i18n/say";

const SHEET = "XA-XUAN-HOA 2024";
const FILE = "DVCQ_2024_XA-XUAN-HOA.xlsx";
/** The clerk's clock: 10 October 2024, 9:30 in the morning. */
const actions = createExcelActions(catalogueTemplates(), () => new Date(2024, 9, 10, 9, 30));
const TODAY = 45575;
const unsent = { ...CLEAN_FIGURES, "7.1": null };

async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read.workbook;
}

/** The workbook Excel was asked to open. */
async function created(fake: FakeExcel): Promise<WorkbookSnapshot> {
  expect(fake.createdWorkbooks).toHaveLength(1);
  return snapshotOf(new Uint8Array(Buffer.from(fake.createdWorkbooks[0] as string, "base64")));
}

/** What `dvcq template` then typing `figures` would give, as a file. */
async function expectedFile(plan: SheetPlan): Promise<WorkbookSnapshot> {
  return snapshotOf(await writeWorkbook([{ plan, nameScope: "workbook" }]));
}

function ready(outcome: PrepareOutcome): Extract<PrepareOutcome, { status: "ready" }> {
  if (outcome.status !== "ready") throw new Error(`not ready: ${JSON.stringify(outcome)}`);
  return outcome;
}

function cellOf(plan: SheetPlan, name: string): string {
  return (plan.names.find((n) => n.name === name)?.ref ?? "").replace(/\$/g, "");
}

/** The plan as it looks after the clerk inserted a row above `at` (Excel moves everything below, names and formulas too). */
function withRowInserted(plan: SheetPlan, at: number): SheetPlan {
  const shift = (text: string): string =>
    text.replace(
      /(\$?[A-Z]{1,3}\$?)(\d+)/g,
      (_m, col: string, row: string) => `${col}${Number(row) >= at ? Number(row) + 1 : row}`,
    );
  return {
    ...plan,
    rowHeights: Object.fromEntries(
      Object.entries(plan.rowHeights).map(([r, h]) => [Number(r) >= at ? Number(r) + 1 : r, h]),
    ),
    cells: plan.cells.map((c) => ({
      ...c,
      ref: shift(c.ref),
      ...(c.formula === undefined ? {} : { formula: shift(c.formula) }),
    })),
    merges: plan.merges.map(shift),
    validations: plan.validations.map((v) => ({ ...v, range: shift(v.range) })),
    conditionalFormats: plan.conditionalFormats.map((f) => ({
      ...f,
      range: shift(f.range),
      formula: shift(f.formula),
    })),
    names: plan.names.map((n) => ({ ...n, ref: shift(n.ref) })),
  };
}

describe("prepareToSend", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("asks before filling a blank 7.1, and changes nothing", async () => {
    const sheet = await placeSheet(fake, filledXuanHoa(unsent, CLEAN_EVIDENCE).plan);
    const before = lookOf(sheet);

    const outcome = await actions.prepareToSend({ sendDate: "ask" });

    expect(outcome).toEqual({ status: "needsDate", sheet: SHEET, today: "10/10/2024" });
    expect(lookOf(sheet)).toEqual(before);
    expect(fake.createdWorkbooks).toEqual([]);
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 2 });
  });

  it("fills 7.1 with today's date, keeps the sheet protected, and opens the report as a new workbook", async () => {
    const layout = filledXuanHoa(unsent, CLEAN_EVIDENCE);
    const sheet = await placeSheet(fake, layout.plan);
    const before = lookOf(sheet);
    const sendDate = cellOf(layout.plan, "DVCQ_I_7_1");

    const outcome = ready(await actions.prepareToSend({ sendDate: "fillToday" }));

    expect(outcome).toEqual({ status: "ready", fileName: FILE, delivery: "newWorkbook", findings: [] });
    const after = lookOf(sheet);
    expect(after.cells[sendDate]).toMatchObject({ kind: "number", value: TODAY, numberFormat: "dd/mm/yyyy" });
    expect({ ...after.cells, [sendDate]: before.cells[sendDate] }).toEqual(before.cells);
    expect(after.protection).toEqual(before.protection);
    expect(await created(fake)).toEqual(
      await expectedFile(filledXuanHoa({ ...CLEAN_FIGURES, "7.1": TODAY }, CLEAN_EVIDENCE).plan),
    );
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 3 });
  });

  it("fills 7.1 on a sheet protected with a password, without touching its protection", async () => {
    const layout = filledXuanHoa(unsent, CLEAN_EVIDENCE);
    const sheet = await placeSheet(fake, layout.plan);
    sheet.protection = { ...sheet.protection, protected: true, password: "mật khẩu" };
    const before = lookOf(sheet);
    const sendDate = cellOf(layout.plan, "DVCQ_I_7_1");

    const outcome = ready(await actions.prepareToSend({ sendDate: "fillToday" }));

    expect(outcome.status).toBe("ready");
    const after = lookOf(sheet);
    expect(after.cells[sendDate]).toMatchObject({ kind: "number", value: TODAY, numberFormat: "dd/mm/yyyy" });
    expect(after.protection).toEqual(before.protection);
  });

  it("leaves 7.1 blank when told, and gives the findings of the sheet as it is", async () => {
    const layout = filledXuanHoa(unsent, CLEAN_EVIDENCE);
    const sheet = await placeSheet(fake, layout.plan);
    const before = lookOf(sheet);

    const outcome = ready(await actions.prepareToSend({ sendDate: "leaveBlank" }));

    const file = await created(fake);
    expect(file).toEqual(await expectedFile(layout.plan));
    expect(outcome.findings).toEqual(
      checkWorkbook(file, loadBuiltinCatalogue(), loadBuiltinRegistry()).findings,
    );
    expect(outcome.findings.map((f) => f.cell)).toContain(cellOf(layout.plan, "DVCQ_I_7_1"));
    expect(lookOf(sheet)).toEqual(before);
  });

  it("does not ask when 7.1 is filled, and copies the figures the clerk typed", async () => {
    const layout = filledXuanHoa({ ...CLEAN_FIGURES, "2.2": "1.234" }, CLEAN_EVIDENCE);
    await placeSheet(fake, layout.plan);

    const outcome = ready(await actions.prepareToSend({ sendDate: "ask" }));

    expect(outcome.findings.map((f) => f.rule)).toEqual(["NUMBER_AS_TEXT"]);
    expect(await created(fake)).toEqual(await expectedFile(layout.plan));
  });

  it("regenerates a sheet with an inserted row at the template's places, and warns of what the row held", async () => {
    const layout = filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE);
    const at = Number(cellOf(layout.plan, "DVCQ_I_6_5").slice(1));
    const sheet = await placeSheet(fake, withRowInserted(layout.plan, at));
    sheet.setCell(`B${at}`, "Hội nghị đối thoại bổ sung").setCell(`D${at}`, 2);

    const outcome = ready(await actions.prepareToSend({ sendDate: "ask" }));

    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: "NOT_IN_COPY",
        severity: "warning",
        sheet: SHEET,
        cell: `B${at}`,
        message: expect.objectContaining({
          vi: expect.stringContaining(`2 ô có nội dung nằm ngoài mẫu biểu`),
        }),
      }),
    ]);
    expect(outcome.findings.map((f) => say(f.message, "en"))[0]).toContain(`B${at}, D${at}`);
    expect(await created(fake)).toEqual(await expectedFile(layout.plan));
  });

  it("offers the file as a download where Excel cannot open a new workbook, or says it cannot", async () => {
    await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);
    fake.failOn("createWorkbook", "NotImplemented", "This feature is not implemented.");

    const outcome = await actions.prepareToSend({ sendDate: "ask" });

    expect(outcome).toEqual({
      status: "failed",
      message: {
        vi: "Excel không mở được sổ tính mới và trình duyệt không tải tệp xuống được: This feature is not implemented. (NotImplemented)",
        en: "Excel could not open a new workbook and the browser cannot download the file: This feature is not implemented. (NotImplemented)",
      },
    });
  });

  it("says so when the active sheet is not a template", async () => {
    await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").activate();
      await context.sync();
    });

    expect(await actions.prepareToSend({ sendDate: "fillToday" })).toMatchObject({
      status: "noTemplate",
      message: {
        en: "Sheet “Sheet1” is not a DVCQ template. Select the unit's template sheet and try again.",
      },
    });
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it("needs the unit in the unit list to name the file", async () => {
    const sheet: FakeSheet = await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);
    const cellHolding = (text: string): string =>
      [...sheet.filledCells()].find(([, c]) => c.value === text)?.[0] as string;
    sheet
      .setCell(cellHolding("XA-XUAN-HOA"), "XA-KHONG-CO")
      .setCell(cellHolding("Xã Xuân Hòa"), "Xã Không Có");

    expect(await actions.prepareToSend({ sendDate: "ask" })).toEqual({
      status: "failed",
      message: expect.objectContaining({
        en: `The unit of sheet “${SHEET}” is not known (its unit code 0.1 is not in the unit list), so no file to send was made.`,
      }),
    });
  });
});
