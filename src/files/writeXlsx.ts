import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { columnBreaksXml, HEADER_FOOTER_MARGIN, PAPER_SIZE } from "./printParts";
import {
  tableContentTypes,
  tableParts,
  tablePartsXml,
  tableProblems,
  tableRelationships,
  tableRelationshipsPart,
  type TablePart,
} from "./tableParts";
import { cellRef, parseCell, parseRange } from "../domain/layout/a1";
import type {
  CellStyle,
  NameScope,
  PlanCell,
  PlanPrint,
  PlanValidation,
  SheetPlan,
  ValidationRule,
} from "../domain/layout/sheetPlan";
import { planCells } from "../domain/layout/sheetPlan";
import { excelSerialToIso } from "../domain/period";

export type { NameScope };

export interface SheetToWrite {
  plan: SheetPlan;
  nameScope: NameScope;
}

export interface WriteOptions {
  /** Stamped as created and modified; now when absent. */
  created?: Date;
}

const CREATOR = "DVCQ";
/** Excel's limits on data validation texts and inline lists. */
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;
const MAX_LIST = 255;
const MAX_SHEET_NAME = 31;

/**
 * Writes the plans as one .xlsx, a sheet per plan in the given order. Runs in Node and in a
 * browser bundle (no file system here). Throws when a plan holds something Excel would refuse or
 * silently change; the message lists every such thing.
 */
export async function writeWorkbook(
  sheets: readonly SheetToWrite[],
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const problems = sheets.flatMap(({ plan }) => planProblems(plan));
  problems.push(...duplicateNames(sheets));
  if (problems.length > 0) throw new Error(`Cannot write the workbook:\n${problems.join("\n")}`);

  // Loaded here, not with the module: the roll-up's streamed writer imports this module's checks.
  const exceljs = (await import("exceljs")).default;
  const workbook = new exceljs.Workbook();
  const when = options.created ?? new Date();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = when;
  workbook.modified = when;
  // No formula carries a cached result: Excel must compute them all when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;

  for (const { plan } of sheets) await addSheet(workbook, plan);
  setDefinedNames(workbook, sheets);

  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return withPartsExceljsLacks(
    written,
    sheets.map(({ plan }) => plan),
  );
}

/**
 * exceljs writes no column breaks and no table over cells already written: the breaks go into
 * each sheet's XML after its row breaks (or its page setup), and the tables as the parts the
 * streaming writer writes (tableParts.ts), where the schema puts them.
 */
function withPartsExceljsLacks(file: Uint8Array, plans: readonly SheetPlan[]): Uint8Array {
  const breaks = plans.map((plan) => plan.print.columnBreaks ?? []);
  if (breaks.every((b) => b.length === 0) && plans.every((p) => (p.tables?.length ?? 0) === 0)) return file;
  const parts = unzipSync(file);
  breaks.forEach((starts, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const part = parts[path];
    if (starts.length === 0 || part === undefined) return;
    const xml = strFromU8(part);
    const after = ["</rowBreaks>", "</headerFooter>", "<headerFooter/>"].find((tag) => xml.includes(tag));
    const at =
      after === undefined
        ? xml.indexOf("/>", xml.indexOf("<pageSetup")) + 2
        : xml.indexOf(after) + after.length;
    parts[path] = strToU8(xml.slice(0, at) + columnBreaksXml(starts) + xml.slice(at));
  });
  const tables: TablePart[] = [];
  plans.forEach((plan, i) => {
    const own = tableParts(plan, tables.length + 1);
    if (own.length === 0) return;
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = strFromU8(parts[sheetPath] as Uint8Array);
    const at = xml.includes("<extLst>") ? xml.indexOf("<extLst>") : xml.lastIndexOf("</worksheet>");
    parts[sheetPath] = strToU8(xml.slice(0, at) + tablePartsXml(own.length) + xml.slice(at));
    const relsPath = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    const rels = parts[relsPath];
    parts[relsPath] = strToU8(
      rels === undefined
        ? tableRelationshipsPart(own)
        : strFromU8(rels).replace("</Relationships>", `${tableRelationships(own)}</Relationships>`),
    );
    for (const t of own) parts[t.path] = strToU8(t.xml);
    tables.push(...own);
  });
  if (tables.length > 0) {
    const types = strFromU8(parts["[Content_Types].xml"] as Uint8Array);
    parts["[Content_Types].xml"] = strToU8(types.replace("</Types>", `${tableContentTypes(tables)}</Types>`));
  }
  return zipSync(parts);
}

