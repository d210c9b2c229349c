/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TemplateTab } from "../../src/taskpane/components/TemplateTab";
import type { Lang } from "../../src/domain/i18n/lang";
import type { Unit } from "../../src/domain/units/registry";
import type { RegistryLoad } from "../../src/app/paneHost";
import { builtinLoad, fakeActions } from "./fakeActions";
import { renderInFluent } from "./render";

const TODAY = new Date(2024, 10, 20);

function renderTab(actions: ReturnType<typeof fakeActions>, lang: Lang = "vi") {
  renderInFluent(<TemplateTab actions={actions} today={TODAY} />, lang);
  return userEvent.setup();
}

async function chooseUnit(user: ReturnType<typeof userEvent.setup>, typed: string, optionName: RegExp) {
  const box = await screen.findByRole("combobox", { name: /Đơn vị|Unit/ });
  await waitFor(() => expect(box).toHaveProperty("disabled", false));
  await user.click(box);
  await user.type(box, typed);
  await user.click(screen.getByRole("option", { name: optionName }));
}

test("lists the registry's units in two groups, with the list's source", async () => {
  const user = renderTab(fakeActions());
  expect(
    await screen.findByText("30 đơn vị, theo danh sách có sẵn. Để sửa danh sách, tạo trang DVCQ_DonVi."),
  ).toBeTruthy();
  await user.click(screen.getByRole("combobox", { name: /Đơn vị/ }));
  const communes = screen.getByRole("group", { name: "Xã, thị trấn" });
  const agencies = screen.getByRole("group", { name: "Cơ quan, đơn vị" });
  expect(within(communes).getAllByRole("option")).toHaveLength(15);
  expect(within(agencies).getAllByRole("option")).toHaveLength(15);
  expect(within(communes).getByRole("option", { name: "Xã Xuân Hòa XA-XUAN-HOA" })).toBeTruthy();
  expect(within(agencies).getByRole("option", { name: "Phòng Nội vụ CQ-NOI-VU" })).toBeTruthy();
});

test('typing "xuan hoa" leaves only Xã Xuân Hòa', async () => {
  const user = renderTab(fakeActions());
  const box = await screen.findByRole("combobox", { name: /Đơn vị/ });
  await waitFor(() => expect(box).toHaveProperty("disabled", false));
  await user.type(box, "xuan hoa");
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Xã Xuân Hòa XA-XUAN-HOA"]);
});

test("nothing matching says so", async () => {
  const user = renderTab(fakeActions());
  const box = await screen.findByRole("combobox", { name: /Đơn vị/ });
  await waitFor(() => expect(box).toHaveProperty("disabled", false));
  await user.type(box, "quận 12");
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Không có đơn vị nào khớp."]);
});

test("placing asks first and reports the sheet and the number of indicators", async () => {
  const actions = fakeActions({
    place: [{ status: "placed", sheetName: "XA-XUAN-HOA_2024", indicatorCount: 87 }],
  });
  const user = renderTab(actions);
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  expect(screen.getByRole("combobox", { name: /Đơn vị/ })).toHaveProperty("value", "Xã Xuân Hòa");
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  expect(
    await screen.findByText("Đã đặt mẫu cho Xã Xuân Hòa, năm 2024 vào trang XA-XUAN-HOA_2024, 87 chỉ tiêu."),
  ).toBeTruthy();
  expect(actions.placeTemplate.mock.calls).toEqual([
    [{ year: 2024, unitCode: "XA-XUAN-HOA", ifExists: "ask" }],
  ]);
});

