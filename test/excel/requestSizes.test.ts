import { tenMistakesFigures } from "../support/fixtures";
import { measure, type MeasuredAction } from "../support/excelMeasures";
import { FakeExcel } from "../support/fakeExcel";
import { OfficeWire } from "../support/officeWire";
import { detectSupport } from "../../src/excel/features";
import { recordedBytes, REQUEST_OVERHEAD_BYTES } from "../../src/excel/requestSize";
import { queueSheetPlan } from "../../src/excel/writePlan";
import { filledXuanHoa } from "./workbooks";

/** Under 4 MB as Office.js serialises it: a margin under Excel on the web's 5 MB. */
const BUDGET = 4_000_000;

/**
 * Syncs behind the real client (Excel.run's background release of kept ranges not counted): one
 * to list, one per 100 sheets read (80 with marks), and for marks one per ~3.8 MB of marks. The
 * 150-sheet re-check is 1,500 marks over 1,500 old ones, 5,242,128 bytes in one request before.
 * A roll-up lists, reads its sheets 100 a sync, writes in requests of 3.8 MB and swaps the new
 * sheets in; at 300 units its largest request was 4,064,583 bytes before the writes were sized by
 * the recorder; the findings sheet "Kết quả kiểm tra" made it one write request more at 300 units.
 */
const CASES: [MeasuredAction, number, number][] = [
  ["placeTemplate", 15, 2],
  ["checkAll", 15, 2],
  ["checkAllMarks", 15, 4],
  ["rollup", 15, 4],
  ["placeTemplate", 100, 2],
  ["checkAll", 100, 3],
  ["rollup", 100, 4],
  ["checkAllMarks", 150, 6],
  ["rollup", 300, 9],
];

describe("every request as Microsoft's Office.js client serialises it", () => {
  it.each(CASES)(
    "%s on %i unit sheets: under 4 MB each way, in %i syncs",
    async (action, sheets, syncs) => {
      const got = await measure(action, sheets);
      expect(got.maxRequestBytes).toBeLessThan(BUDGET);
      expect(got.maxResponseBytes).toBeLessThan(BUDGET);
      expect(got.syncs).toBe(syncs);
    },
    120_000,
  );
});

describe("the request size the add-in counts before it syncs (requestSize.ts)", () => {
  const { figures, evidence } = tenMistakesFigures();
  const plan = filledXuanHoa(figures, evidence).plan;
  const rows = 3000;
  const commands: [string, (sheet: Excel.Worksheet, fake: FakeExcel) => void][] = [
    [
      "a commune's template",
      (sheet, fake) =>
        queueSheetPlan(sheet, plan, {
          nameScope: "sheet",
          features: detectSupport((s, v) => fake.isSetSupported(s, v)).features,
        }),
    ],
    [
      "24,000 cells of text and their formats (sent in chunks of rows)",
      (sheet) => {
        const range = sheet.getRange(`A1:H${rows}`);
        range.numberFormat = Array.from({ length: rows }, () => Array<string>(8).fill("@"));
        range.values = Array.from({ length: rows }, (_, i) => Array<string>(8).fill(`Xã Hòa ${i}`));
      },
    ],
    [
      "one mark",
      (sheet) => {
        const format = sheet.getRange("D27").conditionalFormats.add("Custom");
        format.stopIfTrue = true;
        format.custom.rule.formula = '=N("DVCQ-mark:error")=0';
        format.custom.format.fill.color = "#FF7C80";
        const border = format.custom.format.borders.getItem("EdgeTop");
        border.style = "Continuous";
        border.color = "#C00000";
      },
    ],
    [
      "two cells",
      (sheet) => {
        sheet.getRange("A1:B1").values = [[1, "hai"]];
      },
    ],
  ];

  it.each(commands)(
    "%s: never under what Office.js sends, at most 15%% (or 600 bytes) over",
    async (_name, queue) => {
      const fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
      const wire = new OfficeWire(fake);
      wire.install();
      try {
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          queue(sheet, fake);
          await context.sync();
        });
      } finally {
        wire.uninstall();
      }
      const [sent] = wire.syncs;
      const counted = REQUEST_OVERHEAD_BYTES + recordedBytes((sheet: Excel.Worksheet) => queue(sheet, fake));
      expect(sent?.error).toBeNull();
      expect(counted).toBeGreaterThanOrEqual(sent?.bytes ?? Infinity);
      expect(counted).toBeLessThanOrEqual(Math.max(1.15 * (sent?.bytes ?? 0), (sent?.bytes ?? 0) + 600));
    },
  );
});
