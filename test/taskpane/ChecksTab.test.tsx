/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/domain/check/finding";
import type { Lang, Message } from "../../src/domain/i18n/lang";
import type { CheckedSheet, CheckOutcome, PrepareOutcome } from "../../src/app/paneHost";
import { ChecksTab } from "../../src/taskpane/components/ChecksTab";
import { checkWorkbook } from "../../src/domain/check/checks";
import { catalogue, CLEAN_COMMUNE, CLEAN_EVIDENCE, filledTemplate, registry } from "../support/filled";
import { fakeActions } from "./fakeActions";
import { renderInFluent } from "./render";

const XUAN_HOA: CheckedSheet = {
  sheet: "XA-XUAN-HOA 2024",
  unitCode: "XA-XUAN-HOA",
  unitName: "Xã Xuân Hòa",
  year: 2024,
};
const Y_TE: CheckedSheet = { sheet: "CQ-Y-TE 2024", unitCode: "CQ-Y-TE", unitName: "Phòng Y tế", year: 2024 };
const LANG_MINH: CheckedSheet = {
  sheet: "XA-LANG-MINH 2024",
  unitCode: "XA-LANG-MINH",
  unitName: "Xã Lang Minh",
  year: 2024,
};

function finding(
  at: CheckedSheet,
  rule: string,
  severity: Finding["severity"],
  cell: string | null,
  section: string | null,
  vi: string,
  en: string,
): Finding & { message: Message } {
  return { rule, severity, unit: at.unitCode, sheet: at.sheet, cell, section, message: { vi, en } };
}

const R17 = finding(
  XUAN_HOA,
  "R17",
  "error",
  "D86",
  "6",
  "6.20 Số vụ việc khiếu nại, tố cáo đã giải quyết (15) lớn hơn 6.19 Số vụ việc khiếu nại, tố cáo thuộc thẩm quyền (12).",
  "6.20 resolved (15) is greater than 6.19 complaints and denunciations within competence (12).",
);
const R21 = finding(
  XUAN_HOA,
  "R21",
  "warning",
  "E59",
  "5",
  "Mục V có số liệu (5.1: 3; 5.2: 4; 5.3: 1) nhưng chưa ghi minh chứng.",
  "Section V has figures (5.1: 3; 5.2: 4; 5.3: 1) but no evidence.",
);
const R16 = finding(
  XUAN_HOA,
  "R16",
  "error",
  "D82",
  "6",
  "6.15 Số lượt tiếp công dân (61) nhỏ hơn 6.17 Số vụ việc được tiếp (62).",
  "6.15 citizen receptions (61) is less than 6.17 cases received (62).",
);
const WRONG_YEAR = finding(
  XUAN_HOA,
  "WRONG_YEAR",
  "warning",
  null,
  null,
  "Trang là báo cáo năm 2024, không phải năm 2025 đang tổng hợp.",
  "The sheet is the 2024 report, not the 2025 one being collected.",
);
const R01 = finding(
  Y_TE,
  "R01",
  "error",
  "D21",
  "1",
  "1.2 Trong đó: kế hoạch, chương trình công tác dân vận chính quyền năm (13) lớn hơn 1.1 Số văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, QCDC đã ban hành (12).",
  "1.2 of which yearly plans (13) is greater than 1.1 implementing documents issued (12).",
);
const NUMBER_AS_TEXT = finding(
  Y_TE,
  "NUMBER_AS_TEXT",
  "warning",
  "D19",
  "0",
  "0.6 Tổng số cán bộ, công chức, viên chức, người lao động: gõ dạng chữ “25”, đã đọc là 25.",
  "0.6 total staff: typed as text “25”, read as 25.",
);

/** Three sheets checked: two with findings (given out of order, as a checker may), one clean. */
const CHECKED: CheckOutcome = {
  status: "checked",
  sheets: [XUAN_HOA, Y_TE, LANG_MINH],
  findings: [R01, R17, R21, NUMBER_AS_TEXT, R16, WRONG_YEAR],
  marked: 5,
};

function renderTab(actions: ReturnType<typeof fakeActions>, lang: Lang = "vi") {
  renderInFluent(<ChecksTab actions={actions} />, lang);
  return userEvent.setup();
}

