/**
 * Excel compares the names of sheets and of defined names without regard to case: the add-in
 * compares them by this key.
 */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/** The sheet of that name, in whatever case the workbook has it. */
export function sheetNamed<T extends { name: string }>(sheets: readonly T[], name: string): T | undefined {
  const key = nameKey(name);
  return sheets.find((s) => nameKey(s.name) === key);
}

/** The key of the sheet a name's formula points at: "='XA-XUAN-HOA 2024'!$D$27" → "XA-XUAN-HOA 2024". */
export function sheetOf(formula: string): string | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (m === null) return null;
  return nameKey(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string));
}
