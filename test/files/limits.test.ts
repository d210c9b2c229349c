/**
 * The reader's limits and package rules on real bytes: the clean template, the same with an
 * appendix sheet, gigabyte zip bombs written in milliseconds, and packages no writer should make.
 * Each bad file is a finding with a sentence for the clerk; the other files of a batch go on.
 */
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkSources } from "../../src/domain/check/batch";
import { checkWorkbook } from "../../src/domain/check/checks";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { READ_LIMITS, type ReadLimits } from "../../src/files/readLimits";
import {
  readWorkbookSnapshot,
  refusedBySize,
  sourceFromRead,
  type ReadOptions,
  type SnapshotRead,
} from "../../src/files/readXlsx";
import { readFixture } from "../support/fixtures";
import { entriesOf, repeatedDeflate, zipOf, type ZipItem } from "./packageZip";
import { say } from "../../src/domain/i18n/say";

const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();
const SHEET = "XA-XUAN-HOA 2024";
const SHEET_PART = "xl/worksheets/sheet1.xml";
const clean = readFixture("template-clean.xlsx");
let cleanEntries: { name: string; data: string }[];
beforeAll(async () => {
  cleanEntries = await entriesOf(clean);
});

/** The clean template's entries with some replaced (by name) and some added. */
function variant(replace: Record<string, string | Omit<ZipItem, "name">>, add: ZipItem[] = []): Uint8Array {
  const items = cleanEntries.map((e): ZipItem => {
    const r = replace[e.name];
    return r === undefined ? e : typeof r === "string" ? { name: e.name, data: r } : { name: e.name, ...r };
  });
  return zipOf([...items, ...add]);
}
const text = (name: string): string => {
  const entry = cleanEntries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  return entry.data;
};

/** The clean template plus a sheet "Phụ lục" (appendix) in part xl/worksheets/sheet2.xml. */
function withAppendix(sheet: string | Omit<ZipItem, "name">, extraStrings = ""): Uint8Array {
  return variant(
    {
      "xl/workbook.xml": text("xl/workbook.xml").replace(
        "</sheets>",
        '<sheet sheetId="2" name="Phụ lục" r:id="rId9"/></sheets>',
      ),
      "xl/_rels/workbook.xml.rels": text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
      ),
      "xl/sharedStrings.xml": text("xl/sharedStrings.xml").replace("</sst>", `${extraStrings}</sst>`),
    },
    [{ name: "xl/worksheets/sheet2.xml", ...(typeof sheet === "string" ? { data: sheet } : sheet) }],
  );
}

const worksheet = (rows: string): string =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

async function refused(
  bytes: Uint8Array,
  options?: ReadOptions,
): Promise<Extract<SnapshotRead, { ok: false }>> {
  const read = await readWorkbookSnapshot(bytes, options);
  if (read.ok) throw new Error("expected the file to be refused");
  return read;
}

function findingsOf(
  read: SnapshotRead,
): { rule: string; severity: string; sheet: string | null; vi: string }[] {
  if (!read.ok) throw new Error(`not read: ${read.detail}`);
  return checkWorkbook(read.workbook, catalogue, registry).findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    vi: say(f.message, "vi"),
  }));
}

