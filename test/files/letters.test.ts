/**
 * The letters to units as files: A4 portrait, the text as text, and printed by LibreOffice each
 * on one page. Needs LibreOffice and poppler-utils; fails, never skips, without them.
 */
import { buildFeedback, reminderPlan } from "../../src/domain/letters";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { demoRollup } from "../support/demoRollup";
import { catalogue } from "../support/filled";
import { assertLibreOffice, pdfText, toPdf } from "../support/libreoffice";
import { validateXlsx } from "../support/ooxml";
import { readWorkbook } from "../support/xlsx";

jest.setTimeout(180_000);

const { checked, rollup } = demoRollup();
const letters = buildFeedback(rollup, checked.findings, catalogue);
// The unit with most to fix, its findings eight times over: the longest phiếu.
const longest = [...letters].sort((a, b) => b.items.length - a.items.length)[0]!;
const status = rollup.units.find((u) => u.unit.code === longest.unit.code)!;
const own = checked.findings.filter((f) => f.file === status.kept!.file);
const [long] = buildFeedback(
  { ...rollup, units: [status] },
  Array.from({ length: 8 }, () => own).flat(),
  catalogue,
);
const reminder = reminderPlan(rollup, catalogue);

test("a phiếu written and read back: one sheet, A4 portrait one page wide, its cells text as written", async () => {
  const bytes = await writeWorkbook([{ plan: longest.plan, nameScope: "workbook" }]);
  expect(await validateXlsx(bytes)).toEqual([]);
  const book = await readWorkbook(bytes);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Phiếu phản hồi"]);
  expect(book.worksheets[0]!.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
  });
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  const cells = read.workbook.sheets[0]!.cells;
  expect(cells.get("A6")?.value).toBe("PHIẾU PHẢN HỒI");
  expect(cells.get("A9")?.value).toBe(`Kính gửi: ${longest.unit.name}.`);
  // "- Như trên;" stays text, never a formula.
  const footer = [...cells.values()].filter((c) => c.value === "- Như trên;");
  expect(footer).toHaveLength(1);
  expect(footer[0]!.formula).toBeUndefined();
});

test("LibreOffice prints the longest phiếu, a cut one and the reminder each on one A4 page", async () => {
  assertLibreOffice();
  expect(long!.items.length).toBe(8 * longest.items.length);
  const pdf = await toPdf(
    await writeWorkbook(
      [longest.plan, { ...long!.plan, name: "Dài" }, reminder].map((plan) => ({
        plan,
        nameScope: "workbook",
      })),
    ),
  );
  const pages = pdfText(pdf)
    .split("\f")
    .filter((p) => p.trim() !== "");
  expect(pages).toHaveLength(3);
  const words = (page: string) => page.replace(/\s+/g, " ");
  expect(words(pages[0]!)).toContain("PHIẾU PHẢN HỒI");
  expect(words(pages[0]!)).toContain("TRƯỞNG PHÒNG");
  expect(words(pages[1]!)).toMatch(/Còn \d+ nội dung khác/);
  expect(words(pages[1]!)).toContain("TRƯỞNG PHÒNG");
  expect(words(pages[2]!)).toContain("V/v đôn đốc gửi báo cáo");
  expect(words(pages[2]!)).toContain("Lưu: VT, NV.");
});
