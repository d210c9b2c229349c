import { FakeExcel } from "./index";

/**
 * For a room's contract test: a fake Excel (ExcelApi 1.8, one sheet "Sheet1") installed as the
 * global `Excel` and `Office` before each test and removed after it. Call inside `describe`.
 */
export function installedFakeForEachTest(): () => FakeExcel {
  let fake: FakeExcel | undefined;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake?.uninstall());
  return () => {
    if (fake === undefined) throw new Error("The fake is installed only while a test runs.");
    return fake;
  };
}
