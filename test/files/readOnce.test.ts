/**
 * A part read once (ZipPackage.readOnce: styles, relationships) and kept for a later file whose
 * part is stored byte for byte the same: no file is read otherwise for what was read before it.
 * Its value is reused only for the same stored bytes, not for the same name, size and CRC-32; and
 * what the first reading inflated counts towards the later file's packageBytes limit again.
 *
 * Each reading here is made by a fresh copy of the reader's modules (jest.isolateModules), so that
 * its memo starts empty: "alone" is a file read by a reader that read nothing before, "after A" one
 * read by a reader that read A first. Jest runs the reader with fflate unless a zlib is lent; both
 * ways are tried, Node's zlib lent to the fresh copy's own hostZlib.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { crc32 } from "node:zlib";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { readWorkbookSnapshot as ReadWorkbookSnapshot, SnapshotRead } from "../../src/files/readXlsx";
import { WORKBOOK_RELS } from "../corpus/package";
import { readFixture } from "../support/fixtures";
import { entriesOf, zipOf } from "./packageZip";

type Read = typeof ReadWorkbookSnapshot;

const SHEET_PART = "xl/worksheets/sheet1.xml";
const STYLES_PART = "xl/styles.xml";
const SHEET = "XA-XUAN-HOA 2024";

const PATHS = ["fflate", "Node's zlib"] as const;
type ZlibPath = (typeof PATHS)[number];

/**
 * readWorkbookSnapshot of a fresh copy of the reader, whose memo of parts read once is empty, and
 * a way to lend that copy Node's zlib (or none) later.
 */
function freshCopy(path: ZlibPath): { read: Read; lend: (path: ZlibPath) => void } {
  let copy: ReturnType<typeof freshCopy> | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const reader = require("../../src/files/readXlsx") as typeof import("../../src/files/readXlsx");
    const host = require("../../src/files/hostZlib") as typeof import("../../src/files/hostZlib");
    const { nodeZlib } = require("../../src/cli/nodeZlib") as typeof import("../../src/cli/nodeZlib");
    /* eslint-enable @typescript-eslint/no-require-imports */
    copy = {
      read: reader.readWorkbookSnapshot,
      lend: (p) => host.lendZlib(p === "Node's zlib" ? nodeZlib : undefined),
    };
  });
  copy!.lend(path);
  return copy!;
}

function freshReader(path: ZlibPath): Read {
  return freshCopy(path).read;
}

/** The least packageBytes limit under which `bytes` is read, each try by a fresh reader's. */
async function leastPackageBytes(path: ZlibPath, bytes: Uint8Array): Promise<number> {
  const readUnder = async (packageBytes: number): Promise<boolean> =>
    (await freshReader(path)(bytes, { limits: { packageBytes } })).ok;
  let refused = 0;
  let read = 64 << 20;
  expect(await readUnder(read)).toBe(true);
  while (read - refused > 1) {
    const mid = Math.floor((refused + read) / 2);
    if (await readUnder(mid)) read = mid;
    else refused = mid;
  }
  return read;
}

function cellOf(read: SnapshotRead, ref: string): unknown {
  if (!read.ok) throw new Error(`expected a workbook, got ${read.problem}: ${read.detail}`);
  const sheet = read.workbook.sheets.find((s) => s.name === SHEET);
  return sheet?.cells.get(ref);
}

async function template(): Promise<{ zip: JSZip; sheet: string; styles: string }> {
  const zip = await JSZip.loadAsync(readFixture("template-clean.xlsx"));
  return {
    zip,
    sheet: await zip.file(SHEET_PART)!.async("string"),
    styles: await zip.file(STYLES_PART)!.async("string"),
  };
}

