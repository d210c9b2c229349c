/** A value the clerk typed, in quotation marks and cut to 60 characters: “1.234 buổi”. */
export function quote(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}