test("the button is locked and a spinner shows while placing", async () => {
  let finish: (v: { status: "placed"; sheetName: string; indicatorCount: number }) => void = () => {};
  const actions = fakeActions({ place: () => new Promise((resolve) => (finish = resolve)) });
  const user = renderTab(actions);
  await chooseUnit(user, "XA-LANG", /Xã Lang Minh/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  expect(screen.getByRole("button", { name: "Đặt mẫu biểu" })).toHaveProperty("disabled", true);
  expect(screen.getByText("Đang đặt mẫu biểu…")).toBeTruthy();
  finish({ status: "placed", sheetName: "XA-LANG-MINH_2024", indicatorCount: 87 });
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Đặt mẫu biểu" })).toHaveProperty("disabled", false),
  );
  expect(screen.queryByText("Đang đặt mẫu biểu…")).toBeNull();
});

test("an existing sheet opens a dialog; 'Đặt thành trang mới' places again beside it", async () => {
  const actions = fakeActions({
    place: [
      { status: "exists", sheetName: "XA-XUAN-HOA_2024", typedCells: 12 },
      { status: "placed", sheetName: "XA-XUAN-HOA_2024 (2)", indicatorCount: 87 },
    ],
  });
  const user = renderTab(actions);
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByText("Trang XA-XUAN-HOA_2024 đã có")).toBeTruthy();
  expect(
    within(dialog).getByText("Sổ tính đã có mẫu của Xã Xuân Hòa năm 2024, với 12 số liệu đã nhập."),
  ).toBeTruthy();
  expect(within(dialog).getByRole("button", { name: "Thay thế (xóa 12 số liệu đã nhập)" })).toBeTruthy();
  expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Đặt thành trang mới" }));
  await user.click(within(dialog).getByRole("button", { name: "Đặt thành trang mới" }));
  expect(
    await screen.findByText(
      "Đã đặt mẫu cho Xã Xuân Hòa, năm 2024 vào trang XA-XUAN-HOA_2024 (2), 87 chỉ tiêu.",
    ),
  ).toBeTruthy();
  expect(actions.placeTemplate.mock.calls.map(([r]) => r)).toEqual([
    { year: 2024, unitCode: "XA-XUAN-HOA", ifExists: "ask" },
    { year: 2024, unitCode: "XA-XUAN-HOA", ifExists: "newSheet" },
  ]);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
});

test("'Thay thế' places again with replace", async () => {
  const actions = fakeActions({
    place: [
      { status: "exists", sheetName: "CQ-Y-TE_2024", typedCells: 0 },
      { status: "placed", sheetName: "CQ-Y-TE_2024", indicatorCount: 87 },
    ],
  });
  const user = renderTab(actions);
  await chooseUnit(user, "y te", /Phòng Y tế/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(
    within(dialog).getByText("Sổ tính đã có mẫu của Phòng Y tế năm 2024, chưa nhập số liệu nào."),
  ).toBeTruthy();
  await user.click(within(dialog).getByRole("button", { name: "Thay thế" }));
  expect(await screen.findByText(/Đã đặt mẫu cho Phòng Y tế/)).toBeTruthy();
  expect(actions.placeTemplate.mock.calls[1]).toEqual([
    { year: 2024, unitCode: "CQ-Y-TE", ifExists: "replace" },
  ]);
});

test("'Hủy' closes the dialog and changes nothing", async () => {
  const actions = fakeActions({
    place: [{ status: "exists", sheetName: "XA-XUAN-HOA_2024", typedCells: 12 }],
  });
  const user = renderTab(actions);
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Hủy" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(actions.placeTemplate).toHaveBeenCalledTimes(1);
  expect(screen.queryByText(/Đã đặt mẫu/)).toBeNull();
  // Fluent's focus manager lifts the dialog's aria-hidden from the rest of the pane a moment after closing.
  expect(await screen.findByRole("button", { name: "Đặt mẫu biểu" })).toHaveProperty("disabled", false);
});

test("a failed outcome shows its message", async () => {
  const message = { vi: "Sổ tính đang được bảo vệ.", en: "The workbook is protected." };
  const user = renderTab(fakeActions({ place: [{ status: "failed", message }] }));
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  expect(await screen.findByText("Sổ tính đang được bảo vệ.")).toBeTruthy();
});

test("a rejected promise shows the error and the pane keeps working", async () => {
  const actions = fakeActions({
    place: () => Promise.reject(new Error("RichApi.Error: The request payload size has exceeded the limit.")),
  });
  const user = renderTab(actions);
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  expect(await screen.findByText("Không đặt được mẫu biểu.")).toBeTruthy();
  expect(screen.getByText("RichApi.Error: The request payload size has exceeded the limit.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Đặt mẫu biểu" })).toHaveProperty("disabled", false);
  expect(screen.getByRole("combobox", { name: /Đơn vị/ })).toHaveProperty("value", "Xã Xuân Hòa");
});

