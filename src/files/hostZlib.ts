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
   * piece follows it; the last piece ends the stream. On a thread of the host's, so that the
   * writer makes the next pieces meanwhile.
   */
  deflateRawPiece(data: Uint8Array, last: boolean): Promise<Uint8Array<ArrayBuffer>>;
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

/** Pieces of one part being deflated at a time, at most: enough to keep the host's threads busy, few to hold. */
const PIECES_AT_ONCE = 4;

/** A zip entry deflated by the host's zlib: the zip's CRC and sizes as fflate keeps them. */
class HostZipDeflate extends ZipPassThrough {
  /** Each piece given to the host, settled once it is handed on to the zip, in order. */
  private readonly deflating: Promise<void>[] = [];
  private handedOn: Promise<void> = Promise.resolve();

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
    const deflated = this.zlib.deflateRawPiece(chunk, final);
    this.handedOn = this.handedOn.then(async () => this.ondata(null, await deflated, final));
    // A failure is thrown where the writer waits (room, finished), not left unhandled before then:
    // neither a piece's own (it may fail while an earlier one is still deflated, or after one
    // failed) nor the chain's.
    deflated.catch(() => undefined);
    this.handedOn.catch(() => undefined);
    this.deflating.push(this.handedOn);
  }

  /** Once few enough pieces are being deflated for another to be pushed; throws what deflating threw. */
  async room(): Promise<void> {
    while (this.deflating.length > PIECES_AT_ONCE) await this.deflating.shift();
  }

  /** Once every piece is handed on to the zip. */
  async finished(): Promise<void> {
    this.deflating.length = 0;
    await this.handedOn;
  }
}

export type ZipPart = ZipPassThrough | ZipDeflate;

/** A deflated zip entry to stream a part into, by the host's zlib when it lent one. */
export function zipDeflate(filename: string): ZipPart {
  return lent ? new HostZipDeflate(filename, lent) : new ZipDeflate(filename, { level: DEFLATE_LEVEL });
}

/**
 * Pushes the next bytes of a part; resolves when the part can take more (the last bytes: when all
 * of it is in the zip). With the host's zlib its pieces are deflated while the writer goes on.
 */
export async function pushPart(part: ZipPart, data: Uint8Array, last: boolean): Promise<void> {
  part.push(data, last);
  if (part instanceof HostZipDeflate) await (last ? part.finished() : part.room());
}