/** The results as a clerk reads them: each unit, its sections, each row (▸ when it can be clicked). */
function outline(): unknown[] {
  const results = screen.getByRole("region", { name: /Kết quả kiểm tra|Check results/ });
  return within(results)
    .getAllByRole("region")
    .map((unit) => [
      within(unit).getByRole("heading", { level: 3 }).textContent,
      unit.querySelector("h3 + *")?.textContent,
      ...within(unit)
        .getAllByRole("heading", { level: 4 })
        .map((section) => [
          section.textContent,
          ...within(section.nextElementSibling as HTMLElement)
            .getAllByRole("listitem")
            .map((row) => {
              const clickable = within(row).queryByRole("button") !== null;
              const severity = within(row).getByRole("img").getAttribute("aria-label");
              // The row's two lines: the code (its short name, the code itself in the tooltip) and the message.
              const [code, message] = [...row.querySelectorAll("span span")].filter(
                (s) => s.parentElement?.parentElement?.closest("span") === null,
              );
              const tooltip = code?.querySelector("[title]")?.getAttribute("title");
              const shown = `${code?.textContent}${tooltip ? ` (tooltip ${tooltip})` : ""}`;
              return `${clickable ? "▸" : " "} ${severity} | ${shown} | ${message?.textContent}`;
            }),
        ]),
    ]);
}

const XUAN_HOA_SECTIONS = {
  V: "V. Người đứng đầu, đạo đức công vụ, kiểm tra, khen thưởng, kỷ luật",
  VI: "VI. Phối hợp MTTQ, đối thoại, dân chủ ở cơ sở, tiếp công dân, khiếu nại tố cáo",
};

test("checking this sheet asks for the active sheet with marks, and shows the findings by unit and section", async () => {
  const actions = fakeActions({ check: [CHECKED] });
  const user = renderTab(actions);
  expect(screen.getByRole("switch", { name: "Đánh dấu ô có lỗi trên trang" })).toHaveProperty(
    "checked",
    true,
  );
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  expect(await screen.findByText("3 lỗi, 3 cảnh báo trên 3 trang. Đã đánh dấu 5 ô.")).toBeTruthy();
  expect(actions.checkSheets.mock.calls).toEqual([[{ scope: "activeSheet", mark: true }]]);
  expect(outline()).toEqual([
    [
      "Xã Xuân Hòa (XA-XUAN-HOA), năm 2024",
      "Trang XA-XUAN-HOA 2024 · 2 lỗi, 2 cảnh báo",
      [
        "Toàn trang (1 cảnh báo)",
        "  Cảnh báo | Sai năm báo cáo (tooltip WRONG_YEAR) | Trang là báo cáo năm 2024, không phải năm 2025 đang tổng hợp.",
      ],
      [
        `${XUAN_HOA_SECTIONS.V} (1 cảnh báo)`,
        "▸ Cảnh báo | R21 · E59 | Mục V có số liệu (5.1: 3; 5.2: 4; 5.3: 1) nhưng chưa ghi minh chứng.",
      ],
      [
        `${XUAN_HOA_SECTIONS.VI} (2 lỗi)`,
        `▸ Lỗi | R17 · D86 | ${R17.message.vi}`,
        `▸ Lỗi | R16 · D82 | ${R16.message.vi}`,
      ],
    ],
    [
      "Phòng Y tế (CQ-Y-TE), năm 2024",
      "Trang CQ-Y-TE 2024 · 1 lỗi, 1 cảnh báo",
      [
        "Thông tin chung (1 cảnh báo)",
        `▸ Cảnh báo | Số ghi dạng chữ · D19 (tooltip NUMBER_AS_TEXT) | ${NUMBER_AS_TEXT.message.vi}`,
      ],
      ["I. Quán triệt, thể chế hóa (1 lỗi)", `▸ Lỗi | R01 · D21 | ${R01.message.vi}`],
    ],
  ]);
});

