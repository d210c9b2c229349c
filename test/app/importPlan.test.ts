import {
  assess,
  combine,
  INSERT_LIMIT_CHARS,
  logEntries,
  planWrites,
  reconcile,
  writePasses,
  type Assessment,
  type Candidate,
  type Existing,
  type FileOutcome,
  type PlanSetting,
  type Write,
  type WriteResult,
} from "../../src/app/importPlan";
import type { DuplicateConflict, ImportFile } from "../../src/app/paneHost";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import type { Finding } from "../../src/domain/check/finding";
import { say } from "../../src/domain/i18n/say";
import { indicatorName } from "../../src/domain/layout/template";
import type { Submission } from "../../src/domain/read/submission";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { catalogueTemplates } from "../../src/excel/templateSource";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { filledXuanHoa } from "../excel/workbooks";
import { CLEAN_EVIDENCE, CLEAN_FIGURES, readFixture } from "../support/fixtures";

/** The plan of an import, with no workbook host: files, a workbook given as data, answers given as functions. */

const SHEET = "XA-XUAN-HOA 2024";
const CLEAN = "template-clean.xlsx";
const MISTAKES = "template-ten-mistakes.xlsx";

function setting(canInsert: boolean): PlanSetting {
  return {
    catalogue: loadBuiltinCatalogue(),
    registry: loadBuiltinRegistry(),
    templates: catalogueTemplates(),
    canInsert,
  };
}

async function assessed(slot: number, name: string, canInsert = false): Promise<Assessment> {
  const file: ImportFile = { name, bytes: readFixture(name) };
  return assess(slot, file, await readWorkbookSnapshot(file.bytes), setting(canInsert));
}

async function candidate(slot: number, name: string): Promise<Candidate> {
  const a = await assessed(slot, name);
  if (!("candidate" in a)) throw new Error(`${name} is not a candidate`);
  return a.candidate;
}

const nothingAsked = (): Promise<never> => Promise.reject(new Error("nothing is to be asked"));

/** The workbook holds the unit's sheet (id "{old}"), as the checker read it from the clean file. */
async function holdingClean(): Promise<Existing> {
  const clean = await candidate(0, CLEAN);
  return {
    sheets: [
      { id: "{sheet1}", name: "Sheet1" },
      { id: "{old}", name: SHEET },
    ],
    templates: new Map<string, Submission | null>([[SHEET.toUpperCase(), clean.submission]]),
  };
}

describe("assess", () => {
  it("rejects a file that cannot be read, with the reader's rule and words", async () => {
    const a = await assessed(0, "password.xlsx");
    expect("outcome" in a && a.outcome.result).toMatchObject({
      file: "password.xlsx",
      decision: "rejected",
      sheet: null,
      unitCode: null,
      findings: [expect.objectContaining({ rule: "FILE_UNREADABLE", severity: "error" })],
    });
  });

  it("makes a readable report a candidate for its unit's sheet, with the DVCQ names its sheet holds", async () => {
    const c = await candidate(3, CLEAN);
    const plan = filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan;
    const at = (code: string): string =>
      (plan.names.find((n) => n.name === indicatorName(code))?.ref ?? "").replace(/\$/g, "");

    expect(c).toMatchObject({ slot: 3, target: SHEET, year: 2024, unit: { code: "XA-XUAN-HOA" } });
    expect(c.names).toEqual(expect.arrayContaining([{ name: indicatorName("6.20"), address: at("6.20") }]));
    expect(c.names.every((n) => n.name.startsWith("DVCQ_"))).toBe(true);
    expect(new Set(c.names.map((n) => n.name)).size).toBe(c.names.length);
  });
});

