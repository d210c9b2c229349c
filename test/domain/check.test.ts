import { allIndicators } from "../../src/domain/catalogue/load";
import { checkWorkbook } from "../../src/domain/check/checks";
import type { Finding } from "../../src/domain/check/finding";
import type { Named } from "../../src/domain/i18n/phrase";
import { isoToExcelSerial } from "../../src/domain/period";
import type { RawCell } from "../../src/domain/read/values";
import { catalogue, CLEAN_COMMUNE, CLEAN_EVIDENCE, filledTemplate, registry } from "../support/filled";
import { say } from "../../src/domain/i18n/say";

type Figures = Record<string, string | number | RawCell | null>;

/** An indicator or header field as the catalogue names it in both languages. */
function named(code: string): Named {
  const item = [...catalogue.header, ...allIndicators(catalogue)].find((i) => i.code === code);
  if (!item) throw new Error(`no indicator ${code}`);
  return { code, label: { vi: item.label, en: item.english } };
}

/** The findings of the clean commune with some figures changed, as [rule, cell, phrase]. */
function findingsWith(
  changes: Figures,
  evidence: Record<string, string | null> = {},
  unitCode = "XA-XUAN-HOA",
  expectedYear?: number,
) {
  const sheet = filledTemplate(
    unitCode,
    2024,
    { ...CLEAN_COMMUNE, ...changes },
    { ...CLEAN_EVIDENCE, ...evidence },
  );
  const { findings } = checkWorkbook(
    sheet.snapshot,
    catalogue,
    registry,
    expectedYear === undefined ? {} : { expectedYear },
  );
  return findings.map((f: Finding) => [f.rule, f.cell, f.message]);
}

test("a filled template with no mistake has no finding at all", () => {
  expect(findingsWith({})).toEqual([]);
});

describe("each cross-check passes on the clean figures and fails on a planted mistake", () => {
  test.each([
    ["R01", { "1.2": 13 }, { "1.2": 13, "1.1": 12 }],
    ["R02", { "1.3": 0 }, { "1.3": 0, "1.4": 320 }],
    ["R03", { "2.2": 40 }, { "2.2": 40, "2.1": 48 }],
    ["R04", { "2.4": 50 }, { "2.4": 50, "2.1": 48 }],
    ["R05", { "2.7": 1 }, { "2.7": 1, "2.6": 2 }],
    ["R06", { "2.7": 80 }, { "2.7": 80, "0.6": 25 }],
    ["R07", { "3.6": 6 }, { "3.6": 6, "3.4": 2, "3.5": 3 }],
    ["R10", { "4.10": 4 }, { "4.10": 4, "4.6": 5 }],
    ["R11", { "4.11": 0 }, { "4.11": 0, "4.12": 98.5 }],
    ["R12", { "5.6": 26 }, { "5.6": 26, "0.6": 25 }],
    ["R13", { "6.7": 39 }, { "6.7": 39, "6.6": 38 }],
    ["R14", { "6.5": 3 }, { "6.5": 3, "6.4": 4 }],
    ["R15", { "6.11": 0 }, { "6.11": 0, "6.12": 8 }],
    ["R16", { "6.17": 62 }, { "6.15": 61, "6.17": 62 }],
    [
      "R18",
      { "6.14": 40 },
      { "6.14": 40, "0.4": isoToExcelSerial("2023-10-01"), "0.5": isoToExcelSerial("2024-09-30") },
    ],
  ])("%s, naming the figures it compares", (rule, changes, values) => {
    const found = findingsWith(changes as Figures);
    expect(found.map(([r, , m]) => [r, m])).toMatchObject([[rule, { code: "CHECK_FAILED", values }]]);
  });

  test("R08 and R09: files handled beyond those to handle, or short of them", () => {
    const files = { "4.2": 15, "4.3": 820, "4.4": 1240, "4.5": 2030, "4.6": 5, "4.7": 41 };
    expect(findingsWith({ "4.7": 41 }).map(([r, , m]) => [r, m])).toMatchObject([
      ["R08", { code: "CHECK_FAILED", values: files }],
      ["R09", { code: "CHECK_FAILED", values: files }],
    ]);
    expect(findingsWith({ "4.7": 39 }).map(([r]) => r)).toEqual(["R09"]);
  });

  test("R17: the example of the issue, pointing at 6.20's cell", () => {
    const sheet = filledTemplate();
    expect(findingsWith({ "6.20": 15, "6.21": 7, "6.19": 12, "6.18": 45 })).toEqual([
      [
        "R17",
        sheet.cellOf("6.20"),
        expect.objectContaining({
          code: "CHECK_FAILED",
          values: { "6.20": 15, "6.19": 12 },
          labels: { "6.20": named("6.20").label, "6.19": named("6.19").label },
        }),
      ],
    ]);
  });

  test("R11 the other way: ratings collected but no satisfaction rate", () => {
    expect(findingsWith({ "4.12": null })).toMatchObject([
      ["R11", "D56", { code: "CHECK_FAILED", values: { "4.11": 1500, "4.12": null } }],
    ]);
  });
});

describe("an unreadable figure is neither blank nor a figure", () => {
  test.each(["abc", -5, 150])("4.12 typed as %p: its R22, and no cross-check calling it blank", (typed) => {
    const rules = findingsWith({ "4.12": typed }).map(([rule, cell]) => [rule, cell]);
    expect(rules).toEqual([["R22", filledTemplate().cellOf("4.12")]]);
  });
});

