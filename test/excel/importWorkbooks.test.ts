import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import type { Finding } from "../../src/domain/check/finding";
import { INTAKE_LOG_SHEET, LOG_HEADER } from "../../src/domain/intake/log";
import { fillPlan } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan, indicatorName } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { unitsValidIn } from "../../src/domain/units/registry";
import { importWorkbooks, type ImportDeps } from "../../src/excel/importActions";
import { writeWorkbook } from "../../src/files/writeXlsx";
import type {
  DuplicateConflict,
  ImportFile,
  ImportHandlers,
  ImportOutcome,
  ImportedFile,
} from "../../src/app/paneHost";
import { FakeExcel, type FakeSheet } from "../support/fakeExcel";
import { OfficeWire } from "../support/officeWire";
import { CLEAN_COMMUNE } from "../support/filled";
import { CLEAN_EVIDENCE, CLEAN_FIGURES, readFixture, tenMistakesFigures } from "../support/fixtures";
import { filledXuanHoa, openedAs } from "./workbooks";
import type { Message } from "../../src/domain/i18n/lang";
import { say } from "../../src/domain/i18n/say";
import { OFFICE_ERROR_ADVICE } from "../../src/excel/officeErrors";

const SHEET = "XA-XUAN-HOA 2024";
const CLEAN = "template-clean.xlsx";
const MISTAKES = "template-ten-mistakes.xlsx";
/** 10 October 2024, 9:30 on the clerk's clock. */
const deps = (fake: FakeExcel): ImportDeps => ({
  now: () => new Date(2024, 9, 10, 9, 30),
  isSetSupported: (set, version) => fake.isSetSupported(set, version),
});

function fixture(name: string): ImportFile {
  return { name, bytes: readFixture(name) };
}

interface Recorded extends ImportHandlers {
  conflicts: DuplicateConflict[];
  progress: string[];
}

function handlers(
  choice: "keepExisting" | "replace" = "keepExisting",
  cancelAfter = Number.POSITIVE_INFINITY,
): Recorded {
  const recorded: Recorded = {
    conflicts: [],
    progress: [],
    onProgress: (done, total, file) => recorded.progress.push(`${done}/${total} ${file}`),
    isCancelled: () => recorded.progress.length >= cancelAfter,
    chooseDuplicate: (conflict) => {
      recorded.conflicts.push(conflict);
      return Promise.resolve(choice);
    },
  };
  return recorded;
}

function done(outcome: ImportOutcome): ImportedFile[] {
  if (outcome.status !== "done") throw new Error(JSON.stringify(outcome.message));
  return [...outcome.files];
}

/** What the clerk reads of each file in the pane: file, decision, sheet, error rules. */
function failedWith(outcome: ImportOutcome): Message {
  if (outcome.status !== "failed") throw new Error(`not failed: ${outcome.status}`);
  return outcome.message;
}

function summary(files: readonly ImportedFile[]): string[] {
  return files.map(
    (f) =>
      `${f.file}: ${f.decision} ${f.sheet ?? "-"} ${f.findings
        .filter((x) => x.severity === "error")
        .map((x) => x.rule)
        .join(",")}`,
  );
}

/** The log sheet's rows as text, one array per row. */
function logRows(fake: FakeExcel): (string | number | boolean)[][] {
  const sheet = fake.sheet(INTAKE_LOG_SHEET);
  const used = sheet.usedRange(true);
  if (used === null) return [];
  const rows: (string | number | boolean)[][] = [];
  for (let r = used.top; r <= used.bottom; r++)
    rows.push(LOG_HEADER.map((_, c) => sheet.cell(`${String.fromCharCode(65 + c)}${r}`).value));
  return rows;
}

function cellOf(plan: SheetPlan, code: string): string {
  return (plan.names.find((n) => n.name === indicatorName(code))?.ref ?? "").replace(/\$/g, "");
}

const cleanPlan = filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan;
const at620 = cellOf(cleanPlan, "6.20");

function sheetScopedDvcq(sheet: FakeSheet): string[] {
  return sheet.names.map((n) => n.name).filter((n) => n.startsWith("DVCQ_"));
}

