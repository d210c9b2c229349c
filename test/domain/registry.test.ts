import { templateSheetName } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { exampleRegistryCsv } from "../../src/domain/units/example";
import {
  DATE_TO_FILL,
  draftRegistryRows,
  lastValidDayBefore,
  REGISTRY_COLUMNS,
  findUnitByCode,
  findUnitByName,
  parseCsv,
  registryFromRows,
  registryToRows,
  unitsValidIn,
  wholeHeading,
  wholeInSentence,
  wholeTotalRow,
  type ReceivingOffice,
} from "../../src/domain/units/registry";

describe("the unit registry", () => {
  const registry = loadBuiltinRegistry();

  test("the built-in list: 15 communes and the township, 15 agencies", () => {
    expect(registry.units.filter((u) => u.kind === "X")).toHaveLength(15);
    expect(registry.units.filter((u) => u.kind === "C")).toHaveLength(15);
    expect(findUnitByCode(registry, "xa-xuan-hoa")?.name).toBe("Xã Xuân Hòa");
  });

  test("names as clerks type them find the unit", () => {
    for (const typed of ["UBND xã Xuân Hoà", "Xã Xuân Hòa", "xa xuan hoa", "X. Xuân Hòa", "XÃ XUÂN HÒA"]) {
      expect(findUnitByName(registry, typed)?.code).toBe("XA-XUAN-HOA");
    }
    expect(findUnitByName(registry, "TT. Gia Ray")?.code).toBe("TT-GIA-RAY");
    expect(findUnitByName(registry, "P. Nội vụ")?.code).toBe("CQ-NOI-VU");
    expect(findUnitByName(registry, "Phòng NV")?.code).toBe("CQ-NOI-VU");
    expect(findUnitByName(registry, "Xã Xuân Lộc")).toBeUndefined();
  });

  test("a report year picks the units valid in its period", () => {
    expect(unitsValidIn(registry, "2024-10-01", "2025-09-30")).toHaveLength(30);
    expect(unitsValidIn(registry, "2025-10-01", "2026-09-30")).toHaveLength(0);
  });

  test("CSV with quotes, BOM and CRLF round-trips", () => {
    const csv =
      '\ufeffcode,name,kind,parent,aliases\r\nXA-MOI,"Xã Mới, huyện A",X,UBND huyện A,"X. Mới; Xa Moi"\r\n';
    const { registry: r, issues } = registryFromRows(parseCsv(csv));
    expect(issues).toEqual([]);
    expect(r.units).toEqual([
      {
        code: "XA-MOI",
        name: "Xã Mới, huyện A",
        kind: "X",
        parent: "UBND huyện A",
        aliases: ["X. Mới", "Xa Moi"],
      },
    ]);
    expect(registryFromRows(registryToRows(registry)).registry).toEqual(registry);
  });

  test("bad rows are skipped, each with its line and why; a missing column stops", () => {
    const { registry: r, issues } = registryFromRows(
      parseCsv("code,name,kind\nXA-A,Xã A,X\nxa a,,Q\nXA-A,Xã A lặp,X\nCQ-B,Phòng B,C,\n"),
    );
    expect(r.units.map((u) => u.code)).toEqual(["XA-A", "CQ-B"]);
    expect(issues).toEqual([
      { code: "REGISTRY_ROW", line: 3, row: "unit", office: "office" },
      { code: "REGISTRY_DUPLICATE", line: 4, unit: "XA-A" },
    ]);
    const noKind = registryFromRows(parseCsv("code,name\nXA-A,Xã A\n"));
    expect(noKind.issues).toEqual([
      { code: "REGISTRY_COLUMNS", line: 1, missing: ["kind"], columns: REGISTRY_COLUMNS },
    ]);
  });

  test("a code of 26 characters is taken and one of 27 skipped: its template sheet's name fits Excel's 31 whole", () => {
    const at26 = "CQ-PHONG-TAI-NGUYEN-MOI-TR";
    const at27 = `${at26}U`;
    expect([at26.length, at27.length]).toEqual([26, 27]);
    const { registry: r, issues } = registryFromRows(
      parseCsv(`code,name,kind\n${at26},Phòng A,C\n${at27},Phòng B,C\n`),
    );
    expect(r.units.map((u) => u.code)).toEqual([at26]);
    expect(issues).toEqual([{ code: "REGISTRY_ROW", line: 3, row: "unit", office: "office" }]);
    expect(templateSheetName(at26, 2024)).toBe(`${at26} 2024`);
    expect(templateSheetName(at26, 2024)).toHaveLength(31);
  });
});

