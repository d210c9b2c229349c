/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/domain/i18n/lang";
import type { RollupOutcome } from "../../src/app/paneHost";
import { RollupTab } from "../../src/taskpane/components/RollupTab";
import { fakeActions } from "./fakeActions";
import { renderInFluent } from "./render";

// The import has its own tests; here it only has to be there, wired to the import action.
// The panel stands in with the language it gets from the pane's context.
jest.mock("../../src/taskpane/components/ImportPanel", () => {
  const { useLang } = jest.requireActual<typeof import("../../src/taskpane/language")>(
    "../../src/taskpane/language",
  );
  return {
    ImportPanel: function ImportPanel({ importWorkbooks }: { importWorkbooks: () => unknown }) {
      return (
        <button type="button" onClick={() => void importWorkbooks()}>
          {`import panel (${useLang()})`}
        </button>
      );
    },
  };
});

const TODAY = new Date(2024, 10, 20);

const DONE: RollupOutcome = {
  status: "done",
  year: 2024,
  sheets: ["Báo cáo tổng hợp", "Chi tiết đơn vị", "Pivot", "Dữ liệu"],
  expected: 30,
  received: 28,
  onTime: 26,
  missing: ["Xã Xuân Hiệp", "Phòng Giáo dục và Đào tạo"],
  late: ["Xã Lang Minh", "Phòng Nội vụ"],
  findings: { error: 5, warning: 7 },
  findingsSheet: "Kết quả kiểm tra",
  pivot: "pivotTable",
};

function renderTab(actions: ReturnType<typeof fakeActions>, lang: Lang = "vi") {
  renderInFluent(<RollupTab actions={actions} today={TODAY} />, lang);
  return userEvent.setup();
}

const rollupSection = () => screen.getByRole("region", { name: /Tổng hợp báo cáo|Roll-up/ });

test("rolls up the year shown and tells who is missing, who was late and what was written", async () => {
  const actions = fakeActions({ rollUp: [DONE] });
  const user = renderTab(actions);
  await user.click(screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2024" }));

  expect(actions.rollUp).toHaveBeenCalledWith({ year: 2024 });
  const section = rollupSection();
  expect(
    await within(section).findByText(
      "Đã nhận 28/30 đơn vị, 26 đúng hạn; chưa gửi: Xã Xuân Hiệp, Phòng Giáo dục và Đào tạo; trễ hạn: Xã Lang Minh, Phòng Nội vụ; 5 lỗi, 7 cảnh báo",
    ),
  ).toBeTruthy();
  expect(
    within(section).getByText("Đã ghi các trang: Báo cáo tổng hợp, Chi tiết đơn vị, Pivot, Dữ liệu."),
  ).toBeTruthy();
  expect(
    within(section).getByText("Trang Pivot có PivotTable trên các chỉ tiêu đếm và biểu đồ."),
  ).toBeTruthy();
  expect(
    within(section).getByText(
      "Từng lỗi, cảnh báo theo đơn vị, tệp và ô: trang “Kết quả kiểm tra” (lọc theo đơn vị hoặc mã lỗi).",
    ),
  ).toBeTruthy();
});

test("points to the findings sheet only when there is a finding, in English too", async () => {
  const clean = { ...DONE, findings: { error: 0, warning: 0 } };
  const user = renderTab(
    fakeActions({ rollUp: [clean, { ...DONE, findings: { error: 0, warning: 1 } }] }),
    "en",
  );
  const button = screen.getByRole("button", { name: "Roll up the 2024 reports" });
  await user.click(button);
  expect(await screen.findByText(/^Received 28\/30 units/)).toBeTruthy();
  expect(screen.queryByText(/Each error and warning/)).toBeNull();
  await user.click(button);
  expect(
    await screen.findByText(
      "Each error and warning by unit, file and cell: the “Kết quả kiểm tra” sheet (filter by unit or code).",
    ),
  ).toBeTruthy();
});

test("a typed year is the year rolled up; an invalid one disables the button", async () => {
  const actions = fakeActions({ rollUp: [{ ...DONE, year: 2023 }] });
  const user = renderTab(actions);
  const year = screen.getByRole("textbox", { name: /Năm báo cáo/ });
  await user.clear(year);
  await user.type(year, "20x");
  expect(screen.getByText("Nhập năm gồm 4 chữ số, từ 2000 đến 2100.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Tổng hợp báo cáo" })).toHaveProperty("disabled", true);
  await user.clear(year);
  await user.type(year, "2023");
  await user.click(screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2023" }));
  expect(actions.rollUp).toHaveBeenCalledWith({ year: 2023 });
});

test("says where the computed table is when Excel made no PivotTable", async () => {
  const user = renderTab(
    fakeActions({ rollUp: [{ ...DONE, pivot: "summaryTable", missing: [], late: [] }] }),
  );
  await user.click(screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2024" }));
  expect(await screen.findByText(/chưa gửi: không có; trễ hạn: không có/)).toBeTruthy();
  expect(
    screen.getByText("Excel này chưa tạo được PivotTable: xem bảng tính sẵn ở trang “Tổng hợp theo mục”."),
  ).toBeTruthy();
});

test("no template and Excel's failure are shown as messages, a rejected call too, and the button comes back", async () => {
  const actions = fakeActions({
    rollUp: [
      { status: "noTemplate", message: { vi: "Sổ tính không có trang mẫu biểu nào của năm 2024.", en: "-" } },
      { status: "failed", message: { vi: "Excel báo lỗi nên chưa tổng hợp xong.", en: "-" } },
    ],
  });
  const user = renderTab(actions);
  const button = screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2024" });
  await user.click(button);
  expect(await screen.findByText("Sổ tính không có trang mẫu biểu nào của năm 2024.")).toBeTruthy();
  await user.click(button);
  expect(await screen.findByText("Excel báo lỗi nên chưa tổng hợp xong.")).toBeTruthy();
  expect(screen.queryByText("Sổ tính không có trang mẫu biểu nào của năm 2024.")).toBeNull();

  actions.rollUp.mockImplementationOnce(() => Promise.reject(new Error("RichApi.Error: The request failed")));
  await user.click(button);
  expect(await screen.findByText("Chưa tổng hợp được")).toBeTruthy();
  expect(screen.getByText("RichApi.Error: The request failed")).toBeTruthy();
  await waitFor(() => expect(button).toHaveProperty("disabled", false));
});

test("the button is locked while the roll-up runs", async () => {
  let finish: (outcome: RollupOutcome) => void = () => undefined;
  const actions = fakeActions({ rollUp: () => new Promise<RollupOutcome>((resolve) => (finish = resolve)) });
  const user = renderTab(actions);
  const button = screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2024" });
  await user.click(button);
  expect(screen.getByText("Đang tổng hợp…")).toBeTruthy();
  expect(button).toHaveProperty("disabled", true);
  finish(DONE);
  await waitFor(() => expect(button).toHaveProperty("disabled", false));
  expect(actions.rollUp).toHaveBeenCalledTimes(1);
});

test("mounts the import panel with the import action and the pane's language", async () => {
  const actions = fakeActions({ importFiles: [{ status: "done", files: [], logSheet: "Nhật ký nhập" }] });
  const user = renderTab(actions, "en");
  await user.click(screen.getByRole("button", { name: "import panel (en)" }));
  expect(actions.importWorkbooks).toHaveBeenCalledTimes(1);
  expect(screen.getByRole("button", { name: "Roll up the 2024 reports" })).toBeTruthy();
});
