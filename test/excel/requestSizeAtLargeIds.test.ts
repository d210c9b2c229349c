import { tenMistakesFigures } from "../support/fixtures";
import { FakeExcel } from "../support/fakeExcel";
import { OFFICE_JS_VERSION, OfficeWire } from "../support/officeWire";
import { detectSupport } from "../../src/excel/features";
import { recordedBytes, REQUEST_OVERHEAD_BYTES } from "../../src/excel/requestSize";
import { queueSheetPlan } from "../../src/excel/writePlan";
import { filledXuanHoa } from "./workbooks";

/**
 * Late in a long Excel.run (100 imported sheets) every id in a request has six digits, where
 * requestSizes.test.ts's requests, the first of their run, have two or three. The count must hold
 * there too: never under, at most 15% over. The run's first id is set through the request
 * context's private counter (`m_nextId`, Office.js OFFICE_JS_VERSION).
 */
const SIX_DIGIT_IDS = 500_000;

const { figures, evidence } = tenMistakesFigures();
const plan = filledXuanHoa(figures, evidence).plan;

const commands: [string, (sheet: Excel.Worksheet, fake: FakeExcel) => void][] = [
  [
    "a commune's template (its ranges untracked, names given ranges)",
    (sheet, fake) =>
      queueSheetPlan(sheet, plan, {
        nameScope: "sheet",
        features: detectSupport((s, v) => fake.isSetSupported(s, v)).features,
      }),
  ],
  [
    "ten conditional formats",
    (sheet) => {
      for (let i = 1; i <= 10; i++) {
        const format = sheet.getRange(`D${i}`).conditionalFormats.add("Custom");
        format.custom.rule.formula = `=D${i}<0`;
        format.custom.format.fill.color = "#FF7C80";
        format.custom.format.font.color = "#C00000";
      }
    },
  ],
  [
    "ten names on ranges used nowhere else",
    (sheet) => {
      for (let i = 1; i <= 10; i++) sheet.names.add(`DVCQ_N${i}`, sheet.getRange(`D${i}`));
    },
  ],
];

describe(`the request size counted before a sync, at ids of six digits (Office.js ${OFFICE_JS_VERSION})`, () => {
  it.each(commands)("%s: never under what Office.js sends, at most 15%% over", async (_name, queue) => {
    const fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    const wire = new OfficeWire(fake);
    wire.install();
    try {
      await Excel.run(async (context) => {
        (context as unknown as { m_nextId: number }).m_nextId = SIX_DIGIT_IDS;
        queue(context.workbook.worksheets.getItem("Sheet1"), fake);
        await context.sync();
      });
    } finally {
      wire.uninstall();
    }
    const [sent] = wire.syncs;
    expect(sent?.error).toBeNull();
    const ids = (sent?.body.Actions ?? []).map((a) => a.Id).filter((id) => id >= SIX_DIGIT_IDS);
    expect(ids.length).toBeGreaterThan(0.9 * (sent?.body.Actions.length ?? 0));
    const counted = REQUEST_OVERHEAD_BYTES + recordedBytes((sheet: Excel.Worksheet) => queue(sheet, fake));
    expect(counted).toBeGreaterThanOrEqual(sent?.bytes ?? Infinity);
    expect(counted).toBeLessThanOrEqual(1.15 * (sent?.bytes ?? 0));
  });
});
