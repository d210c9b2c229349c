import type { OfficeErrorText } from "../vi/officeErrors";

/** What the clerk can do when Excel refuses a request, in English (one missing or extra does not compile). */
export const en: OfficeErrorText = {
  AccessDenied:
    "The sheet or the workbook is protected, or read-only. Unprotect the sheet (Review > Unprotect Sheet) or open the workbook with the right to edit it, then try again.",
  InvalidOperation:
    "Excel does not allow this on the workbook right now. Close any dialog open in Excel, press Enter or Esc if a cell is being edited, then try again.",
  InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc to leave it, then try again.",
  ItemNotFound:
    "Excel did not find a sheet or a name DVCQ had just read: it may have been renamed or deleted, or changed by someone editing the workbook with you. Try again: DVCQ reads the workbook afresh.",
  RequestPayloadSizeLimitExceeded:
    "The request to Excel is too large (Excel on the web takes at most 5 MB at a time). Work in smaller parts (fewer sheets or files at a time), or use Excel on a computer.",
  ResponsePayloadSizeLimitExceeded:
    "What Excel sends back is too large (Excel on the web sends at most 5 MB at a time). Work in smaller parts (fewer sheets at a time), or use Excel on a computer.",
  GeneralException:
    "Excel had an internal error. Save the workbook and try again; if it happens again, close and reopen the workbook (on the web: reload the page).",
  ApiNotFound: "This version of Excel lacks a feature DVCQ needs. Update Excel, or use Excel on the web.",
  otherError: "Try again; if it happens again, send this message to whoever supports DVCQ.",
};
