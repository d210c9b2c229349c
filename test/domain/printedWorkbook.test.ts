import path from "node:path";
import { parseRange } from "../../src/domain/layout/a1";
import { buildDistrictReport, ROLLUP_SHEETS } from "../../src/domain/report";
import { catalogue, demoSources, rolledUp } from "../support/filled";

// The clerk's inbox, as the files arrive: in folders of the clerk's machine.
const FOLDERS = ["C:\\Users\\van.thu\\Hộp thư\\", "/home/clerk/inbox/2024/"];
const { inbox, sources } = demoSources((f, i) => `${FOLDERS[i % 2]}${f.fileName}`);
const { checked, rollup } = rolledUp(sources);
// Named as the command line on Windows names a file (either separator): the shell knows what a path is.
const sheets = buildDistrictReport(rollup, catalogue, { fileName: (file) => path.win32.basename(file) });
const sheet = (name: string) => sheets.find((s) => s.name === name)!;

test("no sheet of the district workbook names a folder of the clerk's machine; file names stay", () => {
  const texts = sheets.flatMap((s) =>
    s.cells.filter((c) => typeof c.value === "string").map((c) => [s.name, c.ref, c.value as string]),
  );
  const leaks = texts.filter(([, , v]) => FOLDERS.some((f) => v!.includes(f.slice(0, 8))));
  expect(leaks).toEqual([]);
  const named = (file: string, sheet: string) =>
    expect([sheet, texts.some(([n, , v]) => n === sheet && v!.startsWith(file))]).toEqual([sheet, true]);
  named(inbox.files[0]!.fileName, ROLLUP_SHEETS.facts);
  named(inbox.files[0]!.fileName, ROLLUP_SHEETS.submissions);
  named(path.win32.basename(checked.findings[0]!.file), ROLLUP_SHEETS.findings);
});

test("every sheet prints on A4 with the page number in the footer", () => {
  for (const s of sheets)
    expect([s.name, s.print.paper, s.print.footer]).toEqual([s.name, "A4", "Trang &P/&N"]);
});

test("Chi tiết đơn vị prints in blocks that each fit a landscape A4 page with the unit columns repeated", () => {
  const details = sheet(ROLLUP_SHEETS.details);
  const { print } = details;
  expect(print).toMatchObject({ orientation: "landscape", repeatColumns: "$A:$C", repeatRows: "$4:$6" });
  expect(print.fitToWidth).toBe(false);
  const breaks = print.columnBreaks ?? [];
  expect(breaks.length).toBeGreaterThan(2);
  // Each block: the three key columns and its own columns, at the sheet's scale, within 10.79 inches.
  const points = (w: number) => (w * 7 + 5) * 0.75;
  const starts = [4, ...breaks, details.columnWidths.length + 1];
  for (let i = 0; i + 1 < starts.length; i++) {
    const widths = [
      ...details.columnWidths.slice(0, 3),
      ...details.columnWidths.slice(starts[i]! - 1, starts[i + 1]! - 1),
    ];
    expect(starts[i + 1]! - starts[i]!).toBeLessThanOrEqual(13);
    expect((widths.reduce((a, w) => a + points(w), 0) * print.scale!) / 100).toBeLessThanOrEqual(
      (11.69 - 0.9) * 72,
    );
  }
  // No heading band runs across a break: a cut section is headed again, "(tiếp)".
  for (const m of details.merges.map(parseRange).filter((r) => r.top === 4 && r.left > 3))
    for (const b of breaks) expect(b > m.left && b <= m.right).toBe(false);
  expect(details.cells.some((c) => typeof c.value === "string" && c.value.endsWith("(tiếp)"))).toBe(true);
});

test("Dự thảo báo cáo breaks pages only before a heading, and no row is taller than a page", () => {
  const narrative = sheet(ROLLUP_SHEETS.narrative);
  const headings = narrative.cells.filter((c) => c.style === "heading").map((c) => parseRange(c.ref).top);
  expect(headings.length).toBeGreaterThan(5);
  for (const r of narrative.print.rowBreaks ?? []) expect(headings).toContain(r);
  expect(Math.max(...Object.values(narrative.rowHeights))).toBeLessThan(6 * 16 + 1);
});

test("Dữ liệu prints its header row only, with a page header saying how to print it all; no row is hidden", () => {
  const facts = sheet(ROLLUP_SHEETS.facts);
  expect(facts.print.printArea).toBe(`A1:${String.fromCharCode(64 + facts.columnWidths.length)}1`);
  expect(facts.print.header).toContain(`(${rollup.facts.length.toLocaleString("de-DE")} dòng)`);
  expect(facts.cells.filter((c) => c.ref.startsWith("A") && c.ref !== "A1")).toHaveLength(
    rollup.facts.length,
  );
});
