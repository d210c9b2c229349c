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
});
