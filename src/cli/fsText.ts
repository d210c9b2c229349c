import type { Lang } from "../domain/i18n/lang";
import { say, type CliTextKey } from "./messages";

const REASON_OF_CODE: Record<string, CliTextKey> = {
  ENOENT: "fsNotFound",
  EACCES: "fsNoPermission",
  EPERM: "fsNoPermission",
  EISDIR: "fsIsFolder",
  ENOTDIR: "fsNotFolder",
  EBUSY: "fsBusy",
  ETXTBSY: "fsBusy",
  ENOSPC: "fsNoSpace",
  EDQUOT: "fsNoSpace",
  EROFS: "fsReadOnly",
  EMFILE: "fsTooManyOpen",
  ENFILE: "fsTooManyOpen",
  ENAMETOOLONG: "fsNameTooLong",
};

/** The system's error code of a failed file operation, if it has one. */
export function fsCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file operation failed, as the end of a sentence for a clerk: never a raw code such as ENOENT. */
export function fsReason(error: unknown, lang: Lang): string {
  return say(lang, REASON_OF_CODE[fsCode(error) ?? ""] ?? "fsOther");
}
