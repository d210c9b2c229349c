/** One CSV field (RFC 4180), quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, "\r\n" after every row as RFC 4180 asks (and Excel writes). */
export function csvText(rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** The byte order mark that makes Excel open a CSV as UTF-8, so Vietnamese reads right. */
export const UTF8_BOM = "\ufeff";
