import { FORM_STYLES } from "./formStyles";
import { allIndicators } from "../catalogue/load";
import {
  inScope,
  PREFILLED_ROLES,
  templateId,
  type Catalogue,
  type HeaderField,
  type Indicator,
  type PrefilledRole,
  type Severity,
  type ValueType,
} from "../catalogue/types";
import {
  codesNeedingFigures,
  excelFailureFormula,
  parseExpr,
  referencedCodes,
  toExcelFormula,
} from "../expr/expr";
import { formatViDate, isoToExcelSerial, reportPeriod } from "../period";
import { issuingBody, signerOf, type Unit } from "../units/registry";
import { dateLine } from "../text/vnformat";
import { absolute, cellRef, parseCell } from "./a1";
import { linesInColumn, wrappedLines } from "./wrap";
import type {
  CellStyle,
  PlanCell,
  PlanConditionalFormat,
  PlanName,
  PlanValidation,
  SheetPlan,
  ValidationRule,
} from "./sheetPlan";

export interface TemplateLayout {
  plan: SheetPlan;
  /** Indicators of the unit's scope, derived ones included; header fields not counted. */
  indicatorCount: number;
  /** Every cell the clerk types into (figures, evidence, notes), A1. */
  inputCells: readonly string[];
  /** The same template with, by list id, at least that many rows in the list (a sheet whose clerk inserted rows). */
  withListRows(rows: Readonly<Record<string, number>>): TemplateLayout;
}

/** Column of each part of the table. */
export const COLUMNS = { code: 1, label: 2, unitOfMeasure: 3, value: 4, evidence: 5, note: 6 } as const;

export const TABLE_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Minh chứng", "Ghi chú"] as const;

/** Left of the report year; a reader finds the year beside it on a sheet whose names were lost. */
export const YEAR_LABEL = "Năm báo cáo:";

const SHEET_NAME_MAX = 31;

/** "XA-XUAN-HOA 2024": the sheet a unit's template for a year is placed in. */
export function templateSheetName(unitCode: string, year: number): string {
  const suffix = ` ${year}`;
  return unitCode.replace(/[[\]:*?/\\]/g, "-").slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
}

/** "DVCQ_I_6_20" for indicator 6.20 (shared/contract.md). */
export function indicatorName(code: string): string {
  return `DVCQ_I_${code.replace(/\./g, "_")}`;
}
export function headerName(code: string): string {
  return `DVCQ_H_${code.replace(/\./g, "_")}`;
}
export function evidenceName(sectionId: string): string {
  return `DVCQ_E_${sectionId}`;
}
/** "DVCQ_L_MH": the data rows of list block MH (a range; rows a clerk inserts inside it widen it). */
export function listName(listId: string): string {
  return `DVCQ_L_${listId}`;
}
/** "DVCQ_T_1": the cell of text block 1. */
export function textName(blockId: string): string {
  return `DVCQ_T_${blockId}`;
}
/** The code-column text of the row closing a list block. */
export const LIST_END = "Cộng";
export const TEMPLATE_NAME = "DVCQ_TEMPLATE";
export const YEAR_NAME = "DVCQ_YEAR";

const FONT = "Times New Roman";
const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };
const AMBER = { fill: "#FFEB9C", fontColor: "#9C5700" };
const INPUT_FILL = "#FFFFFF";
const COMPUTED_FILL = "#EDEDED";
const LABEL_WIDTH = 62;
/** Points per line of 12-point Times New Roman. */
const LINE_HEIGHT = 16;
/** Bold capitals are wider. */
const CAPITALS_PER_WIDTH = 0.95;
const EARLIEST_DATE = isoToExcelSerial("2000-01-01");
const LATEST_DATE = isoToExcelSerial("2100-12-31");

