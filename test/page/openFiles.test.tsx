/**
 * @jest-environment jsdom
 *
 * Files opened in the standalone page: none is lost or replaced without a word. Two files of one
 * name are both held; a copy of one already held (the same name and bytes) is named and left out;
 * files dropped while others are being opened are opened after them; a file whose bytes cannot be
 * loaded (a folder dropped among files) is held as its reason, and the others are read.
 */
import { act, fireEvent, renderHook, screen, waitFor } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { PageApp } from "../../src/page/PageApp";
import { usePageInbox } from "../../src/page/usePageInbox";
import { renderInFluent } from "../taskpane/render";

Object.assign(globalThis, { TextDecoder, TextEncoder });

/** Reading is not what is under test: the real reader, on this thread, a few milliseconds a file. */
jest.mock("../../src/page/reader", () => ({
  readFiles: jest.fn(
    async (
      files: { name: string; bytes: Uint8Array }[],
      handlers: { onProgress: (done: number, total: number, file: string) => void },
    ) => {
      const { readWorkbookSnapshot, sourceFromRead } = jest.requireActual("../../src/files/readXlsx");
      const out = [];
      for (const f of files) {
        handlers.onProgress(out.length, files.length, f.name);
        out.push(sourceFromRead(f.name, await readWorkbookSnapshot(f.bytes)));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return out;
    },
  ),
}));

const TODAY = new Date(2024, 10, 20);

/** A File of `text`, its bytes there after `delay` ms; `fails`: they never are, as for a folder dropped. */
function file(name: string, text: string, { delay = 0, fails = false } = {}): File {
  return {
    name,
    size: text.length,
    arrayBuffer: () =>
      new Promise((resolve, reject) =>
        setTimeout(
          () =>
            fails
              ? reject(new DOMException("A requested file or directory could not be found", "NotFoundError"))
              : resolve(new TextEncoder().encode(text).buffer),
          delay,
        ),
      ),
  } as unknown as File;
}

function inbox(): { current: ReturnType<typeof usePageInbox> } {
  return renderHook(() => usePageInbox(TODAY)).result;
}

/** Until nothing is being opened, and the notice is up. */
async function opened(result: { current: ReturnType<typeof usePageInbox> }): Promise<void> {
  await waitFor(() => {
    expect(result.current.busy).toBeNull();
    expect(result.current.notice).not.toBeNull();
  });
}

const reasons = (result: { current: ReturnType<typeof usePageInbox> }): string[] =>
  result.current.sources.map((s) => `${s.name}: ${"unreadable" in s ? s.unreadable.en : "workbook"}`);

test("a file of the same name as one held, other bytes, is held beside it", async () => {
  const result = inbox();
  act(() => result.current.openFiles([file("BaoCao.xlsx", "from one unit")]));
  await opened(result);
  act(() => result.current.openFiles([file("BaoCao.xlsx", "from another unit, not the same")]));
  await waitFor(() => expect(result.current.sources).toHaveLength(2));
  await opened(result);
  expect(result.current.notice).toEqual({
    intent: "success",
    message: { vi: "Đã mở 1 tệp.", en: "Opened 1 file." },
  });
});

test("a copy of a file held (the same name and bytes) is left out, and the notice names it", async () => {
  const result = inbox();
  act(() => result.current.openFiles([file("BaoCao.xlsx", "the same")]));
  await opened(result);
  act(() => result.current.openFiles([file("BaoCao.xlsx", "the same"), file("Khac.xlsx", "other")]));
  await waitFor(() => expect(result.current.sources).toHaveLength(2));
  await opened(result);
  expect(result.current.sources.map((s) => s.name)).toEqual(["BaoCao.xlsx", "Khac.xlsx"]);
  expect(result.current.notice).toEqual({
    intent: "warning",
    message: {
      vi: "Đã mở 1/2 tệp. Đã có sẵn, giống hệt nên không mở lại: BaoCao.xlsx.",
      en: "Opened 1 of 2 files. Already open, the same bytes, so not opened again: BaoCao.xlsx.",
    },
  });
});

test("files dropped while others are loaded or read are opened after them, none lost", async () => {
  const result = inbox();
  act(() => result.current.openFiles([file("a.xlsx", "A", { delay: 50 })]));
  // Before a.xlsx's bytes are there, then while it is read.
  act(() => result.current.openFiles([file("b.xlsx", "B"), file("c.xlsx", "C")]));
  await waitFor(() => expect(result.current.busy).toBe("reading"));
  act(() => result.current.openFiles([file("d.xlsx", "D")]));
  await waitFor(() => expect(result.current.sources).toHaveLength(4), { timeout: 3000 });
  await opened(result);
  expect(result.current.sources.map((s) => s.name)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"]);
});

test("files dropped while the page rolls up are opened when it is done", async () => {
  const result = inbox();
  act(() => result.current.openFiles([file("a.xlsx", "A")]));
  await opened(result);
  act(() => result.current.rollUp());
  act(() => result.current.openFiles([file("b.xlsx", "B")]));
  await waitFor(() => expect(result.current.sources.map((s) => s.name)).toEqual(["a.xlsx", "b.xlsx"]));
});

test("a file whose bytes cannot be loaded is held as its reason, and the files beside it are read", async () => {
  const result = inbox();
  act(() =>
    result.current.openFiles([
      file("a.xlsx", ""),
      file("Bao cao thang 10", "", { fails: true }),
      file("b.xlsx", "not a workbook"),
    ]),
  );
  await waitFor(() => expect(result.current.sources).toHaveLength(3));
  await opened(result);
  expect(reasons(result)).toEqual([
    expect.stringMatching(/^a\.xlsx: The file is empty/),
    "Bao cao thang 10: This file could not be opened (it may be a folder, or it was moved or deleted). Open the .xlsx file itself again.",
    expect.stringMatching(/^b\.xlsx: .*not an Excel workbook/),
  ]);
  expect(result.current.notice?.intent).toBe("success");
});

test("a file past the size limit is refused by its size, its bytes never loaded", async () => {
  const result = inbox();
  const huge = { name: "huge.xlsx", size: 200 * 1024 * 1024, arrayBuffer: jest.fn() } as unknown as File;
  act(() => result.current.openFiles([huge]));
  await waitFor(() => expect(result.current.sources).toHaveLength(1));
  await opened(result);
  expect(huge.arrayBuffer).not.toHaveBeenCalled();
  expect(reasons(result)[0]).toMatch(/^huge\.xlsx: .*200 MB/);
});

test("two files of one name in the table: each row says its own reason", async () => {
  renderInFluent(<PageApp initialLang="en" today={TODAY} />, "en");
  fireEvent.drop(screen.getByTestId("drop-zone"), {
    dataTransfer: { files: [file("BaoCao.xlsx", "not a workbook"), file("BaoCao.xlsx", "")] },
  });
  await screen.findByRole("table", undefined, { timeout: 5000 });
  const rows = screen.getAllByRole("row").slice(1);
  expect(rows).toHaveLength(2);
  expect(rows[0]?.textContent).toMatch(/not an Excel workbook/);
  expect(rows[1]?.textContent).toMatch(/empty/);
  fireEvent.click(screen.getAllByRole("button", { name: "View BaoCao.xlsx" })[1]!);
  const detail = (await screen.findByRole("heading", { name: /BaoCao\.xlsx/ })).closest("section");
  expect(detail?.textContent).toMatch(/empty/);
  expect(detail?.textContent).not.toMatch(/not an Excel workbook/);
});