describe("importWorkbooks on a host without insertWorksheetsFromBase64 (ExcelApi 1.12)", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.12", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("brings a good file in as the unit's sheet, with its figures, formats and sheet-scoped names", async () => {
    const recorded = handlers();
    const files = done(await importWorkbooks([fixture(CLEAN)], recorded, deps(fake)));

    expect(summary(files)).toEqual([`${CLEAN}: kept ${SHEET} `]);
    const sheet = fake.sheet(SHEET);
    expect(sheet.cell(at620)).toMatchObject({ kind: "number", value: CLEAN_FIGURES["6.20"] });
    expect(sheet.cell("D92").numberFormat).toBe("dd/mm/yyyy");
    expect(sheetScopedDvcq(sheet)).toEqual(
      expect.arrayContaining(["DVCQ_TEMPLATE", "DVCQ_I_6_20", "DVCQ_E_1"]),
    );
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
    expect(sheet.protection.protected).toBe(true);
    expect(recorded.progress).toEqual([`0/1 ${CLEAN}`, "1/1 "]);
  });

  it("logs the file with its size, SHA-256 of its bytes, unit, year, version, 7.1 and decision", async () => {
    const bytes = readFixture(CLEAN);
    await importWorkbooks([{ name: CLEAN, bytes }], handlers(), deps(fake));

    const [header, row] = logRows(fake);
    expect(header).toEqual(LOG_HEADER);
    expect(row).toEqual([
      CLEAN,
      bytes.length,
      createHash("sha256").update(bytes).digest("hex"),
      "XA-XUAN-HOA",
      "Xã Xuân Hòa",
      2024,
      "DVCQ-CT03/1",
      CLEAN_FIGURES["7.1"],
      expect.closeTo(45575 + 9.5 / 24, 6),
      "đã nhận",
      0,
      0,
      "",
    ]);
    const log = fake.sheet(INTAKE_LOG_SHEET);
    expect(log.cell("H2").numberFormat).toBe("dd/mm/yyyy");
    expect(log.cell("I2").numberFormat).toBe("dd/mm/yyyy hh:mm");
  });

  it("rejects password-protected, old .xls, truncated, empty and non-template files, and imports the rest", async () => {
    const names = [
      "password.xlsx",
      "old-format.xls",
      "truncated.xlsx",
      "empty.xlsx",
      "not-a-workbook.xlsx",
      CLEAN,
    ];
    const files = done(await importWorkbooks(names.map(fixture), handlers(), deps(fake)));

    expect(summary(files)).toEqual([
      "password.xlsx: rejected - FILE_UNREADABLE",
      "old-format.xls: rejected - FILE_UNREADABLE",
      "truncated.xlsx: rejected - FILE_UNREADABLE",
      "empty.xlsx: rejected - FILE_UNREADABLE",
      "not-a-workbook.xlsx: rejected - FILE_UNREADABLE",
      `${CLEAN}: kept ${SHEET} `,
    ]);
    expect(files[0]?.findings.map((f) => say(f.message, "vi"))[0]).toMatch(/mật khẩu/);
    const rows = logRows(fake).slice(1);
    expect(rows.map((r) => [r[0], r[9]])).toEqual(
      names.map((n) => [n, n === CLEAN ? "đã nhận" : "bị từ chối"]),
    );
    expect(rows[1]?.[12]).toMatch(/\.xls cũ/);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
  });

  it("rejects a workbook that holds no template, saying so", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Thu chi").addRow(["Tiền điện", 1_250_000]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const files = done(await importWorkbooks([{ name: "thu-chi.xlsx", bytes }], handlers(), deps(fake)));

    expect(summary(files)).toEqual(["thu-chi.xlsx: rejected - NOT_A_TEMPLATE"]);
    expect(logRows(fake)[1]?.[12]).toBe("Tệp không có trang mẫu biểu DVCQ nào.");
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET]);
  });

  it("asks about a second report of the same unit and year, with the figures that differ", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const recorded = handlers("keepExisting");
    const files = done(await importWorkbooks([fixture(MISTAKES)], recorded, deps(fake)));

    expect(recorded.conflicts).toHaveLength(1);
    const conflict = recorded.conflicts[0] as DuplicateConflict;
    expect(conflict).toMatchObject({
      unitCode: "XA-XUAN-HOA",
      unitName: "Xã Xuân Hòa",
      year: 2024,
      existingSheet: SHEET,
      incomingFile: MISTAKES,
    });
    const byCode = new Map(conflict.differences.map((d) => [d.code, d]));
    expect(byCode.get("6.20")).toMatchObject({ existing: String(CLEAN_FIGURES["6.20"]), incoming: "7" });
    expect(byCode.get("2.3")).toMatchObject({ incoming: "(trống)" });
    expect(byCode.get("7.1")).toMatchObject({ incoming: "20/10/2024" });
    expect(byCode.get("MC V")).toMatchObject({ incoming: "(trống)" });
    expect(byCode.has("2.2")).toBe(String(CLEAN_FIGURES["2.2"]) !== "1234");
    expect(byCode.has("1.1")).toBe(false);
    expect(summary(files)).toEqual([`${MISTAKES}: keptExisting ${SHEET} R01,R22,R22,R22,R15,R17`]);
  });

  it("keeping the existing report changes no cell of it", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const before = fake.sheet(SHEET).filledCells();
    await importWorkbooks([fixture(MISTAKES)], handlers("keepExisting"), deps(fake));

    expect(fake.sheet(SHEET).filledCells()).toEqual(before);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "đã nhận", "giữ bản cũ"]);
  });

  it("replacing puts the new figures in the unit's sheet, and leaves one sheet for the unit", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const files = done(await importWorkbooks([fixture(MISTAKES)], handlers("replace"), deps(fake)));

    expect(files.map((f) => f.decision)).toEqual(["replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET, SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(tenMistakesFigures().figures["6.20"]);
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toContain("DVCQ_I_6_20");
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "đã nhận", "đã thay bản cũ"]);
  });

  it("asks about two files of the same unit in one import, comparing with the first", async () => {
    const recorded = handlers("replace");
    const files = done(await importWorkbooks([fixture(CLEAN), fixture(MISTAKES)], recorded, deps(fake)));

    expect(recorded.conflicts.map((c) => [c.existingSheet, c.incomingFile])).toEqual([[SHEET, MISTAKES]]);
    const byCode = new Map(recorded.conflicts[0]?.differences.map((d) => [d.code, d]));
    expect(byCode.get("6.20")).toMatchObject({ existing: String(CLEAN_FIGURES["6.20"]), incoming: "7" });
    expect(files.map((f) => f.decision)).toEqual(["kept", "replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(7);
  });

  it("stops before the next file when cancelled; what was imported stays and every file is logged", async () => {
    const recorded = handlers("keepExisting", 1);
    const files = done(await importWorkbooks([fixture(CLEAN), fixture(MISTAKES)], recorded, deps(fake)));

    expect(files.map((f) => f.decision)).toEqual(["kept", "cancelled"]);
    expect(recorded.conflicts).toEqual([]);
    expect(fake.hasSheet(SHEET)).toBe(true);
    expect(logRows(fake).map((r) => [r[0], r[9]])).toEqual([
      ["Tên tệp", "Kết quả"],
      [CLEAN, "đã nhận"],
      [MISTAKES, "đã dừng"],
    ]);
  });

  it("keeps a file name like “=cmd|' /C calc'!A0” as text in the log", async () => {
    const names = ["=cmd|' /C calc'!A0.xlsx", "- bản sửa.xlsx", "+1.xlsx", "@SUM(1).xlsx"];
    await importWorkbooks(
      names.map((name) => ({ name, bytes: new Uint8Array() })),
      handlers(),
      deps(fake),
    );
    const log = fake.sheet(INTAKE_LOG_SHEET);
    expect(names.map((_, i) => log.cell(`A${i + 2}`))).toEqual(
      names.map((name) => expect.objectContaining({ kind: "text", value: name })),
    );
  });

  it("appends to the log without rewriting its rows", async () => {
    await importWorkbooks([fixture("empty.xlsx")], handlers(), deps(fake));
    fake.sheet(INTAKE_LOG_SHEET).setCell("N2", "ghi chú của văn thư");
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));

    expect(logRows(fake).map((r) => r[0])).toEqual(["Tên tệp", "empty.xlsx", CLEAN]);
    expect(fake.sheet(INTAKE_LOG_SHEET).cell("N2").value).toBe("ghi chú của văn thư");
  });

  it("rejects a file Excel fails to write, with Excel's message, and goes on with the next request", async () => {
    const other = (await unitFiles(2)).filter((f) => !f.name.includes("XA-XUAN-HOA")).slice(0, 1);
    fake.failOn("WorksheetCollection.add", "AccessDenied", "The workbook is protected.");
    const oneFilePerRequest = { ...deps(fake), requestBytes: 1 };
    const files = done(await importWorkbooks([fixture(CLEAN), ...other], handlers(), oneFilePerRequest));

    expect(summary(files)).toEqual([
      `${CLEAN}: rejected - IMPORT_FAILED`,
      `${other[0]?.name}: kept ${files[1]?.sheet} `,
    ]);
    expect(files[0]?.findings.map((f) => say(f.message, "vi")).at(-1)).toMatch(/The workbook is protected/);
    expect(fake.hasSheet(SHEET)).toBe(false);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "bị từ chối", "đã nhận"]);
  });

  it("says in both languages what the clerk can do when Excel refuses a file's request (the Office error table)", async () => {
    fake.failOn("WorksheetCollection.add", "AccessDenied", "The workbook is protected.");
    const [file] = done(await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake)));
    const refusal = file?.findings.at(-1)?.message;
    if (refusal === undefined) throw new Error("the file has no finding");

    const excel = "(Excel: The workbook is protected. (AccessDenied))";
    expect(say(refusal, "vi")).toBe(
      `Excel báo lỗi nên tệp này chưa được nhập. ${OFFICE_ERROR_ADVICE.AccessDenied.vi} ${excel}`,
    );
    expect(say(refusal, "en")).toBe(
      `Excel reported an error, so this file was not imported. ${OFFICE_ERROR_ADVICE.AccessDenied.en} ${excel}`,
    );
  });

  it("says what to do when Excel cannot read the workbook, and imports nothing", async () => {
    fake.failOn("WorksheetCollection.load", "InvalidOperationInCellEditMode", "A cell is being edited.");
    const outcome = await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));

    const message = failedWith(outcome);
    expect(say(message, "vi")).toBe(
      "Excel báo lỗi nên chưa đọc được danh sách đơn vị; chưa nhập tệp nào. Excel đang sửa một ô. Hãy bấm Enter hoặc Esc để ra khỏi ô đó, rồi thử lại. (Excel: A cell is being edited. (InvalidOperationInCellEditMode))",
    );
    expect(say(message, "en")).toMatch(
      /^Excel reported an error, so the unit list could not be read; no file was imported\. Excel is editing a cell\./,
    );
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });

  it("says what to do when the log cannot be written, after rejecting the file whose request failed", async () => {
    await importWorkbooks([fixture(MISTAKES)], handlers(), deps(fake));
    const other = (await unitFiles(2)).filter((f) => !f.name.includes("XA-XUAN-HOA")).slice(0, 1);
    // the request with the file and the log's rows, then the log's own sync
    fake.failOn("Range.values=", "GeneralException", "Internal error.");
    fake.failOn("Range.values=", "GeneralException", "Internal error.");
    const outcome = await importWorkbooks(other, handlers(), deps(fake));

    const message = failedWith(outcome);
    expect(say(message, "vi")).toBe(
      `Đã nhập 0 tệp nhưng Excel báo lỗi nên chưa ghi được trang “${INTAKE_LOG_SHEET}”. ${OFFICE_ERROR_ADVICE.GeneralException.vi} (Excel: Internal error. (GeneralException))`,
    );
  });

  it("logs a file whose request, the one carrying the log, Excel fails, as rejected in a sync of its own", async () => {
    fake.failOn("WorksheetCollection.add", "AccessDenied", "The workbook is protected.");
    const files = done(await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake)));

    expect(summary(files)).toEqual([`${CLEAN}: rejected - IMPORT_FAILED`]);
    expect(logRows(fake).map((r) => [r[0], r[9]])).toEqual([
      ["Tên tệp", "Kết quả"],
      [CLEAN, "bị từ chối"],
    ]);
    // read, read again as writing starts, the failed request, the look at what it left, the log
    expect(fake.syncCount).toBe(5);
  });

  it("rejects every file of a request Excel fails, goes on with the next, and logs what happened", async () => {
    const three = await unitFiles(3);
    const twoPerRequest = { ...deps(fake), requestBytes: 1_100_000 };
    fake.failOn("WorksheetCollection.add", "AccessDenied", "The workbook is protected.");
    const files = done(await importWorkbooks(three, handlers(), twoPerRequest));

    expect(files.map((f) => f.decision)).toEqual(["rejected", "rejected", "kept"]);
    expect(files[1]?.findings.map((f) => say(f.message, "vi")).at(-1)).toMatch(/The workbook is protected/);
    expect(fake.sheetNames).toEqual(["Sheet1", files[2]?.sheet, INTAKE_LOG_SHEET]);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "bị từ chối", "bị từ chối", "đã nhận"]);
  });

  it("replaces the sheet the clerk answered about though it was renamed during the question", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const files = done(
      await importWorkbooks([fixture(MISTAKES)], meanwhile(fake, renameTo("Bản cũ")), deps(fake)),
    );

    expect(files.map((f) => f.decision)).toEqual(["replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET, SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(tenMistakesFigures().figures["6.20"]);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "đã nhận", "đã thay bản cũ"]);
  });

  it("brings the file in as a new sheet when the one to replace was deleted during the question", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const deleted = meanwhile(fake, (context) => context.workbook.worksheets.getItem(SHEET).delete());
    const files = done(await importWorkbooks([fixture(MISTAKES)], deleted, deps(fake)));

    expect(summary(files)).toEqual([`${MISTAKES}: kept ${SHEET} R01,R22,R22,R22,R15,R17`]);
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET, SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(tenMistakesFigures().figures["6.20"]);
  });

  it("leaves alone a sheet that took the unit's sheet name during the question, refusing the file", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const taken = meanwhile(fake, (context) => {
      context.workbook.worksheets.getItem(SHEET).name = "Bản cũ";
      context.workbook.worksheets.add(SHEET).getRange("A1").values = [["ghi chú của văn thư"]];
    });
    const files = done(await importWorkbooks([fixture(MISTAKES)], taken, deps(fake)));

    expect(summary(files)).toEqual([`${MISTAKES}: rejected - R01,R22,R22,R22,R15,R17,SHEET_CHANGED`]);
    expect(say((files[0]?.findings.at(-1) as Finding).message, "vi")).toContain(`“${SHEET}”`);
    expect(fake.sheetNames).toEqual(["Sheet1", "Bản cũ", INTAKE_LOG_SHEET, SHEET]);
    expect([...fake.sheet(SHEET).filledCells().keys()]).toEqual(["A1"]);
    expect(fake.sheet("Bản cũ").cell(at620).value).toBe(CLEAN_FIGURES["6.20"]);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "đã nhận", "bị từ chối"]);
  });

  it("writes the log where it stands after the question: deleted, it starts again; with a row added, below it", async () => {
    await importWorkbooks([fixture(CLEAN)], handlers(), deps(fake));
    const logGone = meanwhile(fake, (context) =>
      context.workbook.worksheets.getItem(INTAKE_LOG_SHEET).delete(),
    );
    done(await importWorkbooks([fixture(MISTAKES)], logGone, deps(fake)));
    expect(logRows(fake).map((r) => [r[0], r[9]])).toEqual([
      ["Tên tệp", "Kết quả"],
      [MISTAKES, "đã thay bản cũ"],
    ]);

    const rowAdded = meanwhile(fake, (context) => {
      context.workbook.worksheets.getItem(INTAKE_LOG_SHEET).getRange("A3").values = [["nhận qua bưu điện"]];
    });
    done(await importWorkbooks([fixture(MISTAKES)], rowAdded, deps(fake)));
    expect(logRows(fake).map((r) => r[0])).toEqual(["Tên tệp", MISTAKES, "nhận qua bưu điện", MISTAKES]);
  });

  it("syncs the same for 1 file as for 30, plus one per request of ~4 MB", async () => {
    const thirty = await unitFiles(30);
    const syncs = async (files: ImportFile[], requestBytes?: number): Promise<number> => {
      fake.uninstall();
      fake = new FakeExcel({ excelApi: "1.12", sheets: ["Sheet1"] });
      fake.install();
      const options = requestBytes === undefined ? deps(fake) : { ...deps(fake), requestBytes };
      const imported = done(await importWorkbooks(files, handlers(), options));
      expect(imported.filter((f) => f.decision === "kept")).toHaveLength(files.length);
      expect(fake.maxPayloadBytes).toBeLessThan(4 * 1024 * 1024);
      return fake.syncCount;
    };
    // 1 to read the workbook, 1 to read it again as writing starts, then 1 per request of
    // templates (~0.47 MB each as Office.js sends them, 8 a request), the log with the last
    expect(await syncs(thirty.slice(0, 1))).toBe(2 + 1);
    expect(await syncs(thirty)).toBe(2 + 4);
    // half the budget, about twice the requests (four templates a request)
    expect(await syncs(thirty, 2_000_000)).toBe(2 + 8);
    // a second import also reads the 30 sheets it duplicates, and, reading again, the end of the
    // log, and writes the log
    await importWorkbooks(thirty, handlers("keepExisting"), deps(fake));
    expect(fake.syncCount).toBe(10 + 1 + 1 + 1 + 1);
  });
});

