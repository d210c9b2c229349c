/**
 * The lean XML scanner gives the events saxes gives, cut into chunks anywhere, and gives up
 * (NotLean) at what it does not read, so that saxes decides; the templates DVCQ, LibreOffice and
 * openpyxl write are read by it alone.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { LeanXml, NotLean, type XmlHandlers } from "../../src/files/leanXml";
import { LimitExceeded, READ_LIMITS } from "../../src/files/readLimits";
import { readWorkbookSnapshot, type SnapshotRead } from "../../src/files/readXlsx";
import { readFixture } from "../support/fixtures";
import { SHEET_PART, STRINGS_PART } from "../corpus/package";

type Event = [string, ...unknown[]];

/** Events as a part's handlers see them, adjacent text joined (handlers append text). */
function recorder(): { handlers: XmlHandlers; events: Event[] } {
  const events: Event[] = [];
  const handlers: XmlHandlers = {
    open: (name, attrs) => events.push(["open", name, { ...attrs }]),
    text: (text) => {
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] = `${String(last[1])}${text}`;
      else events.push(["text", text]);
    },
    close: (name) => events.push(["close", name]),
  };
  return { handlers, events };
}

/**
 * The recorder taking whole cells (XmlHandlers.cell) as the events they stand for, and counting
 * them: its events must still be saxes's.
 */
function cellRecorder(): { handlers: XmlHandlers; events: Event[]; whole: () => number } {
  const { handlers, events } = recorder();
  let whole = 0;
  handlers.cell = (r, s, t, v) => {
    whole++;
    const attrs: Record<string, string> = {};
    if (r !== undefined) attrs.r = r;
    if (s !== undefined) attrs.s = s;
    if (t !== undefined) attrs.t = t;
    handlers.open?.("c", attrs);
    if (v !== undefined) {
      handlers.open?.("v", {});
      if (v !== "") handlers.text?.(v);
      handlers.close?.("v");
    }
    handlers.close?.("c");
    return true;
  };
  return { handlers, events, whole: () => whole };
}

/** The scanner given `xml` in pieces cut at `cuts` (byte offsets), then ended. */
function scanInPieces(handlers: XmlHandlers, xml: string, cuts: readonly number[]): LeanXml {
  const scanner = new LeanXml(handlers, READ_LIMITS, { part: "test.xml" });
  const bytes = new TextEncoder().encode(xml);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.write(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.end();
  return scanner;
}

function lean(xml: string, cuts: readonly number[] = []): Event[] {
  const { handlers, events } = recorder();
  scanInPieces(handlers, xml, cuts);
  return events;
}

function saxes(xml: string): Event[] {
  const { handlers, events } = recorder();
  const parser = new SaxesParser();
  const local = (name: string): string => name.slice(name.indexOf(":") + 1);
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => handlers.open?.(local(tag.name), tag.attributes as Record<string, string>));
  parser.on("text", (t) => handlers.text?.(t));
  parser.on("closetag", (tag) => handlers.close?.(local(tag.name)));
  parser.write(xml).close();
  return events;
}

function nested(depth: number, element: string): string {
  return `${"<a>".repeat(depth)}${element}${"</a>".repeat(depth)}`;
}

/**
 * `element` (a cell or a shared string with content) nested so that its content is at the depth
 * limit is taken whole, with saxes's events; one deeper it is refused, as saxes refuses it.
 */
function expectDepthAsSaxes(
  record: () => { handlers: XmlHandlers; events: Event[]; whole: () => number },
  element: string,
): void {
  const atLimit = record();
  const deepest = nested(READ_LIMITS.xmlDepth - 2, element);
  scanInPieces(atLimit.handlers, deepest, []);
  expect(atLimit.events).toEqual(saxes(deepest));
  expect(atLimit.whole()).toBe(1);
  expect(() => scanInPieces(record().handlers, nested(READ_LIMITS.xmlDepth - 1, element), [])).toThrow(
    LimitExceeded,
  );
}

