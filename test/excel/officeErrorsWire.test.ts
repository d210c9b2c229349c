import { say } from "../../src/domain/i18n/say";
import { excelError } from "../../src/excel/officeErrors";
import { createRegistrySheet } from "../../src/excel/registrySheet";
import { createExcelActions } from "../../src/excel/templateActions";
import { FakeExcel } from "../support/fakeExcel";
import { OfficeWire } from "../support/officeWire";
import { filledXuanHoa, placeSheet } from "./workbooks";
import { CLEAN_EVIDENCE, CLEAN_FIGURES } from "../support/fixtures";

/**
 * Office.js errors as Microsoft's client raises them (its RichApi.Error, built from the answer the
 * fake gives on the wire), and the sentence the clerk reads: what to do, in Vietnamese and English,
 * then Excel's own words and code.
 */
describe("Excel's refusals, through the real Office.js client, as the clerk reads them", () => {
  let fake: FakeExcel;
  let wire: OfficeWire;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    wire = new OfficeWire(fake);
    wire.install();
  });
  afterEach(() => wire.uninstall());

  it.each([
    ["InvalidOperation", "The workbook structure is protected.", "bấm Enter hoặc Esc", "press Enter or Esc"],
    [
      "ItemNotFound",
      "The requested resource doesn't exist.",
      "vừa bị đổi tên hoặc xóa",
      "renamed or deleted",
    ],
    ["AccessDenied", "Access denied.", "Bỏ bảo vệ trang", "Unprotect Sheet"],
    [
      "GeneralException",
      "There was an internal error.",
      "đóng và mở lại sổ tính",
      "close and reopen the workbook",
    ],
  ])("%s: says what to do and keeps Excel's words", async (code, excelSays, whatToDoVi, whatToDoEn) => {
    fake.failOn("WorksheetCollection.add", code, excelSays);

    const outcome = await createRegistrySheet();

    expect(outcome.status).toBe("failed");
    const message = outcome.status === "failed" ? outcome.message : { vi: "", en: "" };
    expect(say(message, "vi")).toMatch(/^Excel báo lỗi nên chưa tạo được trang DVCQ_DonVi\. /);
    expect(say(message, "vi")).toContain(whatToDoVi);
    expect(say(message, "en")).toContain(whatToDoEn);
    expect(say(message, "vi")).toContain(`(Excel: ${excelSays} (${code}))`);
    expect(wire.syncs.map((r) => r.error)).toContain(code);
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });

  it("a request over Excel on the web's 5 MB: asks for smaller parts", async () => {
    const tooBig = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    const error: unknown = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = tooBig;
      await context.sync();
    }).catch((refused: unknown) => refused);

    const message = excelError(error);

    expect(message.vi).toMatch(
      /^Yêu cầu gửi cho Excel quá lớn \(Excel trên web nhận tối đa 5 MB mỗi lần\)\. /,
    );
    expect(message.en).toContain("Work in smaller parts");
    expect(message.vi).toMatch(/\(RequestPayloadSizeLimitExceeded\)\)$/);
  });

  it("an error with a code it does not know: asks to try again, with Excel's words", async () => {
    await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);
    fake.failOn("Range.load", "Conflict", "The workbook changed.");

    const outcome = await createExcelActions().checkSheets({ scope: "activeSheet", mark: false });

    expect(outcome).toEqual({
      status: "failed",
      message: {
        vi: "Excel báo lỗi nên chưa kiểm tra được. Hãy thử lại; nếu vẫn lỗi, chép thông báo này gửi người hỗ trợ DVCQ. (Excel: The workbook changed. (Conflict))",
        en: "Excel reported an error, so nothing was checked. Try again; if it happens again, send this message to whoever supports DVCQ. (Excel: The workbook changed. (Conflict))",
      },
    });
  });

  it.each([
    [
      "AccessDenied",
      "Trang hoặc sổ tính đang được bảo vệ, hoặc chỉ được đọc. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang) hoặc mở sổ tính với quyền sửa, rồi thử lại.",
      "The sheet or the workbook is protected, or read-only. Unprotect the sheet (Review > Unprotect Sheet) or open the workbook with the right to edit it, then try again.",
    ],
    [
      "InvalidOperation",
      "Excel không cho làm việc này với sổ tính lúc này. Hãy đóng hộp thoại đang mở trong Excel, bấm Enter hoặc Esc nếu đang sửa một ô, rồi thử lại.",
      "Excel does not allow this on the workbook right now. Close any dialog open in Excel, press Enter or Esc if a cell is being edited, then try again.",
    ],
    [
      "InvalidOperationInCellEditMode",
      "Excel đang sửa một ô. Hãy bấm Enter hoặc Esc để ra khỏi ô đó, rồi thử lại.",
      "Excel is editing a cell. Press Enter or Esc to leave it, then try again.",
    ],
    [
      "ItemNotFound",
      "Excel không thấy một trang hoặc một tên mà DVCQ vừa đọc: có thể nó vừa bị đổi tên hoặc xóa, hoặc người cùng sửa sổ tính vừa thay đổi nó. Hãy thử lại: DVCQ đọc lại sổ tính từ đầu.",
      "Excel did not find a sheet or a name DVCQ had just read: it may have been renamed or deleted, or changed by someone editing the workbook with you. Try again: DVCQ reads the workbook afresh.",
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      "Yêu cầu gửi cho Excel quá lớn (Excel trên web nhận tối đa 5 MB mỗi lần). Hãy làm từng phần nhỏ hơn (ít trang hoặc ít tệp hơn mỗi lần), hoặc dùng Excel trên máy tính.",
      "The request to Excel is too large (Excel on the web takes at most 5 MB at a time). Work in smaller parts (fewer sheets or files at a time), or use Excel on a computer.",
    ],
    [
      "ResponsePayloadSizeLimitExceeded",
      "Phần Excel trả về quá lớn (Excel trên web trả tối đa 5 MB mỗi lần). Hãy làm từng phần nhỏ hơn (ít trang hơn mỗi lần), hoặc dùng Excel trên máy tính.",
      "What Excel sends back is too large (Excel on the web sends at most 5 MB at a time). Work in smaller parts (fewer sheets at a time), or use Excel on a computer.",
    ],
    [
      "GeneralException",
      "Excel gặp lỗi bên trong. Hãy lưu sổ tính rồi thử lại; nếu vẫn lỗi, đóng và mở lại sổ tính (trên web: tải lại trang).",
      "Excel had an internal error. Save the workbook and try again; if it happens again, close and reopen the workbook (on the web: reload the page).",
    ],
    [
      "ApiNotFound",
      "Phiên bản Excel này thiếu một chức năng DVCQ cần. Hãy cập nhật Excel, hoặc dùng Excel trên web.",
      "This version of Excel lacks a feature DVCQ needs. Update Excel, or use Excel on the web.",
    ],
  ])(
    "%s as the real client raises it: the whole sentence in Vietnamese and English",
    async (code, vi, en) => {
      fake.failOn("WorksheetCollection.add", code, "Excel's words.");
      const error: unknown = await Excel.run(async (context) => {
        context.workbook.worksheets.add("Mới");
        await context.sync();
      }).catch((refused: unknown) => refused);

      expect(excelError(error)).toEqual({
        vi: `${vi} (Excel: Excel's words. (${code}))`,
        en: `${en} (Excel: Excel's words. (${code}))`,
      });
    },
  );
});
