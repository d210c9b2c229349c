import { catalogueForSheet } from "../catalogue/builtin";
import { catalogueLookups } from "../catalogue/load";
import {
  inScope,
  templateId,
  type Catalogue,
  type HeaderField,
  type Indicator,
  type ListBlock,
  type ListColumn,
} from "../catalogue/types";
import type { Finding, ReaderCode } from "../check/finding";
import { parseExpr, evaluate } from "../expr/expr";
import type { Named } from "../i18n/phrase";
import type { Wording } from "../i18n/say";
import { columnLetters, parseCell } from "../layout/a1";
import {
  COLUMNS,
  evidenceName,
  headerName,
  indicatorName,
  LIST_END,
  listName,
  TABLE_HEADER,
  TEMPLATE_NAME,
  textName,
  YEAR_LABEL,
  YEAR_NAME,
} from "../layout/template";
import { foldForMatch } from "../text/fold";
import { findUnitByCode, findUnitByName, type Unit, type UnitRegistry } from "../units/registry";
import { FigureColumns } from "./figureColumns";
import { nameTarget, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";
import { readChoice, readCount, readDate, readPercent, readText, type RawCell, type Reading } from "./values";

export interface Figure {
  code: string;
  /** Where the figure was read; null when the indicator was not found on the sheet. */
  cell: string | null;
  /** Numbers for N, % and D (a date is an Excel serial); text for E and text fields; null when blank or unreadable. */
  value: number | string | null;
  status: "ok" | "blank" | "invalid" | "missing";
}

export interface Evidence {
  cell: string | null;
  text: string | null;
}

export interface Submission {
  sheet: string;
  /** "DVCQ-CT03/1", as the sheet says. */
  templateId: string | null;
  year: number | null;
  /** The unit as the registry knows it, when the sheet's code or name matched one. */
  unit: Unit | null;
  /** The unit code as typed on the sheet. */
  typedUnitCode: string | null;
  kind: Unit["kind"] | null;
  /** The date the sheet says it was sent (the catalogue's sentDate role), an Excel serial; null when blank or unreadable. */
  sentDate: number | null;
  figures: ReadonlyMap<string, Figure>;
  evidence: ReadonlyMap<string, Evidence>;
  /** By list id ("MH"): the rows with their key filled, blank rows skipped (template version 2 on). */
  lists?: ReadonlyMap<string, readonly ListRow[]>;
  /** By text block id ("1"…"4"). */
  texts?: ReadonlyMap<string, Evidence>;
}

export interface ListRow {
  /** Row on the sheet. */
  row: number;
  /** By column key; text trimmed, numbers as numbers, null when blank. */
  values: Readonly<Record<string, string | number | null>>;
}

export interface SheetReading {
  submission: Submission | null;
  findings: Finding[];
  /** The catalogue the sheet was read with: the given one, or the built-in version of the sheet (catalogueForSheet), to check it with. */
  catalogue: Catalogue;
}

const TEMPLATE_ID_TEXT = /^[A-Z0-9][A-Z0-9-]*\/\d+$/;
/** A sheet with its template id and at least this many catalogue codes in its first columns is a template whose names were lost. */
const CODES_FOR_A_TEMPLATE = 10;
const CODE_COLUMNS = 3;
/** The template's own headings, folded as a sheet's cells are to find them. */
const VALUE_HEADING = foldForMatch(TABLE_HEADER[COLUMNS.value - 1] as string);
const EVIDENCE_HEADING = foldForMatch(TABLE_HEADER[COLUMNS.evidence - 1] as string);
const YEAR_LABEL_FOLDED = foldForMatch(YEAR_LABEL);

/** The sheets of a workbook that hold a DVCQ template (by name, by template id, or by its code column). */
export function findTemplateSheets(workbook: WorkbookSnapshot, catalogue: Catalogue): string[] {
  return workbook.sheets
    .filter((sheet) => sheetIndex(workbook, sheet, catalogue).looksLikeTemplate())
    .map((s) => s.name);
}

/**
 * The report year each template sheet of a workbook names, sheet by sheet as findTemplateSheets
 * finds them: the submissions' years readSubmission would read, without reading anything else.
 */
export function templateSheetYears(workbook: WorkbookSnapshot, catalogue: Catalogue): (number | null)[] {
  return findTemplateSheets(workbook, catalogue).map((name) =>
    sheetYear(sheetIndex(workbook, workbook.sheets.find((s) => s.name === name) as SheetSnapshot, catalogue)),
  );
}

/** The year a template sheet names: its named year cell, else the cell after its year label; a whole number or four digits. */
function sheetYear(index: SheetIndex): number | null {
  const yearCell = index.cellOfName(YEAR_NAME) ?? index.yearCellByLabel();
  const yearRaw = yearCell ? index.cell(yearCell).value : null;
  return typeof yearRaw === "number" && Number.isInteger(yearRaw)
    ? yearRaw
    : typeof yearRaw === "string" && /^\d{4}$/.test(yearRaw.trim())
      ? Number(yearRaw)
      : null;
}

/**
 * Reads one template sheet into a submission: each figure located by its defined name, else by the
 * code column, else by its label (saying so), and read as clerks really type it.
 */
export function readSubmission(
  workbook: WorkbookSnapshot,
  sheetName: string,
  given: Catalogue,
  registry: UnitRegistry,
): SheetReading {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  const findings: Finding[] = [];
  const finding = (
    rule: ReaderCode | string,
    severity: Finding["severity"],
    cell: string | null,
    section: string | null,
    message: Wording,
  ): void => {
    findings.push({ rule, severity, unit: null, sheet: sheetName, cell, section, message });
  };
  if (!sheet) throw new Error(`No sheet ${sheetName} in the snapshot`);
  const index = sheetIndex(workbook, sheet, given);
  if (!index.looksLikeTemplate()) {
    finding("NOT_A_TEMPLATE", "error", null, null, {
      code: "SHEET_NOT_A_TEMPLATE",
      sheet: sheetName,
      templateId: templateId(given),
    });
    return { submission: null, findings, catalogue: given };
  }

  const foundTemplateId = index.templateIdText();
  const year = sheetYear(index);

  // Read by its own version (a built-in version's indicators are the same, so the index serves both).
  const catalogue = catalogueForSheet(given, { templateId: foundTemplateId, year });
  if (
    foundTemplateId !== null &&
    foundTemplateId !== templateId(catalogue) &&
    !(catalogue.reads ?? []).includes(foundTemplateId)
  ) {
    const sameFamily = foundTemplateId.startsWith(`${catalogue.id}/`);
    finding("TEMPLATE_VERSION", sameFamily ? "warning" : "error", index.templateIdCell(), null, {
      code: "TEMPLATE_VERSION",
      found: foundTemplateId,
      expected: templateId(catalogue),
      sameFamily,
    });
  }

  const located = { byCode: [] as string[], byLabel: [] as string[] };
  const locate = (item: HeaderField | Indicator, name: string): string | null => {
    const viaName = index.cellOfName(name);
    if (viaName && index.rowHoldsCode(viaName, item.code)) return viaName;
    const viaCode = index.valueCellByCode(item.code);
    if (viaCode) {
      located.byCode.push(item.code);
      return viaCode;
    }
    const viaLabel = index.valueCellByLabel(item.label);
    if (viaLabel) located.byLabel.push(item.code);
    return viaLabel;
  };

  const figures = new Map<string, Figure>();
  const readItem = (item: HeaderField | Indicator, section: string, cellRef: string | null): void => {
    if (cellRef === null) {
      figures.set(item.code, { code: item.code, cell: null, value: null, status: "missing" });
      return;
    }
    const raw = index.cell(cellRef);
    const reading = readByType(item, raw);
    const named = namedItem(item);
    if (reading.status === "blank")
      figures.set(item.code, { code: item.code, cell: cellRef, value: null, status: "blank" });
    else if (reading.status === "invalid") {
      figures.set(item.code, { code: item.code, cell: cellRef, value: null, status: "invalid" });
      finding("R22", "error", cellRef, section, {
        code: "VALUE_UNREADABLE",
        item: named,
        problem: reading.problem,
      });
    } else {
      figures.set(item.code, { code: item.code, cell: cellRef, value: reading.value, status: "ok" });
      for (const note of reading.notes)
        finding(note.code, "warning", cellRef, section, { code: "VALUE_UNDERSTOOD", item: named, note });
    }
  };

  for (const field of catalogue.header) {
    if (field.scope === "B") readItem(field, "0", locate(field, headerName(field.code)));
  }

  const { roles } = catalogue;
  const typedUnitCode = textOf(figures.get(roles.unitCode));
  const typedUnitName = textOf(figures.get(roles.unitName));
  const unit =
    (typedUnitCode ? findUnitByCode(registry, typedUnitCode) : undefined) ??
    (typedUnitName ? findUnitByName(registry, typedUnitName) : undefined) ??
    null;
  const typedKind = textOf(figures.get(roles.unitKind));
  const kind = unit?.kind ?? (typedKind === "X" || typedKind === "C" ? typedKind : null);

  for (const field of catalogue.header) {
    if (field.scope !== "B" && (kind === null || inScope(field.scope, kind)))
      readItem(field, "0", locate(field, headerName(field.code)));
  }
  for (const section of catalogue.sections) {
    for (const indicator of section.indicators) {
      if (kind !== null && !inScope(indicator.scope, kind)) continue;
      if (indicator.derived) continue;
      readItem(indicator, section.id, locate(indicator, indicatorName(indicator.code)));
    }
  }
  for (const section of catalogue.sections) {
    for (const indicator of section.indicators) {
      if (indicator.derived && (kind === null || inScope(indicator.scope, kind))) {
        figures.set(
          indicator.code,
          derivedFigure(
            indicator,
            figures,
            index.cellOfName(indicatorName(indicator.code)) ?? index.valueCellByCode(indicator.code),
          ),
        );
      }
    }
  }

  const evidence = new Map<string, Evidence>();
  for (const section of catalogue.sections) {
    const named = index.cellOfName(evidenceName(section.id));
    const cell =
      named && index.rowHoldsCode(named, section.roman)
        ? named
        : (index.evidenceCellBySection(section.roman) ?? named);
    const text = cell ? readText(index.cell(cell)) : ({ status: "blank" } as const);
    evidence.set(section.id, { cell, text: text.status === "ok" ? text.value : null });
    if (text.status === "ok") {
      for (const note of text.notes) finding(note.code, "warning", cell, section.id, note);
    }
  }

  const missing = [...figures.values()].filter((f) => f.status === "missing").map((f) => f.code);
  if (located.byCode.length + located.byLabel.length > 0) {
    finding("NAMES_MISSING", "warning", null, null, {
      code: "NAMES_MISSING",
      byCode: located.byCode,
      byLabel: located.byLabel,
    });
  }
  for (const code of missing) {
    const item = catalogueLookups(catalogue).items.get(code) as HeaderField | Indicator;
    finding("INDICATOR_NOT_FOUND", "error", null, sectionOf(catalogue, code), {
      code: "INDICATOR_NOT_FOUND",
      item: namedItem(item),
    });
  }

  const lists = new Map<string, ListRow[]>();
  for (const list of catalogue.lists ?? []) {
    const rows = readList(index, list);
    if (rows === null) {
      finding("LISTS_NOT_IN_VERSION", "warning", index.templateIdCell(), null, {
        code: "LISTS_NOT_IN_VERSION",
        found: foundTemplateId,
        list: { vi: list.title, en: list.english },
        expected: templateId(catalogue),
      });
    } else lists.set(list.id, rows);
  }
  const texts = new Map<string, Evidence>();
  for (const block of catalogue.texts?.blocks ?? []) {
    // Under its title first: a program that inserts rows (openpyxl) leaves the name on the row it was.
    const cell = index.textCellByTitle(block.title) ?? index.cellOfName(textName(block.id));
    if (cell === null) continue;
    const text = readText(index.cell(cell));
    texts.set(block.id, { cell, text: text.status === "ok" ? text.value : null });
  }

  const submission: Submission = {
    ...(catalogue.lists ? { lists } : {}),
    ...(catalogue.texts ? { texts } : {}),
    sheet: sheetName,
    templateId: foundTemplateId,
    year,
    unit,
    typedUnitCode,
    kind,
    sentDate: numberOf(figures.get(roles.sentDate)),
    figures: FigureColumns.of(figures),
    evidence,
  };
  const unitCode = unit?.code ?? typedUnitCode;
  return { submission, findings: findings.map((f) => ({ ...f, unit: unitCode })), catalogue };
}

/** The rows of a list block between its header row and its Cộng row, wherever rows were inserted; null when the sheet has no such list. */
function readList(index: SheetIndex, list: ListBlock): ListRow[] | null {
  const key = list.columns.find((c) => c.key === list.key) as ListColumn;
  const named = index.cellOfRange(listName(list.id));
  const headerText = foldForMatch(key.label);
  const isHeader = (row: number): boolean => {
    const v = index.cell(`${columnLetters(key.col)}${row}`).value;
    return typeof v === "string" && foldForMatch(v) === headerText;
  };
  const header =
    named && isHeader(named.first - 1) ? named.first - 1 : index.rowWithText(key.col, headerText);
  if (header === null) return null;
  const end = index.rowWithText(1, foldForMatch(LIST_END), header) ?? (named ? named.last + 1 : header + 1);
  const rows: ListRow[] = [];
  for (let row = header + 1; row < end; row++) {
    const values: Record<string, string | number | null> = {};
    for (const column of list.columns) {
      const raw = index.cell(`${columnLetters(column.col)}${row}`);
      if (column.type === "N") {
        const n = readCount(raw);
        values[column.key] = n.status === "ok" ? n.value : null;
      } else {
        const t = readText(raw);
        values[column.key] = t.status === "ok" ? t.value.trim() : null;
      }
    }
    if (values[list.key] !== null && values[list.key] !== "") rows.push({ row, values });
  }
  return rows;
}

function sectionOf(catalogue: Catalogue, code: string): string {
  return catalogueLookups(catalogue).sectionOf.get(code) ?? "0";
}

function textOf(figure: Figure | undefined): string | null {
  return typeof figure?.value === "string" ? figure.value : null;
}

function numberOf(figure: Figure | undefined): number | null {
  return typeof figure?.value === "number" ? figure.value : null;
}

function readByType(item: HeaderField | Indicator, raw: RawCell): Reading<number | string> {
  switch (item.type) {
    case "N":
      return readCount(raw, item.unitOfMeasure);
    case "%":
      return readPercent(raw);
    case "D":
      return readDate(raw);
    case "E":
      return readChoice(raw, item.options ?? []);
    case "text":
      return readText(raw);
  }
}

/** A derived rate recomputed from its parts: the template's formula may have been typed over. */
function derivedFigure(
  indicator: Indicator,
  figures: ReadonlyMap<string, Figure>,
  cell: string | null,
): Figure {
  const { numerator, denominator } = indicator.derived as NonNullable<Indicator["derived"]>;
  const lookup = (code: string): number | null => {
    const v = figures.get(code)?.value;
    return typeof v === "number" ? v : null;
  };
  const num = evaluate(parseExpr(numerator), lookup);
  const den = evaluate(parseExpr(denominator), lookup);
  if (num.skipped || den.skipped || Number(den.value) === 0)
    return { code: indicator.code, cell, value: null, status: "blank" };
  return {
    code: indicator.code,
    cell,
    value: Math.round((1000 * Number(num.value)) / Number(den.value)) / 10,
    status: "ok",
  };
}

/** Finding a workbook's template sheets and then reading them index each sheet once. */
const indexes = new WeakMap<
  SheetSnapshot,
  { workbook: WorkbookSnapshot; catalogue: Catalogue; index: SheetIndex }
>();

function sheetIndex(workbook: WorkbookSnapshot, sheet: SheetSnapshot, catalogue: Catalogue): SheetIndex {
  const known = indexes.get(sheet);
  if (known?.workbook === workbook && known.catalogue === catalogue) return known.index;
  const index = new SheetIndex(workbook, sheet, catalogue);
  indexes.set(sheet, { workbook, catalogue, index });
  return index;
}

/** Lookups over one sheet's cells: names, the code column, labels, the header row. */
class SheetIndex {
  private readonly namesHere = new Map<string, string>();
  private readonly rangesHere = new Map<string, string>();
  private readonly rowByCode = new Map<string, number>();
  private readonly rowByLabel = new Map<string, number>();
  private readonly valueColumn: number;
  private readonly evidenceColumn: number;
  private readonly templateIdAt: string | null;

  constructor(
    workbook: WorkbookSnapshot,
    private readonly sheet: SheetSnapshot,
    catalogue: Catalogue,
  ) {
    for (const n of workbook.names) {
      const target = nameTarget(n.ref, sheet.name);
      if (target && n.ref.includes("!")) this.namesHere.set(n.name.toUpperCase(), target);
    }
    for (const n of sheet.names) {
      const target = nameTarget(n.ref, sheet.name);
      if (target) this.namesHere.set(n.name.toUpperCase(), target);
    }
    for (const n of [...workbook.names, ...sheet.names]) {
      const m = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)$/.exec(
        n.ref.trim().replace(/^=/, ""),
      );
      const on = m?.[1] !== undefined ? m[1].replace(/''/g, "'") : m?.[2];
      if (m && (on === undefined || on === sheet.name))
        this.rangesHere.set(n.name.toUpperCase(), m[3] as string);
    }
    const { items, romans, foldedLabels } = catalogueLookups(catalogue);
    let valueColumn: number = COLUMNS.value;
    let evidenceColumn: number = COLUMNS.evidence;
    let templateIdAt: string | null = null;
    for (const [ref, cell] of sheet.cells) {
      if (typeof cell.value !== "string") continue;
      const { row, col } = parseCell(ref);
      const text = cell.value.normalize("NFC").trim();
      if (col <= CODE_COLUMNS && (items.has(text) || romans.has(text)) && !this.rowByCode.has(text))
        this.rowByCode.set(text, row);
      const folded = foldForMatch(text);
      if (foldedLabels.has(folded) && !this.rowByLabel.has(folded)) this.rowByLabel.set(folded, row);
      if (folded === VALUE_HEADING) valueColumn = col;
      if (folded === EVIDENCE_HEADING) evidenceColumn = col;
      if (templateIdAt === null && TEMPLATE_ID_TEXT.test(text) && text.startsWith("DVCQ")) templateIdAt = ref;
    }
    this.valueColumn = valueColumn;
    this.evidenceColumn = evidenceColumn;
    this.templateIdAt = this.namesHere.get(TEMPLATE_NAME) ?? templateIdAt;
  }

  /**
   * Names of a template, or its template id together with a code column. Either alone is not
   * enough: the district report has the code column, the facts table has template ids.
   */
  looksLikeTemplate(): boolean {
    return (
      this.namesHere.has(TEMPLATE_NAME) ||
      (this.templateIdText() !== null && this.rowByCode.size >= CODES_FOR_A_TEMPLATE)
    );
  }

  cell(ref: string): RawCell {
    return this.sheet.cells.get(ref) ?? { value: null };
  }

  cellOfName(name: string): string | null {
    return this.namesHere.get(name.toUpperCase()) ?? null;
  }

  templateIdCell(): string | null {
    return this.templateIdAt;
  }

  templateIdText(): string | null {
    if (this.templateIdAt === null) return null;
    const value = this.cell(this.templateIdAt).value;
    return typeof value === "string" && TEMPLATE_ID_TEXT.test(value.trim()) ? value.trim() : null;
  }

  /**
   * Whether a named cell sits on the row of its code. A program that inserts rows without moving
   * names (openpyxl does) leaves names pointing at the wrong row: those are not trusted.
   */
  rowHoldsCode(ref: string, code: string): boolean {
    const row = this.rowByCode.get(code);
    return row === undefined || row === parseCell(ref).row;
  }

  valueCellByCode(code: string): string | null {
    const row = this.rowByCode.get(code);
    return row === undefined ? null : `${columnLetters(this.valueColumn)}${row}`;
  }

  valueCellByLabel(label: string): string | null {
    const row = this.rowByLabel.get(foldForMatch(label));
    return row === undefined ? null : `${columnLetters(this.valueColumn)}${row}`;
  }

  evidenceCellBySection(roman: string): string | null {
    const row = this.rowByCode.get(roman);
    return row === undefined ? null : `${columnLetters(this.evidenceColumn)}${row}`;
  }

  /** The rows of a named range ("$A$96:$F$105") on this sheet. */
  cellOfRange(name: string): { first: number; last: number } | null {
    const ref = this.rangesHere.get(name.toUpperCase());
    const m = ref === undefined ? null : /^\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(ref);
    return m ? { first: Number(m[1]), last: Number(m[2]) } : null;
  }

  /** The first row from `after` whose cell in column `col` folds to `folded`. */
  rowWithText(col: number, folded: string, after = 0): number | null {
    let found: number | null = null;
    for (const [ref, cell] of this.sheet.cells) {
      if (typeof cell.value !== "string") continue;
      const at = parseCell(ref);
      if (
        at.col === col &&
        at.row > after &&
        foldForMatch(cell.value) === folded &&
        (found === null || at.row < found)
      )
        found = at.row;
    }
    return found;
  }

  /** The cell below a text block's title (the title in column B). */
  textCellByTitle(title: string): string | null {
    const row = this.rowWithText(2, foldForMatch(title));
    return row === null ? null : `B${row + 1}`;
  }

  yearCellByLabel(): string | null {
    for (const [ref, cell] of this.sheet.cells) {
      if (typeof cell.value === "string" && foldForMatch(cell.value) === YEAR_LABEL_FOLDED) {
        const { row, col } = parseCell(ref);
        return `${columnLetters(col + 1)}${row}`;
      }
    }
    return null;
  }
}

/** An indicator or header field as findings name it. */
export function namedItem(item: HeaderField | Indicator): Named {
  return { code: item.code, label: { vi: item.label, en: item.english } };
}