describe("importWorkbooks with insertWorksheetsFromBase64 (ExcelApi 1.13)", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.13", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  async function offer(name: string, plan: SheetPlan): Promise<ImportFile> {
    const bytes = readFixture(name);
    fake.base64Workbooks.set(Buffer.from(bytes).toString("base64"), await openedAs(plan));
    return { name, bytes };
  }

  it("inserts the unit's sheet as it is and makes its names sheet-scoped", async () => {
    const file = await offer(CLEAN, cleanPlan);
    const files = done(await importWorkbooks([file], handlers(), deps(fake)));

    expect(summary(files)).toEqual([`${CLEAN}: kept ${SHEET} `]);
    const sheet = fake.sheet(SHEET);
    expect(sheet.cell(at620)).toMatchObject({ kind: "number", value: CLEAN_FIGURES["6.20"] });
    expect(sheetScopedDvcq(sheet)).toEqual(expect.arrayContaining(["DVCQ_TEMPLATE", "DVCQ_I_6_20"]));
    expect(sheet.names.find((n) => n.name === "DVCQ_I_6_20")?.formula).toBe(
      `='${SHEET}'!$${at620.replace(/(\d+)/, "$$$1")}`,
    );
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
  });

  it("replaces on the clerk's word, leaving one sheet for the unit with its names", async () => {
    const clean = await offer(CLEAN, cleanPlan);
    const { figures, evidence } = tenMistakesFigures();
    const mistakes = await offer(MISTAKES, filledXuanHoa(figures, evidence).plan);
    await importWorkbooks([clean], handlers(), deps(fake));
    const recorded = handlers("replace");
    const files = done(await importWorkbooks([mistakes], recorded, deps(fake)));

    expect(recorded.conflicts).toHaveLength(1);
    expect(files.map((f) => f.decision)).toEqual(["replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET, SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(7);
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toContain("DVCQ_I_6_20");
  });

  it("replaces within one import: the second file of a unit takes the sheet, with its names", async () => {
    const clean = await offer(CLEAN, cleanPlan);
    const { figures, evidence } = tenMistakesFigures();
    const mistakes = await offer(MISTAKES, filledXuanHoa(figures, evidence).plan);
    const files = done(await importWorkbooks([clean, mistakes], handlers("replace"), deps(fake)));

    expect(files.map((f) => f.decision)).toEqual(["kept", "replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(7);
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toContain("DVCQ_I_6_20");
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
  });

  it("rebuilds from the template a file Excel cannot insert, saying why, and settles the next request's", async () => {
    const [unit] = await unitReports(1);
    const file = unit as { file: ImportFile; plan: SheetPlan };
    fake.base64Workbooks.set(Buffer.from(file.file.bytes).toString("base64"), await openedAs(file.plan));
    const unopenable = fixture(CLEAN);
    const oneFilePerRequest = { ...deps(fake), requestBytes: 1 };
    const files = done(await importWorkbooks([unopenable, file.file], handlers(), oneFilePerRequest));

    expect(summary(files)).toEqual([
      `${CLEAN}: kept ${SHEET} `,
      `${file.file.name}: kept ${files[1]?.sheet} `,
    ]);
    expect(rebuiltNotes(files[0])).toEqual([expect.stringMatching(/corrupt/)]);
    expect(rebuiltNotes(files[1])).toEqual([]);
    expect(fake.sheet(SHEET).filledCells()).toEqual(await asRebuilt(unopenable));
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toEqual(
      expect.arrayContaining(["DVCQ_TEMPLATE", "DVCQ_I_6_20"]),
    );
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
    expect(fake.sheetNames).toEqual(["Sheet1", files[1]?.sheet, SHEET, INTAKE_LOG_SHEET]);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "đã nhận", "đã nhận"]);
  });

  it("rebuilds a file whose insertion fails with GeneralException, and inserts the others as they are", async () => {
    const reports = await unitReports(2);
    for (const { file, plan } of reports)
      fake.base64Workbooks.set(Buffer.from(file.bytes).toString("base64"), await openedAs(plan));
    fake.failOn("Workbook.insertWorksheetsFromBase64", "GeneralException");
    const oneFilePerRequest = { ...deps(fake), requestBytes: 1 };
    const files = done(
      await importWorkbooks(
        reports.map((r) => r.file),
        handlers(),
        oneFilePerRequest,
      ),
    );

    const [first, second] = files as [ImportedFile, ImportedFile];
    expect(files.map((f) => f.decision)).toEqual(["kept", "kept"]);
    expect(rebuiltNotes(first)).toEqual([expect.stringMatching(/internal error/)]);
    expect(rebuiltNotes(second)).toEqual([]);
    expect(fake.sheet(first.sheet as string).filledCells()).toEqual(
      await asRebuilt((reports[0] as { file: ImportFile }).file, first.sheet as string),
    );
    expect(fake.sheetNames).toEqual(["Sheet1", second.sheet, first.sheet, INTAKE_LOG_SHEET]);
    for (const f of files) expect(sheetScopedDvcq(fake.sheet(f.sheet as string))).toContain("DVCQ_TEMPLATE");
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
  });

  it("rebuilds the inserted sheets when settling them fails, leaving nothing of the inserted copies", async () => {
    const file = await offer(CLEAN, cleanPlan);
    fake.failOn("NamedItemCollection.add", "GeneralException");
    const files = done(await importWorkbooks([file], handlers(), deps(fake)));

    expect(summary(files)).toEqual([`${CLEAN}: kept ${SHEET} `]);
    expect(rebuiltNotes(files[0])).toEqual([expect.stringMatching(/internal error/)]);
    expect(fake.sheet(SHEET).filledCells()).toEqual(await asRebuilt(file));
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toEqual(
      expect.arrayContaining(["DVCQ_TEMPLATE", "DVCQ_I_6_20"]),
    );
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
    expect(logRows(fake).map((r) => r[9])).toEqual(["Kết quả", "đã nhận"]);
  });

  it("within one import, the second file of a unit replaces the first even when the first had to be rebuilt", async () => {
    const clean = fixture(CLEAN);
    const { figures, evidence } = tenMistakesFigures();
    const mistakes = await offer(MISTAKES, filledXuanHoa(figures, evidence).plan);
    const files = done(await importWorkbooks([clean, mistakes], handlers("replace"), deps(fake)));

    expect(files.map((f) => f.decision)).toEqual(["kept", "replaced"]);
    expect(rebuiltNotes(files[0])).toHaveLength(1);
    expect(rebuiltNotes(files[1])).toEqual([]);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(7);
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toContain("DVCQ_I_6_20");
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
  });

  it("rebuilds a sheet whose names came out of the insertion lost or moved, naming them", async () => {
    const bytes = readFixture(CLEAN);
    const opened = await openedAs(cleanPlan);
    await opened.run(async (context) => {
      const names = context.workbook.names;
      names.getItem("DVCQ_I_6_20").delete();
      names.add("DVCQ_I_6_20", context.workbook.worksheets.getItem(SHEET).getRange("A1"));
      names.getItem("DVCQ_E_1").delete();
      await context.sync();
    });
    fake.base64Workbooks.set(Buffer.from(bytes).toString("base64"), opened);
    const files = done(await importWorkbooks([{ name: CLEAN, bytes }], handlers(), deps(fake)));

    expect(summary(files)).toEqual([`${CLEAN}: kept ${SHEET} `]);
    expect(rebuiltNotes(files[0])).toEqual([
      expect.stringMatching(/DVCQ_I_6_20, DVCQ_E_1|DVCQ_E_1, DVCQ_I_6_20/),
    ]);
    const sheet = fake.sheet(SHEET);
    expect(sheet.filledCells()).toEqual(await asRebuilt({ name: CLEAN, bytes }));
    expect(sheet.names.find((n) => n.name === "DVCQ_I_6_20")?.formula).toBe(
      `='${SHEET}'!$${at620.replace(/(\d+)/, "$$$1")}`,
    );
    expect(sheetScopedDvcq(sheet)).toContain("DVCQ_E_1");
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET, INTAKE_LOG_SHEET]);
  });

  it("replaces the sheet the clerk answered about though it was renamed during the question", async () => {
    const clean = await offer(CLEAN, cleanPlan);
    const { figures, evidence } = tenMistakesFigures();
    const mistakes = await offer(MISTAKES, filledXuanHoa(figures, evidence).plan);
    await importWorkbooks([clean], handlers(), deps(fake));
    const files = done(await importWorkbooks([mistakes], meanwhile(fake, renameTo("Bản cũ")), deps(fake)));

    expect(files.map((f) => f.decision)).toEqual(["replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET, SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(7);
  });

  it("syncs the same for 1 file as for 30: read, read again, insert, read the names, settle with the log", async () => {
    const reports = await unitReports(30);
    const syncs = async (count: number): Promise<number> => {
      fake.uninstall();
      fake = new FakeExcel({ excelApi: "1.13", sheets: ["Sheet1"] });
      fake.install();
      for (const { file, plan } of reports.slice(0, count))
        fake.base64Workbooks.set(Buffer.from(file.bytes).toString("base64"), await openedAs(plan));
      const files = done(
        await importWorkbooks(
          reports.slice(0, count).map((r) => r.file),
          handlers(),
          deps(fake),
        ),
      );
      expect(files.filter((f) => f.decision === "kept")).toHaveLength(count);
      const last = fake.sheet(files[count - 1]?.sheet as string);
      expect(sheetScopedDvcq(last)).toContain("DVCQ_TEMPLATE");
      expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
      return fake.syncCount;
    };
    expect(await syncs(1)).toBe(5);
    expect(await syncs(30)).toBe(5);
  });
});

