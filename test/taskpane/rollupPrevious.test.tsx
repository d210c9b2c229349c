/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextEncoder } from "node:util";
import type { Lang } from "../../src/domain/i18n/lang";
import type { RollupOutcome } from "../../src/app/paneHost";
import { RollupTab } from "../../src/taskpane/components/RollupTab";
import { fakeActions } from "./fakeActions";
import { renderInFluent } from "./render";

jest.mock("../../src/taskpane/components/ImportPanel", () => ({ ImportPanel: () => null }));

const TODAY = new Date(2024, 10, 20);
const DONE: RollupOutcome = {
  status: "done",
  year: 2024,
  sheets: ["Báo cáo tổng hợp", "So với cùng kỳ", "Dữ liệu"],
  expected: 30,
  received: 28,
  onTime: 26,
  missing: [],
  late: [],
  findings: { error: 0, warning: 1 },
  findingsSheet: "Kết quả kiểm tra",
  pivot: "pivotTable",
  previous: { year: 2023, compared: 27, counted: 28 },
};
const CSV = "Năm,Mã đơn vị,Tên đơn vị,Mã chỉ tiêu,Giá trị,Kiểu\r\n2023,XA-LANG-MINH,Xã Lang Minh,1.1,12,N";

function renderTab(actions: ReturnType<typeof fakeActions>, lang: Lang = "vi") {
  renderInFluent(<RollupTab actions={actions} today={TODAY} />, lang);
  // A clerk can pick any file ("All files" in the dialog), whatever the input accepts.
  return userEvent.setup({ applyAccept: false });
}

test("last year's file picked goes with the roll-up, byte for byte, and the result says how far it reached", async () => {
  const { previous: _, ...withoutPrevious } = DONE as Extract<RollupOutcome, { status: "done" }>;
  const actions = fakeActions({ rollUp: [DONE, withoutPrevious] });
  const user = renderTab(actions);
  expect(
    screen.getByText(/Báo cáo tổng hợp năm 2023 \(\.xlsx\) hoặc tệp CSV số liệu do DVCQ lập/),
  ).toBeTruthy();
  await user.upload(
    screen.getByLabelText("Chọn tệp năm trước…", { selector: "input" }),
    new File([CSV], "DVCQ_2023_DuLieu.csv", { type: "text/csv" }),
  );
  expect(await screen.findByText("Tệp năm trước: DVCQ_2023_DuLieu.csv")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2024" }));
  const [request] = actions.rollUp.mock.calls[0] ?? [];
  expect(request?.year).toBe(2024);
  expect(request?.previous?.name).toBe("DVCQ_2023_DuLieu.csv");
  expect(Array.from(request?.previous?.bytes ?? [])).toEqual(Array.from(new TextEncoder().encode(CSV)));
  expect(
    await screen.findByText(
      "So sánh với cùng kỳ năm 2023: số liệu của 28 đơn vị năm 2023 tính cho 27/30 đơn vị năm 2024; trang “So với cùng kỳ”.",
    ),
  ).toBeTruthy();

  // Removed: the next roll-up goes without it and says nothing of last year.
  await user.click(screen.getByRole("button", { name: "Bỏ tệp năm trước" }));
  expect(screen.queryByText("Tệp năm trước: DVCQ_2023_DuLieu.csv")).toBeNull();
  await user.click(screen.getByRole("button", { name: "Tổng hợp báo cáo năm 2024" }));
  expect(actions.rollUp).toHaveBeenLastCalledWith({ year: 2024 });
  expect(await screen.findByText(/^Đã nhận 28\/30 đơn vị/)).toBeTruthy();
  expect(screen.queryByText(/So sánh với cùng kỳ/)).toBeNull();
});

test("a refused file is the host's sentence; what was picked stays for the clerk to replace", async () => {
  const refusal = {
    vi: "Tệp số liệu năm trước ghichu.txt không dùng được: không phải báo cáo tổng hợp (.xlsx) hay tệp CSV số liệu (rollup --facts) do DVCQ lập. Chưa tổng hợp gì.",
    en: "Last year's figures ghichu.txt cannot be used: not a district report (.xlsx) or facts CSV (rollup --facts) written by DVCQ. Nothing was rolled up.",
  };
  const actions = fakeActions({ rollUp: [{ status: "failed", message: refusal }] });
  const user = renderTab(actions, "en");
  expect(screen.getByText(/The district report of 2023 \(\.xlsx\) or the facts CSV DVCQ wrote/)).toBeTruthy();
  await user.upload(
    screen.getByLabelText("Choose last year's file…", { selector: "input" }),
    new File(["1.1 = 40"], "ghichu.txt"),
  );
  await user.click(await screen.findByRole("button", { name: "Roll up the 2024 reports" }));
  const region = screen.getByRole("region", { name: "Roll-up" });
  expect(await within(region).findByText(refusal.en)).toBeTruthy();
  expect(within(region).getByText("Last year's file: ghichu.txt")).toBeTruthy();
});