/** The template with D19 (22 as filled) holding `value`, its styles as `styles`, stored as `store` says. */
async function variant(
  value: number,
  styles?: string,
  store: "DEFLATE" | "STORE" = "DEFLATE",
): Promise<Uint8Array> {
  const t = await template();
  const sheet = t.sheet.replace(/(<c r="D19"[^>]*><v>)22</, `$1${value}<`);
  expect(sheet !== t.sheet || value === 22).toBe(true);
  t.zip.file(SHEET_PART, sheet);
  t.zip.file(STYLES_PART, styles ?? t.styles, { compression: store });
  return t.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The stored (compressed) bytes, CRC-32 and sizes of `name` in `zip`, from its local header. */
function storedPart(
  zip: Uint8Array,
  name: string,
): { method: number; crc: number; size: number; data: Buffer } {
  const bytes = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 3, 4]);
  for (let i = bytes.indexOf(signature); i >= 0; i = bytes.indexOf(signature, i + 4)) {
    const nameLength = bytes.readUInt16LE(i + 26);
    const extra = bytes.readUInt16LE(i + 28);
    if (bytes.toString("utf8", i + 30, i + 30 + nameLength) !== name) continue;
    const compressed = bytes.readUInt32LE(i + 18);
    const start = i + 30 + nameLength + extra;
    return {
      method: bytes.readUInt16LE(i + 8),
      crc: bytes.readUInt32LE(i + 14),
      size: bytes.readUInt32LE(i + 22),
      data: bytes.subarray(start, start + compressed),
    };
  }
  throw new Error(`no ${name}`);
}

/**
 * `text` with some bits of the characters at `free` (each one of 'a'..'o') flipped, so that its
 * CRC-32 is `target`: CRC-32 is affine over GF(2) for a fixed length, so each bit flipped changes
 * the CRC by a fixed vector, and the flips are found by Gaussian elimination. Only the low four
 * bits of each character are flipped: it stays printable ASCII ('`'..'o').
 */
function withCrc(text: string, free: readonly number[], target: number): string {
  const base = Buffer.from(text, "latin1");
  const baseCrc = crc32(base);
  const columns: { bit: [number, number]; effect: number }[] = [];
  for (const at of free) {
    expect(base[at]! >= 0x61 && base[at]! <= 0x6f).toBe(true);
    for (let bit = 0; bit < 4; bit++) {
      const flipped = Buffer.from(base);
      flipped[at] = flipped[at]! ^ (1 << bit);
      columns.push({ bit: [at, bit], effect: (crc32(flipped) ^ baseCrc) >>> 0 });
    }
  }
  // Rows of the augmented system: for CRC bit r, which flips change it, and whether it must change.
  const want = (target ^ baseCrc) >>> 0;
  const rows = Array.from({ length: 32 }, (_, r) => ({
    coefficients: columns.map((c) => (c.effect >>> r) & 1),
    value: (want >>> r) & 1,
  }));
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < columns.length && row < 32; col++) {
    const found = rows.findIndex((r, i) => i >= row && r.coefficients[col] === 1);
    if (found < 0) continue;
    [rows[row], rows[found]] = [rows[found]!, rows[row]!];
    for (let i = 0; i < 32; i++)
      if (i !== row && rows[i]!.coefficients[col] === 1) {
        rows[i]!.coefficients = rows[i]!.coefficients.map((v, k) => v ^ rows[row]!.coefficients[k]!);
        rows[i]!.value ^= rows[row]!.value;
      }
    pivots.push(col);
    row++;
  }
  expect(rows.slice(row).every((r) => r.value === 0)).toBe(true);
  const out = Buffer.from(base);
  pivots.forEach((col, i) => {
    if (rows[i]!.value === 1) {
      const [at, bit] = columns[col]!.bit;
      out[at] = out[at]! ^ (1 << bit);
    }
  });
  expect(crc32(out)).toBe(target);
  return out.toString("latin1");
}

