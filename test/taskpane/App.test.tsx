/** @jest-environment jsdom */
import "./setup";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { mountPane } from "../../src/taskpane/mount";
import { fakeActions } from "./fakeActions";
import { renderInFluent } from "./render";

// The import panel has its own tests.
jest.mock("../../src/taskpane/components/ImportPanel", () => ({ ImportPanel: () => <p>import panel</p> }));

const TODAY = new Date(2024, 10, 20);

const tabsNamed = (...names: string[]) => names.map((name) => screen.getByRole("tab", { name }));

test("a header, three tabs, and the template tab open first", async () => {
  renderInFluent(<App actions={fakeActions()} lang="vi" today={TODAY} />);
  expect(screen.getByRole("heading", { level: 1, name: "DVCQ" })).toBeTruthy();
  expect(screen.getByText("Mẫu biểu, kiểm tra và tổng hợp báo cáo năm theo Chỉ thị 03/CT-UBND")).toBeTruthy();
  expect(screen.getAllByRole("tab")).toEqual(tabsNamed("Mẫu biểu", "Kiểm tra", "Tổng hợp"));
  expect(screen.getByRole("tabpanel", { name: "Mẫu biểu" })).toBeTruthy();
  expect(await screen.findByRole("button", { name: "Đặt mẫu biểu" })).toBeTruthy();
});

test("the Tổng hợp tab offers the import and the roll-up of the year", async () => {
  const user = userEvent.setup();
  renderInFluent(<App actions={fakeActions()} lang="vi" today={TODAY} />);
  await screen.findByText(/30 đơn vị/);
  await user.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  const panel = screen.getByRole("tabpanel", { name: "Tổng hợp" });
  // The tab's code loads when it is first shown.
  expect(await within(panel).findByRole("button", { name: "Tổng hợp báo cáo năm 2024" })).toBeTruthy();
  expect(within(panel).getByText("import panel")).toBeTruthy();
});

test("the Kiểm tra tab checks, and its results are still there after visiting another tab", async () => {
  const actions = fakeActions({
    check: [
      {
        status: "checked",
        sheets: [{ sheet: "XA-XUAN-HOA_2024", unitCode: "XA-XUAN-HOA", unitName: "Xã Xuân Hòa", year: 2024 }],
        findings: [],
        marked: 0,
      },
    ],
  });
  const user = userEvent.setup();
  renderInFluent(<App actions={actions} lang="vi" today={TODAY} />);
  await screen.findByText(/30 đơn vị/);
  await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  const panel = screen.getByRole("tabpanel", { name: "Kiểm tra" });
  await user.click(await within(panel).findByRole("button", { name: "Kiểm tra trang này" }));
  expect(await within(panel).findByText("Không có lỗi nào")).toBeTruthy();
  await user.click(screen.getByRole("tab", { name: "Mẫu biểu" }));
  expect(screen.getAllByRole("tabpanel")).toEqual([screen.getByRole("tabpanel", { name: "Mẫu biểu" })]);
  await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  expect(
    within(screen.getByRole("tabpanel", { name: "Kiểm tra" })).getByText("Không có lỗi nào"),
  ).toBeTruthy();
  expect(actions.checkSheets).toHaveBeenCalledTimes(1);
  expect(actions.loadRegistry).toHaveBeenCalledTimes(1);
});

test("English tabs and header", async () => {
  renderInFluent(<App actions={fakeActions()} lang="en" today={TODAY} />);
  expect(screen.getAllByRole("tab")).toEqual(tabsNamed("Templates", "Checks", "Roll-up"));
  expect(
    screen.getByText("Templates, checks and roll-up of the yearly Directive 03/CT-UBND report"),
  ).toBeTruthy();
  expect(await screen.findByText(/30 units/)).toBeTruthy();
});

test("without Excel the pane offers the standalone page, and commands that work for the default year", () => {
  // The built-in registry ends on 30/06/2025: for 2026 the commands go through a unit list of one's own.
  renderInFluent(<App actions={null} lang="vi" today={new Date(2026, 11, 1)} />);
  expect(screen.getByText("DVCQ cần chạy trong Excel")).toBeTruthy();
  expect(screen.getByText(/Hãy mở DVCQ từ Excel/)).toBeTruthy();
  expect(screen.getByRole("link", { name: "Mở trang DVCQ không cần Excel" }).getAttribute("href")).toBe(
    "app.html",
  );
  expect(document.querySelector("pre")?.textContent).toBe(
    "npx dvcq registry --example --out don-vi.csv\nnpx dvcq template --year 2026 --all --units don-vi.csv --out mau-bieu",
  );
  expect(screen.queryAllByRole("tab")).toEqual([]);
  expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["English"]);
});

test("without Excel, in a year the built-in list covers, the commands use it", () => {
  renderInFluent(<App actions={null} lang="vi" today={new Date(2025, 2, 1)} />);
  expect(document.querySelector("pre")?.textContent).toBe(
    "npx dvcq template --year 2025 --unit XA-XUAN-HOA --out XA-XUAN-HOA_2025.xlsx\nnpx dvcq template --year 2025 --all --out mau-bieu",
  );
});

test("the language switch turns the pane into English and back", async () => {
  const user = userEvent.setup();
  renderInFluent(<App actions={null} lang="vi" today={TODAY} />);
  await user.click(screen.getByRole("button", { name: "Switch to English" }));
  expect(screen.getByText("DVCQ needs Excel")).toBeTruthy();
  expect(screen.getByRole("link", { name: "Open DVCQ without Excel" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Chuyển sang tiếng Việt" }));
  expect(screen.getByText("DVCQ cần chạy trong Excel")).toBeTruthy();
});

describe("mountPane", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  function container(): HTMLElement {
    const div = document.createElement("div");
    document.body.appendChild(div);
    return div;
  }

  test("outside Excel it never creates the Excel actions and speaks the UI language", () => {
    const create = jest.fn(() => fakeActions());
    act(() => {
      mountPane(container(), { inExcel: false, displayLanguage: "en-US" }, create);
    });
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByText("DVCQ needs Excel")).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  test("in Excel it renders the template tab over the created actions, in Vietnamese for vi-VN", async () => {
    const actions = fakeActions();
    act(() => {
      mountPane(container(), { inExcel: true, displayLanguage: "vi-VN" }, () => actions);
    });
    expect(await screen.findByRole("button", { name: "Đặt mẫu biểu" })).toBeTruthy();
    expect(actions.loadRegistry).toHaveBeenCalled();
    expect(document.documentElement.lang).toBe("vi");
  });
});
