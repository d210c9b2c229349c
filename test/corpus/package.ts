/**
 * A written .xlsx as its parts, to change at the XML level and pack again with the corpus's own
 * zip writer (entries in their original order, deflated).
 */
import JSZip from "jszip";
import { zip, type ZipEntry } from "./zip";

export type Parts = Map<string, Uint8Array>;

export const SHEET_PART = "xl/worksheets/sheet1.xml";
export const WORKBOOK_PART = "xl/workbook.xml";
export const STRINGS_PART = "xl/sharedStrings.xml";
export const STYLES_PART = "xl/styles.xml";
export const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
export const CONTENT_TYPES = "[Content_Types].xml";

export async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const loaded = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const file of Object.values(loaded.files))
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  return parts;
}

export function textOf(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  if (bytes === undefined) throw new Error(`the package has no part ${name}`);
  return Buffer.from(bytes).toString("utf8");
}

/** A copy of the parts with `name` replaced by what `edit` makes of its text; throws when nothing changed. */
export function editPart(parts: Parts, name: string, edit: (xml: string) => string): Parts {
  const before = textOf(parts, name);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${name} changed nothing`);
  return new Map(parts).set(name, Buffer.from(after, "utf8"));
}

export function without(parts: Parts, name: string): Parts {
  const copy = new Map(parts);
  if (!copy.delete(name)) throw new Error(`the package has no part ${name}`);
  return copy;
}

export function pack(parts: Parts, extra: readonly ZipEntry[] = []): Uint8Array {
  return zip([...[...parts].map(([name, data]) => ({ name, data, deflate: true })), ...extra]);
}

/** The <c> element of `ref` in a sheet's XML (exceljs writes one per cell, never nested). */
function cellPattern(ref: string): RegExp {
  return new RegExp(`<c r="${ref}"(?: [^>]*?)?(?:/>|>.*?</c>)`);
}

/** The sheet XML with the cell at `ref` replaced by `cellXml` (which must carry r="ref"). */
export function replaceCell(xml: string, ref: string, cellXml: string): string {
  if (!cellPattern(ref).test(xml)) throw new Error(`no cell ${ref} in the sheet`);
  return xml.replace(cellPattern(ref), cellXml);
}

/** The style index exceljs gave the cell at `ref`, to keep its number format when replacing it. */
export function styleOf(xml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml);
  if (!m || m[1] === undefined) throw new Error(`no styled cell ${ref} in the sheet`);
  return m[1];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
