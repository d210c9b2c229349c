/** The page's choice of report year when files are opened (usePageInbox's `open`): the year most files name. */
import type { Source } from "../../src/domain/check/batch";
import * as checks from "../../src/domain/check/checks";
import { YEAR_NAME } from "../../src/domain/layout/template";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { checkInbox, mostCommonYear } from "../../src/page/checking";
import { filledTemplate } from "../support/filled";

const UNITS = ["XA-XUAN-HOA", "XA-BAO-HOA", "XA-XUAN-BAC"];

/** A unit's report for a year; `null` as the year: the year cell left blank. */
function report(year: number | null, unitCode = UNITS[0] as string): WorkbookSnapshot {
  const { snapshot } = filledTemplate(unitCode, year ?? 2024);
  if (year === null) {
    const ref = snapshot.names.find((n) => n.name === YEAR_NAME)?.ref ?? "";
    const cell = ref.slice(ref.indexOf("!") + 1).replace(/\$/g, "");
    (snapshot.sheets[0]?.cells as Map<string, unknown>).delete(cell);
  }
  return snapshot;
}

/** One workbook holding several units' reports, a sheet each, each sheet's names scoped to it (as copied sheets keep them). */
function workbookOf(...reports: WorkbookSnapshot[]): WorkbookSnapshot {
  return {
    sheets: reports.map((w, i) => ({
      ...(w.sheets[0] as WorkbookSnapshot["sheets"][number]),
      name: `Sheet ${i + 1}`,
      names: w.names.map((n) => ({ name: n.name, ref: n.ref.slice(n.ref.indexOf("!") + 1) })),
    })),
    names: [],
  };
}

const file = (name: string, workbook: WorkbookSnapshot): Source => ({ name, workbook });
const unreadable = (name: string): Source => ({
  name,
  unreadable: { vi: "Tệp .xlsx bị hỏng.", en: "The .xlsx file is damaged." },
  rule: "FILE_UNREADABLE",
});
const notATemplate: Source = {
  name: "ghi-chu.xlsx",
  workbook: {
    sheets: [{ name: "Sheet1", cells: new Map([["A1", { value: "Năm 2023" }]]), names: [] }],
    names: [],
  },
};

test("most files of one year: that year, whatever year the page was on", () => {
  const sources = [
    file("a.xlsx", report(2023)),
    file("b.xlsx", report(2024, UNITS[1])),
    file("c.xlsx", report(2024, UNITS[2])),
  ];
  expect(mostCommonYear(sources, 2023)).toBe(2024);
  expect(mostCommonYear(sources, 2025)).toBe(2024);
});

test("a tie: the year of the file opened first", () => {
  const sources = [
    file("a.xlsx", report(2023)),
    file("b.xlsx", report(2024, UNITS[1])),
    file("c.xlsx", report(2024, UNITS[2])),
    file("d.xlsx", report(2023, UNITS[1])),
  ];
  expect(mostCommonYear(sources, 2024)).toBe(2023);
  expect(mostCommonYear([sources[1], sources[0]] as Source[], 2024)).toBe(2024);
});

test("files without a year are not counted; none with a year: no year chosen", () => {
  const blank = [file("a.xlsx", report(null)), file("b.xlsx", report(null, UNITS[1]))];
  expect(mostCommonYear(blank, 2024)).toBeNull();
  expect(mostCommonYear([...blank, file("c.xlsx", report(2023, UNITS[2]))], 2025)).toBe(2023);
  expect(mostCommonYear([], 2024)).toBeNull();
});

test("an unreadable file or a workbook that is no template among them: the others' year", () => {
  const sources = [
    unreadable("hong.xlsx"),
    notATemplate,
    file("a.xlsx", report(2023)),
    unreadable("hong2.xlsx"),
  ];
  expect(mostCommonYear(sources, 2024)).toBe(2023);
  expect(mostCommonYear([unreadable("hong.xlsx"), notATemplate], 2024)).toBeNull();
});

test("a workbook of several template sheets counts each sheet, as the check reads each as a report", () => {
  const many = file("huyen.xlsx", workbookOf(...UNITS.map((u) => report(2023, u))));
  const sources = [file("a.xlsx", report(2024)), file("b.xlsx", report(2024, UNITS[1])), many];
  expect(checkInbox(sources, 2024).submissions.map((s) => s.submission.year)).toEqual([
    2024, 2024, 2023, 2023, 2023,
  ]);
  expect(mostCommonYear(sources, 2024)).toBe(2023);
});

test("the year chosen is the year the full check reads most, for any year the page was on", () => {
  const sources = [
    unreadable("hong.xlsx"),
    notATemplate,
    file("a.xlsx", report(null)),
    file("b.xlsx", workbookOf(report(2025), report(2023, UNITS[1]))),
    file("c.xlsx", report(2025, UNITS[2])),
    file("d.xlsx", report(2023, UNITS[2])),
  ];
  for (const anyYear of [2023, 2024, 2025]) {
    const counts = new Map<number, number>();
    for (const { submission } of checkInbox(sources, anyYear).submissions)
      if (submission.year !== null) counts.set(submission.year, (counts.get(submission.year) ?? 0) + 1);
    const best = [...counts].reduce<[number, number] | null>(
      (b, e) => (b === null || e[1] > b[1] ? e : b),
      null,
    );
    expect(mostCommonYear(sources, anyYear)).toBe(best?.[0] ?? null);
  }
});

test("choosing the year does not check the files: no rule runs until the page checks them for the year chosen", () => {
  const sources = UNITS.map((u, i) => file(`${u}.xlsx`, report(2024 - (i % 2), u)));
  const checkWorkbook = jest.spyOn(checks, "checkWorkbook");
  try {
    expect(mostCommonYear(sources, 2025)).toBe(2024);
    expect(checkWorkbook).not.toHaveBeenCalled();
    checkInbox(sources, 2024);
    expect(checkWorkbook).toHaveBeenCalledTimes(sources.length);
  } finally {
    checkWorkbook.mockRestore();
  }
});
