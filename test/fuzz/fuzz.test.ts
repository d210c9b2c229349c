/**
 * Seeded fuzzing of the reader and everything after it: valid templates mutated (cell values and
 * types, defined names, zip entries, XML bytes; test/fuzz/mutate.cjs) and read, checked and
 * rolled up. Every outcome must be findings, the same whether fflate or Node's zlib inflates the
 * file and whether the lean scanner or saxes parses it: no exception, no run over its time, no
 * memory past the bound. `node scripts/fuzz.mjs --runs N --seed S` runs the same for longer.
 */
import { checkSources, type SourcedFinding } from "../../src/domain/check/batch";
import { buildDistrictReport } from "../../src/domain/report";
import { rollUp } from "../../src/domain/rollup/rollup";
import { isDeepStrictEqual } from "node:util";
import { readWorkbookSnapshot, sourceFromRead, type SnapshotRead } from "../../src/files/readXlsx";
import { lendZlib } from "../../src/files/hostZlib";
import { nodeZlib } from "../../src/cli/nodeZlib";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { fillPlan } from "../../src/domain/layout/filled";
import { layoutOf } from "../corpus/cases";
import { vietnameseSentenceProblem } from "../corpus/sentence";
import { catalogue, registry } from "../support/filled";
import {
  CLEAN_EVIDENCE,
  CLEAN_FIGURES,
  FIXTURE_CREATED,
  FIXTURE_YEAR,
  fillTemplate,
  readFixture,
} from "../support/fixtures";
import { READ_LIMITS } from "../../src/files/readLimits";
import { mutant } from "./mutate.cjs";
import { say } from "../../src/domain/i18n/say";

const RUNS = Number(process.env.DVCQ_FUZZ_RUNS ?? 150);
const FIRST_SEED = Number(process.env.DVCQ_FUZZ_SEED ?? 1);
/**
 * A run is one file read, checked, rolled up and laid out as the district report. These bounds
 * catch a hang or memory without bound (a run past the reader's own time limit; a heap near the
 * gigabytes an unlimited bomb takes), not speed, which `npm run bench` measures: under the parallel
 * test run the heap of 150 runs was seen at 707 MB.
 */
const RUN_BUDGET_MS = READ_LIMITS.milliseconds;
const HEAP_BUDGET_MB = 1024;

const cleanEvidence = Object.fromEntries(
  Object.entries(CLEAN_EVIDENCE).filter((e): e is [string, string] => e[1] !== null),
);
const FILE_RULES = new Set(["FILE_UNREADABLE", "FILE_TOO_LARGE", "FILE_UNSAFE"]);

function findingProblem(f: SourcedFinding): string | null {
  if (typeof f.rule !== "string" || f.rule === "") return `rule ${String(f.rule)}`;
  if (f.severity !== "error" && f.severity !== "warning") return `${f.rule}: severity ${String(f.severity)}`;
  if (f.cell !== null && !/^[A-Z]{1,3}\d+$/.test(f.cell)) return `${f.rule}: cell ${f.cell}`;
  const vi = vietnameseSentenceProblem(say(f.message, "vi"));
  if (vi !== null) return `${f.rule}: ${vi}`;
  if (say(f.message, "en").trim() === "") return `${f.rule}: no English message`;
  return null;
}

/** What went wrong with one mutant, or null: the outcome was findings. Counts the mutants still read as workbooks. */
async function outcomeProblem(
  bytes: Uint8Array,
  tally: { read: number; unread: number },
): Promise<string | null> {
  const read = await readWorkbookSnapshot(bytes);
  tally[read.ok ? "read" : "unread"]++;
  lendZlib(nodeZlib);
  const readByNode = await readWorkbookSnapshot(bytes).finally(() => lendZlib(undefined));
  // What the clerk sees (the developer's detail names the inflater's own error).
  const seen = ({ detail: _, ...r }: SnapshotRead & { detail?: string }): unknown => r;
  if (!isDeepStrictEqual(seen(readByNode), seen(read))) return "read otherwise with Node's zlib";
  const readBySaxes = await readWorkbookSnapshot(bytes, { saxesOnly: true });
  if (!isDeepStrictEqual(seen(readBySaxes), seen(read))) return "read otherwise by saxes alone";
  const checked = checkSources([sourceFromRead("mutant.xlsx", read)], catalogue, registry, {
    expectedYear: FIXTURE_YEAR,
  });
  if (!read.ok && !checked.findings.every((f) => FILE_RULES.has(f.rule)))
    return "an unread file with other findings";
  const problems = checked.findings.map(findingProblem).filter((p) => p !== null);
  if (problems.length > 0) return problems.join("; ");
  const rollup = rollUp(catalogue, registry, FIXTURE_YEAR, checked.submissions, checked.findings);
  buildDistrictReport(rollup, catalogue);
  return null;
}

test(`${RUNS} mutants of valid templates each end as findings, in time and memory`, async () => {
  const bases = [
    readFixture("template-clean.xlsx"),
    readFixture("template-ten-mistakes.xlsx"),
    readFixture("libreoffice-resaved.xlsx"),
    // An agency's template: fewer rows, so the clean commune figures it has no place for are left out.
    await writeWorkbook(
      [
        {
          plan: fillPlan(layoutOf("CQ-NOI-VU"), { figures: CLEAN_FIGURES, evidence: cleanEvidence }),
          nameScope: "workbook",
        },
      ],
      { created: FIXTURE_CREATED },
    ),
    await writeWorkbook(
      ["XA-XUAN-HOA", "XA-XUAN-BAC"].map((code) => ({
        plan: fillTemplate(layoutOf(code), CLEAN_FIGURES, CLEAN_EVIDENCE).plan,
        nameScope: "sheet" as const,
      })),
      { created: FIXTURE_CREATED },
    ),
  ];
  const failures: string[] = [];
  let slowest = 0;
  // Growth over what this worker already held: jest runs other files in the same process before this one.
  const heapAtStartMb = process.memoryUsage().heapUsed / 2 ** 20;
  let peakHeapMb = 0;
  const tally = { read: 0, unread: 0 };
  for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
    const base = bases[seed % bases.length] as Uint8Array;
    const { bytes, what } = await mutant(base, seed);
    const started = Date.now();
    let problem: string | null;
    try {
      problem = await outcomeProblem(bytes, tally);
    } catch (e) {
      problem = `threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    }
    const ms = Date.now() - started;
    slowest = Math.max(slowest, ms);
    if (ms > RUN_BUDGET_MS) problem = `${problem ?? ""} took ${ms} ms`;
    peakHeapMb = Math.max(peakHeapMb, process.memoryUsage().heapUsed / 2 ** 20 - heapAtStartMb);
    if (problem !== null) failures.push(`seed ${seed} (base ${seed % bases.length}; ${what}): ${problem}`);
  }
  expect(failures).toEqual([]);
  // Both kinds of outcome are exercised: mutants the reader refuses, and mutants read and checked.
  expect(Math.min(tally.read, tally.unread)).toBeGreaterThan(RUNS / 10);
  expect(slowest).toBeLessThan(RUN_BUDGET_MS);
  expect(peakHeapMb).toBeLessThan(HEAP_BUDGET_MB);
}, 120_000);
