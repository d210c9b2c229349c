/**
 * Writes sheet plans as one .xlsx without a workbook model: each sheet's XML is produced row by row
 * straight into a deflating zip, so the district workbook of thousands of units costs its plans and
 * the compressed bytes, not a model of every cell (exceljs held 3.5 GB for 3,000 units). For the
 * roll-up's sheets, which carry no data validation and no conditional format: a plan with either
 * goes through writeWorkbook (writeXlsx.ts), which writes every part of a template.
 *
 * Runs in Node and in a browser bundle: no file system here.
 */
import { Zip, strToU8 } from "fflate";
import { cellRef, parseCell, parseRange } from "../domain/layout/a1";
import type { CellStyle, PlanCell, SheetPlan } from "../domain/layout/sheetPlan";
import { pushPart, zipDeflate } from "./hostZlib";
import { printNamesXml, printXml, sheetPrXml } from "./printParts";
import {
  tableContentTypes,
  tableParts,
  tablePartsXml,
  tableRelationshipsPart,
  type TablePart,
} from "./tableParts";
import { cellProblems, planProblems, type SheetToWrite, type WriteOptions } from "./writeXlsx";
import { escapeXml } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CREATOR = "DVCQ";
/** Characters of XML gathered before they are deflated. */
const FLUSH_AT = 1 << 16;
/** ECMA-376 18.8.30: built-in formats by id, so that these need no numFmt of their own. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * Writes the plans as one .xlsx, a sheet per plan in order, as writeWorkbook does for them, handing
 * `sink` each piece of the file as it is made, so that the whole file is never held. Throws when a
 * plan holds something Excel would refuse or silently change, or a validation or a conditional
 * format (writeWorkbook's to write): before the sink is given anything, except for a cell of a
 * plan's streamed rows, checked as it is written; the sink's owner then drops what it was given.
 * Resolves once the sink has the whole file.
 */