describe("limits: each a FILE_TOO_LARGE finding that names the limit, its value and the file's figure", () => {
  test("a template sheet past the size of one part is named, with both sizes and what to do", async () => {
    const read = await refused(clean, { limits: { partBytes: 50 * 1024 } });
    expect(read.rule).toBe("FILE_TOO_LARGE");
    expect(read.message.vi).toBe(
      `Trang tính “${SHEET}” khi giải nén lớn 82 KB, vượt giới hạn 50 KB cho một trang mẫu biểu. Hãy xóa các hàng, cột thừa ngoài mẫu biểu hoặc chuyển chúng sang trang tính khác, lưu lại rồi gửi lại.`,
    );
    expect(read.message.en).toContain(`Sheet “${SHEET}” inflates to 82 KB, over the limit of 50 KB`);
  });

  test("the file's size, the sheets, the cells of a sheet and of the file, the time: each says which", async () => {
    const cases: [Partial<ReadLimits>, RegExp][] = [
      [{ fileBytes: 10_000 }, /^Tệp nặng 19 KB, vượt giới hạn 9,8 KB của DVCQ\. Hãy xóa/],
      [{ cellsPerSheet: 500 }, new RegExp(`^Trang tính “${SHEET}” có hơn 500 ô, vượt giới hạn 500 ô`)],
      [{ cells: 300 }, /^Các trang tính của sổ có hơn 300 ô có dữ liệu, vượt giới hạn 300 ô cho một tệp/],
      [
        { packageBytes: 100_000 },
        /^Các phần cần đọc của tệp khi giải nén lớn hơn 98 KB, vượt giới hạn 98 KB/,
      ],
      [{ milliseconds: -1 }, /^Đọc tệp mất [\d,]+ giây, vượt giới hạn/],
      [
        { xmlDepth: 3 },
        /^Phần xl\/styles\.xml của tệp lồng hơn 3 cấp, vượt giới hạn 3\. Tệp có cấu trúc bất thường/,
      ],
      [
        { elementBytes: 100 },
        /^Phần _rels\/\.rels của tệp có một thẻ hoặc đoạn chữ dài hơn 100 byte, vượt giới hạn 100 byte/,
      ],
    ];
    for (const [limits, says] of cases) {
      const read = await refused(clean, { limits });
      expect([read.rule, read.message.vi]).toEqual(["FILE_TOO_LARGE", expect.stringMatching(says)]);
    }
    // A second read of the same file (its first row, then the whole) goes on with the first's clock.
    const secondRead = await refused(clean, { startedAt: Date.now() - READ_LIMITS.milliseconds - 1_000 });
    expect([secondRead.rule, secondRead.message.vi]).toEqual([
      "FILE_TOO_LARGE",
      expect.stringMatching(/^Đọc tệp mất 3\d giây, vượt giới hạn 30 giây/),
    ]);
    expect((await readWorkbookSnapshot(clean, { startedAt: Date.now() })).ok).toBe(true);
    const twoSheets = await refused(withAppendix(worksheet("")), { limits: { sheets: 1 } });
    expect(twoSheets.message.vi).toMatch(/^Sổ có hơn 1 trang tính, vượt giới hạn 1\./);
    expect(twoSheets.message.en).toMatch(/^The workbook has more than 1 sheets, over the limit of 1\./);
  });

  test("a shell can refuse a file by its size before it loads it", () => {
    expect(refusedBySize(READ_LIMITS.fileBytes)).toBeUndefined();
    const refusal = refusedBySize(150 * 1_048_576);
    expect(refusal?.ok === false && [refusal.rule, refusal.message.vi]).toEqual([
      "FILE_TOO_LARGE",
      expect.stringMatching(/^Tệp nặng 150 MB, vượt giới hạn 100 MB của DVCQ\./),
    ]);
    expect(refusal?.ok === false && refusal.message.en).toMatch(
      /^The file is 150 MB, over DVCQ's limit of 100 MB\./,
    );
  });

  test("a file past a limit is one finding of the batch; the next file is still read and checked", async () => {
    const tooLarge = await readWorkbookSnapshot(clean, { limits: { cellsPerSheet: 10 } });
    const fine = await readWorkbookSnapshot(clean);
    const batch = checkSources(
      [sourceFromRead("big.xlsx", tooLarge), sourceFromRead("ok.xlsx", fine)],
      catalogue,
      registry,
    );
    expect(batch.bySource.map((s) => [s.name, s.findings.map((f) => f.rule), s.submissions.length])).toEqual([
      ["big.xlsx", ["FILE_TOO_LARGE"], 0],
      ["ok.xlsx", [], 1],
    ]);
  });

  test("3 MB that inflate to 1 GiB of empty cells in the template sheet is refused by its declared size, unread", async () => {
    const bomb = repeatedDeflate(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">',
      '<c r="A1" s="1"/>'.repeat(65_536),
      1024,
      "</row></sheetData></worksheet>",
    );
    const bytes = variant({ [SHEET_PART]: { deflated: bomb } });
    expect(bytes.length).toBeLessThan(3_000_000);
    const started = Date.now();
    const read = await refused(bytes);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(read.message.vi).toMatch(
      new RegExp(`^Trang tính “${SHEET}” khi giải nén lớn 1\\.088 MB, vượt giới hạn 48 MB`),
    );

    // The same stream under a header that claims the template's 82 KB: inflating stops past it.
    const lying = variant({ [SHEET_PART]: { deflated: { ...bomb, size: 83_903 } } });
    const liar = await refused(lying);
    expect([liar.rule, liar.problem, liar.detail]).toEqual([
      "FILE_UNREADABLE",
      "corrupt",
      `${SHEET_PART} inflates to more than its declared 83903 bytes`,
    ]);
  });
});

