/** The bytes as base64, for Office.js calls that take a file (createWorkbook, insertWorksheetsFromBase64); in 32 KB slices, which String.fromCharCode takes as arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
