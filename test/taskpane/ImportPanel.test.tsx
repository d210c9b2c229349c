/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/domain/check/finding";
import type {
  DuplicateConflict,
  ImportFile,
  ImportHandlers,
  ImportOutcome,
  PaneActions,
} from "../../src/app/paneHost";
import { ImportPanel } from "../../src/taskpane/components/ImportPanel";
import { renderInFluent } from "./render";

type Importer = PaneActions["importWorkbooks"];

const ENCRYPTED: Finding = {
  rule: "FILE_UNREADABLE",
  severity: "error",
  unit: null,
  sheet: null,
  cell: null,
  section: null,
  message: { vi: "Tệp được đặt mật khẩu mở", en: "The file has a password to open" },
};
const LATE: Finding = {
  ...ENCRYPTED,
  rule: "R19",
  severity: "warning",
  message: { vi: "Gửi muộn", en: "Sent late" },
};

const DONE: ImportOutcome = {
  status: "done",
  logSheet: "Nhật ký nhận báo cáo",
  files: [
    {
      file: "xuan-hoa.xlsx",
      decision: "kept",
      sheet: "XA-XUAN-HOA 2024",
      unitCode: "XA-XUAN-HOA",
      year: 2024,
      findings: [LATE],
    },
    {
      file: "khoa.xlsx",
      decision: "rejected",
      sheet: null,
      unitCode: null,
      year: null,
      findings: [ENCRYPTED],
    },
  ],
};

const CONFLICT: DuplicateConflict = {
  unitCode: "XA-XUAN-HOA",
  unitName: "Xã Xuân Hòa",
  year: 2024,
  existingSheet: "XA-XUAN-HOA 2024",
  incomingFile: "xuan-hoa-2.xlsx",
  differences: [{ code: "6.20", label: "Số vụ việc đã giải quyết", existing: "1.234", incoming: "(trống)" }],
};