describe("importWorkbooks with insertWorksheetsFromBase64, behind the real Office.js client", () => {
  let fake: FakeExcel;
  let wire: OfficeWire;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.13", sheets: ["Sheet1"] });
    wire = new OfficeWire(fake);
  });
  afterEach(() => wire.uninstall());

  async function offer(name: string, plan: SheetPlan): Promise<ImportFile> {
    const bytes = readFixture(name);
    fake.base64Workbooks.set(Buffer.from(bytes).toString("base64"), await openedAs(plan));
    return { name, bytes };
  }

  const errors = (): (string | null)[] => wire.syncs.map((r) => r.error).filter((e) => e !== null);

  it("replaces the sheet renamed during the question by its id, every request answered", async () => {
    const clean = await offer(CLEAN, cleanPlan);
    const { figures, evidence } = tenMistakesFigures();
    const mistakes = await offer(MISTAKES, filledXuanHoa(figures, evidence).plan);
    fake.install();
    await importWorkbooks([clean], handlers(), deps(fake));
    fake.uninstall();
    wire.install();
    const files = done(await importWorkbooks([mistakes], meanwhile(fake, renameTo("Bản cũ")), deps(fake)));

    expect(errors()).toEqual([]);
    expect(files.map((f) => f.decision)).toEqual(["replaced"]);
    expect(fake.sheetNames).toEqual(["Sheet1", INTAKE_LOG_SHEET, SHEET]);
    expect(fake.sheet(SHEET).cell(at620).value).toBe(7);
    expect(sheetScopedDvcq(fake.sheet(SHEET))).toContain("DVCQ_I_6_20");
  });

  it("rebuilds a file Excel cannot insert; only that request fails", async () => {
    const [unit] = await unitReports(1);
    const file = unit as { file: ImportFile; plan: SheetPlan };
    fake.base64Workbooks.set(Buffer.from(file.file.bytes).toString("base64"), await openedAs(file.plan));
    wire.install();
    const oneFilePerRequest = { ...deps(fake), requestBytes: 1 };
    const files = done(await importWorkbooks([fixture(CLEAN), file.file], handlers(), oneFilePerRequest));

    expect(errors()).toHaveLength(1);
    expect(files.map((f) => f.decision)).toEqual(["kept", "kept"]);
    expect(rebuiltNotes(files[0])).toHaveLength(1);
    expect(fake.sheet(SHEET).filledCells()).toEqual(await asRebuilt(fixture(CLEAN)));
    expect(fake.workbookNames.filter((n) => n.name.startsWith("DVCQ_"))).toEqual([]);
  });
});