async function addSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const ws = workbook.addWorksheet(plan.name, {
    views:
      plan.freezeRows > 0
        ? [
            {
              state: "frozen",
              xSplit: 0,
              ySplit: plan.freezeRows,
              topLeftCell: cellRef(plan.freezeRows + 1, 1),
            },
          ]
        : [],
    pageSetup: pageSetupOf(plan.print),
    ...(plan.print.header === undefined && plan.print.footer === undefined
      ? {}
      : {
          headerFooter: {
            ...(plan.print.header === undefined ? {} : { oddHeader: `&C${plan.print.header}` }),
            ...(plan.print.footer === undefined ? {} : { oddFooter: `&C${plan.print.footer}` }),
          },
        }),
  });
  for (const row of plan.print.rowBreaks ?? []) ws.getRow(row - 1).addPageBreak();

  const baseFont: Partial<ExcelJS.Font> = { name: plan.fontName, size: plan.fontSize };
  plan.columnWidths.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    column.font = baseFont;
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;

  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (key: string | undefined): Partial<ExcelJS.Style> => {
    const cacheKey = key ?? "";
    let style = styles.get(cacheKey);
    if (style === undefined) {
      style = excelStyle(plan, key === undefined ? undefined : plan.styles[key]);
      styles.set(cacheKey, style);
    }
    return style;
  };

  for (const planCell of planCells(plan)) {
    const cell = ws.getCell(planCell.ref);
    cell.style = styleOf(planCell.style);
    if (planCell.formula !== undefined) cell.value = { formula: planCell.formula.replace(/^=/, "") };
    else if (planCell.value !== undefined && planCell.value !== null) cell.value = planCell.value;
  }

  // After the cells: a merge gives the top-left cell's style (borders too) to the whole block.
  for (const merge of plan.merges) ws.mergeCells(merge);

  // Set cell by cell (the typed API); exceljs joins equal neighbours back into one range.
  for (const validation of plan.validations) {
    const dv = dataValidation(validation);
    const r = parseRange(validation.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) ws.getCell(row, col).dataValidation = dv;
    }
  }

  plan.conditionalFormats.forEach((format, i) => {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
            font: { color: { argb: argb(format.fontColor) } },
          },
        },
      ],
    });
  });

  await ws.protect("", {
    formatColumns: plan.protection.allowFormatColumns,
    formatRows: plan.protection.allowFormatRows,
    insertRows: plan.protection.allowInsertRows,
    deleteRows: plan.protection.allowDeleteRows,
    // A table's filter and sort buttons work on the protected sheet.
    ...((plan.tables?.length ?? 0) > 0 ? { sort: true, autoFilter: true } : {}),
  });
}

function pageSetupOf(print: PlanPrint): Partial<ExcelJS.PageSetup> {
  const unquoted = (ref: string | undefined) => ref?.replace(/\$/g, "") ?? "";
  return {
    paperSize: PAPER_SIZE[print.paper],
    orientation: print.orientation,
    ...(print.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: print.scale ?? 100 }),
    ...(print.repeatRows === "" ? {} : { printTitlesRow: unquoted(print.repeatRows) }),
    ...(print.repeatColumns === undefined ? {} : { printTitlesColumn: unquoted(print.repeatColumns) }),
    ...(print.printArea === undefined ? {} : { printArea: print.printArea }),
    margins: { ...print.margins, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN },
  };
}