export async function streamWorkbook(
  sheets: readonly SheetToWrite[],
  sink: (piece: Uint8Array) => void,
  options: WriteOptions = {},
): Promise<void> {
  const problems = sheets.flatMap(({ plan }) => [
    ...planProblems(plan, { rows: false }),
    ...(plan.validations.length + plan.conditionalFormats.length > 0
      ? [`sheet "${plan.name}": validations and conditional formats are written by writeWorkbook`]
      : []),
  ]);
  if (problems.length > 0) throw new Error(`Cannot write the workbook:\n${problems.join("\n")}`);

  let failure: Error | null = null;
  let ended: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (ended = resolve));
  const zip = new Zip((error, piece, final) => {
    if (error) failure = error;
    else sink(piece);
    if (error || final) ended();
  });
  const part = (name: string): Push => {
    const file = zipDeflate(name);
    zip.add(file);
    return (text, last = false) => pushPart(file, strToU8(text), last);
  };
  const whole = (name: string, text: string): Promise<void> => part(name)(text, true);

  const styles = new StyleTable(sheets[0]?.plan);
  const strings = new SharedStrings();
  const tables: TablePart[] = [];
  for (const [i, { plan }] of sheets.entries()) {
    await writeSheet(part(`xl/worksheets/sheet${i + 1}.xml`), plan, styles, strings, problems);
    const own = tableParts(plan, tables.length + 1);
    if (own.length === 0) continue;
    for (const t of own) await whole(t.path, t.xml);
    await whole(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, tableRelationshipsPart(own));
    tables.push(...own);
  }
  await whole("xl/styles.xml", styles.xml());
  await strings.write(part("xl/sharedStrings.xml"));
  await whole("xl/workbook.xml", workbookXml(sheets));
  await whole("xl/_rels/workbook.xml.rels", workbookRels(sheets.length));
  await whole("[Content_Types].xml", contentTypes(sheets.length, tables));
  await whole(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`,
  );
  await whole("docProps/core.xml", coreXml(options.created ?? new Date()));
  zip.end();
  await written;
  if (failure) throw failure;
  if (problems.length > 0) throw new Error(`Cannot write the workbook:\n${problems.join("\n")}`);
}

/** Gives a part its next text; resolves when it can take more. */
type Push = (text: string, last?: boolean) => Promise<void>;

async function writeSheet(
  push: Push,
  plan: SheetPlan,
  styles: StyleTable,
  strings: SharedStrings,
  problems: string[],
): Promise<void> {
  const { cells, lastRow: lastCellRow, lastCol: lastCellCol } = inRowOrder(plan.cells);
  const rows = plan.rows;
  const streamed = rows !== undefined && rows.count > 0;
  let lastRow = streamed ? rows.from + rows.count - 1 : lastCellRow;
  const lastCol = streamed ? Math.max(lastCellCol, rows.lastCol) : lastCellCol;
  const heights = new Map(Object.entries(plan.rowHeights).map(([r, h]) => [Number(r), h]));
  for (const r of heights.keys()) lastRow = Math.max(lastRow, r);
  const styleOf = styles.of(plan);
  const base = styleOf(undefined);
  const { print } = plan;

  let xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    sheetPrXml(print) +
    `<dimension ref="A1:${cellRef(lastRow, lastCol)}"/><sheetViews><sheetView workbookViewId="0">` +
    (plan.freezeRows > 0
      ? `<pane ySplit="${plan.freezeRows}" topLeftCell="${cellRef(plan.freezeRows + 1, 1)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : "") +
    `</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
  if (plan.columnWidths.length > 0)
    xml += `<cols>${plan.columnWidths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" style="${base}" customWidth="1"/>`)
      .join("")}</cols>`;
  xml += "<sheetData>";

  const rowsWithHeightOnly = [...heights.keys()].sort((a, b) => a - b);
  let h = 0;
  const rowOpen = (r: number): string => {
    const height = heights.get(r);
    return height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`;
  };
  /** Rows that have a height and no cell, up to (not including) row `r`. */
  const emptyRowsBefore = (r: number): void => {
    for (; h < rowsWithHeightOnly.length && (rowsWithHeightOnly[h] as number) < r; h++)
      xml += `${rowOpen(rowsWithHeightOnly[h] as number)}</row>`;
    if (rowsWithHeightOnly[h] === r) h++;
  };
  let row = 0;
  const put = (at: number, cell: PlanCell): void => {
    if (at !== row) {
      if (row > 0) xml += "</row>";
      emptyRowsBefore(at);
      row = at;
      xml += rowOpen(row);
    }
    xml += cellXml(cell, styleOf(cell.style), strings);
  };
  const flush = async (): Promise<void> => {
    const text = xml;
    xml = "";
    await push(text);
  };
  for (const c of cells) {
    put(c.row, c.cell);
    if (xml.length > FLUSH_AT) await flush();
  }
  if (streamed)
    for (let i = 0; i < rows.count; i++) {
      for (const cell of rows.cells(i)) {
        const found = cellProblems(plan, cell);
        if (found.length > 0) problems.push(...found);
        put(rows.from + i, cell);
      }
      if (xml.length > FLUSH_AT) await flush();
    }
  if (row > 0) xml += "</row>";
  emptyRowsBefore(Number.MAX_SAFE_INTEGER);
  xml += "</sheetData>";

  const p = plan.protection;
  const tableCount = plan.tables?.length ?? 0;
  xml +=
    `<sheetProtection sheet="1"${p.allowFormatColumns ? ' formatColumns="0"' : ""}${p.allowFormatRows ? ' formatRows="0"' : ""}` +
    `${p.allowInsertRows ? ' insertRows="0"' : ""}${p.allowDeleteRows ? ' deleteRows="0"' : ""}` +
    // A table's filter and sort buttons work on the protected sheet.
    `${tableCount > 0 ? ' sort="0" autoFilter="0"' : ""}/>`;
  if (plan.merges.length > 0)
    xml += `<mergeCells count="${plan.merges.length}">${plan.merges
      .map((m) => `<mergeCell ref="${m}"/>`)
      .join("")}</mergeCells>`;
  xml += printXml(print) + tablePartsXml(tableCount) + "</worksheet>";
  await push(xml, true);
}

