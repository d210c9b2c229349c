/**
 * Node's zlib lent to the file shell (as the command line lends it) changes how fast, never what:
 * the district workbook streamed with it holds, part for part, the bytes fflate's holds, each
 * part's CRC checked as the reader checks it; a part that inflates past its declared size is still
 * damaged.
 */
import { buildDistrictReport } from "../../src/domain/report";
import { nodeZlib } from "../../src/cli/nodeZlib";
import { lendZlib, type HostZlib } from "../../src/files/hostZlib";
import { READ_LIMITS } from "../../src/files/readLimits";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { streamWorkbook } from "../../src/files/streamXlsx";
import { writeWorkbookStreamed } from "../support/streamed";
import { PackageDamaged, ZipPackage } from "../../src/files/zipPackage";
import { catalogue, demoSources, rolledUp } from "../support/filled";
import { readFixture } from "../support/fixtures";

const { sources } = demoSources();
const { rollup } = rolledUp(sources);
const sheets = buildDistrictReport(rollup, catalogue).map((plan) => ({
  plan,
  nameScope: "workbook" as const,
}));
const created = new Date(Date.UTC(2024, 9, 20, 8, 0, 0));

function withZlib<T>(run: () => T): T {
  lendZlib(nodeZlib);
  try {
    return run();
  } finally {
    lendZlib(undefined);
  }
}

async function withZlibUntilDone<T>(run: () => Promise<T>): Promise<T> {
  lendZlib(nodeZlib);
  try {
    return await run();
  } finally {
    lendZlib(undefined);
  }
}

/** Every part inflated, its size and CRC checked by the reader's own zip code (without a lent zlib). */
function parts(bytes: Uint8Array): Map<string, string> {
  const zip = new ZipPackage(bytes, READ_LIMITS);
  const names = ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml"];
  for (let i = 1; i <= sheets.length; i++) names.push(`xl/worksheets/sheet${i}.xml`);
  const out = new Map<string, string>();
  const decoder = new TextDecoder();
  for (const name of names) {
    const entry = zip.entry(name);
    if (entry === undefined) throw new Error(`no ${name}`);
    let text = "";
    expect(zip.stream(entry, (chunk) => ((text += decoder.decode(chunk, { stream: true })), true))).toBe(
      true,
    );
    out.set(name, text);
  }
  return out;
}

test("the district workbook deflated by Node's zlib holds the same parts as fflate's, every CRC right", async () => {
  const byFflate = await writeWorkbookStreamed(sheets, { created });
  const byNode = await withZlibUntilDone(() => writeWorkbookStreamed(sheets, { created }));
  const expected = parts(byFflate);
  // The facts sheet is larger than one piece, so the pieces deflated on their own are joined.
  expect((expected.get(`xl/worksheets/sheet${sheets.length - 1}.xml`) ?? "").length).toBeGreaterThan(65_536);
  expect(parts(byNode)).toEqual(expected);
});

test("a template read with Node's zlib is the snapshot read with fflate", async () => {
  const bytes = readFixture("template-ten-mistakes.xlsx");
  const byFflate = await readWorkbookSnapshot(bytes);
  expect(byFflate.ok).toBe(true);
  expect(await withZlibUntilDone(() => readWorkbookSnapshot(bytes))).toEqual(byFflate);
});

test("a part that inflates past its declared size is damaged with Node's zlib too", () => {
  const bytes = new Uint8Array(readFixture("template-clean.xlsx"));
  const zip = new ZipPackage(bytes, READ_LIMITS);
  const entry = zip.entry("xl/workbook.xml");
  if (entry === undefined) throw new Error("no workbook part");
  const lying = { ...entry, size: Math.floor(entry.size / 2) };
  expect(() => zip.stream(lying, () => true)).toThrow(PackageDamaged);
  expect(() => withZlib(() => zip.stream(lying, () => true))).toThrow(/inflates to more than its declared/);
});

describe("the workbook deflated on the host's threads fails as a whole, never half-written in silence", () => {
  test("a piece that fails while an earlier one is still being deflated leaves no failure unhandled", async () => {
    let calls = 0;
    const slowThenBroken: HostZlib = {
      ...nodeZlib,
      deflateRawPiece: (data, last) =>
        calls++ === 0
          ? new Promise((resolve) =>
              setTimeout(() => void nodeZlib.deflateRawPiece(data, last).then(resolve), 30),
            )
          : Promise.reject(new Error("deflate broke")),
    };
    const unhandled: unknown[] = [];
    const hear = (reason: unknown): void => void unhandled.push(reason);
    process.on("unhandledRejection", hear);
    lendZlib(slowThenBroken);
    try {
      await expect(streamWorkbook(sheets, () => undefined, { created })).rejects.toThrow(/deflate broke/);
      await new Promise((resolve) => setTimeout(resolve, 60));
    } finally {
      lendZlib(undefined);
      process.off("unhandledRejection", hear);
    }
    expect(calls).toBeGreaterThan(1);
    expect(unhandled).toEqual([]);
  });

  test.each<[string, HostZlib, (piece: Uint8Array) => void]>([
    [
      "a piece that cannot be deflated",
      { ...nodeZlib, deflateRawPiece: () => Promise.reject(new Error("deflate broke")) },
      () => undefined,
    ],
    [
      "a piece the sink cannot take",
      nodeZlib,
      () => {
        throw new Error("disk full");
      },
    ],
  ])("%s: the write is refused with its reason", async (_what, zlib, sink) => {
    lendZlib(zlib);
    try {
      await expect(streamWorkbook(sheets, sink, { created })).rejects.toThrow(/deflate broke|disk full/);
    } finally {
      lendZlib(undefined);
    }
  });
});