function excelStyle(plan: SheetPlan, style: CellStyle | undefined): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: plan.fontName, size: style?.size ?? plan.fontSize };
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  if (style?.underline) font.underline = true;
  if (style?.color !== undefined) font.color = { argb: argb(style.color) };
  const result: Partial<ExcelJS.Style> = { font };
  if (style === undefined) return result;

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined)
    alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (style.indent !== undefined && style.indent > 0) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;

  if (style.fill !== undefined)
    result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    result.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  if (style.locked === false) result.protection = { locked: false };
  return result;
}

function dataValidation(v: PlanValidation): ExcelJS.DataValidation {
  return {
    ...ruleOf(v.rule),
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    // The schema allows stop | warning | information; exceljs's own example "error" makes Excel repair the file.
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.message,
  };
}

function ruleOf(rule: ValidationRule): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "whole":
      return rule.max === undefined
        ? { type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      // exceljs turns date formulae into serials through new Date(formula).
      return {
        type: "date",
        operator: "between",
        formulae: [new Date(excelSerialToIso(rule.min)), new Date(excelSerialToIso(rule.max))],
      };
    case "list":
      return { type: "list", formulae: [inlineList(rule.values)] };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

function inlineList(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * exceljs keeps one range per name for the whole workbook and drops localSheetId, so the names
 * are handed to its writer as they must appear in xl/workbook.xml.
 */
function setDefinedNames(workbook: ExcelJS.Workbook, sheets: readonly SheetToWrite[]): void {
  const model = sheets.flatMap(({ plan, nameScope }, index) =>
    plan.names.map((n) => ({
      name: n.name,
      ranges: [`${quoteSheetName(plan.name)}!${absoluteRange(n.ref)}`],
      ...(nameScope === "sheet" ? { localSheetId: index } : {}),
    })),
  );
  Object.defineProperty(workbook.definedNames, "model", { get: () => model, configurable: true });
}

function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absoluteRange(ref: string): string {
  const r = parseRange(ref);
  const tl = cellRef(r.top, r.left, true);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellRef(r.bottom, r.right, true)}`;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const NAME_SYNTAX = /^[A-Za-z_\\][A-Za-z0-9_]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}[0-9]+$|^[RrCc][0-9]*$|^[Rr][0-9]*[Cc][0-9]*$/;

/**
 * What Excel would refuse, repair or silently change in this plan; with `rows: false`, leaving its
 * streamed rows to the writer that makes them, which checks each cell as it writes it (cellProblems).
 */
export function planProblems(plan: SheetPlan, { rows = true }: { rows?: boolean } = {}): string[] {
  const where = `sheet "${plan.name}"`;
  const problems: string[] = [];
  if (
    plan.name.length === 0 ||
    plan.name.length > MAX_SHEET_NAME ||
    SHEET_NAME_FORBIDDEN.test(plan.name) ||
    /^'|'$/.test(plan.name)
  ) {
    problems.push(
      `${where}: a sheet name has 1 to ${MAX_SHEET_NAME} characters, none of []:*?/\\, and no ' at either end`,
    );
  }
  for (const cell of rows ? planCells(plan) : plan.cells) problems.push(...cellProblems(plan, cell));
  problems.push(...mergeProblems(plan).map((p) => `${where}: ${p}`));
  for (const v of plan.validations)
    problems.push(...validationProblems(v).map((p) => `${where} validation ${v.range}: ${p}`));
  for (const n of plan.names) {
    if (!NAME_SYNTAX.test(n.name) || LOOKS_LIKE_CELL.test(n.name))
      problems.push(`${where}: "${n.name}" cannot be a defined name`);
  }
  problems.push(...tableProblems(plan));
  return problems;
}

const NO_PROBLEMS: readonly string[] = Object.freeze([]);

/** What Excel would refuse or change in one of the plan's cells. */
export function cellProblems(plan: SheetPlan, cell: PlanCell): readonly string[] {
  const { value, formula, style } = cell;
  const unstorable = typeof value === "number" && !Number.isFinite(value);
  const valueAndFormula = formula !== undefined && value !== undefined && value !== null;
  const unknownStyle = style !== undefined && plan.styles[style] === undefined;
  // Asked of every cell of a national roll-up's facts: nothing is made for a cell without a problem.
  if (!unstorable && !valueAndFormula && !unknownStyle) return NO_PROBLEMS;
  const problems: string[] = [];
  if (unstorable) problems.push(`the number ${String(value)} cannot be stored`);
  if (valueAndFormula) problems.push("has both a value and a formula");
  if (unknownStyle) problems.push(`unknown style "${style}"`);
  return problems.map((p) => `sheet "${plan.name}" ${cell.ref}: ${p}`);
}