/** `xml`, whose one whole element the `hook` declines, gives saxes's events, the hook asked once. */
function expectDeclinedAsEvents(hook: "cell" | "sharedString", xml: string): void {
  const { handlers, events } = recorder();
  let asked = 0;
  handlers[hook] = () => {
    asked++;
    return false;
  };
  scanInPieces(handlers, xml, []);
  expect(asked).toBe(1);
  expect(events).toEqual(saxes(xml));
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">' +
  '<sheetData><row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c>' +
  '<c r=\'B1\' t="inlineStr"><is><t xml:space="preserve"> Ủy ban &amp; &lt;x&gt; &#x1EA0;&#7840; "q" \'a\' </t></is></c>' +
  '<c r="C1"><f t="shared" ref="C1:C3" si="0">IF(A1&gt;0,"&quot;",B1)</f><v>1.5</v></c>' +
  '<x:c r="D1" x:t="b"><x:v>1</x:v></x:c><c r="E1" s="1"/></row></sheetData>' +
  '<definedName name="a&apos;b">Sheet1!$A$1</definedName>\n  <empty/> \n</worksheet>\n';

test("a worksheet gives the events saxes gives: names without prefixes, attributes and text decoded", () => {
  const events = lean(SHEET);
  expect(events).toEqual(saxes(SHEET));
  expect(events).toContainEqual(["text", " Ủy ban & <x> ẠẠ \"q\" 'a' "]);
  expect(events).toContainEqual(["open", "c", { r: "D1", "x:t": "b" }]);
});

test("cut into chunks anywhere, even inside a character of Vietnamese, the events are the same", () => {
  const whole = saxes(SHEET);
  const length = new TextEncoder().encode(SHEET).length;
  for (let cut = 1; cut < length; cut++) expect([cut, lean(SHEET, [cut])]).toEqual([cut, whole]);
  expect(lean(SHEET, [3, 9, 60, 61, 62, 200, 201, 300])).toEqual(whole);
});

test("a carriage return outside the root, as Excel writes after each declaration, gives saxes's events, cut anywhere", () => {
  const asExcel = `${SHEET.replace("?>\n", "?>\r\n").replace(/\n$/, "\r\n\r")}`;
  const whole = saxes(asExcel);
  expect(whole).toContainEqual(["text", "\n\n"]);
  const length = new TextEncoder().encode(asExcel).length;
  for (let cut = 1; cut < length; cut++) expect([cut, lean(asExcel, [cut])]).toEqual([cut, whole]);
});

test.each([
  ["a comment", "<a><!-- x --></a>"],
  ["CDATA", "<a><![CDATA[x]]></a>"],
  ["a DTD", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
  ["a processing instruction", "<a><?pi x?></a>"],
  ["an XML 1.1 declaration", '<?xml version="1.1"?><a/>'],
  ["a declaration not at the start", ' <?xml version="1.0"?><a/>'],
  ["a carriage return in text", "<a>x\r\ny</a>"],
  ["a tab in an attribute", '<a b="x\ty"/>'],
  ["a newline in an attribute", '<a b="x\ny"/>'],
  ["an unknown entity", "<a>&nbsp;</a>"],
  ["a bare ampersand", "<a>x & y</a>"],
  ["a reference to no character", "<a>&#0;</a>"],
  ["a control character", "<a>x\u0001y</a>"],
  ["]]> in text", "<a>x]]>y</a>"],
  ["a mismatched closing tag", "<a><b></a></b>"],
  ["an unclosed element", "<a><b></b>"],
  ["two root elements", "<a/><b/>"],
  ["text outside the root", "<a/>x"],
  ["a duplicate attribute", '<a b="1" b="2"/>'],
  ["attributes without space between", '<a b="1"c="2"/>'],
  ["an attribute without a value", "<a b/>"],
  ["a < in an attribute", '<a b="<"/>'],
  ["a name that is not ASCII", "<tên/>"],
  ["no element at all", "   "],
])("%s: the lean scanner gives up, and saxes decides", (_what, xml) => {
  expect(() => lean(xml)).toThrow(NotLean);
});

test("nesting past the limit is FILE_TOO_LARGE's xmlDepth, as with saxes", () => {
  const deep = `${"<a>".repeat(READ_LIMITS.xmlDepth + 1)}${"</a>".repeat(READ_LIMITS.xmlDepth + 1)}`;
  expect(() => lean(deep)).toThrow(/xmlDepth/);
  expect(() =>
    lean(`${"<a>".repeat(READ_LIMITS.xmlDepth)}${"</a>".repeat(READ_LIMITS.xmlDepth)}`),
  ).not.toThrow();
});

test.each([
  "template-clean.xlsx",
  "template-ten-mistakes.xlsx",
  "libreoffice-resaved.xlsx",
  "formula-results-libreoffice.xlsx",
  "openpyxl-filled.xlsx",
  "openpyxl-resaved.xlsx",
  "openpyxl-typed.xlsx",
])("%s is read by the lean scanner alone, to the same snapshot as saxes reads", async (fixture) => {
  const bytes = readFixture(fixture);
  const bySaxes = await readWorkbookSnapshot(bytes, { saxesOnly: true });
  const write = jest.spyOn(SaxesParser.prototype, "write");
  try {
    const read = await readWorkbookSnapshot(bytes);
    expect(write).not.toHaveBeenCalled();
    expect(read.ok).toBe(true);
    expect(read).toEqual(bySaxes);
  } finally {
    write.mockRestore();
  }
});

test("a template whose parts are written as Excel writes them (CR LF after the declaration) is read by the lean scanner alone", async () => {
  const clean = readFixture("template-clean.xlsx");
  const loaded = await JSZip.loadAsync(clean);
  let rewritten = 0;
  for (const name of Object.keys(loaded.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const text = await loaded.file(name)!.async("string");
    const asExcel = text.replace(/^(<\?xml[^>]*\?>)\n?/, "$1\r\n");
    if (asExcel !== text) rewritten++;
    loaded.file(name, asExcel);
  }
  expect(rewritten).toBeGreaterThanOrEqual(5);
  const bytes = await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const write = jest.spyOn(SaxesParser.prototype, "write");
  try {
    const read = await readWorkbookSnapshot(bytes);
    expect(write).not.toHaveBeenCalled();
    expect(read).toEqual(await readWorkbookSnapshot(clean));
  } finally {
    write.mockRestore();
  }
});

describe("cells of the shape Excel writes for a value are given whole, every other spelling as events", () => {
  const cells = [
    ['<c r="A1" s="2" t="s"><v>0</v></c>', true],
    ['<c r="B1" s="12"/>', true],
    ['<c r="XFD1048576" t="n"><v>-1.5E-7</v></c>', true],
    ['<c r="C1"><v></v></c>', true],
    ["<c/>", true],
    ["<c><v>3</v></c>", true],
    ['<c r="D1" t="str"><v>tab\there\nand a line</v></c>', true],
    ['<c r="E1" t="s" s="2"><v>0</v></c>', false],
    ["<c r='F1'><v>1</v></c>", false],
    ['<c r="G1"  s="1"/>', false],
    ['<c r="H1" s="1" ><v>1</v></c>', false],
    ['<c r="I1" cm="1"><v>1</v></c>', false],
    ['<c r="J1"><v>a &amp; b</v></c>', false],
    ['<c r="K1"><v/></c>', false],
    ['<c r="L1"><f>SUM(A1:B1)</f><v>3</v></c>', false],
    ['<c r="M1" t="inlineStr"><is><t>x</t></is></c>', false],
    ['<c r="$N$1"><v>1</v></c>', false],
    ['<c r="o1"><v>1</v></c>', false],
    ['<c r="P01"><v>1</v></c>', false],
    ['<c r="R1" t="str"><v>a>b</v></c>', false],
    ['<x:c r="Q1"><x:v>1</x:v></x:c>', false],
  ] as const;
  const sheet = (body: string): string =>
    `<worksheet xmlns:x="x"><sheetData><row r="1">${body}</row></sheetData></worksheet>`;

  test.each(cells)("%s (whole: %s) gives saxes's events, cut anywhere", (cell, whole) => {
    const xml = sheet(cell);
    const expected = saxes(xml);
    const length = new TextEncoder().encode(xml).length;
    for (let cut = 0; cut < length; cut++) {
      const { handlers, events, whole: given } = cellRecorder();
      scanInPieces(handlers, xml, cut === 0 ? [] : [cut]);
      expect([cut, events]).toEqual([cut, expected]);
      // Cut inside the cell, it is read tag by tag.
      if (cut === 0) expect(given()).toBe(whole ? 1 : 0);
    }
  });

  test("a sheet of every spelling at once, and the test sheet, give saxes's events", () => {
    for (const xml of [sheet(cells.map(([c]) => c).join("")), SHEET]) {
      const { handlers, events, whole } = cellRecorder();
      scanInPieces(handlers, xml, []);
      expect(events).toEqual(saxes(xml));
      expect(whole()).toBeGreaterThan(0);
    }
  });

  test.each([
    ["a value with a control character", '<c r="A1"><v>1\u0001</v></c>'],
    ["a value with ]]>", '<c r="A1"><v>]]></v></c>'],
    ["a value with a carriage return", '<c r="A1"><v>1\r\n2</v></c>'],
    ["a value with U+FFFE", '<c r="A1"><v>1\ufffe</v></c>'],
    ["attributes without space between", '<c r="A1"s="1"/>'],
    ["an attribute twice", '<c r="A1" r="A2"/>'],
  ])("%s: given up on, as in any element", (_what, cell) => {
    expect(() => scanInPieces(cellRecorder().handlers, sheet(cell), [])).toThrow(NotLean);
  });

  test("a cell as the root element, or after it, is read as events", () => {
    const root = cellRecorder();
    scanInPieces(root.handlers, '<c r="A1"/>', []);
    expect(root.events).toEqual(saxes('<c r="A1"/>'));
    expect(root.whole()).toBe(0);
    expect(() => scanInPieces(cellRecorder().handlers, '<a/><c r="A1"/>', [])).toThrow(NotLean);
  });

  test("a sheet of every spelling reads the same by the sheet reader's whole cells as by saxes, its first row alone too", async () => {
    const clean = readFixture("template-clean.xlsx");
    const loaded = await JSZip.loadAsync(clean);
    const sheet = await loaded.file(SHEET_PART)!.async("string");
    const rows =
      // Row 1's cells (the last row's would end a first-row read there), J1 as text: a number of
      // text would make the file damaged.
      `<row r="1">${cells
        .filter(([c]) => !/^<x:c |XFD/.test(c))
        .map(([c]) => c.replace('<c r="J1">', '<c r="J1" t="str">'))
        .join("")}<c r="XFD1"><v>1</v></c></row>` +
      '<row r="2"><c r="A1" t="str"><v>again</v></c><c r="B2"><c r="C2"><v>9</v></c><v>8</v></c><c r="D2" s="1"/></row>' +
      '<row r="3"><c t="str"><v>no reference</v></c><c r="B3"><v>3</v></c></row>';
    const spelled = sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`);
    expect(spelled).not.toBe(sheet);
    loaded.file(SHEET_PART, spelled);
    const bytes = await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    for (const firstRowOnly of [false, true]) {
      const byLean = await readWorkbookSnapshot(bytes, { firstRowOnly });
      expect(byLean.ok).toBe(true);
      expect(byLean).toEqual(await readWorkbookSnapshot(bytes, { saxesOnly: true, firstRowOnly }));
    }
    // Past row 1 nothing is read, not even a reference no sheet has (column ZZZ).
    loaded.file(SHEET_PART, spelled.replace('<row r="2">', '<row r="2"><c r="ZZZ2"/>'));
    const beyond = await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const firstRow = await readWorkbookSnapshot(beyond, { firstRowOnly: true });
    expect(firstRow.ok).toBe(true);
    expect(firstRow).toEqual(await readWorkbookSnapshot(beyond, { saxesOnly: true, firstRowOnly: true }));
    expect((await readWorkbookSnapshot(beyond)).ok).toBe(false);
  });

  test("a cell not taken by the handlers is given as events", () => {
    expectDeclinedAsEvents("cell", sheet('<c r="A1" s="1"><v>4</v></c>'));
  });

  test("a cell whose value would be nested past the depth limit is read as events, and refused as saxes refuses it", () => {
    expectDepthAsSaxes(cellRecorder, '<c r="A1"><v>1</v></c>');
    // An empty cell one deeper has no content past the limit: read as events.
    const empty = cellRecorder();
    const deep = nested(READ_LIMITS.xmlDepth - 1, '<c r="A1"/>');
    scanInPieces(empty.handlers, deep, []);
    expect(empty.events).toEqual(saxes(deep));
    expect(empty.whole()).toBe(0);
  });
});

describe("handlers that have enough stop the scan at that end tag, as saxes is made to", () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' +
    "<conditionalFormatting><!-- neither scanner's business --><1bad></worksheet>";
  const untilCells = (): { handlers: XmlHandlers; events: Event[] } => {
    const { handlers, events } = recorder();
    let cellsRead = false;
    return {
      handlers: {
        ...handlers,
        close: (name) => {
          handlers.close?.(name);
          if (name === "sheetData") cellsRead = true;
        },
        enough: () => cellsRead,
      },
      events,
    };
  };
  const expected: Event[] = [
    ["open", "worksheet", {}],
    ["open", "sheetData", {}],
    ["open", "row", { r: "1" }],
    ["open", "c", { r: "A1" }],
    ["open", "v", {}],
    ["text", "7"],
    ["close", "v"],
    ["close", "c"],
    ["close", "row"],
    ["close", "sheetData"],
  ];

  test.each([[[]], [[30]], [[71, 72]], [[90]]])(
    "lean, cut at %j: the events up to it, and the malformed rest unread",
    (cuts) => {
      const { handlers, events } = untilCells();
      expect(scanInPieces(handlers, xml, cuts).stopped).toBe(true);
      expect(events).toEqual(expected);
    },
  );

  test("a template whose sheet has markup neither scanner reads after its cells reads the same by both", async () => {
    const clean = readFixture("template-clean.xlsx");
    const loaded = await JSZip.loadAsync(clean);
    const sheet = await loaded.file(SHEET_PART)!.async("string");
    const broken = sheet.replace("</sheetData>", "</sheetData><!-- a comment --><1bad>");
    expect(broken).not.toBe(sheet);
    loaded.file(SHEET_PART, broken);
    const bytes = await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const byLean = await readWorkbookSnapshot(bytes);
    expect(byLean).toEqual(await readWorkbookSnapshot(clean));
    expect(await readWorkbookSnapshot(bytes, { saxesOnly: true })).toEqual(byLean);
  });
});

describe("shared strings of the shape Excel writes for plain text are given whole, every other spelling as events", () => {
  const strings = [
    ["<si><t>Xã Thử</t></si>", true],
    ['<si><t xml:space="preserve"> hai  khoảng trắng </t></si>', true],
    ["<si><t></t></si>", true],
    ["<si><t>a &amp; b &#x1EA0;&#7840; &lt;x&gt; &quot;q&quot; &apos;a&apos;</t></si>", true],
    ["<si><t>Kết quả thực hiện công tác dân vận chính quyền năm 2024</t></si>", true],
    ["<si><t>tab\there\nand a line, a > too</t></si>", true],
    ["<si><t/></si>", false],
    ["<si><r><t>a</t></r></si>", false],
    ['<si><r><rPr><rFont val="Arial"/></rPr><t>đậm</t></r><r><t> thường</t></r></si>', false],
    ["<si><t xml:space='preserve'> x </t></si>", false],
    ['<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>', false],
    ["<x:si><x:t>prefixed</x:t></x:si>", false],
    ["<si ><t>a space</t></si>", false],
    ["<si><t>x</t> </si>", false],
  ] as const;
  const table = (body: string): string =>
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">${body}</sst>`;

  /** The recorder taking whole strings as the events they stand for, and counting them. */
  function stringRecorder(): { handlers: XmlHandlers; events: Event[]; whole: () => number } {
    const { handlers, events } = recorder();
    let whole = 0;
    handlers.sharedString = (text) => {
      whole++;
      handlers.open?.("si", {});
      handlers.open?.("t", {});
      if (text !== "") handlers.text?.(text);
      handlers.close?.("t");
      handlers.close?.("si");
      return true;
    };
    return { handlers, events, whole: () => whole };
  }
  /** A whole string does not carry its `t`'s xml:space: compared without the `t`'s attributes. */
  const withoutTAttributes = (events: Event[]): Event[] =>
    events.map((e) => (e[0] === "open" && e[1] === "t" ? ["open", "t", {}] : e));

  test.each(strings)("%s (whole: %s) gives saxes's events, cut anywhere", (si, whole) => {
    const xml = table(si);
    const expected = withoutTAttributes(saxes(xml));
    const length = new TextEncoder().encode(xml).length;
    for (let cut = 0; cut < length; cut++) {
      const { handlers, events, whole: given } = stringRecorder();
      scanInPieces(handlers, xml, cut === 0 ? [] : [cut]);
      expect([cut, withoutTAttributes(events)]).toEqual([cut, expected]);
      if (cut === 0) expect(given()).toBe(whole ? 1 : 0);
    }
  });

  test("the text given whole is the text saxes gives, references decoded", () => {
    const given: string[] = [];
    const handlers: XmlHandlers = { sharedString: (text) => given.push(text) > 0 };
    scanInPieces(
      handlers,
      table(
        strings
          .filter(([, whole]) => whole)
          .map(([si]) => si)
          .join(""),
      ),
      [],
    );
    expect(given).toEqual([
      "Xã Thử",
      " hai  khoảng trắng ",
      "",
      "a & b ẠẠ <x> \"q\" 'a'",
      "Kết quả thực hiện công tác dân vận chính quyền năm 2024",
      "tab\there\nand a line, a > too",
    ]);
  });

  test("a table of every spelling at once gives saxes's events", () => {
    const xml = table(strings.map(([si]) => si).join(""));
    const { handlers, events, whole } = stringRecorder();
    scanInPieces(handlers, xml, []);
    expect(withoutTAttributes(events)).toEqual(withoutTAttributes(saxes(xml)));
    expect(whole()).toBe(strings.filter(([, w]) => w).length);
  });

  test.each([
    ["a control character", "<si><t>a\u0001b</t></si>"],
    ["]]>", "<si><t>a]]>b</t></si>"],
    ["a carriage return", "<si><t>a\r\nb</t></si>"],
    ["U+FFFF", "<si><t>a\uffffb</t></si>"],
    ["an unknown entity", "<si><t>&bogus;</t></si>"],
    ["a bare ampersand", "<si><t>a & b</t></si>"],
    ["a reference to no character", "<si><t>&#0;</t></si>"],
  ])("a string with %s: given up on, as any text", (_what, si) => {
    const { handlers, whole } = stringRecorder();
    expect(() => scanInPieces(handlers, table(si), [])).toThrow(NotLean);
    expect(whole()).toBe(0);
  });

  test("a string not taken by the handlers is given as events; as the root, it is read as events", () => {
    expectDeclinedAsEvents("sharedString", table("<si><t>x</t></si>"));
    const root = stringRecorder();
    scanInPieces(root.handlers, "<si><t>root</t></si>", []);
    expect(root.events).toEqual(saxes("<si><t>root</t></si>"));
    expect(root.whole()).toBe(0);
  });

  test("a string nested past the depth limit is read as events, and refused as saxes refuses it", () => {
    expectDepthAsSaxes(stringRecorder, "<si><t>x</t></si>");
  });

  test("a workbook whose shared strings have every spelling reads the same by the lean scanner alone as by saxes", async () => {
    const clean = readFixture("template-clean.xlsx");
    const loaded = await JSZip.loadAsync(clean);
    const sst = await loaded.file(STRINGS_PART)!.async("string");
    const spelled = sst
      .replace(/<sst [^>]*>/, (open) =>
        open.replace(">", ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'),
      )
      .replace(/(<sst [^>]*>)/, `$1${strings.map(([si]) => si).join("")}`);
    expect(spelled).not.toBe(sst);
    loaded.file(STRINGS_PART, spelled);
    const bytes = await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const bySaxes = await readWorkbookSnapshot(bytes, { saxesOnly: true });
    expect(bySaxes.ok).toBe(true);
    const write = jest.spyOn(SaxesParser.prototype, "write");
    try {
      const byLean = await readWorkbookSnapshot(bytes);
      expect(write).not.toHaveBeenCalled();
      expect(byLean).toEqual(bySaxes);
      if (!byLean.ok) throw new Error(byLean.detail);
      // The spellings are the first strings: the cells that held the template's first ones hold them.
      const values = [...byLean.workbook.sheets[0]!.cells.values()].map((c) => c.value);
      for (const text of [
        "Xã Thử",
        " hai  khoảng trắng ",
        "a & b ẠẠ <x> \"q\" 'a'",
        "đậm thường",
        "漢字",
        "prefixed",
      ])
        expect(values).toContain(text);
    } finally {
      write.mockRestore();
    }
  });
  test.each([
    ["in another", "<si><t>A</t><si><t>B</t></si><t>C</t></si>"],
    ["in another's phonetic run", "<si><t>A</t><rPh><si><t>B</t></si></rPh><t>C</t></si>"],
  ])(
    "a plain string nested %s (no schema's, yet well-formed) reads as saxes reads it",
    async (_where, nested) => {
      const loaded = await JSZip.loadAsync(readFixture("template-clean.xlsx"));
      const sst = await loaded.file(STRINGS_PART)!.async("string");
      loaded.file(STRINGS_PART, sst.replace(/(<sst [^>]*>)/, `$1${nested}`), { compression: "STORE" });
      const bytes = await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      const bySaxes = await readWorkbookSnapshot(bytes, { saxesOnly: true });
      expect(bySaxes.ok).toBe(true);
      expect(await readWorkbookSnapshot(bytes)).toEqual(bySaxes);
    },
  );
});

describe("a sheet's XML after its cells (</sheetData>) is not read, by either scanner", () => {
  const template = async (): Promise<{ loaded: JSZip; sheet: string; clean: SnapshotRead }> => {
    const bytes = readFixture("template-clean.xlsx");
    const loaded = await JSZip.loadAsync(bytes);
    return {
      loaded,
      sheet: await loaded.file(SHEET_PART)!.async("string"),
      clean: await readWorkbookSnapshot(bytes),
    };
  };
  /** Read by the lean scanner, and by saxes alone: both as `expected`. */
  const readsAs = async (bytes: Uint8Array, expected: SnapshotRead): Promise<void> => {
    expect(expected.ok).toBe(true);
    expect(await readWorkbookSnapshot(bytes)).toEqual(expected);
    expect(await readWorkbookSnapshot(bytes, { saxesOnly: true })).toEqual(expected);
  };

  test("a sheet whose cells are in a prefixed <x:sheetData> is read through, as saxes reads it", async () => {
    const { loaded, sheet, clean } = await template();
    const prefixed = sheet
      .replace(
        "<worksheet ",
        '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
      )
      .replace("<sheetData>", "<x:sheetData>")
      .replace("</sheetData>", "</x:sheetData>");
    expect(prefixed).not.toMatch(/<\/?sheetData>/);
    loaded.file(SHEET_PART, prefixed);
    await readsAs(await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" }), clean);
  });

  test("</sheetData> followed by 100 KB of Vietnamese data validations and bytes that are no UTF-8 reads as the template", async () => {
    const { loaded, sheet, clean } = await template();
    const validations = /<dataValidations[^>]*>([\s\S]*)<\/dataValidations>/.exec(sheet)![1]!;
    expect(validations).toContain("Số liệu không hợp lệ");
    const more = validations.repeat(Math.ceil(100_000 / Buffer.byteLength(validations)));
    const [before, after] = sheet.split(/(?<=<\/sheetData>)/) as [string, string];
    expect(before.endsWith("</sheetData>") && after.startsWith("<")).toBe(true);
    const withMore = after.replace("</dataValidations>", `${more}</dataValidations>`);
    expect(Buffer.byteLength(withMore)).toBeGreaterThan(100_000);
    for (const tail of [
      Buffer.from(withMore),
      // Bytes no UTF-8 has, and a character cut short, 50 characters in.
      Buffer.concat([
        Buffer.from(withMore.slice(0, 50)),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe1, 0xbb]),
        Buffer.from(withMore.slice(50)),
      ]),
    ]) {
      loaded.file(SHEET_PART, Buffer.concat([Buffer.from(before), tail]));
      await readsAs(await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" }), clean);
    }
  });

  test("</sheetData> across two pieces of a stored part, cut at each of its characters, and markup neither scanner reads after it", async () => {
    const { loaded, sheet, clean } = await template();
    const end = "</sheetData>";
    const at = Buffer.from(sheet).indexOf(end);
    // A stored part is given in pieces of 16,384 bytes (ZipPackage's STEP), whichever zlib.
    const boundary = Math.ceil((at + 1) / 16_384) * 16_384;
    for (let inFirst = 0; inFirst <= end.length; inFirst++) {
      const pad = " ".repeat(boundary - inFirst - at);
      const spelled = sheet.replace(end, `${pad}${end}<!-- no -->< 1bad></worksheet>`);
      expect(Buffer.from(spelled).indexOf(end)).toBe(boundary - inFirst);
      loaded.file(SHEET_PART, spelled, { compression: "STORE" });
      await readsAs(await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" }), clean);
    }
  });

  test("</sheetData> in a comment or CDATA among the cells, read by saxes, does not end them", async () => {
    const { loaded, sheet, clean } = await template();
    const commented = sheet.replace('<row r="10"', '<!-- </sheetData> --><row r="10"');
    expect(commented).not.toBe(sheet);
    const inCell = (t: string): string =>
      sheet.replace('<c r="E17" s="15"/>', `<c r="E17" s="15" t="inlineStr"><is><t>${t}</t></is></c>`);
    expect(inCell("x")).not.toBe(sheet);
    loaded.file(SHEET_PART, inCell("a &lt;/sheetData&gt; b"));
    const asText = await readWorkbookSnapshot(await loaded.generateAsync({ type: "uint8array" }));
    if (!asText.ok) throw new Error(asText.detail);
    expect(asText.workbook.sheets[0]!.cells.get("E17")?.value).toBe("a </sheetData> b");
    for (const compression of ["STORE", "DEFLATE"] as const) {
      loaded.file(SHEET_PART, commented, { compression });
      await readsAs(await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" }), clean);
      loaded.file(SHEET_PART, inCell("<![CDATA[a </sheetData> b]]>"), { compression });
      await readsAs(await loaded.generateAsync({ type: "uint8array", compression: "DEFLATE" }), asText);
    }
  });
});
