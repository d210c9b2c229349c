import { constants, crc32, deflateRaw, inflateRawSync } from "node:zlib";
import { DEFLATE_LEVEL, type HostZlib } from "../files/hostZlib";

/** Node's zlib for the reader and the streamed writer (src/files/hostZlib.ts). */
export const nodeZlib: HostZlib = {
  inflateRaw(data, maxBytes) {
    try {
      // Room for the whole part at once: in pieces of zlib's usual 16 KB, Node joins them in a copy.
      const room = Math.max(1, maxBytes);
      return inflateRawSync(data, { maxOutputLength: room, chunkSize: Math.max(64, room) });
    } catch (e) {
      if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return null;
      throw e;
    }
  },
  deflateRawPiece: (data, last) =>
    new Promise((resolve, reject) =>
      deflateRaw(
        data,
        { level: DEFLATE_LEVEL, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH },
        // Node allocates its own buffer, never a shared one.
        (error, deflated) => (error ? reject(error) : resolve(deflated as Uint8Array<ArrayBuffer>)),
      ),
    ),
  crc32: (data, crc) => crc32(data, crc),
};
