import type { Message } from "../domain/i18n/lang";
import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/officeErrors";
import { vi } from "./text/vi/officeErrors";

/**
 * What the clerk can do when Excel refuses a request, by the Office.js error code (words:
 * text/vi/officeErrors.ts, text/en/officeErrors.ts); `otherError` for a code not listed.
 */
export const OFFICE_ERROR_ADVICE = localized({ vi, en });

type OfficeErrorCode = Exclude<keyof typeof OFFICE_ERROR_ADVICE, "otherError">;

const isListed = (code: string): code is OfficeErrorCode =>
  code !== "otherError" && code in OFFICE_ERROR_ADVICE;

/**
 * Excel's refusal as the clerk reads it: what to do, then Excel's own words and code. Errors from
 * office.js are read by shape, not by class: its Error may come from another realm (an iframe).
 */
export function excelError(error: unknown): Message {
  const code = errorCode(error);
  const advice = OFFICE_ERROR_ADVICE[code !== null && isListed(code) ? code : "otherError"];
  const own = excelErrorText(error);
  return { vi: `${advice.vi} (Excel: ${own})`, en: `${advice.en} (Excel: ${own})` };
}

/** Excel's own words and error code, e.g. "The sheet is protected. (AccessDenied)". */
export function excelErrorText(error: unknown): string {
  const message =
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
      ? (error as { message: string }).message
      : String(error);
  const code = errorCode(error);
  return code !== null ? `${message} (${code})` : message;
}

function errorCode(error: unknown): string | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code !== "" ? code : null;
}
