import JSZip from "jszip";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { badRefs, validateXlsx } from "../support/ooxml";
import { samplePlan } from "./samplePlan";

/** The sample workbook with one part rewritten. */
async function withPart(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(clean);
  const file = zip.file(part);
  if (file === null) throw new Error(`no part ${part}`);
  const before = await file.async("string");
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${part}`);
  zip.file(part, after);
  return zip.generateAsync({ type: "uint8array" });
}

const SHEET = "xl/worksheets/sheet1.xml";
let clean: Uint8Array;

beforeAll(async () => {
  clean = await writeWorkbook([{ plan: samplePlan(), nameScope: "workbook" }]);
});

test("the unbroken sample is clean, so every failure below comes from its edit", async () => {
  expect(await validateXlsx(clean)).toEqual([]);
});

describe("schema failures are reported with the part and the rule", () => {
  test.each<[string, string, (xml: string) => string, RegExp]>([
    [
      'errorStyle="error" (exceljs\'s README value)',
      SHEET,
      (x) => x.replace('errorStyle="stop"', 'errorStyle="error"'),
      /^xl\/worksheets\/sheet1\.xml:\d+: .*attribute 'errorStyle': \[facet 'enumeration'\] The value 'error' is not an element of the set \{'stop', 'warning', 'information'\}/,
    ],
    [
      "elements out of order",
      SHEET,
      (x) =>
        x
          .replace(/<sheetProtection[^>]*\/>/, "")
          .replace("<sheetData>", '<sheetProtection sheet="1"/><sheetData>'),
      /^xl\/worksheets\/sheet1\.xml:\d+: .*sheetProtection.*This element is not expected/,
    ],
    [
      "a misspelt attribute",
      SHEET,
      (x) => x.replace("<mergeCell ref=", "<mergeCell rev="),
      /^xl\/worksheets\/sheet1\.xml:\d+: .*mergeCell.*'rev'.*not allowed/,
    ],
    [
      "an element of an extension namespace that mc:Ignorable does not list",
      SHEET,
      (x) => x.replace("<sheetData>", '<x99:extra xmlns:x99="urn:example:x99"/><sheetData>'),
      /^xl\/worksheets\/sheet1\.xml:\d+: .*x99.*extra.*not expected/,
    ],
    [
      "an mc:AlternateContent whose fallback is not valid",
      SHEET,
      (x) =>
        x.replace(
          "<sheetData>",
          '<mc:AlternateContent><mc:Choice Requires="x14ac"/><mc:Fallback><bogus/></mc:Fallback></mc:AlternateContent><sheetData>',
        ),
      /^xl\/worksheets\/sheet1\.xml:\d+: .*bogus.*not expected/,
    ],
    [
      "a bad relationship",
      "xl/_rels/workbook.xml.rels",
      (x) => x.replace('<Relationship Id="rId1"', '<Relationship Ident="rId1"'),
      /^xl\/_rels\/workbook\.xml\.rels:\d+: .*Ident.*not allowed/,
    ],
    [
      "a content type without its part name",
      "[Content_Types].xml",
      (x) => x.replace('<Override PartName="/xl/styles.xml"', "<Override"),
      /^\[Content_Types\]\.xml:\d+: .*PartName.*required but missing/,
    ],
    [
      "a part registered under a type no schema covers",
      "[Content_Types].xml",
      (x) => x.replace(/<Override PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/, ""),
      /^xl\/sharedStrings\.xml: no schema known for content type application\/xml$/,
    ],
  ])("%s", async (_what, part, edit, expected) => {
    const problems = await validateXlsx(await withPart(part, edit));
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });
});

describe("Markup Compatibility is processed before validation", () => {
  test("attributes and elements of a namespace listed in mc:Ignorable are dropped", async () => {
    const bytes = await withPart(SHEET, (x) =>
      x
        .replace(/<row r="3"/, '<row x14ac:whatever="1" r="3"')
        .replace("<sheetData>", "<x14ac:future/><sheetData>"),
    );
    expect(await validateXlsx(bytes)).toEqual([]);
  });

  test("an mc:AlternateContent keeps only its fallback", async () => {
    const bytes = await withPart(SHEET, (x) =>
      x
        .replace(
          /(<sheetView [^>]*>)/,
          '$1<mc:AlternateContent><mc:Choice Requires="x14ac"><x14ac:anything/></mc:Choice><mc:Fallback><selection activeCell="A1" sqref="A1"/></mc:Fallback></mc:AlternateContent>',
        )
        .replace(/<pane [^>]*\/><selection pane="bottomLeft"\/>/, ""),
    );
    expect(await validateXlsx(bytes)).toEqual([]);
  });
});

describe("what a schema cannot see", () => {
  test.each<[string, string, (xml: string) => string, string]>([
    [
      "NaN as a number",
      SHEET,
      (x) => x.replace("<v>2024</v>", "<v>NaN</v>"),
      'xl/worksheets/sheet1.xml: B3 holds the number "NaN"',
    ],
    ["a cell A0", SHEET, (x) => x.replace('r="B3"', 'r="B0"'), "xl/worksheets/sheet1.xml: cell reference B0"],
    [
      "a formula reaching row 0",
      SHEET,
      (x) => x.replace("SUM(D6:D7)", "SUM(D0:D7)"),
      "xl/worksheets/sheet1.xml: D8 formula refers to D0",
    ],
    [
      "a validation on column XFE",
      SHEET,
      (x) => x.replace('sqref="D9"', 'sqref="XFE9"'),
      "xl/worksheets/sheet1.xml: validation XFE9 covers XFE9",
    ],
    [
      "overlapping merges",
      SHEET,
      (x) => x.replace('<mergeCells count="2">', '<mergeCells count="3"><mergeCell ref="B1:C2"/>'),
      "xl/worksheets/sheet1.xml: merges B1:C2 and A1:E1 overlap",
    ],
    [
      "a duplicate defined name",
      "xl/workbook.xml",
      (x) => x.replace(/(<definedName name="DVCQ_YEAR">[^<]*<\/definedName>)/, "$1$1"),
      "workbook: defined name DVCQ_YEAR is defined twice in the same scope",
    ],
    [
      "a 256-character list",
      SHEET,
      (x) => x.replace("&quot;Tốt,Khá,Trung bình,Yếu&quot;", `&quot;${"a,".repeat(127)}bc&quot;`),
      "xl/worksheets/sheet1.xml: validation D9: list longer than 255 characters",
    ],
    [
      "a 33-character error title",
      SHEET,
      (x) => x.replace('errorTitle="Số không hợp lệ"', `errorTitle="${"Số không hợp lệ ".repeat(3)}"`),
      "xl/worksheets/sheet1.xml: validation D6:D7: errorTitle longer than 32 characters",
    ],
    [
      "a 32-character sheet name",
      "xl/workbook.xml",
      (x) => x.replace('name="XA-XUAN-HOA 2024" ', `name="${"X".repeat(32)}" `),
      `workbook: sheet name "${"X".repeat(32)}" has 32 characters (1 to 31)`,
    ],
    [
      "a style index past the end",
      SHEET,
      (x) => x.replace('<c r="B3" s="1">', '<c r="B3" s="99">'),
      "xl/worksheets/sheet1.xml: B3 uses style 99, styles.xml has 11",
    ],
    [
      "a shared string past the end",
      SHEET,
      (x) => x.replace('<c r="A1" s="2" t="s"><v>0</v>', '<c r="A1" s="2" t="s"><v>500</v>'),
      "xl/worksheets/sheet1.xml: A1 uses shared string 500 of 26",
    ],
  ])("%s", async (_what, part, edit, expected) => {
    expect(await validateXlsx(await withPart(part, edit))).toContain(expected);
  });

  test("badRefs finds references outside the grid and ignores text and function names", () => {
    expect(badRefs("SUM(A0:B2)+XFE1+A1048577", true)).toEqual(["A0", "XFE1", "A1048577"]);
    expect(badRefs('LOG10(A1)&"A0"&DVCQ_I_6_20+XFD1048576+1E5', true)).toEqual([]);
    expect(badRefs("'Sheet A0'!$B$2", true)).toEqual([]);
  });
});
