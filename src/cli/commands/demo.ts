import { existsSync } from "node:fs";
import path from "node:path";
import { checkSources } from "../../domain/check/batch";
import { buildFeedback } from "../../domain/letters";
import { demoInbox } from "../../domain/demo/inbox";
import { fillPlan } from "../../domain/layout/filled";
import { buildTemplatePlan } from "../../domain/layout/template";
import { writeWorkbook } from "../../files/writeXlsx";
import {
  commitOutputs,
  EXIT,
  outputFolder,
  referenceData,
  resolved,
  stageOutput,
  type Context,
} from "../context";
import { M } from "../messages";
import { readSources, type InputEntry } from "../inputs";
import { stageFeedback } from "../feedback";
import {
  DEMO_FILES,
  fileNameOnly,
  readsAs,
  refuseDemoFolder,
  refuseOverwritingTemplates,
  type Output,
} from "../outputs";
import { identityOf } from "../paths";
import { findingsAsJson, findingsAsText } from "../report";
import { stageRollup } from "./rollup";
import { stageTemplates, submissionFileName, templatesWritten } from "./template";
import { unitsOfYear } from "../years";

const DEMO_YEAR = 2024;
const REPORT_NAME = `DVCQ_${DEMO_YEAR}_TongHop.xlsx`;

/**
 * The whole chain on a made-up inbox: templates, the units' filled reports, their check and the
 * district report, all written into place together at the end.
 */
export async function demoCommand(ctx: Context): Promise<number> {
  const shown = ctx.args.values.get("out") ?? "demo-out";
  const dir = resolved(ctx, shown);
  await refuseDemoFolder(ctx, dir, shown, REPORT_NAME);
  ctx.io.stderr(ctx.say(M.demoStart(DEMO_YEAR)));
  const { catalogue, registry } = await referenceData(ctx, DEMO_YEAR);

  const units = unitsOfYear(ctx, catalogue, registry, DEMO_YEAR);
  const templates = path.join(dir, "templates");
  const templateFiles = units.map((unit) => ({
    unit,
    path: path.join(templates, submissionFileName(DEMO_YEAR, unit.code)),
  }));
  // Blank as the demo wrote them, an earlier demo's templates are replaced, never one filled in since.
  await refuseOverwritingTemplates(
    ctx,
    templateFiles.map((t) => ({ shown: t.path, path: t.path })),
    path.join(shown, "templates"),
    { catalogue, registry },
    true,
  );
  await stageTemplates(ctx, catalogue, DEMO_YEAR, templates, templateFiles);

  const inbox = demoInbox(catalogue, registry, DEMO_YEAR);
  const inboxDir = path.join(dir, "inbox");
  await outputFolder(ctx, inboxDir);
  // The inbox is read back from its temporaries, under the names it will have.
  const entries: InputEntry[] = [];
  for (const file of inbox.files) {
    const target = path.join(inboxDir, file.fileName);
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, DEMO_YEAR), {
      figures: file.figures,
      evidence: file.evidence,
    });
    ctx.outputs.lookedAt(target);
    const temp = await stageOutput(ctx, target, await writeWorkbook([{ plan, nameScope: "workbook" }]));
    // An earlier demo's report is replaced only as the demo made it: one a clerk changed is theirs.
    if (existsSync(target) && !(await readsAs(target, temp))) ctx.fail(M.demoFileChanged(target));
    entries.push({ kind: "file", file: { shown: target, path: temp, identity: identityOf(temp) } });
  }

  const checked = checkSources(await readSources(ctx, entries, catalogue), catalogue, registry, {
    expectedYear: DEMO_YEAR,
  });
  const checkFile = path.join(dir, DEMO_FILES.check);
  await stageOutput(ctx, checkFile, `${findingsAsJson(checked.findings, ctx.lang)}\n`);
  const outputs: Output[] = [
    { option: "--out", shown: REPORT_NAME, path: path.join(dir, REPORT_NAME), kind: "report" },
    {
      option: "--json",
      shown: DEMO_FILES.summary,
      path: path.join(dir, DEMO_FILES.summary),
      kind: "summary",
    },
  ];
  const rolled = await stageRollup(ctx, catalogue, registry, DEMO_YEAR, checked, outputs);
  const feedback = await stageFeedback(
    ctx,
    { shown: path.join(shown, DEMO_FILES.feedback), path: path.join(dir, DEMO_FILES.feedback) },
    buildFeedback(rolled.rollup, checked.findings, catalogue, { fileName: fileNameOnly }),
    DEMO_YEAR,
    { entries, outputs, reference: { catalogue, registry } },
  );
  await commitOutputs(ctx);

  ctx.io.stderr(templatesWritten(ctx, registry, units, DEMO_YEAR, templates));
  ctx.io.stderr(
    ctx.say(M.demoInbox(inbox.files.length, inboxDir, inbox.missing.map((u) => u.name).join(", "))),
  );
  ctx.io.stdout(findingsAsText(checked, ctx.lang));
  for (const line of [...rolled.lines, ...feedback]) ctx.io.stderr(line);
  ctx.io.stderr(ctx.say(M.demoNext(checkFile)));
  return EXIT.done;
}