const STYLES: Record<string, CellStyle> = {
  ...FORM_STYLES,
  metaLabel: { italic: true, size: 10, horizontal: "right", color: "#595959" },
  year: { bold: true, horizontal: "left", numberFormat: "0" },
  templateId: { size: 10, color: "#595959", numberFormat: "@" },
  code: { horizontal: "center", vertical: "center", border: true, numberFormat: "@" },
  sectionCode: { bold: true, horizontal: "center", vertical: "center", border: true, numberFormat: "@" },
  sectionTitle: { bold: true, vertical: "center", wrap: true, border: true },
  label: { vertical: "center", wrap: true, border: true },
  subLabel: { italic: true, indent: 2, vertical: "center", wrap: true, border: true },
  unitOfMeasure: { horizontal: "center", vertical: "center", wrap: true, border: true },
  frame: { border: true },
  inputN: {
    horizontal: "right",
    vertical: "center",
    border: true,
    locked: false,
    fill: INPUT_FILL,
    numberFormat: "#,##0",
  },
  inputPercent: {
    horizontal: "right",
    vertical: "center",
    border: true,
    locked: false,
    fill: INPUT_FILL,
    numberFormat: "0.0",
  },
  inputDate: {
    horizontal: "center",
    vertical: "center",
    border: true,
    locked: false,
    fill: INPUT_FILL,
    numberFormat: "dd/mm/yyyy",
  },
  inputList: {
    horizontal: "center",
    vertical: "center",
    border: true,
    locked: false,
    fill: INPUT_FILL,
    numberFormat: "@",
  },
  inputText: {
    vertical: "center",
    wrap: true,
    border: true,
    locked: false,
    fill: INPUT_FILL,
    numberFormat: "@",
  },
  evidence: { vertical: "top", wrap: true, border: true, locked: false, fill: INPUT_FILL, numberFormat: "@" },
  prefilledText: {
    horizontal: "left",
    vertical: "center",
    border: true,
    fill: COMPUTED_FILL,
    numberFormat: "@",
  },
  prefilledDate: {
    horizontal: "center",
    vertical: "center",
    border: true,
    fill: COMPUTED_FILL,
    numberFormat: "dd/mm/yyyy",
  },
  computed: {
    horizontal: "right",
    vertical: "center",
    border: true,
    fill: COMPUTED_FILL,
    numberFormat: "0.0",
  },
  inputYear: {
    horizontal: "center",
    vertical: "center",
    border: true,
    locked: false,
    fill: INPUT_FILL,
    numberFormat: "0",
  },
  listCount: { bold: true, horizontal: "left", border: true, fill: COMPUTED_FILL, numberFormat: "0" },
  footerLeft: { bold: true, italic: true, size: 11 },
  footerItem: { size: 11, numberFormat: "@" },
  signature: { bold: true, horizontal: "center" },
  signatureNote: { italic: true, horizontal: "center" },
};

const INPUT_STYLE: Record<ValueType, string> = {
  N: "inputN",
  "%": "inputPercent",
  D: "inputDate",
  E: "inputList",
  text: "inputText",
};

type Row = HeaderField | Indicator;

/**
 * The sheet a unit fills for a report year: a Vietnamese administrative form with the catalogue's
 * rows of the unit's scope, its validations, red cross-checks, names, protection and print setup.
 */
