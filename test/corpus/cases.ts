/**
 * The hostile-file corpus: every case is made at test time from a real DVCQ template (the clean
 * Xã Xuân Hòa 2024 fixture, or a template written by writeWorkbook with other figures) by changing
 * its bytes or XML, or is a committed fixture only another program can write (test/fixtures,
 * test/fixtures/corpus). Each case says which findings the file must get, and only those.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildTemplatePlan, type TemplateLayout } from "../../src/domain/layout/template";
import { READ_LIMITS } from "../../src/files/readLimits";
import { isDateFormat } from "../../src/domain/read/values";
import { writeWorkbook, type NameScope } from "../../src/files/writeXlsx";
import { catalogue, unit } from "../support/filled";
import {
  CLEAN_EVIDENCE,
  CLEAN_FIGURES,
  FIXTURE_CREATED,
  FIXTURE_YEAR,
  FIXTURES_DIR,
  fillTemplate,
  readFixture,
  type EvidenceTexts,
  type Figures,
} from "../support/fixtures";
import { picker, prng } from "../fuzz/mutate.cjs";
import {
  CONTENT_TYPES,
  SHEET_PART,
  STRINGS_PART,
  STYLES_PART,
  WORKBOOK_PART,
  WORKBOOK_RELS,
  editPart,
  escapeXml,
  pack,
  partsOf,
  replaceCell,
  styleOf,
  textOf,
  without,
  type Parts,
} from "./package";
import { repeatedDeflate, zip } from "./zip";

export type Category = "container" | "resource" | "legitimate" | "values";

export interface ExpectedFinding {
  rule: string;
  severity: "error" | "warning";
  cell: string | null;
  /** What the Vietnamese message must say, where the case is about the wording. */
  says?: RegExp;
}

export interface CorpusCase {
  id: string;
  category: Category;
  /** One line: what the file is. */
  what: string;
  fileName: string;
  make: () => Promise<Uint8Array>;
  /** Exactly the findings the file gets (in any order). */
  findings: readonly ExpectedFinding[];
  /**
   * For a readable file: what the one submission read, by code, beyond the clean figures (which
   * every readable case must still read as filled). null: the figure is blank or unreadable.
   */
  understood?: Readonly<Record<string, number | string | null>>;
  /** Units of the template sheets read from the file (default: Xã Xuân Hòa alone when readable). */
  units?: readonly string[];
}

export const SHEET = "XA-XUAN-HOA 2024";

/** Where the template puts a figure ("6.20" → "D86"), from the plan's own names. */
export function cellOf(code: string, layout: TemplateLayout = layoutOf("XA-XUAN-HOA")): string {
  const name = code.startsWith("0.")
    ? `DVCQ_H_${code.replace(/\./g, "_")}`
    : `DVCQ_I_${code.replace(/\./g, "_")}`;
  const ref = layout.plan.names.find((n) => n.name === name)?.ref.replace(/\$/g, "");
  if (ref === undefined) throw new Error(`no cell for ${code}`);
  return ref;
}

export function layoutOf(code: string): TemplateLayout {
  return buildTemplatePlan(catalogue, unit(code), FIXTURE_YEAR);
}

/** A filled template as DVCQ writes it. */
export async function template(
  figures: Figures = CLEAN_FIGURES,
  evidence: EvidenceTexts = CLEAN_EVIDENCE,
  unitCode = "XA-XUAN-HOA",
): Promise<Uint8Array> {
  return writeWorkbook(
    [{ plan: fillTemplate(layoutOf(unitCode), figures, evidence).plan, nameScope: "workbook" }],
    {
      created: FIXTURE_CREATED,
    },
  );
}

const clean = (): Uint8Array => readFixture("template-clean.xlsx");
const cleanParts = (): Promise<Parts> => partsOf(clean());
const corpusFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(FIXTURES_DIR, "corpus", name)));
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

const unreadable = (says: RegExp): ExpectedFinding[] => [
  { rule: "FILE_UNREADABLE", severity: "error", cell: null, says },
];
const NOT_XLSX = /không phải sổ làm việc Excel \(\.xlsx\)/;
const DAMAGED = /bị hỏng hoặc không trọn vẹn/;

/** The clean template with the sheet's cell at `ref` written as `cellXml` (its style kept). */
async function withCellXml(ref: string, inner: (style: string) => string): Promise<Uint8Array> {
  const parts = await cleanParts();
  return pack(editPart(parts, SHEET_PART, (xml) => replaceCell(xml, ref, inner(styleOf(xml, ref)))));
}

/** The clean template with one figure typed otherwise, as writeWorkbook writes it. */
const withFigure =
  (code: string, value: number | string | null): (() => Promise<Uint8Array>) =>
  () =>
    template({ ...CLEAN_FIGURES, [code]: value });

const COUNT = "2.2";
/** 4.13: a percentage no cross-check compares (4.12 has R11, which reads an unreadable rate as blank). */
const PERCENT = "4.13";
const R22 = (code: string, says: RegExp): ExpectedFinding => ({
  rule: "R22",
  severity: "error",
  cell: cellOf(code),
  says,
});