describe.each(PATHS)("with %s", (path) => {
  test("B read after A, whose styles are stored byte for byte the same, reads as B alone", async () => {
    const a = await variant(22);
    const b = await variant(23);
    expect(storedPart(a, STYLES_PART).data.equals(storedPart(b, STYLES_PART).data)).toBe(true);
    expect(storedPart(a, SHEET_PART).data.equals(storedPart(b, SHEET_PART).data)).toBe(false);

    const shared = freshReader(path);
    const aRead = await shared(a);
    const bAfterA = await shared(b);
    const bAlone = await freshReader(path)(b);
    expect(bAlone.ok).toBe(true);
    expect(bAfterA).toEqual(bAlone);
    expect(aRead).toEqual(await freshReader(path)(a));
    expect(cellOf(aRead, "D19")).toEqual({ value: 22, numberFormat: "#,##0", font: "Times New Roman" });
    expect(cellOf(bAfterA, "D19")).toEqual({ value: 23, numberFormat: "#,##0", font: "Times New Roman" });
    // And A again after B: each read as itself.
    expect(await shared(a)).toEqual(aRead);
  });

  test("a styles part of the same name, size and CRC-32 but other bytes is read, not taken for A's", async () => {
    const { styles } = await template();
    const before = '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>';
    expect(styles).toContain(before);
    // Twelve letters 'a'..'o' in an attribute no reader reads, for the CRC to be made A's.
    const pad = "abcdefghijklmno".slice(0, 12);
    const padded = (format: string): string =>
      styles.replace(before, `<numFmt numFmtId="164" formatCode="${format}" dvcqPad="${pad}"/>`);
    const stylesA = padded("dd/mm/yyyy");
    const plainB = padded("mm/dd/yyyy");
    const padAt = Buffer.from(plainB, "latin1").indexOf(`dvcqPad="${pad}"`) + 'dvcqPad="'.length;
    expect(Buffer.byteLength(stylesA)).toBe(stylesA.length); // ASCII only: latin1 is its UTF-8
    const stylesB = withCrc(
      plainB,
      Array.from({ length: pad.length }, (_, i) => padAt + i),
      crc32(stylesA),
    );
    expect(stylesB).not.toBe(stylesA);
    expect(stylesB.length).toBe(stylesA.length);

    const a = await variant(22, stylesA, "STORE");
    const b = await variant(23, stylesB, "STORE");
    const partA = storedPart(a, STYLES_PART);
    const partB = storedPart(b, STYLES_PART);
    expect([partA.method, partB.method]).toEqual([0, 0]);
    expect(partB.crc).toBe(partA.crc);
    expect(partB.size).toBe(partA.size);
    expect(partB.data.length).toBe(partA.data.length);
    expect(partB.data.equals(partA.data)).toBe(false);

    const shared = freshReader(path);
    const aRead = await shared(a);
    const bAfterA = await shared(b);
    expect(cellOf(aRead, "D17")).toEqual({
      value: 45200,
      numberFormat: "dd/mm/yyyy",
      font: "Times New Roman",
    });
    expect(cellOf(bAfterA, "D17")).toEqual({
      value: 45200,
      numberFormat: "mm/dd/yyyy",
      font: "Times New Roman",
    });
    expect(bAfterA).toEqual(await freshReader(path)(b));
  });

  test("B's packageBytes limit holds as for B alone: just under what B needs is refused, just at it read, after A too", async () => {
    const a = await variant(22);
    const b = await variant(23);
    const needed = await leastPackageBytes(path, b);
    // More than the sheet or the styles alone: all the parts read count.
    expect(needed).toBeGreaterThan(83_903 + 24_150);

    for (const [packageBytes, ok] of [
      [needed - 1, false],
      [needed, true],
    ] as const) {
      const byAlone = await freshReader(path)(b, { limits: { packageBytes } });
      const shared = freshReader(path);
      expect((await shared(a)).ok).toBe(true);
      const afterA = await shared(b, { limits: { packageBytes } });
      for (const result of [byAlone, afterA]) {
        expect([packageBytes, result.ok]).toEqual([packageBytes, ok]);
        if (!result.ok) {
          expect(result.rule).toBe("FILE_TOO_LARGE");
          expect(result.detail).toBe(`packageBytes over ${packageBytes}`);
        }
      }
      expect(afterA).toEqual(byAlone);
    }
  });
});

