import { createExcelActions } from "../../src/excel/templateActions";
import { FakeExcel } from "../support/fakeExcel";
import { tenMistakesFigures } from "../support/fixtures";
import { filledXuanHoa, placeSheet } from "./workbooks";

type Handler = (event: { completed: () => void }) => Promise<void>;

/** Loads commands.ts as Office loads the FunctionFile, and returns what it registered. */
async function loadCommands(): Promise<Map<string, Handler>> {
  const registered = new Map<string, Handler>();
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  office["onReady"] = (callback: () => void) => {
    callback();
    return Promise.resolve({ host: "Excel", platform: "PC" });
  };
  office["actions"] = { associate: (id: string, handler: Handler) => registered.set(id, handler) };
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  return registered;
}

describe("the ribbon's Check sheet button", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("checks and marks the active sheet without the pane, selects the first error, and completes", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const plan = filledXuanHoa(figures, evidence).plan;
    const sheet = await placeSheet(fake, plan);
    const check = await createExcelActions().checkSheets({ scope: "activeSheet", mark: false });
    const firstError =
      check.status === "checked" ? check.findings.find((f) => f.severity === "error") : undefined;
    const completed = jest.fn();

    const handler = (await loadCommands()).get("checkActiveSheet") as Handler;
    await handler({ completed });

    expect(completed).toHaveBeenCalledTimes(1);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula?.startsWith('=N("DVCQ-mark'))).toHaveLength(10);
    expect(fake.activeSheetName).toBe(plan.name);
    expect(sheet.selection).toBe(firstError?.cell);
  });

  it("completes without throwing where it cannot check", async () => {
    const completed = jest.fn();
    const handler = (await loadCommands()).get("checkActiveSheet") as Handler;

    await expect(handler({ completed })).resolves.toBeUndefined();
    fake.uninstall();
    await expect(handler({ completed })).resolves.toBeUndefined();

    expect(completed).toHaveBeenCalledTimes(2);
    expect(fake.sheet("Sheet1").conditionalFormats).toEqual([]);
  });
});
