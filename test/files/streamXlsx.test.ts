import { planCells, type SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildDistrictReport } from "../../src/domain/report";
import { DETAILS_SHEET } from "../../src/domain/report/sheetNames";
import { FACTS_SHEET } from "../../src/domain/report/factsSheet";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { streamWorkbook } from "../../src/files/streamXlsx";
import { writeWorkbookStreamed } from "../support/streamed";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { catalogue, demoSources, rolledUp } from "../support/filled";
import { validateXlsx } from "../support/ooxml";
import { samplePlan } from "./samplePlan";
import JSZip from "jszip";
import { strFromU8, unzipSync } from "fflate";

const { sources } = demoSources();
const { rollup } = rolledUp(sources);
const sheets = buildDistrictReport(rollup, catalogue).map((plan) => ({
  plan,
  nameScope: "workbook" as const,
}));
const created = new Date(Date.UTC(2024, 9, 20, 8, 0, 0));

let streamed: Uint8Array;
beforeAll(async () => {
  streamed = await writeWorkbookStreamed(sheets, { created });
});

test("the district workbook streamed is valid against the OOXML schemas", async () => {
  expect(await validateXlsx(streamed)).toEqual([]);
});

test("it reads back cell for cell as the one exceljs writes: values, formulas, number formats, fonts, sheet order", async () => {
  const ours = await readWorkbookSnapshot(streamed);
  const theirs = await readWorkbookSnapshot(await writeWorkbook(sheets, { created }));
  if (!ours.ok || !theirs.ok) throw new Error("unreadable");
  expect(ours.workbook.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.plan.name));
  expect(ours.workbook.sheets.map((s) => [s.name, Object.fromEntries(s.cells)])).toEqual(
    theirs.workbook.sheets.map((s) => [s.name, Object.fromEntries(s.cells)]),
  );
});

test("the facts and the unit details made row by row as they are written give the same parts, byte for byte, as held as cells", async () => {
  const rowByRow = buildDistrictReport(rollup, catalogue, { streamed: true }).map((plan) => ({
    plan,
    nameScope: "workbook" as const,
  }));
  const facts = rowByRow.find((s) => s.plan.name === FACTS_SHEET)!;
  expect(facts.plan.rows!.count).toBe(rollup.facts.length);
  expect(rollup.facts.length).toBeGreaterThan(100);
  // The details' rows: each kind's heading, units and subtotal, and the total.
  const details = rowByRow.find((s) => s.plan.name === DETAILS_SHEET)!;
  const kindsWithUnits = new Set(rollup.units.map((u) => u.unit.kind)).size;
  expect(details.plan.rows!.count).toBe(rollup.units.length + 2 * kindsWithUnits + 1);
  expect(details.plan.merges.length).toBe(
    sheets.find((s) => s.plan.name === DETAILS_SHEET)!.plan.merges.length,
  );
  expect(rowByRow.filter((s) => s.plan.rows !== undefined)).toHaveLength(2);
  // The zip stamps each part with the time it was written: the parts are compared, not the zip.
  expect(unzipSync(await writeWorkbookStreamed(rowByRow, { created }))).toEqual(unzipSync(streamed));
  // exceljs's writer takes the rows too: the sheet reads back with every fact.
  const read = await readWorkbookSnapshot(await writeWorkbook(rowByRow, { created }));
  if (!read.ok) throw new Error("unreadable");
  const sheet = read.workbook.sheets.find((s) => s.name === facts.plan.name)!;
  const last = rollup.facts.at(-1)!;
  expect(sheet.cells.get(`F${rollup.facts.length + 1}`)?.value).toBe(last.code);
  expect(sheet.cells.get(`K${rollup.facts.length + 1}`)?.value).toBe(last.cell);
});