test("a file's packageBytes limit is the same by either zlib, and after a file read by the other", async () => {
  // Styles that go on well past their cell formats, where reading them stops: each zlib hands the
  // part on in other pieces, and all of it is inflated to check it.
  const t = await template();
  const padded = t.styles.replace("</cellXfs>", `</cellXfs>${" ".repeat(300_000)}`);
  expect(padded).not.toBe(t.styles);
  const a = await variant(22, padded);
  const b = await variant(23, padded);
  expect(storedPart(a, STYLES_PART).data.equals(storedPart(b, STYLES_PART).data)).toBe(true);
  const needed = await leastPackageBytes("Node's zlib", b);
  expect(await leastPackageBytes("fflate", b)).toBe(needed);
  // The padding counts: all of the styles part is inflated, though only its start is read.
  expect(needed).toBeGreaterThan(300_000);

  for (const [first, then] of [
    ["fflate", "Node's zlib"],
    ["Node's zlib", "fflate"],
  ] as const)
    for (const packageBytes of [needed - 1, needed]) {
      const copy = freshCopy(first);
      expect((await copy.read(a)).ok).toBe(true);
      copy.lend(then);
      const afterA = await copy.read(b, { limits: { packageBytes } });
      expect(afterA).toEqual(await freshReader(then)(b, { limits: { packageBytes } }));
      expect(afterA.ok).toBe(packageBytes === needed);
    }
});

test("B, read by saxes alone (its styles hold a comment), reads the same after A, whose styles are the same bytes", async () => {
  const t = await template();
  const commented = t.styles.replace(/(<styleSheet[^>]*>)/, "$1<!-- a comment -->");
  expect(commented).not.toBe(t.styles);
  const a = await variant(22, commented);
  const b = await variant(23, commented);
  // saxes is loaded when a copy first needs it, after isolateModules: every copy shares this one.
  const saxesWrites = jest.spyOn(SaxesParser.prototype, "write");
  const writesOf = async (read: () => Promise<SnapshotRead>): Promise<[SnapshotRead, number]> => {
    const before = saxesWrites.mock.calls.length;
    const result = await read();
    return [result, saxesWrites.mock.calls.length - before];
  };
  for (const path of PATHS) {
    const [bAlone, writesAlone] = await writesOf(() => freshReader(path)(b));
    expect(bAlone.ok).toBe(true);
    expect(writesAlone).toBeGreaterThan(0);
    // After A, B's parts not kept from A are read by saxes too, as when B is read alone.
    const shared = freshReader(path);
    expect((await shared(a)).ok).toBe(true);
    const [afterA, writesAfterA] = await writesOf(() => shared(b));
    expect(writesAfterA).toBeGreaterThan(0);
    expect(afterA).toEqual(bAlone);
  }
});

test("what is kept of a relationships part is its relationships, not the part's text", async () => {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const entries = await entriesOf(readFixture("template-clean.xlsx"));
  const rels = entries.find((e) => e.name === WORKBOOK_RELS)!;
  // Each file's relationships other bytes (so each is kept), 6.5 MB of text deflated to some 7 KB.
  const files = Array.from({ length: 20 }, (_, n) => {
    let padded = "";
    for (let k = 0; k < 100; k++)
      padded += `${" ".repeat(65_536)}<Relationship Id="pad${n}_${k}" Type="http://example.com/relationships/pad${k}" Target="pad${k}.xml"/>`;
    return zipOf(
      entries.map((e) =>
        e === rels
          ? { name: e.name, data: e.data.replace("</Relationships>", `${padded}</Relationships>`) }
          : e,
      ),
    );
  });
  const copy = freshCopy("Node's zlib");
  gc();
  const before = process.memoryUsage();
  for (const file of files) expect((await copy.read(file)).ok).toBe(true);
  gc();
  const after = process.memoryUsage();
  const grownMB = (after.heapUsed + after.external - before.heapUsed - before.external) / 1e6;
  // Each part's text kept would be 6.5 MB a file: 130 MB.
  expect(grownMB).toBeLessThan(20);
  expect((await copy.read(files[0]!)).ok).toBe(true);
});