/** Clean reports of registered units (commune figures; agencies keep what their template has), as .xlsx. */
async function unitFiles(count: number): Promise<ImportFile[]> {
  return (await unitReports(count)).map((r) => r.file);
}

async function unitReports(count: number): Promise<{ file: ImportFile; plan: SheetPlan }[]> {
  const catalogue = loadBuiltinCatalogue();
  const units = unitsValidIn(loadBuiltinRegistry(), "2023-10-01", "2024-09-30").slice(0, count);
  if (units.length < count) throw new Error(`only ${units.length} units`);
  return Promise.all(
    units.map(async (unit) => {
      const plan = fillPlan(buildTemplatePlan(catalogue, unit, 2024), {
        figures: CLEAN_COMMUNE,
        evidence: CLEAN_EVIDENCE as Record<string, string>,
      });
      const bytes = await writeWorkbook([{ plan, nameScope: "workbook" }]);
      return { file: { name: `DVCQ_2024_${unit.code}.xlsx`, bytes }, plan };
    }),
  );
}

/** The warnings that say a sheet was rebuilt from the template instead of inserted, in Vietnamese. */
function rebuiltNotes(file: ImportedFile | undefined): string[] {
  return (file?.findings ?? []).filter((f) => f.rule === "INSERT_REBUILT").map((f) => say(f.message, "vi"));
}

/** The cells the file's sheet has when brought in by rebuilding the template (a host without insertion). */
async function asRebuilt(file: ImportFile, sheet = SHEET): Promise<ReturnType<FakeSheet["filledCells"]>> {
  const older = new FakeExcel({ excelApi: "1.12", sheets: ["Sheet1"] });
  older.install();
  try {
    done(await importWorkbooks([file], handlers(), deps(older)));
    return older.sheet(sheet).filledCells();
  } finally {
    older.uninstall();
  }
}

type Change = (context: Excel.RequestContext) => void;

const renameTo =
  (name: string): Change =>
  (context) => {
    context.workbook.worksheets.getItem(SHEET).name = name;
  };

/** Handlers that answer "replace" (or keep, when nothing is asked) after the clerk changed the workbook, as Excel lets them while the pane asks. */
function meanwhile(fake: FakeExcel, change: Change): Recorded {
  const recorded = handlers("replace");
  const ask = recorded.chooseDuplicate;
  recorded.chooseDuplicate = async (conflict) => {
    await fake.run(async (context) => change(context as unknown as Excel.RequestContext));
    return ask(conflict);
  };
  return recorded;
}
