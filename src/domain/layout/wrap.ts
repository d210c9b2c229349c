/**
 * Lines a wrapped text takes in a column of the given width (in characters). Excel and LibreOffice
 * do not grow a row for wrapped text written by a program, so plans set row heights themselves.
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      if (used > 0 && used + 1 + word.length > width) {
        lines++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
  }
  return lines;
}

/**
 * Characters of 12-point Times New Roman per unit of column width in a template, a little under
 * what fits: at 1.3 LibreOffice wrapped 2.1's 78 characters in 62 units onto a second line that ran
 * over the next row, and at 1.05 5.5's 65.
 */
export const TEMPLATE_CHARS_PER_WIDTH = 1;

/** Lines `text` takes in a template cell `columnWidth` units wide. */
export function linesInColumn(text: string, columnWidth: number): number {
  return wrappedLines(text, Math.max(1, Math.floor(columnWidth * TEMPLATE_CHARS_PER_WIDTH)));
}
