import type { Message } from "../domain/i18n/lang";
import { M } from "./messages";

/** The code of a read that found the file shorter than when it was opened (fileSource.ts). */
export const CUT_SHORT = "DVCQ_CUT_SHORT";

const REASON_OF_CODE: Record<string, Message> = {
  ENOENT: M.fsNotFound,
  EACCES: M.fsNoPermission,
  EPERM: M.fsNoPermission,
  EISDIR: M.fsIsFolder,
  ENOTDIR: M.fsNotFolder,
  EBUSY: M.fsBusy,
  ETXTBSY: M.fsBusy,
  ENOSPC: M.fsNoSpace,
  EDQUOT: M.fsNoSpace,
  EROFS: M.fsReadOnly,
  EMFILE: M.fsTooManyOpen,
  ENFILE: M.fsTooManyOpen,
  ENAMETOOLONG: M.fsNameTooLong,
  EIO: M.fsIo,
  [CUT_SHORT]: M.fsCutShort,
};

/** The system's error code of a failed file operation, if it has one. */
export function fsCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file operation failed, as the end of a sentence for a clerk: never a raw code such as ENOENT. */
export function fsReason(error: unknown): Message {
  return REASON_OF_CODE[fsCode(error) ?? ""] ?? M.fsOther;
}