describe("a large sheet that holds no template is skipped, with a note; the template is still read", () => {
  test("an appendix of 200,000 cells and its 200,000 shared strings: figures as in the clean file, one SHEET_SKIPPED", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 50_000; r++) {
      let row = `<row r="${r}">`;
      for (const col of ["A", "B", "C", "D"])
        row += `<c r="${col}${r}" t="s"><v>${227 + ((r * 4) % 200_000)}</v></c>`;
      rows.push(`${row}</row>`);
    }
    const appendix = worksheet(rows.join(""));
    expect(appendix.length).toBeGreaterThan(READ_LIMITS.scanSheetBytes);
    const strings = Array.from({ length: 200_000 }, (_, i) => `<si><t>Hộ gia đình số ${i}</t></si>`).join("");
    const read = await readWorkbookSnapshot(withAppendix(appendix, strings));
    const cleanRead = await readWorkbookSnapshot(clean);
    if (!read.ok || !cleanRead.ok) throw new Error("not read");
    expect(read.workbook.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(read.workbook.sheets[0]?.cells).toEqual(cleanRead.workbook.sheets[0]?.cells);
    expect(findingsOf(read)).toEqual([
      {
        rule: "SHEET_SKIPPED",
        severity: "warning",
        sheet: "Phụ lục",
        vi: expect.stringMatching(
          /^Trang tính “Phụ lục” không được đọc: khi giải nén lớn [\d,]+ MB, mà DVCQ chỉ đọc trang không phải mẫu biểu đến 4 MB\. Số liệu của các trang mẫu biểu vẫn được đọc\./,
        ),
      },
    ]);
  });

  test("a small sheet is read whatever its name; one past the cells of a sheet is skipped, not refused", async () => {
    const small = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>ghi chú</t></is></c></row>');
    const read = await readWorkbookSnapshot(withAppendix(small));
    expect(read.ok && read.workbook.sheets.map((s) => [s.name, s.cells.size])).toEqual([
      [SHEET, expect.any(Number)],
      ["Phụ lục", 1],
    ]);
    const many = worksheet(`<row r="1">${'<c r="A1"/>'.repeat(600)}</row>`);
    const skipped = await readWorkbookSnapshot(withAppendix(many), { limits: { cellsPerSheet: 553 } });
    expect(findingsOf(skipped)).toEqual([
      {
        rule: "SHEET_SKIPPED",
        severity: "warning",
        sheet: "Phụ lục",
        vi: expect.stringContaining("có hơn 553 ô"),
      },
    ]);
  });

  test("sheets not known to hold a template are read only up to a total; the rest are skipped, the template read", async () => {
    const notes = ["Ghi chú 1", "Ghi chú 2", "Ghi chú 3"];
    const sheetXml = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(1000)}</t></is></c></row>`,
    );
    const bytes = variant(
      {
        "xl/workbook.xml": text("xl/workbook.xml").replace(
          "</sheets>",
          `${notes.map((n, i) => `<sheet sheetId="${i + 2}" name="${n}" r:id="rId${i + 20}"/>`).join("")}</sheets>`,
        ),
        "xl/_rels/workbook.xml.rels": text("xl/_rels/workbook.xml.rels").replace(
          "</Relationships>",
          `${notes
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 20}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/note${i}.xml"/>`,
            )
            .join("")}</Relationships>`,
        ),
      },
      notes.map((_, i) => ({ name: `xl/worksheets/note${i}.xml`, data: sheetXml })),
    );
    const read = await readWorkbookSnapshot(bytes, { limits: { scanTotalBytes: 2 * sheetXml.length + 10 } });
    const cleanRead = await readWorkbookSnapshot(clean);
    if (!read.ok || !cleanRead.ok) throw new Error("not read");
    expect(read.workbook.sheets.map((s) => s.name)).toEqual([SHEET, "Ghi chú 1", "Ghi chú 2"]);
    expect(read.workbook.sheets[0]?.cells).toEqual(cleanRead.workbook.sheets[0]?.cells);
    expect(findingsOf(read)).toEqual([
      {
        rule: "SHEET_SKIPPED",
        severity: "warning",
        sheet: "Ghi chú 3",
        vi: expect.stringMatching(
          /^Trang tính “Ghi chú 3” không được đọc: DVCQ đã đọc [\d,]+ KB các trang không phải mẫu biểu của tệp này, và chỉ đọc đến đó\./,
        ),
      },
    ]);
  });

  test("a gigabyte bomb in a sheet that holds no template is skipped by its declared size", async () => {
    const bomb = repeatedDeflate(
      "<worksheet><sheetData>",
      " ".repeat(1 << 20),
      1024,
      "</sheetData></worksheet>",
    );
    const read = await readWorkbookSnapshot(withAppendix({ deflated: bomb }));
    expect(findingsOf(read).map((f) => [f.rule, f.sheet])).toEqual([["SHEET_SKIPPED", "Phụ lục"]]);
  });
});

describe("packages that break the rules a consumer must enforce are FILE_UNSAFE", () => {
  const unsafe = async (bytes: Uint8Array, says: string, saysEn: string): Promise<void> => {
    const read = await refused(bytes);
    expect([read.rule, read.problem]).toEqual(["FILE_UNSAFE", "unsafe"]);
    expect(read.message).toEqual({
      vi: `Tệp không an toàn nên DVCQ không đọc: ${says}. Excel không lưu tệp như vậy; hãy đề nghị đơn vị gửi lại tệp mẫu biểu được lưu bằng Excel, và đừng mở tệp này.`,
      en: `The file is unsafe, so DVCQ does not read it: ${saysEn}. Excel does not save files like this; ask the unit to resend the template saved by Excel, and do not open this file.`,
    });
  };

  test("two entries for one part name, whatever their case: neither is silently taken", async () => {
    const evil = text(SHEET_PART).replace(/<v>0<\/v>/, "<v>1</v>");
    await unsafe(
      zipOf([...cleanEntries, { name: SHEET_PART, data: evil }]),
      `hai phần cùng tên “${SHEET_PART}”`,
      `two parts named “${SHEET_PART}”`,
    );
    await unsafe(
      zipOf([...cleanEntries, { name: "XL/Worksheets/Sheet1.xml", data: evil }]),
      "hai phần cùng tên “XL/Worksheets/Sheet1.xml”",
      "two parts named “XL/Worksheets/Sheet1.xml”",
    );
  });

  test("entry names and relationship targets that leave the package", async () => {
    for (const name of [
      "../evil.xml",
      "/etc/evil.xml",
      "xl\\worksheets\\sheet9.xml",
      "C:/evil.xml",
      "xl/../../evil.xml",
    ])
      await unsafe(
        zipOf([...cleanEntries, { name, data: "<a/>" }]),
        `tên phần “${name}” trỏ ra ngoài tệp`,
        `the part name “${name}” points outside the file`,
      );
    const rels = text("xl/_rels/workbook.xml.rels");
    for (const target of ["../../outside.xml", "file:///etc/passwd", "..\\styles.xml"])
      await unsafe(
        variant({ "xl/_rels/workbook.xml.rels": rels.replace('Target="styles.xml"', `Target="${target}"`) }),
        `tên phần “${target}” trỏ ra ngoài tệp`,
        `the part name “${target}” points outside the file`,
      );
  });

  test("a DTD in any part read: entity expansion and external entities never run", async () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    await unsafe(
      variant({ "xl/sharedStrings.xml": text("xl/sharedStrings.xml").replace(/^<\?xml[^>]*\?>/, lol) }),
      "phần xl/sharedStrings.xml chứa khai báo DTD (<!DOCTYPE>)",
      "part xl/sharedStrings.xml holds a DTD (<!DOCTYPE>)",
    );
    const external = '<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>';
    await unsafe(
      variant({ "xl/workbook.xml": text("xl/workbook.xml").replace(/^<\?xml[^>]*\?>/, external) }),
      "phần xl/workbook.xml chứa khai báo DTD (<!DOCTYPE>)",
      "part xl/workbook.xml holds a DTD (<!DOCTYPE>)",
    );
  });

  test("entries that share their bytes (an overlapping zip bomb)", async () => {
    await unsafe(
      zipOf([...cleanEntries, { name: "xl/worksheets/sheet2.xml", sameBytesAs: SHEET_PART }]),
      "các phần nén chồng lên nhau (kiểu “bom zip”)",
      "compressed parts that overlap (a “zip bomb”)",
    );
  });

  test("a bad CRC stays a damaged file, not an unsafe one", async () => {
    const data = text(SHEET_PART);
    const deflated = repeatedDeflate("", data, 1, "", 0x12345678);
    const read = await refused(variant({ [SHEET_PART]: { deflated } }));
    expect([read.rule, read.problem, read.detail]).toEqual([
      "FILE_UNREADABLE",
      "corrupt",
      `${SHEET_PART}: bad CRC`,
    ]);
  });
});