test("the real checker's findings on a real template land under the catalogue's sections", async () => {
  const sheet = filledTemplate(
    "XA-XUAN-HOA",
    2024,
    { ...CLEAN_COMMUNE, "1.2": 13, "2.2": { value: "3.650" }, "6.18": 45, "6.19": 12, "6.20": 15, "6.21": 7 },
    { ...CLEAN_EVIDENCE, "5": null },
  );
  const { findings } = checkWorkbook(sheet.snapshot, catalogue, registry, { expectedYear: 2025 });
  const checked = {
    sheet: sheet.layout.plan.name,
    unitCode: "XA-XUAN-HOA",
    unitName: "Xã Xuân Hòa",
    year: 2024,
  };
  const user = renderTab(
    fakeActions({ check: [{ status: "checked", sheets: [checked], findings, marked: 4 }] }),
  );
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  await screen.findByRole("region", { name: "Kết quả kiểm tra" });
  const [unit] = outline() as [unknown[]];
  expect(unit.slice(0, 2)).toEqual([
    "Xã Xuân Hòa (XA-XUAN-HOA), năm 2024",
    "Trang XA-XUAN-HOA 2024 · 3 lỗi, 2 cảnh báo",
  ]);
  expect(
    unit
      .slice(2)
      .map((section) => (section as string[]).map((line) => line.split(" | ").slice(0, 2).join(" | "))),
  ).toEqual([
    ["Toàn trang (1 lỗi)", "  Lỗi | Sai năm báo cáo (tooltip WRONG_YEAR)"],
    ["I. Quán triệt, thể chế hóa (1 lỗi)", "▸ Lỗi | R01 · D25"],
    [
      "II. Tuyên truyền, giáo dục (1 cảnh báo)",
      "▸ Cảnh báo | Số ghi dạng chữ · D30 (tooltip NUMBER_AS_TEXT)",
    ],
    [`${XUAN_HOA_SECTIONS.V} (1 cảnh báo)`, "▸ Cảnh báo | R21 · E59"],
    [`${XUAN_HOA_SECTIONS.VI} (1 lỗi)`, "▸ Lỗi | R17 · D86"],
  ]);
});

test("checking every template sheet without marks", async () => {
  const actions = fakeActions({ check: [CHECKED] });
  const user = renderTab(actions);
  await user.click(screen.getByRole("switch", { name: "Đánh dấu ô có lỗi trên trang" }));
  await user.click(screen.getByRole("button", { name: "Kiểm tra mọi trang mẫu biểu" }));
  await screen.findByRole("region", { name: "Kết quả kiểm tra" });
  expect(actions.checkSheets.mock.calls).toEqual([[{ scope: "allSheets", mark: false }]]);
});

test("clicking a finding, or Enter on it, selects its cell; a row without a cell is no button", async () => {
  const actions = fakeActions({ check: [CHECKED] });
  const user = renderTab(actions);
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  await user.click(await screen.findByRole("button", { name: /R17 · D86/ }));
  screen.getByRole("button", { name: /Số ghi dạng chữ · D19/ }).focus();
  await user.keyboard("{Enter}");
  expect(actions.selectCell.mock.calls).toEqual([
    ["XA-XUAN-HOA 2024", "D86"],
    ["CQ-Y-TE 2024", "D19"],
  ]);
  expect(screen.getByText(WRONG_YEAR.message.vi).closest("button")).toBeNull();
});

test("a cell that cannot be selected says so and the results stay", async () => {
  const actions = fakeActions({
    check: [CHECKED],
    select: () => Promise.reject(new Error("ItemNotFound: The sheet was deleted.")),
  });
  const user = renderTab(actions);
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  await user.click(await screen.findByRole("button", { name: /R17 · D86/ }));
  expect(await screen.findByText("Không chọn được ô D86 trên trang XA-XUAN-HOA 2024.")).toBeTruthy();
  expect(screen.getByText("ItemNotFound: The sheet was deleted.")).toBeTruthy();
  expect(screen.getByRole("button", { name: /R17 · D86/ })).toBeTruthy();
});

