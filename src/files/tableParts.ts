/**
 * The table parts of a sheet plan's Excel tables, written the same by both file writers: one
 * xl/tables/tableN.xml per table (numbered across the workbook), the sheet's relationships to them,
 * and the <tableParts> element that ends the worksheet.
 */
import { parseCell, parseRange } from "../domain/layout/a1";
import type { PlanTable, SheetPlan } from "../domain/layout/sheetPlan";
import { escapeXml } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
/** Relationship ids of a sheet's tables; no other relationship of a roll-up sheet uses this prefix. */
const REL_PREFIX = "rIdTable";

/** A table part, with its workbook-wide number. */
export interface TablePart {
  /** "xl/tables/table1.xml" */
  path: string;
  xml: string;
}

/** The text of each cell of the table's header row, left to right ("" where blank). */
export function headerTexts(plan: SheetPlan, table: PlanTable): string[] {
  const r = parseRange(table.range);
  const texts = Array.from({ length: r.right - r.left + 1 }, () => "");
  for (const cell of plan.cells) {
    const { row, col } = parseCell(cell.ref);
    if (row === r.top && col >= r.left && col <= r.right)
      texts[col - r.left] = cell.value === undefined || cell.value === null ? "" : String(cell.value);
  }
  return texts;
}

/** What a writer would write wrongly for a plan's tables: a bad name, a header blank or twice. */
export function tableProblems(plan: SheetPlan): string[] {
  return (plan.tables ?? []).flatMap((table) => {
    const problems: string[] = [];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table.name) || /^[A-Za-z]{1,3}\d+$/.test(table.name))
      problems.push(`table "${table.name}": not a valid table name`);
    const r = parseRange(table.range);
    if (r.bottom <= r.top) problems.push(`table "${table.name}": no row under its header`);
    const headers = headerTexts(plan, table);
    if (headers.some((h) => h.trim() === "")) problems.push(`table "${table.name}": a blank header cell`);
    if (new Set(headers.map((h) => h.toLowerCase())).size !== headers.length)
      problems.push(`table "${table.name}": a header twice`);
    return problems.map((p) => `sheet "${plan.name}": ${p}`);
  });
}

/** The parts of a sheet's tables, numbered from `firstId` (1 for the workbook's first table). */
export function tableParts(plan: SheetPlan, firstId: number): TablePart[] {
  return (plan.tables ?? []).map((table, i) => {
    const id = firstId + i;
    const columns = headerTexts(plan, table);
    const ref = table.range.replace(/\$/g, "");
    return {
      path: `xl/tables/table${id}.xml`,
      xml:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<table xmlns="${MAIN}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">` +
        columns.map((name, c) => `<tableColumn id="${c + 1}" name="${escapeXml(name)}"/>`).join("") +
        `</tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    };
  });
}

/** `<tableParts>` of the worksheet, after every other element but extLst; "" without tables. */
export function tablePartsXml(count: number): string {
  if (count === 0) return "";
  return (
    `<tableParts count="${count}">` +
    Array.from({ length: count }, (_, i) => `<tablePart r:id="${REL_PREFIX}${i + 1}"/>`).join("") +
    "</tableParts>"
  );
}

/** The sheet's relationships to its table parts, as <Relationship> elements. */
export function tableRelationships(parts: readonly TablePart[]): string {
  return parts
    .map(
      (p, i) =>
        `<Relationship Id="${REL_PREFIX}${i + 1}" Type="${TABLE_REL}" Target="../tables/${p.path.slice("xl/tables/".length)}"/>`,
    )
    .join("");
}

/** A whole relationships part holding only the table relationships. */
export function tableRelationshipsPart(parts: readonly TablePart[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${tableRelationships(parts)}</Relationships>`;
}

/** Content type overrides of the table parts. */
export function tableContentTypes(parts: readonly TablePart[]): string {
  return parts.map((p) => `<Override PartName="/${p.path}" ContentType="${TABLE_CONTENT_TYPE}"/>`).join("");
}