test("frames, merges, row heights, frozen rows, protection and print setup are written for each sheet", async () => {
  const zip = await JSZip.loadAsync(streamed);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  for (const [i, { plan }] of sheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
    expect(xml.match(/<mergeCell ref="([^"]+)"/g)?.length ?? 0).toBe(plan.merges.length);
    for (const merge of plan.merges) expect(xml).toContain(`<mergeCell ref="${merge}"/>`);
    for (const [row, height] of Object.entries(plan.rowHeights))
      expect(xml).toMatch(new RegExp(`<row r="${row}" ht="${height}" customHeight="1">`));
    if (plan.freezeRows > 0) expect(xml).toContain(`<pane ySplit="${plan.freezeRows}"`);
    expect(xml).toContain(
      `<sheetProtection sheet="1" formatColumns="0" formatRows="0"${plan.tables ? ' sort="0" autoFilter="0"' : ""}/>`,
    );
    expect(xml).toContain(
      `orientation="${plan.print.orientation}"${plan.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ` scale="${plan.print.scale}"`}`,
    );
    expect(xml).toContain("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>");
    plan.columnWidths.forEach((w, c) =>
      expect(xml).toContain(`<col min="${c + 1}" max="${c + 1}" width="${w}"`),
    );
    const columns =
      plan.print.repeatColumns === undefined ? "" : `'${plan.name}'!${plan.print.repeatColumns},`;
    const title = `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${columns}'${plan.name}'!${plan.print.repeatRows}</definedName>`;
    if (plan.print.repeatRows === "") expect(workbook).not.toContain(`localSheetId="${i}"`);
    else expect(workbook).toContain(title);
  }
});

test("text that looks like a formula, a number or an escape stays text; control characters are escaped", async () => {
  const plan: SheetPlan = {
    ...samplePlan(),
    validations: [],
    conditionalFormats: [],
    names: [],
    merges: [],
    cells: [
      { ref: "A1", value: "- UBND tỉnh Đồng Nai;", style: "label" },
      { ref: "A2", value: "=SUM(A1)" },
      { ref: "A3", value: "01/10/2024" },
      { ref: "A4", value: "a_x0041_b & <c>" },
      { ref: "A5", value: "bell\u0007" },
      { ref: "B1", formula: '=A1&"x"' },
      { ref: "B2", value: 12.5 },
      { ref: "B3", value: true },
    ],
  };
  const read = await readWorkbookSnapshot(await writeWorkbookStreamed([{ plan, nameScope: "workbook" }]));
  if (!read.ok) throw new Error(read.detail);
  const value = (ref: string) => read.workbook.sheets[0]!.cells.get(ref);
  expect(value("A1")?.value).toBe("- UBND tỉnh Đồng Nai;");
  expect(value("A2")).toMatchObject({ value: "=SUM(A1)" });
  expect(value("A2")?.formula).toBeUndefined();
  expect(value("A3")?.value).toBe("01/10/2024");
  expect(value("A4")?.value).toBe("a_x0041_b & <c>");
  expect(value("A5")?.value).toBe("bell\u0007");
  expect(value("B1")).toMatchObject({ formula: '=A1&"x"', value: null });
  expect(value("B2")?.value).toBe(12.5);
  expect(value("B3")?.value).toBe(true);
});

test("a plan with data validation is refused: writeWorkbook writes templates", async () => {
  await expect(writeWorkbookStreamed([{ plan: samplePlan(), nameScope: "workbook" }])).rejects.toThrow(
    /validations and conditional formats are written by writeWorkbook/,
  );
});