test("a clean result says there is no error", async () => {
  const user = renderTab(
    fakeActions({ check: [{ status: "checked", sheets: [XUAN_HOA, Y_TE], findings: [], marked: 0 }] }),
  );
  await user.click(screen.getByRole("button", { name: "Kiểm tra mọi trang mẫu biểu" }));
  const results = await screen.findByRole("region", { name: "Kết quả kiểm tra" });
  expect(within(results).getByText("Không có lỗi nào")).toBeTruthy();
  expect(within(results).getByText("Đã kiểm tra 2 trang.")).toBeTruthy();
  expect(within(results).queryAllByRole("button")).toEqual([]);
});

test("warnings only: no error, and the warnings listed", async () => {
  const user = renderTab(
    fakeActions({ check: [{ status: "checked", sheets: [XUAN_HOA], findings: [R21], marked: 0 }] }),
  );
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  expect(await screen.findByText("0 lỗi, 1 cảnh báo trên 1 trang.")).toBeTruthy();
  expect(screen.queryByText("Không có lỗi nào")).toBeNull();
  expect(screen.getByRole("button", { name: /R21 · E59/ })).toBeTruthy();
});

test("buttons are locked and a spinner shows while checking", async () => {
  let finish: (outcome: CheckOutcome) => void = () => {};
  const user = renderTab(fakeActions({ check: () => new Promise((resolve) => (finish = resolve)) }));
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  expect(screen.getByText("Đang kiểm tra…")).toBeTruthy();
  const locked = ["Kiểm tra trang này", "Kiểm tra mọi trang mẫu biểu", "Xóa đánh dấu", "Chuẩn bị gửi"];
  for (const name of locked) expect(screen.getByRole("button", { name })).toHaveProperty("disabled", true);
  expect(screen.getByRole("switch")).toHaveProperty("disabled", true);
  finish({ status: "checked", sheets: [XUAN_HOA], findings: [], marked: 0 });
  expect(await screen.findByText("Không có lỗi nào")).toBeTruthy();
  for (const name of locked) expect(screen.getByRole("button", { name })).toHaveProperty("disabled", false);
  expect(screen.queryByText("Đang kiểm tra…")).toBeNull();
});

test.each([
  [
    "noTemplate",
    {
      status: "noTemplate",
      message: { vi: "Trang này không phải mẫu biểu DVCQ.", en: "This sheet is not a DVCQ template." },
    },
    "Trang này không phải mẫu biểu DVCQ.",
  ],
  [
    "failed",
    { status: "failed", message: { vi: "Sổ tính đang được bảo vệ.", en: "The workbook is protected." } },
    "Sổ tính đang được bảo vệ.",
  ],
] as const)("a %s outcome shows its message and no result", async (_, outcome, shown) => {
  const user = renderTab(fakeActions({ check: [outcome] }));
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  expect(await screen.findByText(shown)).toBeTruthy();
  expect(screen.queryByRole("region", { name: "Kết quả kiểm tra" })).toBeNull();
});

