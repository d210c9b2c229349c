import { isoToExcelSerial } from "../period";

/** A document cited as evidence: "Kế hoạch số 12/KH-UBND ngày 05/3/2024" → 12/KH-UBND, 05/03/2024. */
export interface DocumentRef {
  symbol: string;
  /** Excel serial of the date written after it. */
  date: number;
  /** As written, for messages. */
  dateText: string;
}

const REFERENCE =
  /(\d+)\s*\/\s*([A-ZĐ][A-ZĐa-zđ0-9&-]*)\s*,?\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/gu;

/**
 * Dated document references of an evidence text. Only a number/symbol followed by "ngày d/m/yyyy"
 * counts: a bare date ("trích xuất ngày 01/10/2024") dates nothing that proves a figure.
 */
export function documentRefs(text: string): DocumentRef[] {
  const refs: DocumentRef[] = [];
  for (const m of text.normalize("NFC").matchAll(REFERENCE)) {
    const [day, month, year] = [Number(m[3]), Number(m[4]), Number(m[5])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    const iso = date.toISOString().slice(0, 10);
    refs.push({
      symbol: `${m[1]}/${m[2]}`,
      date: isoToExcelSerial(iso),
      dateText: `${m[3]}/${m[4]}/${m[5]}`,
    });
  }
  return refs;
}