describe("planWrites", () => {
  it("writes a new unit's sheet without asking; by insertion up to the base64 limit, by the template above", async () => {
    const c = await candidate(0, CLEAN);
    const sized = (slot: number, bytes: number): Candidate => ({
      ...c,
      slot,
      target: `${SHEET} (${slot})`,
      file: { name: CLEAN, bytes: new Uint8Array(bytes) },
    });
    // 3 bytes a 4-character group: 3,000,000 bytes are exactly the limit's 4,000,000 characters
    const atLimit = (INSERT_LIMIT_CHARS / 4) * 3;
    const none: Existing = { sheets: [], templates: new Map() };

    const { writes, outcomes } = await planWrites(
      [sized(0, atLimit), sized(1, atLimit + 1)],
      none,
      nothingAsked,
      setting(true),
    );
    expect(writes.map((w) => w.via)).toEqual(["insert", "plan"]);
    expect(writes.map((w) => w.replacing)).toEqual([null, null]);
    expect(outcomes.size).toBe(0);
    const older = await planWrites([sized(0, 1)], none, nothingAsked, setting(false));
    expect(older.writes.map((w) => w.via)).toEqual(["plan"]);
  });

  it("refuses a file whose sheet name a sheet that is not a template holds", async () => {
    const c = await candidate(0, CLEAN);
    const existing: Existing = {
      sheets: [{ id: "{x}", name: SHEET }],
      templates: new Map([[SHEET.toUpperCase(), null]]),
    };
    const { writes, outcomes } = await planWrites([c], existing, nothingAsked, setting(false));

    expect(writes).toEqual([]);
    expect(outcomes.get(0)?.result).toMatchObject({ decision: "rejected", sheet: null });
    expect(outcomes.get(0)?.result.findings.at(-1)).toMatchObject({
      rule: "SHEET_TAKEN",
      unit: "XA-XUAN-HOA",
    });
  });

  it("asks about a duplicate with its differences; keeps, replaces by the sheet's id, or keeps when the question fails", async () => {
    const existing = await holdingClean();
    const mistakes = await candidate(0, MISTAKES);
    const asked: DuplicateConflict[] = [];
    const answer =
      (choice: "keepExisting" | "replace" | Error) =>
      (conflict: DuplicateConflict): Promise<"keepExisting" | "replace"> => {
        asked.push(conflict);
        return choice instanceof Error ? Promise.reject(choice) : Promise.resolve(choice);
      };

    const kept = await planWrites([mistakes], existing, answer("keepExisting"), setting(false));
    expect(kept.writes).toEqual([]);
    expect(kept.outcomes.get(0)?.result).toMatchObject({ decision: "keptExisting", sheet: SHEET });
    expect(asked[0]).toMatchObject({ existingSheet: SHEET, incomingFile: MISTAKES, unitCode: "XA-XUAN-HOA" });
    expect(asked[0]?.differences.find((d) => d.code === "6.20")).toMatchObject({
      existing: String(CLEAN_FIGURES["6.20"]),
      incoming: "7",
    });

    const replaced = await planWrites([mistakes], existing, answer("replace"), setting(false));
    expect(replaced.writes.map((w) => w.replacing)).toEqual([{ id: "{old}", name: SHEET }]);

    const failed = await planWrites([mistakes], existing, answer(new Error("pane closed")), setting(false));
    expect(failed.outcomes.get(0)?.result.decision).toBe("keptExisting");
    expect(asked).toHaveLength(3);
  });

  it("compares a second file of a unit with the first of the same import, which it then replaces", async () => {
    const files = [await candidate(0, CLEAN), await candidate(1, MISTAKES)];
    const asked: DuplicateConflict[] = [];
    const { writes } = await planWrites(
      files,
      { sheets: [], templates: new Map() },
      (conflict) => {
        asked.push(conflict);
        return Promise.resolve("replace");
      },
      setting(false),
    );

    expect(asked.map((c) => [c.existingSheet, c.incomingFile])).toEqual([[SHEET, MISTAKES]]);
    expect(writes.map((w) => w.replacing)).toEqual([null, { id: null, name: SHEET }]);
    expect(writePasses(writes).map((pass) => pass.map((w) => w.candidate.slot))).toEqual([[0], [1]]);
  });
});

function writeFor(c: Candidate, replacing: Write["replacing"], target = c.target): Write {
  return {
    candidate: { ...c, target },
    replacing,
    via: "plan",
    plan: { name: target, cells: [], names: [] } as unknown as Write["plan"],
    notCarried: [],
    typedFormulas: [],
  };
}

describe("reconcile (the workbook as writing starts)", () => {
  it("follows a renamed sheet by its id, replaces nothing for a deleted one, and refuses a name taken meanwhile", async () => {
    const c = await candidate(0, CLEAN);
    const renamed = writeFor({ ...c, slot: 0 }, { id: "{a}", name: "A 2024" }, "A 2024");
    const deleted = writeFor({ ...c, slot: 1 }, { id: "{b}", name: "B 2024" }, "B 2024");
    const taken = writeFor({ ...c, slot: 2 }, null, "C 2024");
    const earlier = writeFor({ ...c, slot: 3 }, { id: null, name: "A 2024" }, "A 2024");
    const untouched = writeFor({ ...c, slot: 4 }, { id: "{d}", name: "D 2024" }, "D 2024");
    const now = [
      { id: "{a}", name: "Bản cũ A" },
      { id: "{c}", name: "c 2024" },
      { id: "{d}", name: "D 2024" },
    ];

    const { writes, refused } = reconcile([renamed, deleted, taken, earlier, untouched], now);
    expect(writes.map((w) => [w.candidate.slot, w.replacing])).toEqual([
      [0, { id: "{a}", name: "Bản cũ A" }],
      [1, null],
      [3, { id: null, name: "A 2024" }],
      [4, { id: "{d}", name: "D 2024" }],
    ]);
    expect(refused).toEqual([
      expect.objectContaining({
        written: false,
        finding: expect.objectContaining({ rule: "SHEET_CHANGED" }),
      }),
    ]);
    expect(refused[0]?.write.candidate.slot).toBe(2);
    expect(refused[0]?.written === false && say(refused[0].finding.message, "vi")).toContain("“c 2024”");
  });

  it("refuses a replacement whose name another sheet took after the clerk renamed the one answered about", async () => {
    const c = await candidate(0, CLEAN);
    const write = writeFor(c, { id: "{old}", name: SHEET });
    const { writes, refused } = reconcile(
      [write],
      [
        { id: "{old}", name: "Bản cũ" },
        { id: "{new}", name: SHEET },
      ],
    );
    expect(writes).toEqual([]);
    expect(refused.map((r) => r.write.candidate.slot)).toEqual([0]);
  });
});