test("a rejected check shows the error, and the pane keeps working", async () => {
  const actions = fakeActions({
    check: [CHECKED],
  });
  actions.checkSheets.mockRejectedValueOnce(
    new Error("RichApi.Error: The request payload size has exceeded the limit."),
  );
  const user = renderTab(actions);
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  expect(await screen.findByText("Không kiểm tra được.")).toBeTruthy();
  expect(screen.getByText("RichApi.Error: The request payload size has exceeded the limit.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  expect(await screen.findByText("3 lỗi, 3 cảnh báo trên 3 trang. Đã đánh dấu 5 ô.")).toBeTruthy();
  expect(screen.queryByText("Không kiểm tra được.")).toBeNull();
});

test("'Xóa đánh dấu' clears the marks and says what happened, keeping the results", async () => {
  const actions = fakeActions({
    check: [CHECKED],
    clear: [
      { status: "done", message: { vi: "Đã xóa đánh dấu ở 5 ô.", en: "Cleared the marks of 5 cells." } },
      { status: "failed", message: { vi: "Không còn đánh dấu nào để xóa.", en: "No marks to clear." } },
    ],
  });
  const user = renderTab(actions);
  await user.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
  await screen.findByRole("region", { name: "Kết quả kiểm tra" });
  await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
  expect(await screen.findByText("Đã xóa đánh dấu ở 5 ô.")).toBeTruthy();
  expect(screen.getByRole("region", { name: "Kết quả kiểm tra" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
  expect(await screen.findByText("Không còn đánh dấu nào để xóa.")).toBeTruthy();
  expect(actions.clearMarks).toHaveBeenCalledTimes(2);
  expect(actions.checkSheets).toHaveBeenCalledTimes(1);
});

test("a rejected 'Xóa đánh dấu' shows the error", async () => {
  const user = renderTab(fakeActions({ clear: () => Promise.reject(new Error("GeneralException")) }));
  await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
  expect(await screen.findByText("Không xóa được đánh dấu.")).toBeTruthy();
  expect(screen.getByText("GeneralException")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toHaveProperty("disabled", false);
});

describe("Chuẩn bị gửi", () => {
  const NEEDS_DATE: PrepareOutcome = { status: "needsDate", sheet: "XA-XUAN-HOA 2024", today: "25/11/2026" };
  const READY: PrepareOutcome = {
    status: "ready",
    fileName: "DVCQ_2024_XA-XUAN-HOA.xlsx",
    delivery: "newWorkbook",
    findings: [],
  };

  async function openDateDialog(actions: ReturnType<typeof fakeActions>) {
    const user = renderTab(actions);
    await user.click(screen.getByRole("button", { name: "Chuẩn bị gửi" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("Ngày gửi báo cáo, trang XA-XUAN-HOA 2024")).toBeTruthy();
    expect(
      within(dialog).getByText("Ô 7.1 Ngày gửi báo cáo đang trống. Điền ngày hôm nay (25/11/2026)?"),
    ).toBeTruthy();
    return { user, dialog };
  }

  test("a blank 7.1 asks first; 'Điền ngày hôm nay' prepares with today's date", async () => {
    const actions = fakeActions({ prepare: [NEEDS_DATE, READY] });
    const { user, dialog } = await openDateDialog(actions);
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Điền ngày hôm nay" }));
    await user.click(within(dialog).getByRole("button", { name: "Điền ngày hôm nay" }));
    expect(
      await screen.findByText(
        "Đã mở sổ mới DVCQ_2024_XA-XUAN-HOA.xlsx: hãy lưu với tên này và đính kèm email",
      ),
    ).toBeTruthy();
    expect(actions.prepareToSend.mock.calls).toEqual([[{ sendDate: "ask" }], [{ sendDate: "fillToday" }]]);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  });

  test("'Để trống' prepares leaving 7.1 blank", async () => {
    const actions = fakeActions({ prepare: [NEEDS_DATE, { ...READY, delivery: "download" }] });
    const { user, dialog } = await openDateDialog(actions);
    await user.click(within(dialog).getByRole("button", { name: "Để trống" }));
    expect(
      await screen.findByText("Đã tải xuống DVCQ_2024_XA-XUAN-HOA.xlsx: đính kèm tệp này vào email"),
    ).toBeTruthy();
    expect(actions.prepareToSend.mock.calls).toEqual([[{ sendDate: "ask" }], [{ sendDate: "leaveBlank" }]]);
  });

  test("'Hủy' closes the dialog and changes nothing", async () => {
    const actions = fakeActions({ prepare: [NEEDS_DATE] });
    const { user, dialog } = await openDateDialog(actions);
    await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(actions.prepareToSend).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/DVCQ_2024_XA-XUAN-HOA\.xlsx/)).toBeNull();
    expect(await screen.findByRole("button", { name: "Chuẩn bị gửi" })).toHaveProperty("disabled", false);
  });

  test("a filled 7.1 prepares at once; the errors still in the report are listed and clickable", async () => {
    const actions = fakeActions({ prepare: [{ ...READY, findings: [R17, R21, R16] }] });
    const user = renderTab(actions);
    await user.click(screen.getByRole("button", { name: "Chuẩn bị gửi" }));
    expect(
      await screen.findByText(
        "Đã mở sổ mới DVCQ_2024_XA-XUAN-HOA.xlsx: hãy lưu với tên này và đính kèm email",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Báo cáo vẫn còn 2 lỗi")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    const unit = screen.getByRole("region", { name: "XA-XUAN-HOA" });
    expect(within(unit).getByText("Trang XA-XUAN-HOA 2024 · 2 lỗi")).toBeTruthy();
    expect(within(unit).getAllByRole("button")).toEqual([
      within(unit).getByRole("button", { name: `Lỗi R17 · D86 ${R17.message.vi}` }),
      within(unit).getByRole("button", { name: `Lỗi R16 · D82 ${R16.message.vi}` }),
    ]);
    await user.click(within(unit).getByRole("button", { name: /R16 · D82/ }));
    expect(actions.selectCell.mock.calls).toEqual([["XA-XUAN-HOA 2024", "D82"]]);
  });

  test("ready with warnings only: no warning about errors, no list", async () => {
    const user = renderTab(fakeActions({ prepare: [{ ...READY, findings: [R21] }] }));
    await user.click(screen.getByRole("button", { name: "Chuẩn bị gửi" }));
    await screen.findByText(/Đã mở sổ mới/);
    expect(screen.queryByText(/Báo cáo vẫn còn/)).toBeNull();
    expect(screen.queryByRole("region")).toBeNull();
  });

  test.each([
    [
      "noTemplate",
      { status: "noTemplate", message: { vi: "Trang đang mở không phải mẫu biểu DVCQ.", en: "x" } },
      "Trang đang mở không phải mẫu biểu DVCQ.",
    ],
    [
      "failed",
      { status: "failed", message: { vi: "Excel không tạo được sổ mới.", en: "x" } },
      "Excel không tạo được sổ mới.",
    ],
  ] as const)("a %s outcome shows its message", async (_, outcome, shown) => {
    const user = renderTab(fakeActions({ prepare: [outcome] }));
    await user.click(screen.getByRole("button", { name: "Chuẩn bị gửi" }));
    expect(await screen.findByText(shown)).toBeTruthy();
    expect(screen.queryByText(/Đã mở sổ mới|Đã tải xuống/)).toBeNull();
  });

  test("a rejected prepare shows the error, and the button works again", async () => {
    const actions = fakeActions({ prepare: [READY] });
    actions.prepareToSend.mockRejectedValueOnce(new Error("createWorkbook is not supported"));
    const user = renderTab(actions);
    await user.click(screen.getByRole("button", { name: "Chuẩn bị gửi" }));
    expect(await screen.findByText("Không chuẩn bị được sổ tính để gửi.")).toBeTruthy();
    expect(screen.getByText("createWorkbook is not supported")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Chuẩn bị gửi" }));
    expect(await screen.findByText(/Đã mở sổ mới/)).toBeTruthy();
  });
});

test("English UI", async () => {
  const actions = fakeActions({
    check: [CHECKED],
    prepare: [{ status: "needsDate", sheet: "S", today: "25/11/2026" }],
  });
  const user = renderTab(actions, "en");
  expect(screen.getByRole("switch", { name: "Mark the cells with problems on the sheet" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Clear marks" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Check every template sheet" }));
  expect(await screen.findByText("3 errors, 3 warnings on 3 sheets. Marked 5 cells.")).toBeTruthy();
  expect(outline()[1]).toEqual([
    "Phòng Y tế (CQ-Y-TE), year 2024",
    "Sheet CQ-Y-TE 2024 · 1 error, 1 warning",
    [
      "General information (1 warning)",
      "▸ Warning | Number as text · D19 (tooltip NUMBER_AS_TEXT) | 0.6 total staff: typed as text “25”, read as 25.",
    ],
    ["I. Dissemination and institutionalisation (1 error)", `▸ Error | R01 · D21 | ${R01.message.en}`],
  ]);
  await user.click(screen.getByRole("button", { name: "Prepare to send" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(
    within(dialog).getByText(
      "Cell 7.1 Date the report was sent is blank. Fill in today's date (25/11/2026)?",
    ),
  ).toBeTruthy();
  expect(
    within(dialog)
      .getAllByRole("button")
      .map((b) => b.textContent),
  ).toEqual(["Fill in today's date", "Leave blank", "Cancel"]);
});
