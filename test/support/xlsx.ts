/**
 * Reads an .xlsx at the XML level, for what exceljs reads wrongly or not at all: LibreOffice's
 * protection booleans ("true"/"false"), sheet-scoped names (localSheetId).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NS, attr, elements, parseXml, textOf, type XmlElement } from "./ooxml";

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export interface DefinedName {
  name: string;
  /** Name of the sheet it is scoped to; undefined for a workbook-scoped name. */
  sheet: string | undefined;
  ref: string;
}

export interface SheetProtection {
  sheet: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  insertRows: boolean;
  deleteRows: boolean;
}

/** An .xlsx opened at the XML level. */
export class XlsxXml {
  private constructor(
    private readonly zip: JSZip,
    private readonly workbook: XmlElement,
    private readonly rels: XmlElement,
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxXml> {
    const zip = await JSZip.loadAsync(bytes);
    const read = async (name: string): Promise<XmlElement> => {
      const file = zip.file(name);
      if (file === null) throw new Error(`${name} is missing`);
      return parseXml(await file.async("string"));
    };
    return new XlsxXml(zip, await read("xl/workbook.xml"), await read("xl/_rels/workbook.xml.rels"));
  }

  sheetNames(): string[] {
    return elements(this.workbook, "sheet").map((s) => attr(s, "name") ?? "");
  }

  definedNames(): DefinedName[] {
    const sheets = this.sheetNames();
    return elements(this.workbook, "definedName").map((dn) => {
      const local = attr(dn, "localSheetId");
      return {
        name: attr(dn, "name") ?? "",
        sheet: local === undefined ? undefined : sheets[Number(local)],
        ref: textOf(dn),
      };
    });
  }

  async sheet(name: string): Promise<XmlElement> {
    const sheet = elements(this.workbook, "sheet").find((s) => attr(s, "name") === name);
    const id = sheet?.attrs.find((a) => a.uri === NS.officeRelationships && a.local === "id")?.value;
    const rel = elements(this.rels, "Relationship", NS.relationships).find((r) => attr(r, "Id") === id);
    const href = rel === undefined ? undefined : attr(rel, "Target");
    if (href === undefined) throw new Error(`no sheet named ${name}`);
    return this.part(href.startsWith("/") ? href.slice(1) : `xl/${href}`);
  }

  /** The sheet's protection with its allow-flags; null when the sheet is not protected. */
  async protection(sheetName: string): Promise<SheetProtection | null> {
    const p = elements(await this.sheet(sheetName), "sheetProtection")[0];
    if (p === undefined || !bool(attr(p, "sheet"), false)) return null;
    // In the file each flag means "this action is protected" and defaults to protected.
    const allowed = (key: string): boolean => !bool(attr(p, key), true);
    return {
      sheet: true,
      formatColumns: allowed("formatColumns"),
      formatRows: allowed("formatRows"),
      insertRows: allowed("insertRows"),
      deleteRows: allowed("deleteRows"),
    };
  }

  /** Cells of the sheet whose cell format is not locked, in sheet order. */
  async unlockedCells(sheetName: string): Promise<string[]> {
    const styles = await this.part("xl/styles.xml");
    const xfs = elements(styles, "cellXfs").flatMap((x) => elements(x, "xf"));
    const unlocked = xfs.map((xf) => {
      const protection = elements(xf, "protection")[0];
      return protection !== undefined && !bool(attr(protection, "locked"), true);
    });
    return elements(await this.sheet(sheetName), "c")
      .filter((c) => unlocked[Number(attr(c, "s") ?? "0")] === true)
      .map((c) => attr(c, "r") ?? "");
  }

  /** The formula text of each cell that has one, by reference. */
  async formulas(sheetName: string): Promise<Record<string, string>> {
    const entries = elements(await this.sheet(sheetName), "c").flatMap((c) => {
      const f = elements(c, "f")[0];
      return f === undefined ? [] : [[attr(c, "r") ?? "", textOf(f)] as const];
    });
    return Object.fromEntries(entries);
  }

  private async part(name: string): Promise<XmlElement> {
    const file = this.zip.file(name);
    if (file === null) throw new Error(`${name} is missing`);
    return parseXml(await file.async("string"));
  }
}

/** xsd:boolean: "1" / "true" / "0" / "false". */
function bool(value: string | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : value === "1" || value === "true";
}
