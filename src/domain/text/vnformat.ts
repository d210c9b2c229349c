import { excelSerialToIso, formatViDate } from "../period";

/**
 * 1234.5 → "1.234,5": dots between thousands, a comma before decimals. Without `decimals`, as many
 * decimals as the number has (up to 10, so that 0.1 + 0.2 shows as "0,3").
 */
export function formatNumberVi(value: number, decimals?: number): string {
  const fixed = decimals === undefined ? value.toFixed(10).replace(/\.?0+$/, "") : value.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [whole = "", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const body = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (fraction ? `,${fraction}` : "");
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** 97.4 → "97,4%". Without `decimals`, one decimal at most and no trailing ",0": 100 → "100%". */
export function formatPercentVi(value: number, decimals?: number): string {
  const shown =
    decimals === undefined ? formatNumberVi(Number(value.toFixed(1))) : formatNumberVi(value, decimals);
  return `${shown}%`;
}

/** An Excel serial (1900 system) or an ISO date → "05/10/2024". */
export function formatDateVi(date: number | string): string {
  return formatViDate(typeof date === "number" ? excelSerialToIso(date) : date);
}

/** "Xuân Lộc, ngày 05 tháng 10 năm 2024" (Decree 30: days below 10 and months 1–2 get a 0); dots to fill without a date. */
export function dateLine(place: string, iso: string | undefined, year: number): string {
  if (iso === undefined) return `${place}, ngày …… tháng …… năm ${year}`;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = m <= 2 ? String(m).padStart(2, "0") : String(m);
  return `${place}, ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`;
}

const TONES = "[\u0300\u0301\u0303\u0309\u0323]";
/** In decomposed text: o before a plain a or e, or u (not after q) before y, the tone on the second vowel, and the syllable ends. */
const OLD_STYLE_OA_OE = new RegExp(`([oO])([aAeE])(${TONES})(?![\\p{L}\\p{M}])`, "gu");
const OLD_STYLE_UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONES})(?![\\p{L}\\p{M}])`, "gu");

/**
 * Moves the tone of an open syllable to the modern place, for matching: "Hoà" → "Hòa",
 * "khoẻ" → "khỏe", "thuỷ" → "thủy". Closed syllables ("hoàn", "xoài") and "qu" ("quý") stay.
 */
export function normalizeToneMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(OLD_STYLE_OA_OE, "$1$3$2")
    .replace(OLD_STYLE_UY, "$1$3$2")
    .normalize("NFC");
}
