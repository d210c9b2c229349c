/** Texts folded so far: reading an inbox folds the same labels and names in every file. */
const folded = new Map<string, string>();
/** Past this many, the memory starts again; longer texts are not kept: it stays small whatever is read. */
const REMEMBERED = 20_000;
const LONGEST = 200;

/**
 * Folds Vietnamese text for matching (never for display): NFC, look-alike letters, spaces, case, and finally the diacritics themselves, so that "UBND xã Xuân Hoà",
 * "Xa Xuan Hoa" and "XÃ XUÂN HÒA" compare equal.
 */
export function foldForMatch(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = text
      .normalize("NFC")
      .replace(/\u00d0/g, "Đ")
      .toLowerCase()
      .replace(/đ/g, "d")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    if (text.length > LONGEST) return result;
    if (folded.size >= REMEMBERED) folded.clear();
    folded.set(text, result);
  }
  return result;
}