// ---------------------------------------------------------------------------------------------

const containers: CorpusCase[] = (
  [
    {
      id: "empty",
      what: "0 bytes",
      fileName: "empty.xlsx",
      make: async () => readFixture("empty.xlsx"),
      findings: unreadable(/Tệp rỗng \(0 byte\)/),
    },
    {
      id: "random",
      what: "64 KiB of seeded random bytes",
      fileName: "random.xlsx",
      make: async () => {
        const bytes = picker(prng(8)).bytes(65536);
        bytes[0] = 0x00;
        return bytes;
      },
      findings: unreadable(NOT_XLSX),
    },
    {
      id: "random-after-zip-signature",
      what: "a zip signature, then random bytes",
      fileName: "random-zip.xlsx",
      make: async () => {
        const bytes = picker(prng(9)).bytes(65536);
        bytes.set([0x50, 0x4b, 0x03, 0x04]);
        return bytes;
      },
      findings: unreadable(DAMAGED),
    },
    {
      id: "truncated-half",
      what: "the first half of the clean template (a cut download)",
      fileName: "truncated.xlsx",
      make: async () => readFixture("truncated.xlsx"),
      findings: unreadable(DAMAGED),
    },
    {
      id: "truncated-end",
      what: "the clean template without its last 10 bytes (the end of the central directory)",
      fileName: "truncated-end.xlsx",
      make: async () => clean().subarray(0, clean().length - 10),
      findings: unreadable(DAMAGED),
    },
    {
      id: "not-a-workbook",
      what: "a zip holding only readme.txt",
      fileName: "not-a-workbook.xlsx",
      make: async () => readFixture("not-a-workbook.xlsx"),
      findings: unreadable(NOT_XLSX),
    },
    {
      id: "csv-renamed",
      what: "a UTF-8 CSV (with BOM, as Excel saves it) renamed .xlsx",
      fileName: "csv.xlsx",
      make: async () => utf8("\ufeffSTT,Chỉ tiêu,Số liệu\r\n1.1,Số văn bản đã ban hành,12\r\n"),
      findings: unreadable(NOT_XLSX),
    },
    {
      id: "html-renamed",
      what: "the template saved by LibreOffice as a web page, renamed .xlsx",
      fileName: "web-page.xlsx",
      make: async () => corpusFixture("saved-as-web-page.html"),
      findings: unreadable(NOT_XLSX),
    },
    {
      id: "spreadsheetml-2003",
      what: "an Excel 2003 XML Spreadsheet renamed .xlsx",
      fileName: "excel-2003-xml.xlsx",
      make: async () =>
        utf8(
          '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
            `<Worksheet ss:Name="${SHEET}"><Table><Row><Cell><Data ss:Type="String">1.1</Data></Cell>` +
            '<Cell><Data ss:Type="Number">12</Data></Cell></Row></Table></Worksheet></Workbook>\n',
        ),
      findings: unreadable(NOT_XLSX),
    },
    {
      id: "xls",
      what: "the template as an Excel 97–2003 .xls (LibreOffice)",
      fileName: "old-format.xls",
      make: async () => readFixture("old-format.xls"),
      findings: unreadable(/Tệp \.xls cũ \(Excel 97–2003\)/),
    },
    {
      id: "xlsb",
      what: "a binary workbook package (xl/workbook.bin)",
      fileName: "binary.xlsb",
      make: async () =>
        zip([
          {
            name: CONTENT_TYPES,
            data: utf8(
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
                '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
            ),
          },
          {
            name: "_rels/.rels",
            data: utf8(
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
            ),
          },
          { name: "xl/workbook.bin", data: Uint8Array.from([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]) },
        ]),
      findings: unreadable(/\.xlsb \(sổ làm việc nhị phân\)/),
    },
    {
      id: "ods",
      what: "the template saved by LibreOffice as .ods",
      fileName: "template.ods",
      make: async () => corpusFixture("template.ods"),
      findings: unreadable(/Tệp \.ods/),
    },
    {
      id: "encrypted",
      what: "the template with a password to open (ECMA-376 encryption, LibreOffice)",
      fileName: "password.xlsx",
      make: async () => readFixture("password.xlsx"),
      findings: unreadable(/mật khẩu/),
    },
    {
      id: "word",
      what: "a Word document (.docx package) renamed .xlsx",
      fileName: "letter.xlsx",
      make: async () =>
        zip([
          {
            name: CONTENT_TYPES,
            data: utf8(
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ' +
                'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            ),
          },
          {
            name: "_rels/.rels",
            data: utf8(
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
            ),
          },
          {
            name: "word/document.xml",
            deflate: true,
            data: utf8(
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>' +
                "<w:t>Báo cáo công tác dân vận chính quyền năm 2024</w:t></w:r></w:p></w:body></w:document>",
            ),
          },
        ]),
      findings: unreadable(/văn bản Word/),
    },
    {
      id: "pdf",
      what: "the template printed to PDF by LibreOffice",
      fileName: "template.pdf",
      make: async () => corpusFixture("template.pdf"),
      findings: unreadable(/PDF/),
    },
    {
      id: "bad-crc",
      what: "the sheet's entry with a CRC that does not match its (intact) data",
      fileName: "bad-crc.xlsx",
      make: async () => {
        const parts = await cleanParts();
        const sheet = parts.get(SHEET_PART) as Uint8Array;
        return pack(without(parts, SHEET_PART), [
          { name: SHEET_PART, data: sheet, deflate: true, crc: 0x12345678 },
        ]);
      },
      findings: unreadable(DAMAGED),
    },
    {
      id: "row-zero",
      what: "a cell addressed A0, a row that cannot exist (found by fuzzing: it stopped a whole batch)",
      fileName: "row-zero.xlsx",
      make: async () =>
        pack(editPart(await cleanParts(), SHEET_PART, (x) => x.replace('<c r="A24"', '<c r="A0"'))),
      findings: unreadable(DAMAGED),
    },
    {
      id: "row-past-the-grid",
      what: "a cell addressed below Excel's last row",
      fileName: "row-past-grid.xlsx",
      make: async () =>
        pack(editPart(await cleanParts(), SHEET_PART, (x) => x.replace('<c r="A24"', '<c r="A1048577"'))),
      findings: unreadable(DAMAGED),
    },
    {
      id: "missing-sheet",
      what: "the worksheet part left out",
      fileName: "missing-sheet.xlsx",
      make: async () => pack(without(await cleanParts(), SHEET_PART)),
      findings: unreadable(DAMAGED),
    },
    {
      id: "missing-shared-strings",
      what: "the shared-string part left out (the cells still point into it)",
      fileName: "missing-strings.xlsx",
      make: async () => pack(without(await cleanParts(), STRINGS_PART)),
      findings: unreadable(DAMAGED),
    },
    {
      id: "missing-workbook",
      what: "the workbook part left out",
      fileName: "missing-workbook.xlsx",
      make: async () => pack(without(await cleanParts(), WORKBOOK_PART)),
      findings: unreadable(NOT_XLSX),
    },
  ] satisfies Omit<CorpusCase, "category">[]
).map((c) => ({ ...c, category: "container" }));

// ---------------------------------------------------------------------------------------------

const LONG_EVIDENCE = `- Kế hoạch số 12/KH-UBND ngày 15/01/2024; ${"Biên bản họp ấp. ".repeat(2000)}`.slice(
  0,
  32_767,
);

const resources: CorpusCase[] = (
  [
    {
      id: "huge-dimension",
      what: "a sheet that declares A1:XFD1048576 and holds a cell in its last row and column",
      fileName: "huge-dimension.xlsx",
      make: async () =>
        pack(
          editPart(await cleanParts(), SHEET_PART, (xml) =>
            xml
              .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
              .replace(
                "</sheetData>",
                '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>cuối</t></is></c></row></sheetData>',
              ),
          ),
        ),
      findings: [],
    },
    {
      id: "long-evidence",
      what: "a Minh chứng of 32,767 characters (Excel's longest cell)",
      fileName: "long-evidence.xlsx",
      make: () => template(CLEAN_FIGURES, { ...CLEAN_EVIDENCE, "6": LONG_EVIDENCE }),
      findings: [],
    },
    {
      id: "long-count",
      what: "a count cell holding 1,000,000 characters of text",
      fileName: "long-count.xlsx",
      make: () => template({ ...CLEAN_FIGURES, [COUNT]: "x".repeat(1_000_000) }),
      findings: [R22(COUNT, /“x+…” không phải số/)],
      understood: { [COUNT]: null },
    },
    {
      id: "nested-zip",
      what: "an embedded zip whose one entry inflates to 1 GiB, never opened by the reader",
      fileName: "nested-zip.xlsx",
      make: async () => {
        const inner = zip([
          { name: "big.xml", ...repeatedDeflate("<a>", " ".repeat(1 << 20), 1024, "</a>") },
        ]);
        return pack(await cleanParts(), [{ name: "xl/embeddings/Package1.zip", data: inner }]);
      },
      findings: [],
    },
  ] satisfies Omit<CorpusCase, "category">[]
).map((c) => ({ ...c, category: "resource" }));

// ---------------------------------------------------------------------------------------------
// Past the reader's limits (src/files/readLimits.ts) or against the package rules: refused at once.

const tooLarge = (says: RegExp): ExpectedFinding[] => [
  { rule: "FILE_TOO_LARGE", severity: "error", cell: null, says },
];
const unsafe = (says: RegExp): ExpectedFinding[] => [
  { rule: "FILE_UNSAFE", severity: "error", cell: null, says },
];
const GIB = 1024;
const MIB = 1 << 20;
/** A count as the messages write it: 20.000. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\\.");
const LIMIT = {
  part: `${READ_LIMITS.partBytes / MIB} MB`,
  parts: grouped(READ_LIMITS.parts),
  sheets: grouped(READ_LIMITS.sheets),
  cells: grouped(READ_LIMITS.cellsPerSheet),
  depth: grouped(READ_LIMITS.xmlDepth),
};

/** `piece` repeated to about 1 MiB. */
const mebibyteOf = (piece: string): string => piece.repeat(Math.floor(MIB / Buffer.byteLength(piece)));

/**
 * The clean package with one part replaced by a stream that inflates to its own text with
 * `mebibytes` MiB of `filler` inserted before `before`; `declared` overrides the size in the headers.
 */
async function inflated(
  name: string,
  before: string,
  filler: string,
  mebibytes: number,
  declared?: number,
): Promise<Uint8Array> {
  const parts = await cleanParts();
  const xml = textOf(parts, name);
  const at = xml.lastIndexOf(before);
  if (at < 0) throw new Error(`no ${before} in ${name}`);
  const stream = repeatedDeflate(xml.slice(0, at), mebibyteOf(filler), mebibytes, xml.slice(at));
  return pack(without(parts, name), [
    { name, ...stream, ...(declared === undefined ? {} : { size: declared }) },
  ]);
}

/** A DTD placed after the XML declaration of a part, and `use` replacing `what` in its body. */
async function withDtd(name: string, dtd: string, what?: string, use?: string): Promise<Uint8Array> {
  return pack(
    editPart(await cleanParts(), name, (xml) => {
      const body = what !== undefined && use !== undefined ? xml.replace(what, use) : xml;
      return body.replace(/^(<\?xml[^>]*\?>)/, `$1${dtd}`);
    }),
  );
}

/**
 * The clean package with `count` more sheets “Trang 2”… listed after the template: each an empty
 * part, or `row` repeated to `mebibytes` MiB (the same deflate stream for all of them).
 */
async function manySheets(count: number, row?: string, mebibytes = 0): Promise<Uint8Array> {
  const ids = Array.from({ length: count }, (_, i) => i + 2);
  let parts = editPart(await cleanParts(), WORKBOOK_PART, (xml) =>
    xml.replace(
      "</sheets>",
      `${ids.map((i) => `<sheet sheetId="${i}" name="Trang ${i}" r:id="rIdS${i}"/>`).join("")}</sheets>`,
    ),
  );
  parts = editPart(parts, WORKBOOK_RELS, (xml) =>
    xml.replace(
      "</Relationships>",
      `${ids.map((i) => `<Relationship Id="rIdS${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s${i}.xml"/>`).join("")}</Relationships>`,
    ),
  );
  const [head, tail] = [
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    "</sheetData></worksheet>",
  ];
  const data =
    row === undefined ? { data: utf8(head + tail) } : repeatedDeflate(head, mebibyteOf(row), mebibytes, tail);
  return pack(
    parts,
    ids.map((i) => ({ name: `xl/worksheets/s${i}.xml`, ...data })),
  );
}

/** The clean package with a sheet “Phụ lục” after the template, its rows `row` repeated to `mebibytes` MiB. */
async function withAppendix(row: string, mebibytes: number): Promise<Uint8Array> {
  let parts = editPart(await cleanParts(), WORKBOOK_RELS, (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdAppendix" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/appendix.xml"/></Relationships>',
    ),
  );
  parts = editPart(parts, WORKBOOK_PART, (xml) =>
    xml.replace("</sheets>", '<sheet sheetId="2" name="Phụ lục" r:id="rIdAppendix"/></sheets>'),
  );
  const stream = repeatedDeflate(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    mebibyteOf(row),
    mebibytes,
    "</sheetData></worksheet>",
  );
  return pack(parts, [{ name: "xl/worksheets/appendix.xml", ...stream }]);
}

const BILLION_LAUGHS =
  '<!DOCTYPE sst [<!ENTITY l0 "ha">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("") +
  "]>";

const limits: CorpusCase[] = (
  [
    {
      id: "bomb-one-part",
      what: "a zip bomb: the template sheet declared and inflating to 1 GiB of empty rows (a 1 MB file)",
      fileName: "bomb-one-part.xlsx",
      make: () => inflated(SHEET_PART, "</sheetData>", "<row/>", GIB),
      findings: tooLarge(
        new RegExp(`Trang tính “XA-XUAN-HOA 2024” khi giải nén lớn 1\\.024 MB, vượt giới hạn ${LIMIT.part}`),
      ),
    },
    {
      id: "bomb-lying-size",
      what: "the same bomb declaring the clean sheet's size, so that only inflating finds it",
      fileName: "bomb-lying.xlsx",
      make: async () =>
        inflated(SHEET_PART, "</sheetData>", "<row/>", GIB, (await cleanParts()).get(SHEET_PART)?.length),
      findings: unreadable(DAMAGED),
    },
    {
      id: "bomb-many-parts",
      what: "a zip bomb of many parts: 50 more sheets of 20 MiB of empty rows each, 1 GiB in all",
      fileName: "bomb-many-parts.xlsx",
      make: () => manySheets(50, '<row><c t="inlineStr"><is><t>0</t></is></c></row>', 20),
      findings: Array.from({ length: 50 }, (_, i) => ({
        rule: "SHEET_SKIPPED",
        severity: "warning" as const,
        cell: null,
        says: new RegExp(`Trang tính “Trang ${i + 2}” không được đọc: khi giải nén lớn 20 MB`),
      })),
    },
    {
      id: "bomb-overlapping",
      what: "a non-recursive zip bomb: five more entries whose data is the sheet's own (overlapping)",
      fileName: "bomb-overlap.xlsx",
      make: async () => {
        const parts = await cleanParts();
        const sheetIndex = [...parts.keys()].indexOf(SHEET_PART);
        return pack(
          parts,
          Array.from({ length: 5 }, (_, i) => ({
            name: `xl/media/image${i + 1}.xml`,
            sameDataAs: sheetIndex,
          })),
        );
      },
      findings: unsafe(/chồng lên nhau/),
    },
    {
      id: "many-entries",
      what: "one tiny entry more than the parts limit (20,000) beside the template",
      fileName: "many-entries.xlsx",
      make: async () =>
        pack(
          await cleanParts(),
          Array.from({ length: READ_LIMITS.parts + 1 }, (_, i) => ({
            name: `customXml/item${i}.xml`,
            data: utf8("<a/>"),
          })),
        ),
      findings: tooLarge(new RegExp(`phần nén, vượt giới hạn ${LIMIT.parts}`)),
    },
    {
      id: "ten-thousand-sheets",
      what: "10,000 sheets: the template and 9,999 empty ones",
      fileName: "sheets-10000.xlsx",
      make: () => manySheets(9_999),
      findings: tooLarge(new RegExp(`trang tính, vượt giới hạn ${LIMIT.sheets}`)),
    },
    {
      id: "huge-shared-strings",
      what: "a shared-string table of 200 MiB (12 million strings)",
      fileName: "huge-strings.xlsx",
      make: () => inflated(STRINGS_PART, "</sst>", "<si><t>x</t></si>", 200),
      findings: tooLarge(
        new RegExp(
          `Phần xl/sharedStrings\\.xml của tệp khi giải nén lớn 200 MB, vượt giới hạn ${LIMIT.part}`,
        ),
      ),
    },
    {
      id: "too-many-cells",
      what: "the template sheet with a row of 150,000 empty cells",
      fileName: "many-cells.xlsx",
      make: async () =>
        pack(
          editPart(await cleanParts(), SHEET_PART, (xml) =>
            xml.replace("</sheetData>", `<row r="200">${"<c/>".repeat(150_000)}</row></sheetData>`),
          ),
        ),
      findings: tooLarge(new RegExp(`Trang tính “XA-XUAN-HOA 2024” có hơn ${LIMIT.cells} ô`)),
    },
    {
      id: "large-appendix",
      what: "a 20 MiB appendix sheet “Phụ lục” beside the template: skipped, the template read",
      fileName: "appendix.xlsx",
      make: () => withAppendix('<row><c t="inlineStr"><is><t>Dữ liệu thô của phụ lục</t></is></c></row>', 20),
      findings: [
        {
          rule: "SHEET_SKIPPED",
          severity: "warning",
          cell: null,
          says: /Trang tính “Phụ lục” không được đọc/,
        },
      ],
    },
    {
      id: "duplicate-entries",
      what: "two entries named xl/worksheets/sheet1.xml, the second with other figures",
      fileName: "duplicate.xlsx",
      make: async () => {
        const other = await partsOf(await template({ ...CLEAN_FIGURES, "6.20": 1 }));
        return pack(await cleanParts(), [
          { name: SHEET_PART, data: other.get(SHEET_PART) as Uint8Array, deflate: true },
        ]);
      },
      findings: unsafe(/hai phần cùng tên “xl\/worksheets\/sheet1\.xml”/),
    },
    {
      id: "duplicate-entries-case",
      what: "a second sheet entry differing only in case (part names are case-insensitive)",
      fileName: "duplicate-case.xlsx",
      make: async () =>
        pack(await cleanParts(), [{ name: "xl/worksheets/Sheet1.xml", data: utf8("<worksheet/>") }]),
      findings: unsafe(/hai phần cùng tên/),
    },
    {
      id: "path-traversal-entry",
      what: "an entry named ../../../tmp/dvcq-evil.sh",
      fileName: "traversal.xlsx",
      make: async () =>
        pack(await cleanParts(), [{ name: "../../../tmp/dvcq-evil.sh", data: utf8("echo pwned\n") }]),
      findings: unsafe(/trỏ ra ngoài tệp/),
    },
    {
      id: "path-traversal-relationship",
      what: "the sheet's relationship pointing at ../../../../etc/passwd",
      fileName: "traversal-rel.xlsx",
      make: async () =>
        pack(
          editPart(await cleanParts(), WORKBOOK_RELS, (xml) =>
            xml.replace("worksheets/sheet1.xml", "../../../../etc/passwd"),
          ),
        ),
      findings: unsafe(/trỏ ra ngoài tệp/),
    },
    {
      id: "entity-expansion",
      what: "billion laughs: nested entities in the shared strings, one used in a cell's text",
      fileName: "billion-laughs.xlsx",
      make: () => withDtd(STRINGS_PART, BILLION_LAUGHS, "<t>Xã Xuân Hòa</t>", "<t>&l9;</t>"),
      findings: unsafe(/DTD/),
    },
    {
      id: "external-entity",
      what: "an external entity (file:///etc/passwd) used in a defined name",
      fileName: "xxe.xlsx",
      make: () =>
        withDtd(
          WORKBOOK_PART,
          '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
          '<definedName name="DVCQ_YEAR">',
          '<definedName name="DVCQ_XXE">&xxe;</definedName><definedName name="DVCQ_YEAR">',
        ),
      findings: unsafe(/DTD/),
    },
    {
      id: "dtd-alone",
      what: "a DTD with no entity at all in the sheet part",
      fileName: "dtd.xlsx",
      make: () => withDtd(SHEET_PART, "<!DOCTYPE worksheet>"),
      findings: unsafe(/DTD/),
    },
    {
      id: "deep-nesting",
      what: "100,000 nested elements inside a cell of the sheet",
      fileName: "deep-nesting.xlsx",
      make: async () =>
        pack(
          editPart(await cleanParts(), SHEET_PART, (xml) =>
            xml.replace(
              "</sheetData>",
              `<row r="999"><c r="A999">${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</c></row></sheetData>`,
            ),
          ),
        ),
      findings: tooLarge(new RegExp(`lồng hơn ${LIMIT.depth} cấp`)),
    },
    {
      id: "deep-nesting-after-cells",
      what: "100,000 nested elements in the sheet's extension list, after its cells: not read, so no harm",
      fileName: "deep-nesting-after-cells.xlsx",
      make: async () =>
        pack(
          editPart(await cleanParts(), SHEET_PART, (xml) =>
            xml.replace(
              "</worksheet>",
              `<extLst><ext uri="{DVCQ-DEEP}">${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</ext></extLst></worksheet>`,
            ),
          ),
        ),
      findings: [],
    },
  ] satisfies Omit<CorpusCase, "category">[]
).map((c) => ({ ...c, category: "resource" }));

// ---------------------------------------------------------------------------------------------

const STRICT_NAMESPACES: readonly [string, string][] = [
  [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];

/** Every shared-string cell of the sheet as an inline string, and no shared-string part. */
function inlineStrings(parts: Parts): Parts {
  const strings = [...textOf(parts, STRINGS_PART).matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1] ?? "");
  const sheet = editPart(parts, SHEET_PART, (xml) =>
    xml.replace(
      /<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g,
      (_, ref: string, style = "", i: string) => {
        const si = strings[Number(i)];
        if (si === undefined) throw new Error(`no shared string ${i}`);
        return `<c r="${ref}"${style} t="inlineStr"><is>${si}</is></c>`;
      },
    ),
  );
  const rels = editPart(sheet, WORKBOOK_RELS, (xml) =>
    xml.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""),
  );
  return without(rels, STRINGS_PART);
}

