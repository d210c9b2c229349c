/**
 * Zip packages as no writer here makes them, for the reader's limits and package rules: entries
 * in the order given (duplicates, odd names and lying sizes kept), and deflate streams built by
 * repetition, so that a part of a gigabyte is written in milliseconds and never held.
 */
import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface ZipItem {
  name: string;
  data?: Uint8Array | string;
  /** Already deflated; `size` and `crc` are what the central directory declares. */
  deflated?: { compressed: Uint8Array; size: number; crc: number };
  /** Local header offset of an earlier entry, to make two entries share their bytes. */
  sameBytesAs?: string;
}

export function zipOf(items: readonly ZipItem[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets = new Map<string, { offset: number; header: Buffer }>();
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name);
    const shared = item.sameBytesAs === undefined ? undefined : offsets.get(item.sameBytesAs);
    let header: Buffer;
    let at = offset;
    if (shared) {
      header = shared.header;
      at = shared.offset;
    } else {
      const data = typeof item.data === "string" ? Buffer.from(item.data) : Buffer.from(item.data ?? []);
      const packed = item.deflated ?? {
        compressed: deflateRawSync(data),
        size: data.length,
        crc: crc32(data),
      };
      header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0x0800, 6);
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(packed.crc >>> 0, 14);
      header.writeUInt32LE(packed.compressed.length, 18);
      header.writeUInt32LE(packed.size, 22);
      header.writeUInt16LE(name.length, 26);
      locals.push(header, name, Buffer.from(packed.compressed));
      offsets.set(item.name, { offset, header });
      offset += 30 + name.length + packed.compressed.length;
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    header.copy(central, 6, 4, 26);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(at, 42);
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `head`, `chunk` `times` over, `tail`, deflated by compressing the chunk once (full flush) and repeating its blocks. */
export function repeatedDeflate(
  head: string,
  chunk: string,
  times: number,
  tail: string,
  crc = 0,
): { compressed: Uint8Array; size: number; crc: number } {
  const flushed = (text: string): Buffer =>
    deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const block = flushed(chunk);
  const compressed = Buffer.concat([
    flushed(head),
    ...Array<Buffer>(times).fill(block),
    deflateRawSync(tail),
  ]);
  const size = Buffer.byteLength(head) + Buffer.byteLength(chunk) * times + Buffer.byteLength(tail);
  return { compressed: new Uint8Array(compressed), size, crc };
}

/** The entries of a real workbook, in its order, as text. */
export async function entriesOf(bytes: Uint8Array): Promise<{ name: string; data: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => ({ name: f.name, data: await f.async("string") })));
}
