import type { PlanPrint, SheetPlan } from "../domain/layout/sheetPlan";
import { escapeXml } from "./xmlText";

/** Excel's paperSize codes. */
export const PAPER_SIZE: Record<PlanPrint["paper"], number> = { A4: 9, A3: 8 };
/** Inches; Excel's default. */
export const HEADER_FOOTER_MARGIN = 0.3;
/** The last row and column of a sheet, which a manual break spans. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** `<sheetPr>` of a sheet printed one page wide; "" otherwise. */
export function sheetPrXml(print: PlanPrint): string {
  return print.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
}

/**
 * pageMargins, pageSetup, headerFooter, rowBreaks and colBreaks of a worksheet, in the schema's
 * order (after mergeCells and any conditional formatting, before drawing and tableParts).
 */
export function printXml(print: PlanPrint): string {
  const m = print.margins;
  let xml =
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${HEADER_FOOTER_MARGIN}" footer="${HEADER_FOOTER_MARGIN}"/>` +
    `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}"` +
    (print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ` scale="${print.scale ?? 100}"`) +
    "/>";
  if (print.header !== undefined || print.footer !== undefined) {
    xml +=
      "<headerFooter>" +
      (print.header === undefined ? "" : `<oddHeader>${escapeXml(`&C${print.header}`)}</oddHeader>`) +
      (print.footer === undefined ? "" : `<oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter>`) +
      "</headerFooter>";
  }
  xml += breaksXml("rowBreaks", print.rowBreaks ?? [], MAX_COL);
  xml += columnBreaksXml(print.columnBreaks ?? []);
  return xml;
}

export function columnBreaksXml(starts: readonly number[]): string {
  return breaksXml("colBreaks", starts, MAX_ROW);
}

/** A break's id is the last row (column) before it, so a page starting at row 20 is id 19. */
function breaksXml(tag: "rowBreaks" | "colBreaks", starts: readonly number[], max: number): string {
  const ids = [...new Set(starts)].filter((s) => s > 1).sort((a, b) => a - b);
  if (ids.length === 0) return "";
  return (
    `<${tag} count="${ids.length}" manualBreakCount="${ids.length}">` +
    ids.map((s) => `<brk id="${s - 1}" max="${max}" man="1"/>`).join("") +
    `</${tag}>`
  );
}

/** The workbook's _xlnm.Print_Titles and _xlnm.Print_Area of one sheet, as definedName elements. */
export function printNamesXml(plan: SheetPlan, sheetIndex: number): string {
  const sheet = `'${plan.name.replace(/'/g, "''")}'`;
  const { print } = plan;
  const titles = [print.repeatColumns, print.repeatRows === "" ? undefined : print.repeatRows]
    .filter((t): t is string => t !== undefined && t !== "")
    .map((t) => `${sheet}!${t}`);
  let xml = "";
  if (titles.length > 0)
    xml += `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeXml(titles.join(","))}</definedName>`;
  if (print.printArea !== undefined)
    xml += `<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex}">${escapeXml(`${sheet}!${absolute(print.printArea)}`)}</definedName>`;
  return xml;
}

function absolute(range: string): string {
  return range.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}
