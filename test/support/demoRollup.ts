import { checkSources, type Source } from "../../src/domain/check/batch";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { rollUp } from "../../src/domain/rollup/rollup";
import { catalogue, planSnapshot, registry } from "./filled";

export const DEMO_YEAR = 2024;

/** The demo inbox, checked and rolled up in memory, its files under a clerk's local folder. */
export function demoRollup() {
  const inbox = demoInbox(catalogue, registry, DEMO_YEAR);
  const sources: Source[] = inbox.files.map((f) => ({
    name: `/home/clerk/Thư đến/${f.fileName}`,
    workbook: planSnapshot(
      fillPlan(buildTemplatePlan(catalogue, f.unit, DEMO_YEAR), { figures: f.figures, evidence: f.evidence }),
    ),
  }));
  const checked = checkSources(sources, catalogue, registry, { expectedYear: DEMO_YEAR });
  const rollup = rollUp(catalogue, registry, DEMO_YEAR, checked.submissions, checked.findings);
  return { inbox, checked, rollup };
}
