/**
 * Hands bytes to the browser as a download; nothing is sent anywhere. For both hosts that run in a
 * browser: the pane in Excel, where Excel cannot open a new workbook, and the page.
 */
export function download(content: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([typeof content === "string" ? content : content.slice()], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL is released after the browser took it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv;charset=utf-8";
