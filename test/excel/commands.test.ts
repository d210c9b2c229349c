import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
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

type CommandEvent = { completed: () => void };

/**
 * Runs src/commands/commands-fallback.js as the function file's first script, in an engine of its
 * own (a fresh realm), with or without String.prototype.replaceAll, against an Office that records
 * what the script asks of it. `dialog` is how displayDialogAsync answers.
 */
function runFallback(engine: "ES2020" | "older", dialog: "opens" | "refused" | "unavailable") {
  const associated = new Map<string, (event: CommandEvent) => void>();
  const dialogUrls: string[] = [];
  const dialogHandlers: (() => void)[] = [];
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogEventReceived: "dialogEventReceived" },
    onReady: (callback: () => void) => callback(),
    actions: {
      associate: (name: string, handler: (event: CommandEvent) => void) => associated.set(name, handler),
    },
    context: {
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          dialogUrls.push(url);
          const addEventHandler = (type: string, handler: () => void) => {
            if (type === "dialogEventReceived") dialogHandlers.push(handler);
          };
          callback(
            dialog === "opens"
              ? { status: "succeeded", value: { addEventHandler } }
              : { status: "failed", error: { code: 12007 } },
          );
        },
      },
    },
  };
  // An Office without the dialog API (DialogApi 1.1) has no displayDialogAsync.
  if (dialog === "unavailable") office.context.ui = {} as typeof office.context.ui;
  const realm = vm.createContext({
    Office: office,
    window: { location: { href: "https://dvcq.example.gov.vn/addin/commands.html?5f0c2e1a" } },
  });
  if (engine === "older") vm.runInContext("delete String.prototype.replaceAll;", realm);
  vm.runInContext(
    readFileSync(path.join(__dirname, "../../src/commands/commands-fallback.js"), "utf8"),
    realm,
  );
  return { associated, dialogUrls, closeDialog: () => dialogHandlers.forEach((h) => h()) };
}

describe("the ribbon's Check sheet button where commands.js cannot run", () => {
  it("opens a dialog saying why, from the add-in's own folder, and completes when the clerk closes it", () => {
    const { associated, dialogUrls, closeDialog } = runFallback("older", "opens");
    const completed = jest.fn();

    associated.get("checkActiveSheet")?.({ completed });

    expect(dialogUrls).toEqual(["https://dvcq.example.gov.vn/addin/command-unsupported.html"]);
    expect(completed).not.toHaveBeenCalled();
    closeDialog();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["Office refuses to open the dialog", "refused"],
    ["this Office has no dialogs", "unavailable"],
  ] as const)("completes at once when %s", (_what, dialog) => {
    const { associated, dialogUrls } = runFallback("older", dialog);
    const completed = jest.fn();

    associated.get("checkActiveSheet")?.({ completed });

    expect(completed).toHaveBeenCalledTimes(1);
    expect(dialogUrls).toHaveLength(dialog === "refused" ? 1 : 0);
  });

  it("leaves the button to commands.js on an engine that runs it", () => {
    expect(runFallback("ES2020", "opens").associated.size).toBe(0);
  });
});
