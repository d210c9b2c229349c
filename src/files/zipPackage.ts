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

export class ZipPackage {
  private readonly view: DataView;
  private readonly byLowerName = new Map<string, ZipEntry>();
  private inflated = 0;

  /**
   * Reads the central directory; throws PackageDamaged, PackageUnsafe or LimitExceeded. The time
   * limit counts from `startedAt`.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
    private readonly startedAt = Date.now(),
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
   * Inflates a part step by step, giving each piece to `take` until the end or until `take`
   * returns false (it has what it needs). A part up to WHOLE_AT_ONCE is inflated and its size and
   * CRC checked to its end even so, so that a damaged part is never half-read; a larger one stops
   * there, unchecked. True when `take` was given the whole part.
   */
  stream(entry: ZipEntry, take: (chunk: Uint8Array) => boolean): boolean {
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
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
      if (!wanted) return;
      this.inflated += chunk.length;
      if (this.inflated > this.limits.packageBytes)
        throw new LimitExceeded("packageBytes", this.limits.packageBytes, undefined, undefined);
      wanted = take(chunk);
    };
    const whole = zlib !== undefined && entry.method === DEFLATED && checkedWhole;
    const inflater = entry.method === DEFLATED && !whole ? new Inflate((chunk) => give(chunk)) : undefined;
    const goOn = (): boolean => wanted || checkedWhole;
    try {
      if (whole) {
        const inflated = inflateWhole(zlib, data, entry);
        let at = 0;
        for (; wanted && at < inflated.length; at += PIECE) {
          give(inflated.subarray(at, at + PIECE));
          this.checkTime();
        }
        give(inflated.subarray(at));
      } else
        for (let at = 0; goOn() && at < data.length; at += STEP) {
          const step = data.subarray(at, at + STEP);
          const last = at + STEP >= data.length;
          if (inflater) inflater.push(step, last);
          else give(step);
          this.checkTime();
        }
      if (inflater && data.length === 0) inflater.push(data, true);
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

  private u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw new PackageDamaged(`truncated at byte ${at}`);
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw new PackageDamaged(`truncated at byte ${at}`);
    return this.view.getUint32(at, true);
  }

  private u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw new PackageDamaged(`a size of ${value} bytes`);
    return value;
  }

  private centralDirectory(): ZipEntry[] {
    const end = this.findEndRecord();
    let count = this.u16(end + 10);
    let size = this.u32(end + 12);
    let offset = this.u32(end + 16);
    if (this.u16(end + 4) !== 0 || this.u16(end + 6) !== 0)
      throw new PackageDamaged("a zip split over several disks");
    if (count === 0xffff || size === U32_MAX || offset === U32_MAX) {
      const locator = end - 20;
      if (locator < 0 || this.u32(locator) !== ZIP64_LOCATOR)
        throw new PackageDamaged("no zip64 end record locator");
      const end64 = this.u64(locator + 8);
      if (this.u32(end64) !== ZIP64_EOCD) throw new PackageDamaged("no zip64 end record");
      count = this.u64(end64 + 32);
      size = this.u64(end64 + 40);
      offset = this.u64(end64 + 48);
    }
    if (count > this.limits.parts) throw new LimitExceeded("parts", this.limits.parts, count, undefined);
    if (offset + size > this.bytes.length) throw new PackageDamaged("the central directory is cut off");

    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (this.u32(at) !== CENTRAL) throw new PackageDamaged(`central directory entry ${i} is damaged`);
      const flags = this.u16(at + 8);
      const method = this.u16(at + 10);
      const nameLength = this.u16(at + 28);
      const extraLength = this.u16(at + 30);
      const commentLength = this.u16(at + 32);
      if (at + 46 + nameLength > this.bytes.length)
        throw new PackageDamaged("the central directory is cut off");
      const name = utf8.decode(this.bytes.subarray(at + 46, at + 46 + nameLength));
      let compressedSize = this.u32(at + 20);
      let inflatedSize = this.u32(at + 24);
      let localOffset = this.u32(at + 42);
      if (compressedSize === U32_MAX || inflatedSize === U32_MAX || localOffset === U32_MAX) {
        // The zip64 extra field holds, in this order, those of the three that do not fit.
        const zip64 = this.extraField(at + 46 + nameLength, extraLength, 0x0001);
        if (zip64 === undefined) throw new PackageDamaged(`${name}: no zip64 sizes`);
        let field = zip64;
        const next = (): number => {
          const v = this.u64(field);
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
        crc: this.u32(at + 16),
        compressedSize,
        size: inflatedSize,
        localOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The end of central directory record: the last one, within the 64 KiB a comment may take. */
  private findEndRecord(): number {
    for (let at = this.bytes.length - 22; at >= Math.max(0, this.bytes.length - 22 - 0xffff); at--) {
      if (this.view.getUint32(at, true) === EOCD) return at;
    }
    throw new PackageDamaged("no end of central directory record (truncated?)");
  }

  private extraField(start: number, length: number, id: number): number | undefined {
    for (let at = start; at + 4 <= start + length; at += 4 + this.u16(at + 2)) {
      if (this.u16(at) === id) return at + 4;
    }
    return undefined;
  }

  private dataStart(entry: ZipEntry): number {
    const at = entry.localOffset;
    if (this.u32(at) !== LOCAL) throw new PackageDamaged(`${entry.name}: no local header`);
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    if (start + entry.compressedSize > this.bytes.length)
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