describe("writePasses", () => {
  it("puts a write replacing an earlier write's sheet in the pass after it, the others in the first", async () => {
    const c = await candidate(0, CLEAN);
    const w = (slot: number, target: string, earlier: boolean): Write =>
      writeFor({ ...c, slot }, earlier ? { id: null, name: target } : null, target);
    const passes = writePasses([
      w(0, "A", false),
      w(1, "B", false),
      w(2, "A", true),
      w(3, "C", false),
      w(4, "A", true),
      w(5, "b", true),
    ]);
    expect(passes.map((p) => p.map((x) => x.candidate.slot))).toEqual([[0, 1, 3], [2, 5], [4]]);
    expect(writePasses([])).toEqual([]);
  });
});

describe("combine", () => {
  it("gives each file's outcome in file order: planned, written (kept or replaced), failed, or not reached", async () => {
    const files: ImportFile[] = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"].map((name) => ({
      name,
      bytes: new Uint8Array(name.length),
    }));
    const c = await candidate(0, CLEAN);
    const on = (slot: number, replacing: Write["replacing"]): Write =>
      writeFor({ ...c, slot, file: files[slot] as ImportFile }, replacing);
    const [kept, replaced, failed] = [on(1, null), on(2, { id: "{x}", name: SHEET }), on(3, null)];
    const note: Finding = {
      rule: "NOTE",
      severity: "warning",
      unit: "XA-XUAN-HOA",
      sheet: SHEET,
      cell: "D27",
      section: null,
      message: { vi: "ghi chú", en: "note" },
    };
    const planned = new Map<number, FileOutcome>([
      [
        0,
        {
          result: {
            file: "a.xlsx",
            decision: "cancelled",
            sheet: null,
            unitCode: null,
            year: null,
            findings: [],
          },
          entry: { unitCode: null, unitName: null, year: null, templateVersion: null, sentDate: null },
        },
      ],
    ]);
    const results: WriteResult[] = [
      { write: kept, written: true, replaced: false, notes: [note] },
      { write: replaced, written: true, replaced: true, notes: [] },
      {
        write: failed,
        written: false,
        finding: { ...note, rule: "IMPORT_FAILED", severity: "error" },
      },
    ];

    const outcomes = combine(files, planned, [kept, replaced, failed], results);
    expect(outcomes.map((o) => [o.result.file, o.result.decision, o.result.sheet])).toEqual([
      ["a.xlsx", "cancelled", null],
      ["b.xlsx", "kept", SHEET],
      ["c.xlsx", "replaced", SHEET],
      ["d.xlsx", "rejected", null],
    ]);
    expect(outcomes[1]?.result.findings.at(-1)?.rule).toBe("NOTE");
    expect(outcomes[3]?.result.findings.at(-1)?.rule).toBe("IMPORT_FAILED");
    expect(combine(files, planned, [kept], [])[1]?.result.decision).toBe("rejected");

    const rows = logEntries(files, ["h0", "h1", "h2", "h3"], outcomes, 45575.5);
    expect(rows.map((r) => [r.fileName, r.sizeBytes, r.sha256, r.decision, r.unitCode])).toEqual([
      ["a.xlsx", 6, "h0", "cancelled", null],
      ["b.xlsx", 6, "h1", "kept", "XA-XUAN-HOA"],
      ["c.xlsx", 6, "h2", "replaced", "XA-XUAN-HOA"],
      ["d.xlsx", 6, "h3", "rejected", "XA-XUAN-HOA"],
    ]);
    expect(rows[1]).toMatchObject({ year: 2024, templateVersion: "DVCQ-CT03/1", importedAt: 45575.5 });
    expect(rows[1]?.sentDate).toBe(CLEAN_FIGURES["7.1"]);
  });
});