function xlsx(name: string, text = "PK"): File {
  return new File([text], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** An importer the test drives step by step: each call's files and handlers, and its outcome to give. */
function controlled(): {
  importer: jest.MockedFunction<Importer>;
  calls: { files: readonly ImportFile[]; handlers: ImportHandlers }[];
  finish: (outcome: ImportOutcome | Error) => void;
} {
  const calls: { files: readonly ImportFile[]; handlers: ImportHandlers }[] = [];
  let settle: ((outcome: ImportOutcome | Error) => void) | null = null;
  const importer = jest.fn<ReturnType<Importer>, Parameters<Importer>>(
    (files, handlers) =>
      new Promise<ImportOutcome>((resolve, reject) => {
        calls.push({ files, handlers });
        settle = (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
      }),
  );
  return { importer, calls, finish: (outcome) => settle?.(outcome) };
}

async function pick(...files: File[]): Promise<void> {
  await userEvent.upload(screen.getByTestId("import-file-input"), files);
}

describe("ImportPanel", () => {
  it("imports the picked files and shows each file's result", async () => {
    const { importer, calls, finish } = controlled();
    renderInFluent(<ImportPanel importWorkbooks={importer} />, "vi");
    expect(
      (screen.getByRole("button", { name: "Chọn tệp báo cáo (.xlsx)" }) as HTMLButtonElement).disabled,
    ).toBe(false);

    await pick(xlsx("xuan-hoa.xlsx", "PK-1"), xlsx("khoa.xlsx"));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.files.map((f) => [f.name, Buffer.from(f.bytes).toString("utf8")])).toEqual([
      ["xuan-hoa.xlsx", "PK-1"],
      ["khoa.xlsx", "PK"],
    ]);
    await act(async () => finish(DONE));

    const table = await screen.findByRole("table", { name: "Kết quả nhập từng tệp" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("[role=cell],[role=columnheader],td,th")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Tệp", "Kết quả", "Đơn vị", "Lỗi", "Cảnh báo"],
      ["xuan-hoa.xlsx", "Đã nhận", "XA-XUAN-HOA 2024", "0", "1"],
      ["khoa.xlsx", "Bị từ chối: Tệp được đặt mật khẩu mở", "", "1", "0"],
    ]);
    expect(
      screen.getByText("Đã nhập 1/2 tệp; mỗi tệp được ghi vào trang “Nhật ký nhận báo cáo”."),
    ).toBeTruthy();
  });

  it("shows the progress and stops before the next file when Dừng is pressed", async () => {
    const { importer, calls, finish } = controlled();
    renderInFluent(<ImportPanel importWorkbooks={importer} />, "vi");
    await pick(xlsx("a.xlsx"), xlsx("b.xlsx"));
    await waitFor(() => expect(calls).toHaveLength(1));
    const { handlers } = calls[0] as (typeof calls)[number];

    act(() => handlers.onProgress(1, 2, "b.xlsx"));
    expect(await screen.findByText("Đang nhập 2/2: b.xlsx")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Chọn tệp báo cáo (.xlsx)" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(handlers.isCancelled()).toBe(false);

    await userEvent.click(screen.getByRole("button", { name: "Dừng" }));
    expect(handlers.isCancelled()).toBe(true);
    expect(screen.getByText("Sẽ dừng sau tệp đang nhập…")).toBeTruthy();
    await act(async () => finish({ ...DONE, files: [{ ...DONE.files[0]!, decision: "cancelled" }] }));
    expect(await screen.findByText("Đã dừng")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("lists the differences of a duplicate and replaces only when told", async () => {
    const { importer, calls, finish } = controlled();
    renderInFluent(<ImportPanel importWorkbooks={importer} />, "vi");
    await pick(xlsx("xuan-hoa-2.xlsx"));
    await waitFor(() => expect(calls).toHaveLength(1));

    let choice: Promise<string> | undefined;
    act(() => {
      choice = calls[0]?.handlers.chooseDuplicate(CONFLICT);
    });
    const dialog = await screen.findByRole("alertdialog");
    expect(
      within(dialog).getByText(/Xã Xuân Hòa đã có báo cáo năm 2024 ở trang “XA-XUAN-HOA 2024”/),
    ).toBeTruthy();
    const diff = within(dialog).getByRole("table", { name: "Các ô khác nhau" });
    expect(within(diff).getAllByRole("row")[1]?.textContent).toBe("6.20Số vụ việc đã giải quyết1.234(trống)");

    await userEvent.click(within(dialog).getByRole("button", { name: "Thay bằng bản mới" }));
    await expect(choice).resolves.toBe("replace");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());

    let again: Promise<string> | undefined;
    act(() => {
      again = calls[0]?.handlers.chooseDuplicate(CONFLICT);
    });
    await userEvent.click(await screen.findByRole("button", { name: "Giữ bản đã có" }));
    await expect(again).resolves.toBe("keepExisting");
    await act(async () => finish(DONE));
  });

  it("says why when the import fails or throws, and can be used again", async () => {
    const { importer, finish } = controlled();
    renderInFluent(<ImportPanel importWorkbooks={importer} />, "vi");
    await pick(xlsx("a.xlsx"));
    await waitFor(() => expect(importer).toHaveBeenCalledTimes(1));
    await act(async () => finish(new Error("Excel đã đóng")));
    expect(
      await screen.findByText(/Có lỗi không lường trước nên việc nhập dừng lại: Excel đã đóng/),
    ).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Chọn tệp báo cáo (.xlsx)" }) as HTMLButtonElement).disabled,
    ).toBe(false);

    await pick(xlsx("b.xlsx"));
    await waitFor(() => expect(importer).toHaveBeenCalledTimes(2));
    act(() =>
      finish({ status: "failed", message: { vi: "Không tìm thấy Excel", en: "Excel was not found" } }),
    );
    expect(await screen.findByText("Không tìm thấy Excel")).toBeTruthy();
  });

  it("takes files dropped on the drop zone", async () => {
    const { importer, calls } = controlled();
    renderInFluent(<ImportPanel importWorkbooks={importer} />, "vi");
    fireEvent.drop(screen.getByTestId("import-drop-zone"), { dataTransfer: { files: [xlsx("tha.xlsx")] } });
    await waitFor(() => expect(calls[0]?.files.map((f) => f.name)).toEqual(["tha.xlsx"]));
  });

  it("speaks English", async () => {
    const { importer, calls } = controlled();
    renderInFluent(<ImportPanel importWorkbooks={importer} />, "en");
    expect(screen.getByRole("button", { name: "Choose report files (.xlsx)" })).toBeTruthy();
    await pick(xlsx("a.xlsx"));
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]?.handlers.onProgress(0, 1, "a.xlsx"));
    expect(await screen.findByText("Importing 1/1: a.xlsx")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Stop" })).toBeTruthy();
  });
});