test("both writers write the findings sheet's table: the same part over its header and rows, filter and sort allowed on the protected sheet", async () => {
  const byExcelJs = await writeWorkbook(sheets, { created });
  expect(await validateXlsx(byExcelJs)).toEqual([]);
  const findings = sheets.findIndex((s) => s.plan.name === "Kết quả kiểm tra");
  const rows = rollup.allFindings.length;
  expect(rows).toBeGreaterThan(5);
  const partsOf = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes);
    const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
    return {
      tables: Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/")),
      table: await text("xl/tables/table1.xml"),
      rels: await text(`xl/worksheets/_rels/sheet${findings + 1}.xml.rels`),
      sheet: await text(`xl/worksheets/sheet${findings + 1}.xml`),
      types: await text("[Content_Types].xml"),
    };
  };
  const [a, b] = [await partsOf(streamed), await partsOf(byExcelJs)];
  for (const p of [a, b]) {
    expect(p.tables).toEqual(["xl/tables/table1.xml"]);
    expect(p.table).toContain(`ref="A1:J${rows + 1}"`);
    expect(p.table).toContain(
      '<tableColumns count="10"><tableColumn id="1" name="STT"/><tableColumn id="2" name="Mã đơn vị"/>',
    );
    expect(p.rels).toContain('Target="../tables/table1.xml"');
    expect(p.sheet).toMatch(/<sheetProtection [^>]*sort="0"/);
    expect(p.sheet).toMatch(/<sheetProtection [^>]*autoFilter="0"/);
    expect(p.sheet).toMatch(
      /<tableParts count="1"><tablePart r:id="rIdTable1"\/><\/tableParts><\/worksheet>$/,
    );
    expect(p.types).toContain('<Override PartName="/xl/tables/table1.xml"');
  }
  expect(b.table).toBe(a.table);
  // No other sheet carries a table, nor lets the clerk sort its protected cells.
  const zip = await JSZip.loadAsync(streamed);
  for (let i = 0; i < sheets.length; i++) {
    if (i === findings) continue;
    const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string"))!;
    expect([sheets[i]!.plan.name, xml.includes("tableParts"), xml.includes('sort="0"')]).toEqual([
      sheets[i]!.plan.name,
      false,
      false,
    ]);
  }
});

test("a table with a blank or repeated header, or a name Excel refuses, is refused before anything is written", async () => {
  const plan = samplePlan("Bảng");
  const cells = [
    { ref: "A1", value: "Mã" },
    { ref: "B1", value: "mã" },
    { ref: "A2", value: 1 },
  ];
  const withTable = (name: string, range: string): SheetPlan => ({
    ...plan,
    cells,
    tables: [{ name, range }],
  });
  await expect(
    writeWorkbookStreamed([{ plan: withTable("Bang", "A1:C2"), nameScope: "workbook" }]),
  ).rejects.toThrow(/table "Bang": a blank header cell\n.*table "Bang": a header twice/);
  await expect(
    writeWorkbookStreamed([{ plan: withTable("AB12", "A1:A2"), nameScope: "workbook" }]),
  ).rejects.toThrow(/table "AB12": not a valid table name/);
  await expect(
    writeWorkbookStreamed([{ plan: withTable("Bang", "A1:A1"), nameScope: "workbook" }]),
  ).rejects.toThrow(/table "Bang": no row under its header/);
});

test("each text is written once, in the shared strings, however many cells repeat it", async () => {
  const parts = unzipSync(streamed);
  const texts = sheets.flatMap(({ plan }) =>
    [...planCells(plan)].flatMap((c) =>
      typeof c.value === "string" && c.formula === undefined ? [c.value] : [],
    ),
  );
  const sst = strFromU8(parts["xl/sharedStrings.xml"]!);
  expect(sst).toContain(`count="${texts.length}" uniqueCount="${new Set(texts).size}"`);
  expect(sst.match(/<si>/g)).toHaveLength(new Set(texts).size);
  for (const [name, bytes] of Object.entries(parts))
    if (name.startsWith("xl/worksheets/sheet")) expect(strFromU8(bytes)).not.toContain("inlineStr");
});

test("a cell of the streamed rows Excel would refuse is refused, naming its sheet and cell, and the pieces given are dropped", async () => {
  const plan: SheetPlan = {
    ...samplePlan(),
    validations: [],
    conditionalFormats: [],
    merges: [],
    names: [],
    cells: [{ ref: "A1", value: "Tiêu đề" }],
    rows: {
      from: 2,
      count: 3,
      lastCol: 2,
      cells: (i) => [
        { ref: `A${i + 2}`, value: i },
        { ref: `B${i + 2}`, value: "x", ...(i === 1 ? { style: "không có" } : {}) },
      ],
    },
  };
  const pieces: Uint8Array[] = [];
  await expect(streamWorkbook([{ plan, nameScope: "workbook" }], (p) => pieces.push(p))).rejects.toThrow(
    `sheet "${plan.name}" B3: unknown style "không có"`,
  );
  expect(pieces.length).toBeGreaterThan(0);
});