export function buildTemplatePlan(
  catalogue: Catalogue,
  unit: Unit,
  year: number,
  sheetName?: string,
  listRows: Readonly<Record<string, number>> = {},
): TemplateLayout {
  const period = reportPeriod(catalogue.period, year);
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const names: PlanName[] = [];
  const validations: PlanValidation[] = [];
  const inputCells: string[] = [];
  const valueCellOf = new Map<string, string>();
  const rowHeights: Record<number, number> = {};

  const put = (row: number, col: number, cell: Omit<PlanCell, "ref">): void => {
    cells.push({ ref: cellRef(row, col), ...cell });
  };
  const band = (row: number, fromCol: number, toCol: number, cell: Omit<PlanCell, "ref">): void => {
    put(row, fromCol, cell);
    for (let c = fromCol + 1; c <= toCol; c++) put(row, c, { style: cell.style ?? "body" });
    if (toCol > fromCol) merges.push(`${cellRef(row, fromCol)}:${cellRef(row, toCol)}`);
  };

  // Issuing body (left) and national motto (right), Decree 30/2020.
  // The kind's issuer and signer as the registry declares them, else those of the standard kind of that code.
  const kind = unit.kindInfo ?? { code: unit.kind };
  const issuerBody = issuingBody(kind);
  const issuer = issuerBody ? `${issuerBody} ${unit.name}` : unit.name;
  band(1, 1, 3, { value: unit.parent.toLocaleUpperCase("vi"), style: "body" });
  band(1, 4, 6, { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "bodyBold" });
  band(2, 1, 3, { value: issuer.toLocaleUpperCase("vi"), style: "bodyBold" });
  band(2, 4, 6, { value: "Độc lập - Tự do - Hạnh phúc", style: "motto" });
  band(4, 1, 3, { value: `Số:        /BC-${unit.symbol ?? "……"}`, style: "body" });
  band(4, 4, 6, {
    value: dateLine(unit.place ?? unit.office?.place ?? "……", undefined, year),
    style: "note",
  });
  band(6, 1, 6, { value: "BÁO CÁO", style: "title" });
  band(7, 1, 6, { value: `${catalogue.title.vi} năm ${year}`, style: "subtitle" });
  band(8, 1, 6, { value: `(Thực hiện ${catalogue.basis})`, style: "note" });
  band(9, 1, 6, {
    value: `Số liệu tính từ ngày ${formatViDate(period.from)} đến ngày ${formatViDate(period.to)}`,
    style: "note",
  });
  rowHeights[7] = 33;
  const metaRow = 10;
  put(metaRow, 3, { value: YEAR_LABEL, style: "metaLabel" });
  put(metaRow, 4, { value: year, style: "year" });
  put(metaRow, 5, { value: "Mẫu biểu:", style: "metaLabel" });
  put(metaRow, 6, { value: templateId(catalogue), style: "templateId" });
  names.push(
    { name: YEAR_NAME, ref: cellRef(metaRow, 4, true) },
    { name: TEMPLATE_NAME, ref: cellRef(metaRow, 6, true) },
  );

  const headerRow = metaRow + 1;
  TABLE_HEADER.forEach((text, i) => put(headerRow, i + 1, { value: text, style: "tableHeader" }));
  TABLE_HEADER.forEach((_, i) => put(headerRow + 1, i + 1, { value: `(${i + 1})`, style: "columnNumber" }));
  rowHeights[headerRow] = 30;

  let row = headerRow + 2;
  const prefill: Record<PrefilledRole, string | number> = {
    unitCode: unit.code,
    unitName: unit.name,
    unitKind: unit.kind,
    periodFrom: isoToExcelSerial(period.from),
    periodTo: isoToExcelSerial(period.to),
  };
  const prefillOf = new Map(PREFILLED_ROLES.map((role) => [catalogue.roles[role], prefill[role]]));

  const writeRow = (item: Row, isHeaderField: boolean): void => {
    const value = cellRef(row, COLUMNS.value);
    valueCellOf.set(item.code, absolute(value));
    const sub = "subItem" in item && item.subItem === true;
    put(row, COLUMNS.code, { value: item.code, style: "code" });
    put(row, COLUMNS.label, { value: item.label, style: sub ? "subLabel" : "label" });
    const lines = linesInColumn(item.label, LABEL_WIDTH - (sub ? 6 : 0));
    if (lines > 1) rowHeights[row] = lines * LINE_HEIGHT;
    put(row, COLUMNS.unitOfMeasure, { value: item.unitOfMeasure ?? "", style: "unitOfMeasure" });
    names.push({
      name: isHeaderField ? headerName(item.code) : indicatorName(item.code),
      ref: absolute(value),
    });
    const fixed = isHeaderField ? prefillOf.get(item.code) : undefined;
    if (fixed !== undefined) {
      put(row, COLUMNS.value, { value: fixed, style: item.type === "D" ? "prefilledDate" : "prefilledText" });
    } else if (!("derived" in item && item.derived)) {
      put(row, COLUMNS.value, { value: null, style: INPUT_STYLE[item.type] });
      inputCells.push(value);
      validations.push(validationFor(item, value));
    }
    const note = cellRef(row, COLUMNS.note);
    put(row, COLUMNS.note, { value: null, style: "inputText" });
    inputCells.push(note);
    row++;
  };

  const sectionHeading = (code: string, title: string): number => {
    const at = row;
    put(row, COLUMNS.code, { value: code, style: "sectionCode" });
    put(row, COLUMNS.label, { value: title, style: "sectionTitle" });
    const lines = wrappedLines(title, Math.floor(LABEL_WIDTH * CAPITALS_PER_WIDTH));
    if (lines > 1) rowHeights[row] = lines * LINE_HEIGHT;
    put(row, COLUMNS.unitOfMeasure, { style: "frame" });
    put(row, COLUMNS.value, { style: "frame" });
    put(row, COLUMNS.note, { style: "frame" });
    row++;
    return at;
  };

  sectionHeading("A", "THÔNG TIN CHUNG");
  put(row - 1, COLUMNS.evidence, { style: "frame" });
  for (const field of catalogue.header) {
    if (!inScope(field.scope, unit.kind)) continue;
    writeRow(field, true);
    put(row - 1, COLUMNS.evidence, { style: "frame" });
  }

  const derivedRows: { indicator: Indicator; ref: string }[] = [];
  let indicatorCount = 0;
  for (const section of catalogue.sections) {
    const indicators = section.indicators.filter((i) => inScope(i.scope, unit.kind));
    if (indicators.length === 0) continue;
    const first = sectionHeading(section.roman, `${section.title.toLocaleUpperCase("vi")}`);
    for (const indicator of indicators) {
      if (indicator.derived) derivedRows.push({ indicator, ref: cellRef(row, COLUMNS.value) });
      writeRow(indicator, false);
      indicatorCount++;
    }
    const evidence = cellRef(first, COLUMNS.evidence);
    put(first, COLUMNS.evidence, { value: null, style: "evidence" });
    for (let r = first + 1; r < row; r++) put(r, COLUMNS.evidence, { style: "evidence" });
    merges.push(`${evidence}:${cellRef(row - 1, COLUMNS.evidence)}`);
    names.push({ name: evidenceName(section.id), ref: absolute(evidence) });
    inputCells.push(evidence);
  }

  const cellOf = (code: string): string => {
    const ref = valueCellOf.get(code);
    if (!ref) throw new Error(`Indicator ${code} is not on this template`);
    return ref;
  };
  for (const { indicator, ref } of derivedRows) {
    const { row: at, col } = parseCell(ref);
    put(at, col, { formula: derivedFormula(indicator, cellOf), style: "computed" });
  }

  for (const list of catalogue.lists ?? []) {
    sectionHeading(list.roman, list.title.toLocaleUpperCase("vi"));
    put(row - 1, COLUMNS.evidence, { style: "frame" });
    band(row, 2, 6, { value: list.instruction, style: "note" });
    rowHeights[row] = 2 * LINE_HEIGHT;
    row++;
    put(row, 1, { value: "STT", style: "tableHeader" });
    for (const column of list.columns) put(row, column.col, { value: column.label, style: "tableHeader" });
    rowHeights[row] = 30;
    row++;
    const first = row;
    const rows = Math.max(list.rows, listRows[list.id] ?? 0);
    for (let i = 0; i < rows; i++, row++) {
      put(row, 1, { value: null, style: "inputText" });
      for (const column of list.columns) {
        const ref = cellRef(row, column.col);
        const style = column.type === "E" ? "inputList" : column.type === "N" ? "inputYear" : "inputText";
        put(row, column.col, { value: null, style });
        inputCells.push(ref);
      }
      inputCells.push(cellRef(row, 1));
    }
    for (const column of list.columns) {
      if (column.type === "text") continue;
      const range = `${cellRef(first, column.col)}:${cellRef(row - 1, column.col)}`;
      validations.push({
        ...validationFor(
          {
            code: list.roman,
            label: column.label,
            english: column.english,
            type: column.type,
            scope: "B",
            ...(column.options ? { options: column.options } : {}),
          },
          range,
        ),
        ...(column.type === "N"
          ? {
              rule: { kind: "whole", min: 2000, max: 2100 } as const,
              prompt: { title: column.label, message: "Nhập năm, ví dụ 2025." },
              error: { title: "Số liệu không hợp lệ", message: `${column.label} là một năm, ví dụ 2025.` },
            }
          : {}),
      });
    }
    names.push({
      name: listName(list.id),
      ref: `${absolute(cellRef(first, 1))}:${absolute(cellRef(row - 1, 6))}`,
    });
    put(row, 1, { value: LIST_END, style: "sectionCode" });
    put(row, 2, {
      formula: `=COUNTA(${cellRef(first, 2)}:${cellRef(row - 1, 2)})`,
      style: "listCount",
    });
    for (let c = 3; c <= 6; c++) put(row, c, { style: "frame" });
    row++;
  }

  if (catalogue.texts) {
    sectionHeading(catalogue.texts.roman, catalogue.texts.title.toLocaleUpperCase("vi"));
    put(row - 1, COLUMNS.evidence, { style: "frame" });
    for (const block of catalogue.texts.blocks) {
      put(row, 1, { value: block.id, style: "code" });
      band(row, 2, 6, { value: block.title, style: "sectionTitle" });
      row++;
      put(row, 1, { style: "frame" });
      band(row, 2, 6, { value: null, style: "evidence" });
      rowHeights[row] = block.lines * LINE_HEIGHT;
      names.push({ name: textName(block.id), ref: absolute(cellRef(row, 2)) });
      inputCells.push(cellRef(row, 2));
      row++;
    }
  }

  // Footer: recipients left, signature right.
  row += 1;
  band(row, 1, 2, { value: "Nơi nhận:", style: "footerLeft" });
  band(row + 1, 1, 2, { value: `- ${reportsTo(unit)} (báo cáo);`, style: "footerItem" });
  band(row + 2, 1, 2, { value: "- Lưu: VT.", style: "footerItem" });
  // The kind's signature block, then where to sign.
  const signer = signerOf(kind);
  signer.forEach((line, i) => band(row + i, 4, 6, { value: line, style: "signature" }));
  band(row + signer.length, 4, 6, { value: "(Ký, ghi rõ họ tên, đóng dấu)", style: "signatureNote" });

  const plan: SheetPlan = {
    name: sheetName ?? templateSheetName(unit.code, year),
    fontName: FONT,
    fontSize: 12,
    columnWidths: [7, LABEL_WIDTH, 13, 14, 40, 18],
    rowHeights,
    styles: STYLES,
    cells: orderByAddress(cells),
    merges,
    validations,
    conditionalFormats: [
      ...typeFormats(catalogue, valueCellOf),
      ...crossCheckFormats(catalogue, unit.kind, valueCellOf),
    ],
    names,
    protection: {
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: true,
      allowDeleteRows: false,
    },
    freezeRows: headerRow + 1,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: `$${headerRow}:$${headerRow + 1}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
    },
  };
  return {
    plan,
    indicatorCount,
    inputCells,
    withListRows: (rows) => buildTemplatePlan(catalogue, unit, year, sheetName, rows),
  };
}

function orderByAddress(cells: readonly PlanCell[]): PlanCell[] {
  const key = (ref: string): number => {
    const { row: r, col: c } = parseCell(ref);
    return r * 1000 + c;
  };
  const byRef = new Map<string, PlanCell>();
  for (const cell of cells) byRef.set(cell.ref, { ...byRef.get(cell.ref), ...cell });
  return [...byRef.values()].sort((a, b) => key(a.ref) - key(b.ref));
}

/** 100 × numerator / denominator to one decimal; blank while a part is blank or the denominator is 0. */
function derivedFormula(indicator: Indicator, cellOf: (code: string) => string): string {
  const { numerator, denominator } = indicator.derived as NonNullable<Indicator["derived"]>;
  const num = parseExpr(numerator);
  const den = parseExpr(denominator);
  const parts = [...new Set([...codesNeedingFigures(num), ...codesNeedingFigures(den)])].map(cellOf);
  const n = toExcelFormula(num, cellOf);
  const d = toExcelFormula(den, cellOf);
  return `=IF(COUNT(${parts.join(",")})<${parts.length},"",IF((${d})=0,"",ROUND(100*(${n})/(${d}),1)))`;
}

function validationFor(item: Row, ref: string): PlanValidation {
  const uom = item.unitOfMeasure ? ` (${item.unitOfMeasure})` : "";
  const title = validationTitle(item.code, item.label);
  const blankHint = "Để trống nếu chưa có số liệu.";
  const spec: { rule: ValidationRule; prompt: string; error: string } = (() => {
    switch (item.type) {
      case "N":
        return {
          rule: { kind: "whole", min: 0 },
          prompt: `Nhập số nguyên ≥ 0${uom}; nhập 0 nếu không phát sinh. ${blankHint}`,
          error: `Chỉ tiêu ${item.code} phải là số nguyên không âm, ví dụ 12. Không gõ chữ, đơn vị hay dấu chấm phân cách hàng nghìn.`,
        };
      case "%":
        return {
          rule: { kind: "decimal", min: 0, max: 100 },
          prompt: `Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 98,5 (không gõ dấu %). ${blankHint}`,
          error: `Chỉ tiêu ${item.code} là tỷ lệ %, phải từ 0 đến 100, ví dụ 98,5.`,
        };
      case "D":
        return {
          rule: { kind: "date", min: EARLIEST_DATE, max: LATEST_DATE },
          prompt: "Nhập ngày dạng ngày/tháng/năm, ví dụ 10/10/2024.",
          error: `Chỉ tiêu ${item.code} phải là một ngày hợp lệ dạng ngày/tháng/năm, ví dụ 10/10/2024.`,
        };
      case "E": {
        const options = item.options ?? [];
        return {
          rule: { kind: "list", values: options },
          prompt: `Chọn một giá trị trong danh sách: ${options.join(", ")}.`,
          error: `Chỉ tiêu ${item.code} chỉ nhận một trong các giá trị: ${options.join(", ")}.`,
        };
      }
      case "text":
        return {
          rule: { kind: "textLength", max: 500 },
          prompt: `${item.label}.`,
          error: `Nội dung ${item.code} dài quá 500 ký tự.`,
        };
    }
  })();
  return {
    range: ref,
    rule: spec.rule,
    allowBlank: true,
    prompt: { title, message: spec.prompt },
    error: { title: "Số liệu không hợp lệ", message: spec.error },
  };
}

/** Where the unit's report goes: its receiving office, or the body above that office when the unit is the office. */
function reportsTo(unit: Unit): string {
  const office = unit.office;
  if (office === undefined) return "……………";
  return office.code === unit.code ? office.superior : office.name;
}

/** Excel's limit on a validation prompt's title. */
export const VALIDATION_TITLE_MAX = 32;

/** "4.6 – hồ sơ đã giải quyết quá hạn" within Excel's 32 characters, cut after a whole word and marked "…". */
export function validationTitle(code: string, label: string): string {
  const full = `${code} – ${shortLabel(label)}`;
  if (full.length <= VALIDATION_TITLE_MAX) return full;
  let cut = full.slice(0, full.indexOf(" "));
  for (let at = full.indexOf(" "); at > 0; at = full.indexOf(" ", at + 1)) {
    const words = full.slice(0, at).replace(/[\s,;:–-]+$/u, "");
    if (words.length + 1 > VALIDATION_TITLE_MAX) break;
    cut = words;
  }
  return `${cut}…`;
}

function shortLabel(label: string): string {
  return label.replace(/^Trong đó:\s*/, "").replace(/^Số (lượt )?/, "");
}

/** R22 in the sheet itself: a typed or pasted value of the wrong kind turns the cell red. */
function typeFormats(
  catalogue: Catalogue,
  valueCellOf: ReadonlyMap<string, string>,
): PlanConditionalFormat[] {
  const out: PlanConditionalFormat[] = [];
  const prefilled = new Set(PREFILLED_ROLES.map((role) => catalogue.roles[role]));
  for (const item of [...catalogue.header, ...allIndicators(catalogue)]) {
    const ref = valueCellOf.get(item.code);
    if (!ref || ("derived" in item && item.derived) || prefilled.has(item.code)) continue;
    const wrong =
      item.type === "N"
        ? `OR(NOT(ISNUMBER(${ref})),${ref}<0,${ref}<>INT(${ref}))`
        : item.type === "%"
          ? `OR(NOT(ISNUMBER(${ref})),${ref}<0,${ref}>100)`
          : item.type === "D"
            ? `NOT(ISNUMBER(${ref}))`
            : null;
    if (wrong)
      out.push({
        range: ref.replace(/\$/g, ""),
        formula: `AND(LEN(${ref})>0,${wrong})`,
        ...RED,
        ruleId: "R22",
      });
  }
  return out;
}

/** The compare rules as conditional formats on every cell a failed check names. */
function crossCheckFormats(
  catalogue: Catalogue,
  kind: Unit["kind"],
  valueCellOf: ReadonlyMap<string, string>,
): PlanConditionalFormat[] {
  const out: PlanConditionalFormat[] = [];
  const headerCodes = new Set(catalogue.header.map((field) => field.code));
  for (const rule of catalogue.rules) {
    if (rule.kind !== "compare" || (rule.scope && !inScope(rule.scope, kind))) continue;
    for (const check of rule.checks) {
      const expr = parseExpr(check);
      const all = referencedCodes(expr);
      if (!all.every((c) => valueCellOf.has(c))) continue;
      const formula = excelFailureFormula(expr, (c) => valueCellOf.get(c) as string);
      for (const code of all) {
        if (headerCodes.has(code)) continue;
        out.push({
          range: (valueCellOf.get(code) as string).replace(/\$/g, ""),
          formula,
          ...colours(rule.severity),
          ruleId: rule.id,
        });
      }
    }
  }
  return out;
}

function colours(severity: Severity): { fill: string; fontColor: string } {
  return severity === "error" ? RED : AMBER;
}