describe("a registry for a year the list has no unit in", () => {
  const builtin = loadBuiltinRegistry();

  test("the example (dvcq registry --example): comments on every column, an office, a merged commune", () => {
    for (const lang of ["vi", "en"] as const) {
      const text = exampleRegistryCsv(lang);
      expect(text.startsWith("\ufeff")).toBe(true);
      const rows = parseCsv(text);
      const comments = rows.filter((r) => r[0]?.startsWith("#"));
      for (const column of REGISTRY_COLUMNS)
        expect(comments.some((r) => r[0]?.startsWith(`#   ${column}: `))).toBe(true);
      const { registry, issues } = registryFromRows(rows);
      expect(issues).toEqual([]);
      // Active in the report period of 2026, 01/10/2025 – 30/09/2026.
      const units = unitsValidIn(registry, "2025-10-01", "2026-09-30");
      expect(units.map((u) => [u.code, u.kind, u.predecessors ?? []])).toEqual([
        ["XA-A", "X", ["XA-CU-1", "XA-CU-2"]],
        ["CQ-B", "C", []],
      ]);
      expect(units.map((u) => u.office?.name)).toEqual(["Sở Nội vụ", "Sở Nội vụ"]);
      expect(registry.kinds?.map((k) => k.heading)).toEqual(["Khối xã, phường", "Khối sở, ban, ngành"]);
      expect(registry.offices?.[0]).toMatchObject({
        superior: "UBND tỉnh A",
        symbol: "SNV",
        signerTitle: "GIÁM ĐỐC",
      });
    }
  });

  test("comment lines before the header and between rows keep a bad row's line number", () => {
    const { registry, issues } = registryFromRows(
      parseCsv("# a note\n#,another\ncode,name,kind\nXA-A,Xã A,X\n# between\nxa b,Xã B,X\n"),
    );
    expect(registry.units.map((u) => u.code)).toEqual(["XA-A"]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([["REGISTRY_ROW", 6]]);
  });

  test("a draft from the last valid list: the same units and office, every date left to fill", () => {
    expect(lastValidDayBefore(builtin, "2025-10-01")).toBe("2025-06-30");
    const rows = draftRegistryRows(builtin, "2025-10-01", "2026-09-30");
    const [header, ...all] = rows as [string[], ...string[][]];
    const col = (name: string): number => header.indexOf(name);
    // The kinds stay as they are; the office and the 30 units get their dates to fill.
    const kinds = all.filter((r) => r[col("kind")] === "kind");
    expect(kinds.map((r) => [r[0], r[col("valid_from")]])).toEqual([
      ["X", ""],
      ["C", ""],
    ]);
    const body = all.filter((r) => r[col("kind")] !== "kind");
    expect(body).toHaveLength(31);
    expect(body.filter((r) => r[col("kind")] === "office").map((r) => r[col("name")])).toEqual([
      "Phòng Nội vụ",
    ]);
    expect(new Set(body.map((r) => r[col("valid_from")]))).toEqual(new Set([DATE_TO_FILL]));
    expect(new Set(body.map((r) => r[col("valid_to")]))).toEqual(new Set([""]));

    // Until the clerk dates them, no row counts; one issue names them all.
    const untouched = registryFromRows(rows);
    expect(untouched.registry.units).toEqual([]);
    expect(untouched.issues).toHaveLength(1);
    expect(untouched.issues[0]).toMatchObject({
      code: "REGISTRY_TO_FILL",
      line: 4,
      placeholder: DATE_TO_FILL,
    });
    const toFill = untouched.issues[0]?.code === "REGISTRY_TO_FILL" ? untouched.issues[0].rows : [];
    expect(toFill).toHaveLength(31);
    expect(toFill.slice(0, 2)).toEqual(["CQ-NOI-VU", "TT-GIA-RAY"]);

    // The clerk dates the office and one commune, and deletes the other rows.
    const typed = body.filter(
      (r) => ["CQ-NOI-VU", "XA-XUAN-HOA"].includes(r[0] ?? "") && r[col("kind")] !== "C",
    );
    for (const r of typed) r[col("valid_from")] = "2025-07-01";
    const kept = [header, ...kinds, ...typed];
    const dated = registryFromRows(kept);
    expect(dated.issues).toEqual([]);
    expect(
      unitsValidIn(dated.registry, "2025-10-01", "2026-09-30").map((u) => [u.code, u.office?.name]),
    ).toEqual([["XA-XUAN-HOA", "Phòng Nội vụ"]]);
  });

  test("a year the list has units in: the draft is the list as it is", () => {
    expect(draftRegistryRows(builtin, "2024-10-01", "2025-09-30")).toEqual(registryToRows(builtin));
  });
});

describe("the report's whole column is named for the receiving office's area, from its superior", () => {
  const office = (superior: string): ReceivingOffice => ({
    code: "O",
    name: "Phòng Nội vụ",
    superior,
    place: "",
    symbol: "",
    recipients: [],
    signerTitle: "",
  });
  test.each([
    ["UBND huyện Xuân Lộc", "Toàn huyện", "toàn huyện"],
    ["UBND tỉnh Đồng Nai", "Toàn tỉnh", "toàn tỉnh"],
    ["Ủy ban nhân dân thành phố Biên Hòa", "Toàn thành phố", "toàn thành phố"],
    ["UBND xã Xuân Lộc", "Toàn xã", "toàn xã"],
    ["ubnd  Phường Trấn Biên", "Toàn phường", "toàn phường"],
    // "Xã" alone, or a body that is not a people's committee of an area: no area to name.
    ["UBND Xã", "Tổng cộng", "mức chung"],
    ["Ban Dân vận Tỉnh ủy", "Tổng cộng", "mức chung"],
  ])("%s → %s", (superior, heading, inSentence) => {
    expect(wholeHeading(office(superior))).toBe(heading);
    expect(wholeInSentence(office(superior))).toBe(inSentence);
    expect(wholeTotalRow(office(superior))).toBe(
      heading === "Tổng cộng" ? "TỔNG CỘNG" : `TỔNG CỘNG (${heading.toLocaleUpperCase("vi")})`,
    );
  });
  test("a registry without an office (units only) gets a neutral heading", () => {
    expect(wholeHeading(null)).toBe("Tổng cộng");
    expect(wholeTotalRow(null)).toBe("TỔNG CỘNG");
  });
});
