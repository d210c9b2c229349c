/**
 * The zip container of an .xlsx, read from its central directory: nothing is inflated until a part
 * is asked for, a part is inflated in small steps and never past its declared size, and the
 * package is refused when it breaks the rules a consumer of OPC packages must enforce (ECMA-376
 * Part 2): one name for two parts, a part name that leaves the package, entries that overlap.
 *
 * Runs in Node and in a browser bundle: no Node APIs.
 */
import { Inflate } from "fflate";
import { hostZlib, type HostZlib } from "./hostZlib";
import { LimitExceeded, type ReadLimits } from "./readLimits";

/** The package is damaged: truncated, a bad CRC, an unknown compression method. */
export class PackageDamaged extends Error {}

/** The package breaks a rule that protects its reader. */
export class PackageUnsafe extends Error {
  constructor(
    readonly kind: "duplicate" | "escape" | "overlap" | "dtd",
    /** The part name concerned. */
    readonly part: string,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * A file's bytes read where they lie, a range at a time, for a shell that need not load a large
 * file whole (the command line's earlier district report, of which a few parts are read).
 */
export interface ByteSource {
  readonly length: number;
  /** The bytes from `start` up to `end`, within the file; throws when they cannot be read. */
  read(start: number, end: number): Uint8Array;
}

/** Bytes in memory as a source: each range a view, nothing copied. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  /** Inflated size, as the central directory declares it. */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes given to the inflater at once: at most about 1,000 times as many come out. */
const STEP = 16_384;
/**
 * A part declared at most this large is inflated whole by the host's zlib, when it lent one, and
 * handed on in pieces; a larger one is inflated step by step, so that reading can stop early.
 */
const WHOLE_AT_ONCE = 4 << 20;
/** Inflated bytes handed on at once from a part inflated whole. */
const PIECE = 65_536;

const utf8 = new TextDecoder("utf-8");

/** Parts stored in at most this many bytes are kept by readOnce; and so many parts at most. */
const READ_ONCE_BYTES = 65_536;
const READ_ONCE_PARTS = 64;
const readBefore = new Map<string, { stored: Uint8Array; inflated: number; value: unknown }>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class ZipPackage {
  private readonly source: ByteSource;
  private readonly byLowerName = new Map<string, ZipEntry>();
  private inflated = 0;

  /**
   * Reads the central directory; throws PackageDamaged, PackageUnsafe or LimitExceeded. The time
   * limit counts from `startedAt`. From a ByteSource, only the central directory, the local
   * headers and the parts asked for are read.
   */
  constructor(
    bytes: Uint8Array | ByteSource,
    private readonly limits: ReadLimits,
    private readonly startedAt = Date.now(),
  ) {
    this.source = bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
    const entries = this.centralDirectory();
    for (const entry of entries) {
      if (entry.name.endsWith("/")) continue;
      checkPartName(entry.name);
      const key = entry.name.toLowerCase();
      const twin = this.byLowerName.get(key);
      if (twin !== undefined)
        throw new PackageUnsafe(
          "duplicate",
          entry.name,
          `two entries for one part name: "${twin.name}" and "${entry.name}"`,
        );
      this.byLowerName.set(key, entry);
    }
    this.checkNoOverlap(entries);
  }

  /** Forgets what was inflated, to read the same parts again; the time limit still counts from the first reading. */
  rewind(): void {
    this.inflated = 0;
  }

  /** Part names are case-insensitive in a package (OPC); some writers do not keep Excel's case. */
  entry(name: string): ZipEntry | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  /**
   * What `read` makes of a part, or what it made of a part stored byte for byte the same, read
   * before under the same `key` (in this package or another). An inbox's files come from one
   * template, so their styles and relationships are the same bytes: each is read once (300 files:
   * some 90 ms of 830 ms). What the first reading inflated counts towards this package's limit
   * again, so that no file is read otherwise for what was read before it. Only what `read` returns
   * is kept, and it is shared: it must never be changed. `key` names all else the value depends
   * on (the part's name, the limits it was read under).
   */
  readOnce<T>(entry: ZipEntry, key: string, read: () => T): T {
    if (entry.compressedSize > READ_ONCE_BYTES) return read();
    const start = this.dataStart(entry);
    const stored = this.source.read(start, start + entry.compressedSize);
    const full = `${key}\0${entry.method}:${entry.crc}:${entry.size}:${entry.compressedSize}`;
    const kept = readBefore.get(full);
    if (kept !== undefined && sameBytes(kept.stored, stored)) {
      this.count(kept.inflated);
      return kept.value as T;
    }
    const before = this.inflated;
    const value = read();
    if (readBefore.size >= READ_ONCE_PARTS) readBefore.clear();
    readBefore.set(full, { stored: stored.slice(), inflated: this.inflated - before, value });
    return value;
  }

  private count(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.packageBytes)
      throw new LimitExceeded("packageBytes", this.limits.packageBytes, undefined, undefined);
  }

  /**
   * Inflates a part step by step, giving each piece to `take` until the end or until `take`
   * returns false (it has what it needs). A part up to WHOLE_AT_ONCE is inflated and its size and
   * CRC checked to its end even so, so that a damaged part is never half-read, and all of it counts
   * towards the package's limit; a larger one stops there, unchecked (always by fflate, in the
   * same steps). True when `take` was given the whole part.
   */
  stream(entry: ZipEntry, take: (chunk: Uint8Array) => boolean): boolean {
    const start = this.dataStart(entry);
    const zlib = hostZlib();
    const update = zlib ? zlib.crc32 : crc32;
    const checkedWhole = entry.size <= WHOLE_AT_ONCE;
    let produced = 0;
    let crc = 0;
    let wanted = true;
    const give = (chunk: Uint8Array): void => {
      if (chunk.length === 0) return;
      produced += chunk.length;
      if (produced > entry.size)
        throw new PackageDamaged(`${entry.name} inflates to more than its declared ${entry.size} bytes`);
      crc = update(chunk, crc);
      // What is inflated counts, to its end when it is checked to its end: the same bytes whichever
      // zlib inflated the part, in whatever pieces it handed them on.
      if (!wanted && !checkedWhole) return;
      this.count(chunk.length);
      if (wanted) wanted = take(chunk);
    };
    const whole = zlib !== undefined && entry.method === DEFLATED && checkedWhole;
    const inflater = entry.method === DEFLATED && !whole ? new Inflate((chunk) => give(chunk)) : undefined;
    const goOn = (): boolean => wanted || checkedWhole;
    try {
      if (whole) {
        const inflated = inflateWhole(zlib, this.source.read(start, start + entry.compressedSize), entry);
        let at = 0;
        for (; wanted && at < inflated.length; at += PIECE) {
          give(inflated.subarray(at, at + PIECE));
          this.checkTime();
        }
        give(inflated.subarray(at));
      } else
        for (let at = 0; goOn() && at < entry.compressedSize; at += STEP) {
          const end = Math.min(at + STEP, entry.compressedSize);
          const step = this.source.read(start + at, start + end);
          const last = end === entry.compressedSize;
          if (inflater) inflater.push(step, last);
          else give(step);
          this.checkTime();
        }
      if (inflater && entry.compressedSize === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (
        e instanceof PackageDamaged ||
        e instanceof PackageUnsafe ||
        e instanceof LimitExceeded ||
        !(e instanceof Error)
      )
        throw e;
      throw new PackageDamaged(`${entry.name}: ${e.message}`);
    }
    if (!checkedWhole && !wanted) return false;
    if (produced !== entry.size)
      throw new PackageDamaged(`${entry.name} inflates to ${produced} bytes, not its declared ${entry.size}`);
    if (crc !== entry.crc) throw new PackageDamaged(`${entry.name}: bad CRC`);
    return wanted;
  }

  private checkTime(): void {
    const spent = Date.now() - this.startedAt;
    if (spent > this.limits.milliseconds)
      throw new LimitExceeded("milliseconds", this.limits.milliseconds, spent, undefined);
  }

  /** The bytes from `start` to the end of the file, or to `end`: offsets in it are the file's. */
  private window(start: number, end = this.source.length): Window {
    const from = Math.max(0, Math.min(start, this.source.length));
    return new Window(from, this.source.read(from, Math.max(from, Math.min(end, this.source.length))));
  }

  private centralDirectory(): ZipEntry[] {
    const { tail, end } = this.findEndRecord();
    let count = tail.u16(end + 10);
    let size = tail.u32(end + 12);
    let offset = tail.u32(end + 16);
    if (tail.u16(end + 4) !== 0 || tail.u16(end + 6) !== 0)
      throw new PackageDamaged("a zip split over several disks");
    if (count === 0xffff || size === U32_MAX || offset === U32_MAX) {
      const locator = end - 20;
      const record = locator < tail.start ? this.window(locator, locator + 20) : tail;
      if (locator < 0 || record.u32(locator) !== ZIP64_LOCATOR)
        throw new PackageDamaged("no zip64 end record locator");
      const end64 = record.u64(locator + 8);
      const record64 = this.window(end64, end64 + 56);
      if (record64.u32(end64) !== ZIP64_EOCD) throw new PackageDamaged("no zip64 end record");
      count = record64.u64(end64 + 32);
      size = record64.u64(end64 + 40);
      offset = record64.u64(end64 + 48);
    }
    if (count > this.limits.parts) throw new LimitExceeded("parts", this.limits.parts, count, undefined);
    if (offset + size > this.source.length) throw new PackageDamaged("the central directory is cut off");

    // From the directory to the end of the file: an entry may run past the size the end record declares.
    const directory = offset >= tail.start ? tail : this.window(offset);
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (directory.u32(at) !== CENTRAL) throw new PackageDamaged(`central directory entry ${i} is damaged`);
      const flags = directory.u16(at + 8);
      const method = directory.u16(at + 10);
      const nameLength = directory.u16(at + 28);
      const extraLength = directory.u16(at + 30);
      const commentLength = directory.u16(at + 32);
      if (at + 46 + nameLength > this.source.length)
        throw new PackageDamaged("the central directory is cut off");
      const name = utf8.decode(directory.bytes(at + 46, at + 46 + nameLength));
      let compressedSize = directory.u32(at + 20);
      let inflatedSize = directory.u32(at + 24);
      let localOffset = directory.u32(at + 42);
      if (compressedSize === U32_MAX || inflatedSize === U32_MAX || localOffset === U32_MAX) {
        // The zip64 extra field holds, in this order, those of the three that do not fit.
        const zip64 = extraField(directory, at + 46 + nameLength, extraLength, 0x0001);
        if (zip64 === undefined) throw new PackageDamaged(`${name}: no zip64 sizes`);
        let field = zip64;
        const next = (): number => {
          const v = directory.u64(field);
          field += 8;
          return v;
        };
        if (inflatedSize === U32_MAX) inflatedSize = next();
        if (compressedSize === U32_MAX) compressedSize = next();
        if (localOffset === U32_MAX) localOffset = next();
      }
      if (flags & 1) throw new PackageDamaged(`${name} is encrypted with zip encryption`);
      if (!name.endsWith("/") && method !== STORED && method !== DEFLATED)
        throw new PackageDamaged(`${name}: compression method ${method}`);
      entries.push({
        name,
        method,
        crc: directory.u32(at + 16),
        compressedSize,
        size: inflatedSize,
        localOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /**
   * The end of central directory record: the last one, within the 64 KiB a comment may take; with
   * the end of the file it was found in.
   */
  private findEndRecord(): { tail: Window; end: number } {
    const tail = this.window(this.source.length - 22 - 0xffff);
    for (let at = this.source.length - 22; at >= tail.start; at--) {
      if (tail.u32(at) === EOCD) return { tail, end: at };
    }
    throw new PackageDamaged("no end of central directory record (truncated?)");
  }

  private dataStart(entry: ZipEntry): number {
    const at = entry.localOffset;
    const header = this.window(at, at + 30);
    if (header.u32(at) !== LOCAL) throw new PackageDamaged(`${entry.name}: no local header`);
    const start = at + 30 + header.u16(at + 26) + header.u16(at + 28);
    if (start + entry.compressedSize > this.source.length)
      throw new PackageDamaged(`${entry.name} is cut off`);
    return start;
  }

  /** Two entries sharing bytes let a small file claim many times its size (an overlapping zip bomb). */
  private checkNoOverlap(entries: readonly ZipEntry[]): void {
    const ranges = entries
      .map((entry) => ({
        entry,
        start: entry.localOffset,
        end: this.dataStart(entry) + entry.compressedSize,
      }))
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++) {
      const before = ranges[i - 1] as (typeof ranges)[number];
      const here = ranges[i] as (typeof ranges)[number];
      if (here.start < before.end)
        throw new PackageUnsafe(
          "overlap",
          here.entry.name,
          `entries "${before.entry.name}" and "${here.entry.name}" overlap`,
        );
    }
  }
}

/** Bytes read from a package, addressed by their offsets in the file. */
class Window {
  private readonly view: DataView;

  constructor(
    readonly start: number,
    private readonly data: Uint8Array,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  bytes(from: number, to: number): Uint8Array {
    return this.data.subarray(from - this.start, to - this.start);
  }

  u16(at: number): number {
    if (at < this.start || at + 2 > this.start + this.data.length)
      throw new PackageDamaged(`truncated at byte ${at}`);
    return this.view.getUint16(at - this.start, true);
  }

  u32(at: number): number {
    if (at < this.start || at + 4 > this.start + this.data.length)
      throw new PackageDamaged(`truncated at byte ${at}`);
    return this.view.getUint32(at - this.start, true);
  }

  u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw new PackageDamaged(`a size of ${value} bytes`);
    return value;
  }
}

function extraField(window: Window, start: number, length: number, id: number): number | undefined {
  for (let at = start; at + 4 <= start + length; at += 4 + window.u16(at + 2)) {
    if (window.u16(at) === id) return at + 4;
  }
  return undefined;
}

/** A part name stays inside the package: no "..", no absolute or drive path, no backslash. */
export function checkPartName(name: string): void {
  if (/\\/.test(name) || name.startsWith("/") || /^[A-Za-z]:/.test(name) || name.split("/").includes(".."))
    throw new PackageUnsafe("escape", name, `the part name "${name}" leaves the package`);
}

/** A part inflated by the host's zlib, at most one byte past its declared size (give finds that). */
function inflateWhole(zlib: HostZlib, data: Uint8Array, entry: ZipEntry): Uint8Array {
  const inflated = zlib.inflateRaw(data, entry.size + 1);
  if (inflated === null)
    throw new PackageDamaged(`${entry.name} inflates to more than its declared ${entry.size} bytes`);
  return inflated;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 of `bytes` continuing `crc` (0 to start). */
function crc32(bytes: Uint8Array, crc: number): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = (table[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