describe("blank is not zero", () => {
  test("a blank count is one R22 finding, and the checks that need it are skipped", () => {
    expect(findingsWith({ "6.19": null })).toEqual([
      ["R22", "D85", { code: "NOT_FILLED", item: named("6.19"), count: true }],
    ]);
  });

  test("zero is a figure: 0 of 0 resolved passes, and the rate stays blank", () => {
    const sheet = filledTemplate("XA-XUAN-HOA", 2024, { ...CLEAN_COMMUNE, "6.19": 0, "6.20": 0, "6.21": 0 });
    const { submissions, findings } = checkWorkbook(sheet.snapshot, catalogue, registry);
    expect(findings).toEqual([]);
    expect(submissions[0]?.figures.get("6.24")).toMatchObject({ value: null, status: "blank" });
    expect(submissions[0]?.figures.get("4.8")).toMatchObject({ value: 99.8, status: "ok" });
  });
});

describe("the other rules", () => {
  test("R19: sent after the deadline", () => {
    expect(findingsWith({ "7.1": isoToExcelSerial("2024-10-20") })).toEqual([
      [
        "R19",
        "D92",
        { code: "SENT_LATE", indicator: "7.1", sent: isoToExcelSerial("2024-10-20"), deadline: "2024-10-14" },
      ],
    ]);
  });

  test("R20: a calendar year typed over the period; WRONG_YEAR against the year being collected", () => {
    expect(
      findingsWith({ "0.4": isoToExcelSerial("2024-01-01"), "0.5": isoToExcelSerial("2024-12-31") }),
    ).toEqual([
      [
        "R20",
        "D17",
        {
          code: "PERIOD_DATE",
          item: named("0.4"),
          value: isoToExcelSerial("2024-01-01"),
          year: 2024,
          expected: "2023-10-01",
        },
      ],
      [
        "R20",
        "D18",
        {
          code: "PERIOD_DATE",
          item: named("0.5"),
          value: isoToExcelSerial("2024-12-31"),
          year: 2024,
          expected: "2024-09-30",
        },
      ],
    ]);
    expect(findingsWith({}, {}, "XA-XUAN-HOA", 2025)).toEqual([
      ["WRONG_YEAR", null, { code: "WRONG_YEAR", year: 2024, expected: 2025 }],
    ]);
  });

  test("R21: figures without evidence", () => {
    expect(findingsWith({}, { "5": null })).toEqual([
      [
        "R21",
        "E59",
        {
          code: "EVIDENCE_MISSING",
          section: "V",
          figures: (["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"] as const)
            .map((code) => ({ code, value: Number(CLEAN_COMMUNE[code]) }))
            .filter((f) => f.value > 0),
        },
      ],
    ]);
    expect(
      findingsWith({ "5.1": 0, "5.2": 0, "5.3": 0, "5.4": 0, "5.5": 0, "5.6": 0 }, { "5": null }),
    ).toEqual([]);
  });

  test("R21: evidence citing a document dated outside the period; bare dates do not count", () => {
    expect(
      findingsWith(
        {},
        {
          "1": "Kế hoạch số 12/KH-UBND ngày 05/3/2022; Công văn số 30/UBND ngày 10/4/2024; trích xuất ngày 01/10/2024",
        },
      ),
    ).toEqual([
      [
        "R21",
        "E23",
        {
          code: "EVIDENCE_OUTSIDE_PERIOD",
          section: "I",
          from: "2023-10-01",
          to: "2024-09-30",
          documents: [{ symbol: "12/KH-UBND", dateText: "05/3/2022" }],
        },
      ],
    ]);
  });

  test("R22: text, decimals, negatives, out-of-range percents and error values", () => {
    expect(
      findingsWith({
        "1.1": "abc",
        "2.3": 12.5,
        "3.7": -1,
        "4.13": 120,
        "6.8": { value: null, error: "#REF!" },
      }).map(([r, c]) => [r, c]),
    ).toEqual([
      ["R22", "D24"],
      ["R22", "D31"],
      ["R22", "D43"],
      ["R22", "D58"],
      ["R22", "D75"],
    ]);
  });

  test("R23: a unit code not in the registry, and a kind that does not match", () => {
    expect(findingsWith({ "0.1": "XA-KHONG-CO", "0.2": "Xã Không Có" })).toEqual([
      ["R23", "D14", { code: "UNIT_NOT_IN_LIST", typed: "XA-KHONG-CO" }],
    ]);
    expect(findingsWith({ "0.3": "C" })).toEqual([
      ["R23", "D16", { code: "UNIT_KIND", typed: "C", unit: "Xã Xuân Hòa", kind: "X" }],
    ]);
  });

  test("numbers typed as text are read with a note, not guessed silently", () => {
    expect(findingsWith({ "2.2": "3.650" })).toEqual([
      [
        "NUMBER_AS_TEXT",
        "D30",
        {
          code: "VALUE_UNDERSTOOD",
          item: named("2.2"),
          note: { code: "NUMBER_AS_TEXT", text: "3.650", value: 3650, percent: false, withUnit: false },
        },
      ],
    ]);
  });
});

test("every finding speaks English too, naming the indicator and both figures", () => {
  const sheet = filledTemplate("XA-XUAN-HOA", 2024, {
    ...CLEAN_COMMUNE,
    "6.20": 15,
    "6.21": 7,
    "6.19": 12,
    "6.18": 45,
  });
  const { findings } = checkWorkbook(sheet.snapshot, catalogue, registry);
  expect(findings.map((f) => say(f.message, "en"))).toEqual([
    "6.20 resolved (15) is greater than 6.19 complaints and denunciations within competence (12).",
  ]);
  expect(findings[0]).toMatchObject({
    unit: "XA-XUAN-HOA",
    sheet: "XA-XUAN-HOA 2024",
    section: "6",
    severity: "error",
  });
});
