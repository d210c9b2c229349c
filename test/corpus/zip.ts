/**
 * A small zip writer for packages no library writes on purpose: two entries of one name, names
 * that climb out of the package, a CRC that does not match, entries that share their data, and
 * deflate streams built by repetition (a zip bomb is written in milliseconds, never inflated here).
 */
import { crc32, deflateRawSync, constants } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** What the entry inflates to; used for the CRC and the sizes unless they are given. */
  data?: Uint8Array;
  /** Stored as is (method 0) unless true (method 8, deflate). */
  deflate?: boolean;
  /** Already-compressed bytes (deflate); then `crc` and `size` must be given. */
  compressed?: Uint8Array;
  crc?: number;
  /** Uncompressed size as declared in the headers. */
  size?: number;
  /** Point the central directory at the local header of an earlier entry (by index) instead of writing data. */
  sameDataAs?: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
/** 2024-10-10 02:00, in DOS time: the fixtures' date. */
const DOS_TIME = 2 << 11;
const DOS_DATE = ((2024 - 1980) << 9) | (10 << 5) | 10;

export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const written: { offset: number; header: Buffer }[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    if (entry.sameDataAs !== undefined) {
      const first = written[entry.sameDataAs];
      if (first === undefined) throw new Error(`no entry ${entry.sameDataAs} to share`);
      central.push(centralHeader(first.header, name, first.offset));
      continue;
    }
    const data = entry.data ?? new Uint8Array(0);
    const body = entry.compressed ?? (entry.deflate ? deflateRawSync(data) : Buffer.from(data));
    const method = entry.compressed !== undefined || entry.deflate ? 8 : 0;
    const crc = entry.crc ?? crc32(data);
    const size = entry.size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    written.push({ offset, header: local });
    central.push(centralHeader(local, name, offset));
    chunks.push(local, name, Buffer.from(body));
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

function centralHeader(local: Buffer, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL, 0);
  header.writeUInt16LE(20, 4);
  local.copy(header, 6, 4, 26);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/**
 * A deflate stream of `head`, then `chunk` `times` over, then `tail`, made by compressing each once
 * (full flush: every block starts afresh and ends on a byte) and repeating the chunk's blocks; the
 * CRC and size of the whole are computed without ever holding it.
 */
export function repeatedDeflate(
  head: string,
  chunk: string,
  times: number,
  tail: string,
): { compressed: Uint8Array; crc: number; size: number } {
  const flushed = (text: string): Buffer =>
    deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const chunkBytes = Buffer.from(chunk);
  const pieces = [flushed(head), ...Array<Buffer>(times).fill(flushed(chunk)), deflateRawSync(tail)];
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(chunkBytes, crc);
  crc = crc32(tail, crc);
  const size = Buffer.byteLength(head) + chunkBytes.length * times + Buffer.byteLength(tail);
  return { compressed: new Uint8Array(Buffer.concat(pieces)), crc, size };
}
