import type { CellStyle } from "./sheetPlan";

/** The styles of a Vietnamese administrative form (Decree 30/2020): heading, motto, title, table header. */
export const FORM_STYLES: Readonly<Record<string, CellStyle>> = {
  body: { horizontal: "center" },
  bodyBold: { bold: true, horizontal: "center" },
  motto: { bold: true, underline: true, horizontal: "center" },
  title: { bold: true, size: 14, horizontal: "center" },
  subtitle: { bold: true, horizontal: "center", wrap: true },
  note: { italic: true, horizontal: "center", wrap: true },
  tableHeader: {
    bold: true,
    horizontal: "center",
    vertical: "center",
    wrap: true,
    border: true,
    fill: "#D9E1F2",
  },
  columnNumber: { italic: true, size: 10, horizontal: "center", border: true },
};