/** Cells merges may cover before overlaps are found pair by pair instead (a merge of a whole sheet). */
const MERGED_CELLS_INDEXED = 1_000_000;

function mergeProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  if (plan.merges.length === 0) return problems;
  const merges = plan.merges.map((ref) => ({ ref, r: parseRange(ref) }));
  const area = merges.reduce((n, { r }) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
  // Each cell a merge covers, with the merges covering it in order: overlaps and hidden content
  // found cell by cell, in time with the cells, not merges × merges and cells × merges.
  const covering = new Map<number, number[]>();
  const key = (row: number, col: number): number => row * 100_000 + col;
  if (area <= MERGED_CELLS_INDEXED) {
    const overlaps = new Set<number>();
    merges.forEach(({ r }, i) => {
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) {
          const here = covering.get(key(row, col));
          if (here === undefined) covering.set(key(row, col), [i]);
          else {
            for (const j of here) overlaps.add(j * merges.length + i);
            here.push(i);
          }
        }
    });
    for (const pair of [...overlaps].sort((a, b) => a - b)) {
      const a = merges[Math.floor(pair / merges.length)];
      const b = merges[pair % merges.length];
      problems.push(`merges ${a?.ref} and ${b?.ref} overlap`);
    }
  } else
    merges.forEach((a, i) => {
      for (const b of merges.slice(i + 1)) {
        if (
          a.r.left <= b.r.right &&
          b.r.left <= a.r.right &&
          a.r.top <= b.r.bottom &&
          b.r.top <= a.r.bottom
        ) {
          problems.push(`merges ${a.ref} and ${b.ref} overlap`);
        }
      }
    });
  for (const cell of planCells(plan)) {
    if (cell.value === undefined && cell.formula === undefined) continue;
    const { row, col } = parseCell(cell.ref);
    const inside = ({ r }: (typeof merges)[number]): boolean =>
      row >= r.top && row <= r.bottom && col >= r.left && col <= r.right && (row !== r.top || col !== r.left);
    const hidden =
      area <= MERGED_CELLS_INDEXED
        ? (covering.get(key(row, col)) ?? []).map((i) => merges[i] as (typeof merges)[number]).find(inside)
        : merges.find(inside);
    if (hidden)
      problems.push(
        `${cell.ref} holds content but lies inside merge ${hidden.ref}, whose top-left cell alone is kept`,
      );
  }
  return problems;
}

function validationProblems(v: PlanValidation): string[] {
  const problems: string[] = [];
  for (const [label, text] of [
    ["prompt", v.prompt],
    ["error", v.error],
  ] as const) {
    if (text.title.length > MAX_TITLE) problems.push(`${label} title longer than ${MAX_TITLE} characters`);
    if (text.message.length > MAX_MESSAGE)
      problems.push(`${label} message longer than ${MAX_MESSAGE} characters`);
  }
  if (v.rule.kind === "list") {
    if (v.rule.values.some((x) => x.includes(",")))
      problems.push("a list item contains a comma, which would split it");
    if (v.rule.values.join(",").length > MAX_LIST)
      problems.push(`the list is longer than ${MAX_LIST} characters`);
  }
  return problems;
}

/** A name defined twice in the same scope. */
function duplicateNames(sheets: readonly SheetToWrite[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  sheets.forEach(({ plan, nameScope }, index) => {
    for (const n of plan.names) {
      const key = `${nameScope === "sheet" ? index : "workbook"}|${n.name.toUpperCase()}`;
      if (seen.has(key))
        problems.push(`sheet "${plan.name}": the name ${n.name} is already defined in its scope`);
      seen.add(key);
    }
  });
  return problems;
}