/** The workbook in the 1904 date system: the flag set, every date-formatted number 1,462 days less. */
function dates1904(parts: Parts): Parts {
  const styles = textOf(parts, STYLES_PART);
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
  const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? "";
  const dateStyles = new Set(
    [...cellXfs.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)]
      .map((m, i) => [i, m[1]] as const)
      .filter(([, id]) => isDateFormat(formats.get(id ?? "")?.replace(/&quot;/g, '"')) || id === "14")
      .map(([i]) => String(i)),
  );
  const withFlag = editPart(parts, WORKBOOK_PART, (xml) =>
    xml.replace("<workbookPr ", '<workbookPr date1904="1" '),
  );
  return editPart(withFlag, SHEET_PART, (xml) =>
    xml.replace(
      /<c r="([A-Z]+\d+)" s="(\d+)"><v>([\d.]+)<\/v><\/c>/g,
      (whole, ref: string, s: string, v: string) =>
        dateStyles.has(s) ? `<c r="${ref}" s="${s}"><v>${Number(v) - 1462}</v></c>` : whole,
    ),
  );
}

/** 1.1–1.4 as a shared formula over the clerk's own side column H, with cached results. */
async function sharedFormulas(): Promise<Uint8Array> {
  const codes = ["1.1", "1.2", "1.3", "1.4"];
  const refs = codes.map((c) => cellOf(c));
  const rows = refs.map((r) => Number(r.slice(1)));
  return pack(
    editPart(await cleanParts(), SHEET_PART, (xml) => {
      let out = xml;
      refs.forEach((ref, i) => {
        const value = CLEAN_FIGURES[codes[i] as string] as number;
        const f =
          i === 0 ? `<f t="shared" ref="${ref}:${refs[3]}" si="0">H${rows[0]}</f>` : '<f t="shared" si="0"/>';
        out = replaceCell(out, ref, `<c r="${ref}" s="${styleOf(out, ref)}">${f}<v>${value}</v></c>`);
        out = out.replace(
          new RegExp(`(<row r="${rows[i]}"[^>]*>.*?)</row>`),
          (_, row: string) => `${row}<c r="H${rows[i]}"><v>${value}</v></c></row>`,
        );
      });
      return out;
    }),
  );
}