interface PlacedCell {
  row: number;
  col: number;
  cell: PlanCell;
}

/**
 * The cells by row, then column, and the last row and column holding one. A plan in that order (a
 * sheet builder's) is read as it is written, one cell at a time, so that a sheet of millions of
 * cells is not copied; another is sorted first.
 */
function inRowOrder(cells: readonly PlanCell[]): {
  cells: Iterable<PlacedCell>;
  lastRow: number;
  lastCol: number;
} {
  let lastRow = 1;
  let lastCol = 1;
  let ordered = true;
  let before = { row: 0, col: 0 };
  for (const cell of cells) {
    const at = parseCell(cell.ref);
    lastRow = Math.max(lastRow, at.row);
    lastCol = Math.max(lastCol, at.col);
    if (at.row < before.row || (at.row === before.row && at.col <= before.col)) ordered = false;
    before = at;
  }
  const placed = (cell: PlanCell): PlacedCell => {
    const { row, col } = parseCell(cell.ref);
    return { row, col, cell };
  };
  return {
    cells: ordered
      ? (function* () {
          for (const cell of cells) yield placed(cell);
        })()
      : cells.map(placed).sort((x, y) => x.row - y.row || x.col - y.col),
    lastRow,
    lastCol,
  };
}

function cellXml(cell: PlanCell, style: number, strings: SharedStrings): string {
  // A plan's references are plain but for the odd "$" (the facts' millions of cells have none).
  const head = `<c r="${cell.ref.includes("$") ? cell.ref.replaceAll("$", "") : cell.ref}" s="${style}"`;
  if (cell.formula !== undefined) return `${head}><f>${escapeXml(cell.formula.replace(/^=/, ""))}</f></c>`;
  const v = cell.value;
  if (v === undefined || v === null) return `${head}/>`;
  if (typeof v === "number") return `${head}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `${head} t="s"><v>${strings.index(v)}</v></c>`;
}

/**
 * The workbook's texts, each written once in xl/sharedStrings.xml and referred to by its index:
 * the facts sheet repeats its unit, file, label and kind texts on every row, which written in each
 * cell made most of the district workbook's XML.
 */
class SharedStrings {
  private readonly byText = new Map<string, number>();
  private uses = 0;

  index(text: string): number {
    this.uses++;
    let i = this.byText.get(text);
    if (i === undefined) this.byText.set(text, (i = this.byText.size));
    return i;
  }

  async write(push: Push): Promise<void> {
    let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.byText.size}">`;
    for (const text of this.byText.keys()) {
      xml += `<si><t xml:space="preserve">${escapeText(text)}</t></si>`;
      if (xml.length > FLUSH_AT) {
        await push(xml);
        xml = "";
      }
    }
    await push(`${xml}</sst>`, true);
  }
}

/**
 * Text as ST_Xstring holds it: characters XML cannot carry as `_xHHHH_`, and an underscore that
 * would read as such an escape as `_x005F_`.
 */
