/**
 * What this Excel can do, from Office's requirement sets. The floor is ExcelApi 1.8 (Excel 2019 and
 * later: data validation needs it); newer parts are used when present and skipped otherwise.
 */
export const EXCEL_API_FLOOR = "1.8";

export interface ExcelFeatures {
  /** ExcelApi 1.7: worksheet.freezePanes. */
  freezePanes: boolean;
  /** ExcelApi 1.9: worksheet.pageLayout (paper, orientation, fit to width, print titles, margins). */
  pageLayout: boolean;
  /** ExcelApi 1.9: Range.format.indentLevel. */
  indentLevel: boolean;
}

export interface HostSupport {
  meetsFloor: boolean;
  features: ExcelFeatures;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectSupport(isSetSupported: IsSetSupported = officeSupports): HostSupport {
  const excelApi = (version: string): boolean => isSetSupported("ExcelApi", version);
  return {
    meetsFloor: excelApi(EXCEL_API_FLOOR),
    features: { freezePanes: excelApi("1.7"), pageLayout: excelApi("1.9"), indentLevel: excelApi("1.9") },
  };
}

/** Office's own answer: whether this Excel supports a requirement set; false outside Office. */
export function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true
  );
}

/**
 * Whether the pane runs in Excel on a Mac, whose web view (WKWebView) saves nothing from a blob
 * link: a download started there never reaches the clerk.
 */
export function onMac(): boolean {
  if (typeof Office === "undefined") return false;
  return String(Office.context?.platform ?? Office.context?.diagnostics?.platform ?? "") === "Mac";
}

/** True where office.js has put an Excel host in this page. */
export function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}
