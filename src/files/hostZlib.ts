/**
 * A host's own zlib, lent to the reader and the streamed writer in place of fflate's JavaScript:
 * Node's inflates about five times and deflates about three times as fast. Without one (a
 * browser), fflate does it all. Nothing else changes with it: the same limits, the same findings.
 *
 * Runs in Node and in a browser bundle: the host passes its zlib in, this module imports none.
 */
import { ZipDeflate, ZipPassThrough } from "fflate";

export interface HostZlib {
  /** Inflates raw deflate data whole; null when it would inflate past `maxBytes`, a throw when it is damaged. */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | null;
  /**
   * Deflates one piece of a stream on its own, ending on a byte (a sync flush) so that the next
   * piece follows it; the last piece ends the stream.
   */
  deflateRawPiece(data: Uint8Array, last: boolean): Uint8Array<ArrayBuffer>;
  /** CRC-32 of `data` continuing `crc` (0 to start), as zip stores it. */
  crc32(data: Uint8Array, crc: number): number;
}

/**
 * zlib's level for every part written: level 4 is the fastest of the levels that search for the
 * longest match. On the 111 MB of XML of a 3,000-unit district workbook: 0.42 s and 12.4 MB, where
 * level 6 (zlib's default) took 1.05 s for 11.6 MB and level 2 0.29 s for 14.0 MB.
 */
export const DEFLATE_LEVEL = 4;

let lent: HostZlib | undefined;

/** The command line lends Node's zlib once, before it reads or writes a workbook. */
export function lendZlib(zlib: HostZlib | undefined): void {
  lent = zlib;
}

export function hostZlib(): HostZlib | undefined {
  return lent;
}

/** A zip entry deflated by the host's zlib: the zip's CRC and sizes as fflate keeps them. */
class HostZipDeflate extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly zlib: HostZlib,
  ) {
    super(filename);
    this.compression = 8;
    this.crc = 0;
  }

  /** As fflate's, with the CRC by the host's zlib. */
  override push(chunk: Uint8Array, final = false): void {
    this.crc = this.zlib.crc32(chunk, this.crc);
    this.size += chunk.length;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.zlib.deflateRawPiece(chunk, final), final);
  }
}

/** A deflated zip entry to stream a part into, by the host's zlib when it lent one. */
export function zipDeflate(filename: string): ZipPassThrough | ZipDeflate {
  return lent ? new HostZipDeflate(filename, lent) : new ZipDeflate(filename, { level: DEFLATE_LEVEL });
}