function escapeText(text: string): string {
  return escapeXml(text)
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/** The workbook's fonts, fills, borders, number formats and cell formats, each written once. */
class StyleTable {
  private readonly fonts: string[] = [];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = [
    "<border><left/><right/><top/><bottom/><diagonal/></border>",
    '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>',
  ];
  private readonly formats: string[] = [];
  private readonly xfs: string[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(first: SheetPlan | undefined) {
    // Font 0 and format 0 are the workbook's defaults (the Normal style).
    this.fonts.push(fontXml(first?.fontName ?? "Calibri", first?.fontSize ?? 11, undefined));
    this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cell format index of each of a plan's style keys (none: the plan's base), for the cells of its sheet. */
  of(plan: SheetPlan): (key: string | undefined) => number {
    const cache = new Map<string, number>();
    return (key) => {
      const cached = cache.get(key ?? "");
      if (cached !== undefined) return cached;
      const xf = this.xfOf(plan, key === undefined ? undefined : plan.styles[key]);
      let index = this.byKey.get(xf);
      if (index === undefined) {
        index = this.xfs.length;
        this.xfs.push(xf);
        this.byKey.set(xf, index);
      }
      cache.set(key ?? "", index);
      return index;
    };
  }

  private xfOf(plan: SheetPlan, style: CellStyle | undefined): string {
    const fontId = indexIn(this.fonts, fontXml(plan.fontName, style?.size ?? plan.fontSize, style));
    const fillId =
      style?.fill === undefined
        ? 0
        : indexIn(
            this.fills,
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`,
          );
    const borderId = style?.border ? 1 : 0;
    const code = style?.numberFormat;
    const numFmtId = code === undefined ? 0 : (BUILTIN_FORMATS[code] ?? 164 + indexIn(this.formats, code));
    const alignment: string[] = [];
    if (style?.horizontal !== undefined) alignment.push(`horizontal="${style.horizontal}"`);
    if (style?.vertical !== undefined) alignment.push(`vertical="${style.vertical}"`);
    if (style?.wrap) alignment.push('wrapText="1"');
    if (style?.indent !== undefined && style.indent > 0) alignment.push(`indent="${style.indent}"`);
    const unlocked = style?.locked === false;
    const applies =
      ' applyFont="1"' +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment.length ? ' applyAlignment="1"' : "") +
      (unlocked ? ' applyProtection="1"' : "");
    const inner =
      (alignment.length ? `<alignment ${alignment.join(" ")}/>` : "") +
      (unlocked ? '<protection locked="0"/>' : "");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return inner ? `${open}>${inner}</xf>` : `${open}/>`;
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]): string =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      (this.formats.length
        ? list(
            "numFmts",
            this.formats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`),
          )
        : "") +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

function indexIn(list: string[], item: string): number {
  let i = list.indexOf(item);
  if (i < 0) i = list.push(item) - 1;
  return i;
}

function fontXml(name: string, size: number, style: CellStyle | undefined): string {
  return (
    "<font>" +
    (style?.bold ? "<b/>" : "") +
    (style?.italic ? "<i/>" : "") +
    (style?.underline ? "<u/>" : "") +
    (style?.color !== undefined ? `<color rgb="${argb(style.color)}"/>` : "") +
    `<sz val="${size}"/><name val="${escapeXml(name)}"/></font>`
  );
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookXml(sheets: readonly SheetToWrite[]): string {
  const names: string[] = [];
  sheets.forEach(({ plan, nameScope }, i) => {
    const sheet = quoteSheetName(plan.name);
    const print = printNamesXml(plan, i);
    if (print !== "") names.push(print);
    for (const n of plan.names) {
      const r = parseRange(n.ref);
      const ref =
        cellRef(r.top, r.left, true) +
        (r.top === r.bottom && r.left === r.right ? "" : `:${cellRef(r.bottom, r.right, true)}`);
      names.push(
        `<definedName name="${n.name}"${nameScope === "sheet" ? ` localSheetId="${i}"` : ""}>${escapeXml(`${sheet}!${ref}`)}</definedName>`,
      );
    }
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets
      .map(({ plan }, i) => `<sheet name="${escapeXml(plan.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("") +
    "</sheets>" +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    // No formula carries a cached result: Excel must compute them all when it opens the file.
    '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'
  );
}

function workbookRels(count: number): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">`;
  for (let i = 1; i <= count; i++)
    xml += `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  return (
    `${xml}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

function contentTypes(count: number, tables: readonly TablePart[]): string {
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  let xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
  for (let i = 1; i <= count; i++)
    xml += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ct}.worksheet+xml"/>`;
  return `${xml}${tableContentTypes(tables)}</Types>`;
}

function coreXml(when: Date): string {
  const at = `${when.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${CREATOR}</dc:creator><cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