/** The template sheet renamed, with its names following it. */
function renamedSheet(parts: Parts, name: string): Parts {
  return editPart(parts, WORKBOOK_PART, (xml) =>
    xml
      .replace(`name="${SHEET}"`, `name="${escapeXml(name)}"`)
      .replaceAll(`&apos;${SHEET}&apos;`, `&apos;${name}&apos;`),
  );
}

/** A sheet of the clerk's notes placed before the template. */
function notesSheetFirst(parts: Parts): Parts {
  const rels = editPart(parts, WORKBOOK_RELS, (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/></Relationships>',
    ),
  );
  const workbook = editPart(rels, WORKBOOK_PART, (xml) =>
    xml.replace("<sheets>", '<sheets><sheet sheetId="9" name="Ghi chú" r:id="rIdNotes"/>'),
  );
  const types = editPart(workbook, CONTENT_TYPES, (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/notes.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  return types.set(
    "xl/worksheets/notes.xml",
    utf8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
        '<c r="A1" t="inlineStr"><is><t>Ghi chú: số liệu mục VI lấy từ sổ tiếp công dân.</t></is></c></row></sheetData></worksheet>',
    ),
  );
}

/** Macro-enabled: the main part's content type of an .xlsm and a VBA project part. */
function macroEnabled(parts: Parts): Parts {
  const types = editPart(parts, CONTENT_TYPES, (xml) =>
    xml
      .replace("spreadsheetml.sheet.main+xml", "")
      .replace(
        /ContentType="application\/vnd\.openxmlformats-officedocument\.(?=")/,
        'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  const rels = editPart(types, WORKBOOK_RELS, (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  // Not a real VBA project: the reader must not open it at all.
  return rels.set(
    "xl/vbaProject.bin",
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  );
}

async function twoTemplates(scope: NameScope): Promise<Uint8Array> {
  const sheets = ["XA-XUAN-HOA", "XA-XUAN-BAC"].map((code) => ({
    plan: fillTemplate(layoutOf(code), CLEAN_FIGURES, CLEAN_EVIDENCE).plan,
    nameScope: scope,
  }));
  return writeWorkbook(sheets, { created: FIXTURE_CREATED });
}

const legitimate: CorpusCase[] = (
  [
    {
      id: "libreoffice-resave",
      what: "the clean template opened and saved by LibreOffice 7.4",
      fileName: "libreoffice.xlsx",
      make: async () => readFixture("libreoffice-resaved.xlsx"),
      findings: [],
    },
    {
      id: "openpyxl-resave",
      what: "the clean template loaded and saved by openpyxl",
      fileName: "openpyxl.xlsx",
      make: async () => readFixture("openpyxl-resaved.xlsx"),
      findings: [],
    },
    {
      id: "strict-ooxml",
      what: "the template in Strict Open XML (ISO/IEC 29500 Strict namespaces)",
      fileName: "strict.xlsx",
      make: async () => {
        let parts = await cleanParts();
        for (const name of [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n)))
          parts = new Map(parts).set(
            name,
            utf8(
              STRICT_NAMESPACES.reduce((xml, [from, to]) => xml.replaceAll(from, to), textOf(parts, name)),
            ),
          );
        return pack(parts);
      },
      findings: [],
    },
    {
      id: "inline-strings",
      what: "every text cell an inline string, no shared-string part",
      fileName: "inline.xlsx",
      make: async () => pack(inlineStrings(await cleanParts())),
      findings: [],
    },
    {
      id: "dates-1904",
      what: "the 1904 date system (Excel for Mac before 2011): dates stored 1,462 days lower",
      fileName: "dates-1904.xlsx",
      make: async () => pack(dates1904(await cleanParts())),
      findings: [],
    },
    {
      id: "shared-formulas",
      what: "1.1–1.4 typed as one shared formula =H24… over the clerk's side column, with results",
      fileName: "shared-formulas.xlsx",
      make: sharedFormulas,
      findings: [],
    },
    {
      id: "hidden-sheet",
      what: "the template sheet hidden",
      fileName: "hidden.xlsx",
      make: async () =>
        pack(
          editPart(await cleanParts(), WORKBOOK_PART, (xml) =>
            xml.replace('state="visible"', 'state="hidden"'),
          ),
        ),
      findings: [],
    },
    {
      id: "renamed-sheet",
      what: "the template sheet renamed “Báo cáo năm 2024”, its names following it",
      fileName: "renamed.xlsx",
      make: async () => pack(renamedSheet(await cleanParts(), "Báo cáo năm 2024")),
      findings: [],
    },
    {
      id: "moved-sheet",
      what: "a notes sheet placed before the template sheet",
      fileName: "moved.xlsx",
      make: async () => pack(notesSheetFirst(await cleanParts())),
      findings: [],
    },
    {
      id: "two-templates",
      what: "two units' templates in one workbook, names scoped to each sheet",
      fileName: "two-units.xlsx",
      make: () => twoTemplates("sheet"),
      findings: [],
      units: ["XA-XUAN-HOA", "XA-XUAN-BAC"],
    },
    {
      id: "xlsm",
      what: "a macro-enabled workbook (.xlsm) with a VBA project part",
      fileName: "macros.xlsm",
      make: async () => pack(macroEnabled(await cleanParts())),
      findings: [],
    },
  ] satisfies Omit<CorpusCase, "category">[]
).map((c) => ({ ...c, category: "legitimate" }));

// ---------------------------------------------------------------------------------------------

const values: CorpusCase[] = (
  [
    {
      id: "exponent-number",
      what: "2.2 stored as the number 1.5E+3",
      fileName: "exponent-number.xlsx",
      make: () => withCellXml(cellOf(COUNT), (s) => `<c r="${cellOf(COUNT)}" s="${s}"><v>1.5E+3</v></c>`),
      findings: [],
      understood: { [COUNT]: 1500 },
    },
    {
      id: "exponent-text",
      what: "2.2 typed as the text “1e3”",
      fileName: "exponent-text.xlsx",
      make: withFigure(COUNT, "1e3"),
      findings: [R22(COUNT, /“1e3”/)],
      understood: { [COUNT]: null },
    },
    {
      id: "negative-number",
      what: "2.2 = −5 (a number)",
      fileName: "negative.xlsx",
      make: withFigure(COUNT, -5),
      findings: [R22(COUNT, /số âm/)],
      understood: { [COUNT]: null },
    },
    {
      id: "negative-text",
      what: "2.2 typed as “−5” with the minus sign U+2212",
      fileName: "negative-text.xlsx",
      make: withFigure(COUNT, "\u22125"),
      findings: [R22(COUNT, /số âm/)],
      understood: { [COUNT]: null },
    },
    {
      id: "negative-percent",
      what: "4.13 = −5",
      fileName: "negative-percent.xlsx",
      make: withFigure(PERCENT, -5),
      findings: [R22(PERCENT, /cần từ 0 đến 100/)],
      understood: { [PERCENT]: null },
    },
    {
      id: "overflow",
      what: "2.2 = 1E+20, past the largest exact whole number",
      fileName: "overflow.xlsx",
      make: withFigure(COUNT, 1e20),
      findings: [R22(COUNT, /quá lớn/)],
      understood: { [COUNT]: null },
    },
    {
      id: "overflow-text",
      what: "2.2 typed as 25 nines",
      fileName: "overflow-text.xlsx",
      make: withFigure(COUNT, "9".repeat(25)),
      findings: [R22(COUNT, /quá lớn/)],
      understood: { [COUNT]: null },
    },
    {
      id: "nan-text",
      what: "2.2 typed as “NaN”",
      fileName: "nan.xlsx",
      make: withFigure(COUNT, "NaN"),
      findings: [R22(COUNT, /“NaN” không phải số/)],
      understood: { [COUNT]: null },
    },
    {
      id: "nan-stored",
      what: "2.2 stored as <v>NaN</v>, which no spreadsheet writes",
      fileName: "nan-stored.xlsx",
      make: () => withCellXml(cellOf(COUNT), (s) => `<c r="${cellOf(COUNT)}" s="${s}"><v>NaN</v></c>`),
      findings: unreadable(DAMAGED),
    },
    {
      id: "full-width-digits",
      what: "2.2 typed in full-width digits “１２３”",
      fileName: "full-width.xlsx",
      make: withFigure(COUNT, "１２３"),
      findings: [R22(COUNT, /“１２３” không phải số/)],
      understood: { [COUNT]: null },
    },
    {
      id: "arabic-indic-digits",
      what: "2.2 typed in Arabic-Indic digits “١٢٣”",
      fileName: "arabic-digits.xlsx",
      make: withFigure(COUNT, "١٢٣"),
      findings: [R22(COUNT, /không phải số/)],
      understood: { [COUNT]: null },
    },
    {
      id: "nbsp-thousands",
      what: "2.2 typed “2\u00a0150” with a non-breaking space between thousands",
      fileName: "nbsp.xlsx",
      make: withFigure(COUNT, "2\u00a0150"),
      findings: [
        { rule: "NUMBER_AS_TEXT", severity: "warning", cell: cellOf(COUNT), says: /được hiểu là 2\.150/ },
      ],
      understood: { [COUNT]: 2150 },
    },
    {
      id: "narrow-nbsp-percent",
      what: "4.13 typed “92,3\u202f%” with a narrow no-break space before the sign",
      fileName: "narrow-nbsp.xlsx",
      make: withFigure(PERCENT, "92,3\u202f%"),
      findings: [
        { rule: "NUMBER_AS_TEXT", severity: "warning", cell: cellOf(PERCENT), says: /được hiểu là 92,3%/ },
      ],
      understood: { [PERCENT]: 92.3 },
    },
    {
      id: "hex-text",
      what: "2.2 typed “0x1F”",
      fileName: "hex.xlsx",
      make: withFigure(COUNT, "0x1F"),
      findings: [R22(COUNT, /“0x1F”/)],
      understood: { [COUNT]: null },
    },
  ] satisfies Omit<CorpusCase, "category">[]
).map((c) => ({ ...c, category: "values" }));

export const CORPUS: readonly CorpusCase[] = [
  ...containers,
  ...resources,
  ...limits,
  ...legitimate,
  ...values,
];
