/** @jest-environment jsdom */
import { catalogueTemplates, createExcelActions } from "../../src/excel/templateActions";
import { FakeExcel } from "../support/fakeExcel";
import { CLEAN_EVIDENCE, CLEAN_FIGURES } from "../support/fixtures";
import { filledXuanHoa, placeSheet } from "./workbooks";

describe("prepareToSend in a browser where Excel cannot open a new workbook", () => {
  let fake: FakeExcel;
  const saved: { name: string; type: string; size: number }[] = [];
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:dvcq/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = (url: string) => void blobs.delete(url);
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href) as Blob;
      saved.push({ name: this.download, type: blob.type, size: blob.size });
    });
  });
  afterEach(() => {
    fake.uninstall();
    jest.restoreAllMocks();
  });

  it("saves DVCQ_<year>_<unit>.xlsx through the browser", async () => {
    await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);
    fake.failOn("createWorkbook", "NotImplemented", "This feature is not implemented.");

    const outcome = await createExcelActions(catalogueTemplates()).prepareToSend({ sendDate: "ask" });

    expect(outcome).toEqual({
      status: "ready",
      fileName: "DVCQ_2024_XA-XUAN-HOA.xlsx",
      delivery: "download",
      findings: [],
    });
    expect(saved).toEqual([
      {
        name: "DVCQ_2024_XA-XUAN-HOA.xlsx",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        size: expect.any(Number),
      },
    ]);
    expect(saved[0]?.size).toBeGreaterThan(10_000);
    expect(document.querySelectorAll("a")).toHaveLength(0);
  });
});

describe("prepareToSend in Excel on a Mac where Excel cannot open a new workbook", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"], platform: "Mac" });
    fake.install();
  });
  afterEach(() => {
    fake.uninstall();
    jest.restoreAllMocks();
  });

  it("starts no download, which WKWebView would drop, and says how to make the copy through Excel", async () => {
    const plan = filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan;
    await placeSheet(fake, plan);
    fake.failOn("createWorkbook", "NotImplemented", "This feature is not implemented.");
    URL.createObjectURL = jest.fn(() => "blob:dvcq/0");
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);

    const outcome = await createExcelActions(catalogueTemplates()).prepareToSend({ sendDate: "leaveBlank" });

    expect(outcome.status).toBe("failed");
    const message = outcome.status === "failed" ? outcome.message : { vi: "", en: "" };
    expect(message.vi).toContain(`bấm chuột phải vào thẻ trang “${plan.name}”, chọn Di chuyển hoặc Sao chép`);
    expect(message.vi).toContain("lưu sổ tính mới với tên DVCQ_2024_XA-XUAN-HOA.xlsx");
    expect(message.en).toContain(`right-click the “${plan.name}” sheet tab, choose Move or Copy`);
    expect(message.en).toContain("(NotImplemented)");
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
  });
});
