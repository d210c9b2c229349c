/**
 * A package read where it lies (ByteSource: the command line's earlier report, read a range at a
 * time) reads as the same package loaded whole, whole or damaged, and reads only what it needs.
 */
import { readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { withFileSource } from "../../src/cli/fileSource";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import type { ByteSource } from "../../src/files/zipPackage";
import { FIXTURES_DIR, readFixture } from "../support/fixtures";

/** `bytes` as a source that copies each range it gives, counting the bytes given. */
function counted(bytes: Uint8Array): ByteSource & { given: number } {
  const source = {
    length: bytes.length,
    given: 0,
    read(start: number, end: number): Uint8Array {
      if (start < 0 || end > bytes.length || end < start)
        throw new Error(`range ${start}-${end} outside the file`);
      source.given += end - start;
      return bytes.slice(start, end);
    },
  };
  return source;
}

const FIXTURES = readdirSync(FIXTURES_DIR).filter((name) => /\.xlsx?$/.test(name));

test.each(FIXTURES)("%s reads the same from a source as from its bytes", async (name) => {
  const bytes = readFixture(name);
  expect(await readWorkbookSnapshot(counted(bytes))).toEqual(await readWorkbookSnapshot(bytes));
  expect(await readWorkbookSnapshot(counted(bytes), { firstRowOnly: true })).toEqual(
    await readWorkbookSnapshot(bytes, { firstRowOnly: true }),
  );
});

/** The zip's end record rewritten as a zip64 one (locator and record), as writers do past 65,535 parts or 4 GB. */
function asZip64(zip: Uint8Array): Uint8Array {
  const bytes = Buffer.from(zip);
  const end = bytes.length - 22;
  expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(end), 8);
  locator.writeUInt32LE(1, 16);
  const record32 = Buffer.from(bytes.subarray(end));
  record32.writeUInt16LE(0xffff, 8);
  record32.writeUInt16LE(0xffff, 10);
  record32.writeUInt32LE(0xffffffff, 12);
  record32.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([bytes.subarray(0, end), record, locator, record32]));
}

test("a zip64 end record: the same workbook, from bytes and from a source", async () => {
  const bytes = readFixture("template-clean.xlsx");
  const plain = await readWorkbookSnapshot(bytes);
  expect(plain.ok).toBe(true);
  const zip64 = asZip64(bytes);
  expect(await readWorkbookSnapshot(zip64)).toEqual(plain);
  expect(await readWorkbookSnapshot(counted(zip64))).toEqual(plain);
});

test("cut short or damaged anywhere, the same finding from a source as from the bytes", async () => {
  const whole = readFixture("template-clean.xlsx");
  const tail = whole.length - 22;
  const cuts = [
    1,
    8,
    29,
    31,
    100,
    1000,
    Math.floor(whole.length / 2),
    tail - 46,
    tail - 1,
    tail,
    tail + 11,
    whole.length - 1,
  ];
  for (const cut of cuts) {
    const bytes = whole.slice(0, cut);
    const fromBytes = await readWorkbookSnapshot(bytes);
    expect(fromBytes.ok).toBe(false);
    expect(await readWorkbookSnapshot(counted(bytes))).toEqual(fromBytes);
  }
  for (const at of [0, 30, 200, tail - 40, tail + 10, tail + 16]) {
    const bytes = whole.slice();
    bytes[at] = (bytes[at] as number) ^ 0xff;
    expect(await readWorkbookSnapshot(counted(bytes))).toEqual(await readWorkbookSnapshot(bytes));
  }
});

/** A workbook of a small sheet and one of `rows` rows, deflated as Excel writes it. */
async function withLargeSheet(rows: number): Promise<Uint8Array> {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Tổng hợp" sheetId="1" r:id="rS1"/><sheet name="Dữ liệu" sheetId="2" r:id="rS2"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rS2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
  );
  const row = (r: number): string =>
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Xã ${r * 7919}</t></is></c><c r="C${r}"><v>${(r * 104729) % 1000}</v></c></row>`;
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${MAIN}"><sheetData>${row(1)}${row(2)}</sheetData></worksheet>`,
  );
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<worksheet xmlns="${MAIN}"><sheetData>${Array.from({ length: rows }, (_, i) => row(i + 1)).join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("the first rows of a large workbook: its directory and a few kilobytes are read, not the file", async () => {
  const bytes = await withLargeSheet(120_000);
  const source = counted(bytes);
  const heads = await readWorkbookSnapshot(source, { firstRowOnly: true });
  expect(heads).toEqual(await readWorkbookSnapshot(bytes, { firstRowOnly: true }));
  if (!heads.ok) throw new Error(heads.detail);
  expect(heads.workbook.sheets.map((s) => [s.name, [...s.cells.keys()]])).toEqual([
    ["Tổng hợp", ["A1", "B1", "C1"]],
    ["Dữ liệu", ["A1", "B1", "C1"]],
  ]);
  expect(bytes.length).toBeGreaterThan(1_000_000);
  expect(source.given).toBeLessThan(100_000);
});

describe("withFileSource: a file on disk, a range at a time", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-source-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("reads the workbook as its bytes do", async () => {
    const file = path.join(dir, "template.xlsx");
    const bytes = readFixture("template-ten-mistakes.xlsx");
    await writeFile(file, bytes);
    expect(await withFileSource(file, (source) => readWorkbookSnapshot(source))).toEqual(
      await readWorkbookSnapshot(bytes),
    );
  });

  test("a range past the end (the file cut short after it was opened) is refused, not read as zeros", async () => {
    const file = path.join(dir, "short.xlsx");
    await writeFile(file, readFixture("template-clean.xlsx"));
    await expect(
      withFileSource(file, async (source) => source.read(source.length - 4, source.length + 4)),
    ).rejects.toThrow(/ends before byte/);
  });

  test("a missing file throws what opening throws", async () => {
    await expect(withFileSource(path.join(dir, "none.xlsx"), async () => 0)).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