test("a year that is not 4 digits from 2000 to 2100 is refused at the field", async () => {
  const actions = fakeActions();
  const user = renderTab(actions);
  const year = screen.getByRole("textbox", { name: /Năm báo cáo/ });
  expect(year).toHaveProperty("value", "2024");
  expect(screen.queryByText("Nhập năm gồm 4 chữ số, từ 2000 đến 2100.")).toBeNull();
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  for (const bad of ["24", "1999", "2101", "20x4"]) {
    await user.clear(year);
    await user.type(year, bad);
    expect(screen.getByText("Nhập năm gồm 4 chữ số, từ 2000 đến 2100.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  }
  expect(actions.placeTemplate).not.toHaveBeenCalled();
});

test("placing without a unit asks for one", async () => {
  const actions = fakeActions();
  const user = renderTab(actions);
  await screen.findByText(/30 đơn vị/);
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  expect(screen.getByText("Chọn một đơn vị trong danh sách.")).toBeTruthy();
  expect(actions.placeTemplate).not.toHaveBeenCalled();
});

test("typing a unit's full code chooses it", async () => {
  const actions = fakeActions({
    place: [{ status: "placed", sheetName: "CQ-NOI-VU_2024", indicatorCount: 80 }],
  });
  const user = renderTab(actions);
  const box = await screen.findByRole("combobox", { name: /Đơn vị/ });
  await waitFor(() => expect(box).toHaveProperty("disabled", false));
  await user.type(box, "cq-noi-vu");
  await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
  expect(actions.placeTemplate).toHaveBeenCalledWith({ year: 2024, unitCode: "CQ-NOI-VU", ifExists: "ask" });
});

test("a province's unit list is grouped by its own kinds, in its order, under its labels", async () => {
  const unit = (code: string, name: string, kind: string): Unit => ({
    code,
    name,
    kind,
    parent: "UBND tỉnh A",
    validFrom: "2020-01-01",
    aliases: [],
  });
  const load: RegistryLoad = {
    units: [
      unit("SO-NOI-VU", "Sở Nội vụ", "S"),
      unit("P-MOT", "Phường Một", "P"),
      unit("XA-HAI", "Xã Hai", "P"),
      unit("BQL-KCN", "Ban Quản lý các khu công nghiệp", "B"),
    ],
    kinds: [
      { code: "P", label: "Xã, phường", heading: "Khối xã, phường" },
      { code: "S", label: "Sở, ban, ngành", heading: "Khối sở, ban, ngành" },
    ],
    source: "sheet",
    problems: [],
  };
  const user = renderTab(fakeActions({ registry: () => Promise.resolve(load) }));
  const box = await screen.findByRole("combobox", { name: /Đơn vị/ });
  await waitFor(() => expect(box).toHaveProperty("disabled", false));
  await user.click(box);
  const communes = screen.getByRole("group", { name: "Xã, phường" });
  const departments = screen.getByRole("group", { name: "Sở, ban, ngành" });
  // A kind the list does not declare comes last, under its code.
  const undeclared = screen.getByRole("group", { name: "B" });
  expect(screen.getAllByRole("group")).toEqual([communes, departments, undeclared]);
  expect(
    within(communes)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Phường Một P-MOT", "Xã Hai XA-HAI"]);
  expect(
    within(departments)
      .getAllByRole("option")
      .map((o) => o.textContent),
  ).toEqual(["Sở Nội vụ SO-NOI-VU"]);
});

test("a registry sheet is named as the source, with its problems, and no offer to create it", async () => {
  const load = {
    ...builtinLoad(),
    source: "sheet" as const,
    problems: [{ vi: "Dòng 7 của danh sách đơn vị bị bỏ qua.", en: "Line 7 of the unit list was skipped." }],
  };
  renderTab(fakeActions({ registry: () => Promise.resolve(load) }));
  expect(await screen.findByText("30 đơn vị, lấy từ trang DVCQ_DonVi của sổ tính này.")).toBeTruthy();
  expect(screen.getByText("Một số dòng bị bỏ qua")).toBeTruthy();
  expect(screen.getByText("Dòng 7 của danh sách đơn vị bị bỏ qua.")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Tạo trang danh sách đơn vị" })).toBeNull();
});

test("'Tạo trang danh sách đơn vị' creates the sheet and reads the list again", async () => {
  const actions = fakeActions();
  const user = renderTab(actions);
  await user.click(await screen.findByRole("button", { name: "Tạo trang danh sách đơn vị" }));
  expect(await screen.findByText("Đã tạo trang DVCQ_DonVi.")).toBeTruthy();
  expect(actions.createRegistrySheet).toHaveBeenCalledTimes(1);
  expect(actions.loadRegistry).toHaveBeenCalledTimes(2);
});

test("a registry that cannot be read says so and can be retried", async () => {
  const actions = fakeActions();
  actions.loadRegistry.mockRejectedValueOnce(new Error("GeneralException"));
  const user = renderTab(actions);
  expect(await screen.findByText("Không đọc được danh sách đơn vị.")).toBeTruthy();
  expect(screen.getByText(/GeneralException/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Thử lại" }));
  expect(await screen.findByText(/30 đơn vị/)).toBeTruthy();
});

test("English UI", async () => {
  const actions = fakeActions({
    place: [{ status: "placed", sheetName: "XA-XUAN-HOA_2024", indicatorCount: 87 }],
  });
  const user = renderTab(actions, "en");
  expect(
    await screen.findByText(
      "30 units, from the built-in list. To edit the list, create the DVCQ_DonVi sheet.",
    ),
  ).toBeTruthy();
  expect(screen.getByRole("textbox", { name: /Report year/ })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Place template" }));
  expect(screen.getByText("Choose a unit from the list.")).toBeTruthy();
  await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
  await user.click(screen.getByRole("button", { name: "Place template" }));
  expect(
    await screen.findByText(
      "Placed the template for Xã Xuân Hòa, year 2024, on sheet XA-XUAN-HOA_2024, 87 indicators.",
    ),
  ).toBeTruthy();
});

describe("units offered are those active in the chosen year's report period", () => {
  const NOW = new Date(2026, 10, 25);
  const NOTE_2026 =
    "Danh sách đơn vị không có đơn vị nào hoạt động trong kỳ báo cáo năm 2026 (01/10/2025 – 30/09/2026). Chọn năm khác hoặc cập nhật trang danh sách đơn vị DVCQ_DonVi.";
  const MERGED: Unit = {
    code: "XA-XUAN-LOC",
    name: "Xã Xuân Lộc",
    kind: "X",
    parent: "UBND tỉnh Đồng Nai",
    validFrom: "2025-07-01",
    aliases: [],
  };
  const sheetWithMerged = (): Promise<RegistryLoad> =>
    Promise.resolve({ ...builtinLoad(), units: [...builtinLoad().units, MERGED], source: "sheet" });

  function renderNow(actions: ReturnType<typeof fakeActions>, lang: Lang = "vi") {
    renderInFluent(<TemplateTab actions={actions} today={NOW} />, lang);
    return userEvent.setup();
  }

  async function offered(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
    const box = screen.getByRole("combobox", { name: /Đơn vị/ });
    await waitFor(() => expect(box).toHaveProperty("disabled", false));
    await user.click(box);
    const names = screen.getAllByRole("option").map((o) => o.textContent ?? "");
    await user.keyboard("{Escape}");
    return names;
  }

  test("in 2026 the built-in units (ended 30/06/2025) are none: a note says so and offers the list sheet", async () => {
    const actions = fakeActions();
    const user = renderNow(actions);
    expect(screen.getByRole("textbox", { name: /Năm báo cáo/ })).toHaveProperty("value", "2026");
    expect(await screen.findByText(NOTE_2026)).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Đơn vị/ })).toHaveProperty("disabled", true);
    const offer = "Tạo trang danh sách đơn vị năm 2026 (từ danh sách cuối cùng, ngày để trống để ghi)";
    expect(screen.getAllByRole("button", { name: /^Tạo trang danh sách đơn vị/ })).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: offer }));
    expect(await screen.findByText("Đã tạo trang DVCQ_DonVi.")).toBeTruthy();
    expect(actions.createRegistrySheet).toHaveBeenCalledTimes(1);
    expect(actions.createRegistrySheet).toHaveBeenCalledWith(2026);
  });

  test("choosing 2025 brings the units back and the note goes", async () => {
    const user = renderNow(fakeActions());
    await screen.findByText(NOTE_2026);
    const year = screen.getByRole("textbox", { name: /Năm báo cáo/ });
    await user.clear(year);
    await user.type(year, "2025");
    expect(screen.queryByText(/không có đơn vị nào hoạt động/)).toBeNull();
    expect(await offered(user)).toHaveLength(30);
  });

  test("a unit list with a unit founded on 01/07/2025 offers it alone in 2026, and both old and new in 2025", async () => {
    const user = renderNow(fakeActions({ registry: sheetWithMerged }));
    await screen.findByText("31 đơn vị, lấy từ trang DVCQ_DonVi của sổ tính này.");
    expect(await offered(user)).toEqual(["Xã Xuân Lộc XA-XUAN-LOC"]);
    const year = screen.getByRole("textbox", { name: /Năm báo cáo/ });
    await user.clear(year);
    await user.type(year, "2025");
    expect(await offered(user)).toHaveLength(31);
    await user.clear(year);
    await user.type(year, "2024");
    const in2024 = await offered(user);
    expect(in2024).toHaveLength(30);
    expect(in2024).not.toContain("Xã Xuân Lộc XA-XUAN-LOC");
  });

  test("a unit chosen for 2025 no longer counts once the year is 2026", async () => {
    const actions = fakeActions({ registry: sheetWithMerged });
    const user = renderNow(actions);
    const year = screen.getByRole("textbox", { name: /Năm báo cáo/ });
    await screen.findByText(/31 đơn vị/);
    await user.clear(year);
    await user.type(year, "2025");
    await chooseUnit(user, "xuan hoa", /Xã Xuân Hòa/);
    await user.clear(year);
    await user.type(year, "2026");
    await user.click(screen.getByRole("button", { name: "Đặt mẫu biểu" }));
    expect(screen.getByText("Chọn một đơn vị trong danh sách.")).toBeTruthy();
    expect(actions.placeTemplate).not.toHaveBeenCalled();
  });

  test("with a unit list sheet and no active unit, the note asks to update it and offers no new sheet", async () => {
    const load: RegistryLoad = { ...builtinLoad(), source: "sheet" };
    renderNow(fakeActions({ registry: () => Promise.resolve(load) }));
    expect(await screen.findByText(NOTE_2026)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tạo trang danh sách đơn vị" })).toBeNull();
  });

  test("the note in English", async () => {
    renderNow(fakeActions(), "en");
    expect(
      await screen.findByText(
        "The unit list has no unit active in the 2026 report period (01/10/2025 – 30/09/2026). Choose another year or update the unit list sheet DVCQ_DonVi.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole("button", {
        name: "Create the 2026 unit list sheet (from the last list, its dates left to fill)",
      }),
    ).toBeTruthy();
  });
});
