/**
 * Folds Vietnamese text for matching (never for display): NFC, look-alike letters, spaces, case, and finally the diacritics themselves, so that "UBND xã Xuân Hoà",
 * "Xa Xuan Hoa" and "XÃ XUÂN HÒA" compare equal.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00d0/g, "Đ")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
