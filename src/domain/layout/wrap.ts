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
