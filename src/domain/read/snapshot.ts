import type { Message } from "../i18n/lang";
import type { RawCell } from "./values";

/**
 * What a shell reads of a workbook before anything is interpreted: cells as stored, and the
 * defined names. The file shell builds it from an .xlsx, the Excel shell from one batched load.
 */
export interface WorkbookSnapshot {
  sheets: readonly SheetSnapshot[];
  /** Workbook-scoped names. `ref` as Excel writes it: "'XA-XUAN-HOA 2024'!$D$86", or "#REF!" when broken. */
  names: readonly SnapshotName[];
  /** Sheets the reader left unread (a large sheet that holds no template), each with a note for the clerk. */
  skipped?: readonly SkippedSheet[];
}

export interface SkippedSheet {
  name: string;
  message: Message;
}

export interface SheetSnapshot {
  name: string;
  /** Non-empty cells by A1 address. */
  cells: ReadonlyMap<string, RawCell>;
  /** Names scoped to this sheet; `ref` may or may not carry the sheet name. */
  names: readonly SnapshotName[];
}

export interface SnapshotName {
  name: string;
  ref: string;
}

/**
 * The A1 address a name points to on the given sheet, or null when it points elsewhere, to a
 * range, or nowhere (#REF! after the clerk deleted its row).
 */
export function nameTarget(ref: string, sheetName: string): string | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().replace(/^=/, ""));
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (sheet !== undefined && sheet !== sheetName) return null;
  return `${m[3]}${m[4]}`;
}
