/**
 * Every corpus case (test/corpus/cases.ts) read from disk and checked beside a good report, as the
 * command line does: the case gets exactly its findings, each a Vietnamese sentence; a readable
 * case still reads every clean figure; the read is the same whether fflate or Node's zlib inflates
 * it and whether the lean scanner or saxes parses it; the good report's findings and roll-up are
 * as when it is alone; neither file's bytes change; no file takes longer than 5 s.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkSources, type BatchCheck, type Source } from "../../src/domain/check/batch";
import { rollUp, type Rollup } from "../../src/domain/rollup/rollup";
import { readWorkbookSnapshot, sourceFromRead } from "../../src/files/readXlsx";
import { lendZlib, type HostZlib } from "../../src/files/hostZlib";
import { nodeZlib } from "../../src/cli/nodeZlib";
import { catalogue, registry } from "../support/filled";
import { CLEAN_EVIDENCE, CLEAN_FIGURES, FIXTURE_YEAR } from "../support/fixtures";
import { CORPUS, template, type CorpusCase, type ExpectedFinding } from "./cases";
import { READ_LIMITS } from "../../src/files/readLimits";
import { vietnameseSentenceProblem } from "./sentence";
import { say } from "../../src/domain/i18n/say";

const GOOD_UNIT = "XA-SUOI-CAT";
const GOOD_FILE = `DVCQ_2024_${GOOD_UNIT}.xlsx`;
/** A read past the reader's own time limit is a hang the limit missed; speed itself is `npm run bench`'s. */
const READ_BUDGET_MS = READ_LIMITS.milliseconds;

let dir: string;
let goodAlone: BatchCheck;
let goodRollup: Rollup;

const sha256 = async (file: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

/**
 * The file as the batch check takes it: inflated by fflate as in a browser, or by Node's zlib as
 * the command line reads; scanned lean (saxes where that gives up), or by saxes alone.
 */
async function sourceOf(file: string, zlib?: HostZlib, saxesOnly = false): Promise<Source> {
  lendZlib(zlib);
  try {
    return sourceFromRead(
      path.basename(file),
      await readWorkbookSnapshot(new Uint8Array(await readFile(file)), { saxesOnly }),
    );
  } finally {
    lendZlib(undefined);
  }
}

const rollupOf = (batch: BatchCheck): Rollup =>
  rollUp(catalogue, registry, FIXTURE_YEAR, batch.submissions, batch.findings);

/** What the roll-up says of one unit: its status and its facts. */
function unitInRollup(rollup: Rollup, code: string): unknown {
  return {
    status: rollup.units.find((u) => u.unit.code === code),
    facts: rollup.facts.filter((f) => f.unitCode === code),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-corpus-"));
  await writeFile(path.join(dir, GOOD_FILE), await template(CLEAN_FIGURES, CLEAN_EVIDENCE, GOOD_UNIT));
  goodAlone = checkSources([await sourceOf(path.join(dir, GOOD_FILE))], catalogue, registry, {
    expectedYear: FIXTURE_YEAR,
  });
  goodRollup = rollupOf(goodAlone);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("the good report beside every case is clean on its own", () => {
  expect(goodAlone.findings).toEqual([]);
  expect(goodAlone.submissions.map((s) => s.submission.unit?.code)).toEqual([GOOD_UNIT]);
});

test("the corpus has at least 40 cases with distinct ids and file names, in every category", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  expect(new Set(CORPUS.map((c) => c.fileName)).size).toBe(CORPUS.length);
  expect(new Set(CORPUS.map((c) => c.category))).toEqual(
    new Set(["container", "resource", "legitimate", "values"]),
  );
});

const byPlace = (a: ExpectedFinding, b: ExpectedFinding): number =>
  `${a.cell ?? ""}|${a.rule}`.localeCompare(`${b.cell ?? ""}|${b.rule}`);

test.each(CORPUS.map((c) => [c.category, c.id, c] as const))(
  "%s › %s",
  async (_category, _id, c: CorpusCase) => {
    const file = path.join(dir, c.fileName);
    await writeFile(file, await c.make());
    const hashes = [await sha256(path.join(dir, GOOD_FILE)), await sha256(file)];

    const started = performance.now();
    const caseSource = await sourceOf(file);
    const ms = performance.now() - started;
    // The command line, inflating with Node's zlib, reads it the same; so does saxes alone.
    expect(await sourceOf(file, nodeZlib)).toEqual(caseSource);
    expect(await sourceOf(file, undefined, true)).toEqual(caseSource);
    const batch = checkSources([await sourceOf(path.join(dir, GOOD_FILE)), caseSource], catalogue, registry, {
      expectedYear: FIXTURE_YEAR,
    });
    const [good, mine] = batch.bySource;
    if (good === undefined || mine === undefined) throw new Error("two sources in, two out");

    // The case's own findings, and nothing else.
    const shape = mine.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell }));
    expect(shape.sort(byPlace)).toEqual(
      c.findings.map(({ rule, severity, cell }) => ({ rule, severity, cell })).sort(byPlace),
    );
    for (const f of mine.findings) {
      expect(f.file).toBe(c.fileName);
      expect(vietnameseSentenceProblem(say(f.message, "vi"))).toBeNull();
    }
    for (const { rule, cell, says } of c.findings) {
      const messages = mine.findings
        .filter((f) => f.rule === rule && f.cell === cell)
        .map((f) => say(f.message, "vi"));
      if (says) expect(messages).toContainEqual(expect.stringMatching(says));
    }

    // What a readable file was understood to hold: every clean figure, except those the case changed.
    const unreadable = "unreadable" in caseSource;
    expect(mine.submissions.map((s) => s.unit?.code)).toEqual(unreadable ? [] : (c.units ?? ["XA-XUAN-HOA"]));
    for (const submission of mine.submissions) {
      const read = Object.fromEntries(
        Object.keys(CLEAN_FIGURES).map((code) => [code, submission.figures.get(code)?.value]),
      );
      expect(read).toEqual({ ...CLEAN_FIGURES, ...c.understood });
    }

    // The good report is untouched by its neighbour, and so is its place in the roll-up.
    expect(good).toEqual(goodAlone.bySource[0]);
    const rollup = rollupOf(batch);
    expect(unitInRollup(rollup, GOOD_UNIT)).toEqual(unitInRollup(goodRollup, GOOD_UNIT));
    if (unreadable) expect(rollup.indicators).toEqual(goodRollup.indicators);

    // Sources are read-only to us; no file costs more than the budget.
    expect([await sha256(path.join(dir, GOOD_FILE)), await sha256(file)]).toEqual(hashes);
    expect(ms).toBeLessThan(READ_BUDGET_MS);
  },
);
