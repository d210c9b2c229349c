/**
 * A package read where it lies (ByteSource: the command line's earlier report, read a range at a
 * time) reads as the same package loaded whole, whole or damaged, and reads only what it needs.
 */
import fs, { readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { FileUnreadable, withFileSource } from "../../src/cli/fileSource";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import type { ByteSource } from "../../src/files/zipPackage";
import { FIXTURES_DIR, readFixture } from "../support/fixtures";
import { withFsCall } from "../support/fsFaults";

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

/**
 * The zip's end record rewritten as a zip64 one (locator and record), as writers do past 65,535
 * parts or 4 GB, followed by a comment of `comment` spaces.
 */
function asZip64(zip: Uint8Array, comment = 0): Uint8Array {
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
  record32.writeUInt16LE(comment, 20);
  return new Uint8Array(
    Buffer.concat([bytes.subarray(0, end), record, locator, record32, Buffer.alloc(comment, 0x20)]),
  );
}

/** The zip with a comment after its end record: `text`, repeated to `length` bytes. */
function withComment(zip: Uint8Array, length: number, text: Uint8Array = Buffer.from(" ")): Uint8Array {
  const bytes = Buffer.from(zip);
  const end = bytes.length - 22;
  const comment = Buffer.alloc(length, text);
  bytes.writeUInt16LE(length, end + 20);
  return new Uint8Array(Buffer.concat([bytes, comment]));
}

test("a zip64 end record: the same workbook, from bytes and from a source", async () => {
  const bytes = readFixture("template-clean.xlsx");
  const plain = await readWorkbookSnapshot(bytes);
  expect(plain.ok).toBe(true);
  const zip64 = asZip64(bytes);
  expect(await readWorkbookSnapshot(zip64)).toEqual(plain);
  expect(await readWorkbookSnapshot(counted(zip64))).toEqual(plain);
});

test("a zip64 end record after a comment of up to 64 KiB: its locator before the end's window, read the same", async () => {
  const plain = await readWorkbookSnapshot(readFixture("template-clean.xlsx"));
  for (const comment of [1, 0xfffe, 0xffff]) {
    const zip64 = asZip64(readFixture("template-clean.xlsx"), comment);
    expect(await readWorkbookSnapshot(counted(zip64))).toEqual(plain);
    const record = zip64.length - comment - 22;
    for (const at of [record - 1, record - 20, record - 30, record - 76]) {
      const damaged = zip64.slice();
      damaged[at] = (damaged[at] as number) ^ 0xff;
      expect(await readWorkbookSnapshot(counted(damaged))).toEqual(await readWorkbookSnapshot(damaged));
    }
  }
});

test("a comment after the end record, one holding an end record's signature too: read the same", async () => {
  const bytes = readFixture("template-clean.xlsx");
  const signature = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
  for (const zip of [
    withComment(bytes, 0xffff),
    withComment(bytes, 40, signature),
    withComment(bytes, 0xffff, signature),
  ])
    expect(await readWorkbookSnapshot(counted(zip))).toEqual(await readWorkbookSnapshot(zip));
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

/** A workbook of a small sheet and one of `rows` rows (their texts `pad` longer), deflated as Excel writes it. */
async function withLargeSheet(rows: number, pad = ""): Promise<Uint8Array> {
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
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Xã ${r * 7919}${pad}</t></is></c><c r="C${r}"><v>${(r * 104729) % 1000}</v></c></row>`;
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

test("a sheet past the size read whole, stored or deflated, read to its end: the same from a source", async () => {
  // Some 5 MB of sheet: inflated step by step, past the 4 MB a part is inflated whole.
  const deflated = await withLargeSheet(9_000, " của tỉnh Thử Nghiệm".repeat(15));
  const stored = await JSZip.loadAsync(deflated).then((zip) => zip.generateAsync({ type: "uint8array" }));
  expect(stored.length).toBeGreaterThan(4 << 20);
  const limits = { scanSheetBytes: 20_000_000, scanTotalBytes: 20_000_000 };
  for (const bytes of [deflated, stored]) {
    const whole = await readWorkbookSnapshot(bytes, { limits });
    if (!whole.ok) throw new Error(whole.detail);
    expect(whole.workbook.sheets[1]?.cells.size).toBe(27_000);
    expect(await readWorkbookSnapshot(counted(bytes), { limits })).toEqual(whole);
  }
}, 60_000);

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
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/ends before byte/) } });
  });

  test("a missing file: FileUnreadable, with what opening threw", async () => {
    const opening = withFileSource(path.join(dir, "none.xlsx"), async () => 0);
    await expect(opening).rejects.toBeInstanceOf(FileUnreadable);
    await expect(opening).rejects.toMatchObject({ cause: { code: "ENOENT" } });
  });

  test("a read that fails part-way: FileUnreadable, though the reader took it for damage and went on", async () => {
    const file = path.join(dir, "failing.xlsx");
    await writeFile(file, readFixture("template-clean.xlsx"));
    let calls = 0;
    let read: Awaited<ReturnType<typeof readWorkbookSnapshot>> | undefined;
    const reading = withFsCall(
      "readSync",
      (real, ...args) => {
        if (++calls > 3) throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
        return real(...args);
      },
      () => withFileSource(file, async (source) => (read = await readWorkbookSnapshot(source))),
    );
    await expect(reading).rejects.toBeInstanceOf(FileUnreadable);
    await expect(reading).rejects.toMatchObject({ cause: { code: "EIO" } });
    expect(read?.ok).toBe(false);
  });

  test("every way out closes the file it opened", async () => {
    const file = path.join(dir, "closing.xlsx");
    await writeFile(file, readFixture("template-clean.xlsx"));
    const open = (): number => fs.readdirSync("/proc/self/fd").length;
    const before = open();
    await withFileSource(file, (source) => readWorkbookSnapshot(source));
    await expect(withFileSource(file, async () => Promise.reject(new Error("a bug")))).rejects.toThrow(
      "a bug",
    );
    await expect(
      withFileSource(file, async (source) => source.read(0, source.length + 1)),
    ).rejects.toBeInstanceOf(FileUnreadable);
    await expect(withFileSource(path.join(dir, "none.xlsx"), async () => 0)).rejects.toBeInstanceOf(
      FileUnreadable,
    );
    expect(open()).toBe(before);
  });
});
