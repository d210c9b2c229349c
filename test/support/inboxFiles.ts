import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Catalogue } from "../../src/domain/catalogue/types";
import type { DemoFile } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { writeWorkbook } from "../../src/files/writeXlsx";

/** A demo inbox's reports as the files units send: each filled template written under its name in `folder`. */
export async function writeInboxFiles(
  folder: string,
  files: readonly DemoFile[],
  catalogue: Catalogue,
  year: number,
): Promise<void> {
  for (const file of files) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, year), {
      figures: file.figures,
      evidence: file.evidence,
    });
    await writeFile(path.join(folder, file.fileName), await writeWorkbook([{ plan, nameScope: "workbook" }]));
  }
}
