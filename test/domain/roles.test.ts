import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import v1Data from "../../src/domain/catalogue/dvcq-ct03-v1.json";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { allIndicators, loadCatalogue } from "../../src/domain/catalogue/load";
import type { Catalogue } from "../../src/domain/catalogue/types";
import { checkSources, type Source } from "../../src/domain/check/batch";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan, headerName, indicatorName } from "../../src/domain/layout/template";
import { rollUp } from "../../src/domain/rollup/rollup";
import { foldForMatch } from "../../src/domain/text/fold";
import { planSnapshot, registry } from "../support/filled";
import { asOriginal, plain, RENUMBERED, renumbered } from "../support/renumbered";

const builtin = loadBuiltinCatalogue();

/** The built-in catalogue's JSON with a change, loaded. */
function issuesOf(
  change: (data: Record<string, unknown> & { roles: Record<string, unknown> }) => void,
): string[] {
  const data = JSON.parse(JSON.stringify(v1Data)) as Record<string, unknown> & {
    roles: Record<string, unknown>;
  };
  change(data);
  const result = loadCatalogue(data);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("the catalogue's roles are validated when it is loaded", () => {
  test("the built-in catalogue, both versions, names every role", () => {
    for (const year of [2024, 2025]) {
      const { roles } = loadBuiltinCatalogue(year);
      expect(roles).toEqual({
        unitCode: "0.1",
        unitName: "0.2",
        unitKind: "0.3",
        periodFrom: "0.4",
        periodTo: "0.5",
        sentDate: "7.1",
        reportNumber: "0.8",
        preparer: "0.9",
      });
    }
  });

  test("no roles block at all", () => {
    expect(
      issuesOf((d) => {
        delete (d as Record<string, unknown>).roles;
      }),
    ).toContain("roles: needs the code of each role");
  });

  test("the deadline rule dates the sent date role, no other date", () => {
    expect(
      issuesOf((d) => {
        const rule = (d.rules as { id: string; indicator?: string }[]).find((r) => r.id === "R19");
        (rule as { indicator: string }).indicator = "0.4";
      }),
    ).toEqual(["rules[R19].indicator: must be the sent date (roles.sentDate), not 0.4"]);
  });

  test("a role missing, a role naming no field, a role of the wrong type: each told", () => {
    expect(
      issuesOf((d) => {
        delete d.roles.preparer;
        d.roles.sentDate = "7.9";
        d.roles.periodTo = "0.6";
      }),
    ).toEqual([
      "roles.periodTo: 0.6 is of type N, the role needs D",
      "roles.sentDate: names 7.9, which the catalogue does not have",
      "roles.preparer: is missing",
      "rules[R19].indicator: must be the sent date (roles.sentDate), not 7.1",
    ]);
  });

  test("a unit role on an indicator, a role not known, one field with two roles", () => {
    expect(
      issuesOf((d) => {
        d.roles.periodFrom = "7.1";
        d.roles.signer = "0.9";
      }),
    ).toEqual([
      "roles.periodFrom: 7.1 must be a general-information field of scope B",
      "roles.periodFrom: 7.1 has another role too",
      "roles.sentDate: 7.1 has another role too",
      "roles.preparer: 0.9 has another role too",
      "roles.signer: is not a role",
    ]);
  });
});

/** Source files with comments removed (a comment may name an indicator as an example). */
function sourceFiles(dir: string): { path: string; code: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    if (!/\.tsx?$/.test(name)) return [];
    const code = readFileSync(path, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
    return [{ path: relative(process.cwd(), path), code }];
  });
}

describe("no catalogue code or label is a literal in src/", () => {
  // The demo inbox invents figures for the built-in catalogue's indicators, and the narrative's
  // phrases are worded around them: both are data about that catalogue, kept beside it.
  const dataAboutTheBuiltIn = ["src/domain/demo/inbox.ts", "src/domain/report/phrases.ts"];
  const files = sourceFiles(join(process.cwd(), "src")).filter((f) => !dataAboutTheBuiltIn.includes(f.path));

  test("no header or indicator code quoted in code", () => {
    const codes = [...builtin.header, ...allIndicators(loadBuiltinCatalogue(2025))].map((i) => i.code);
    const found = files.flatMap((f) =>
      codes
        .filter((code) => new RegExp(`["'\`]${code.replace(".", "\\.")}["'\`]`).test(f.code))
        .map((code) => `${f.path}: ${code}`),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  test("no catalogue label nor the template's own headings matched as literals (folded, as a reader compares)", () => {
    // Report sheets may head a column "Mã đơn vị" in their own words; matching compares folded text.
    const texts = [
      ...[...builtin.header, ...allIndicators(builtin)].map((i) => foldForMatch(i.label)),
      ...builtin.sections.map((section) => foldForMatch(section.title)),
      "so lieu",
      "minh chung",
      "nam bao cao",
    ];
    const found = files.flatMap((f) =>
      texts
        .filter((text) => f.code.toLowerCase().includes(`"${text.toLowerCase()}`))
        .map((t) => `${f.path}: ${t}`),
    );
    expect(found).toEqual([]);
  });
});

describe("a catalogue whose header fields are renumbered works unchanged", () => {
  const other = renumbered;
  const inbox = demoInbox(builtin, registry, 2024);
  const run = (catalogue: Catalogue, code: (c: string) => string) => {
    const sources: Source[] = inbox.files.map((f) => ({
      name: f.fileName,
      workbook: planSnapshot(
        fillPlan(buildTemplatePlan(catalogue, f.unit, 2024), {
          figures: Object.fromEntries(Object.entries(f.figures).map(([c, v]) => [code(c), v])),
          evidence: f.evidence,
        }),
      ),
    }));
    const checked = checkSources(sources, catalogue, registry, { expectedYear: 2024 });
    return { checked, rollup: rollUp(catalogue, registry, 2024, checked.submissions, checked.findings) };
  };
  const original = run(builtin, (c) => c);
  const moved = run(other, (c) => RENUMBERED.get(c) ?? c);

  test("the catalogue renumbers: its roles follow the fields", () => {
    expect(other.roles.unitCode).toBe("0.2");
    expect(other.roles.periodTo).toBe("0.6");
    expect(other.roles.sentDate).toBe("7.2");
    expect(other.header.find((h) => h.code === other.roles.unitName)?.label).toBe("Tên đơn vị");
  });

  test("placed: the same cells with the new codes, prefilled where the unit and period go", () => {
    const unit = (inbox.files[0] as (typeof inbox.files)[number]).unit;
    const a = buildTemplatePlan(builtin, unit, 2024).plan;
    const b = buildTemplatePlan(other, unit, 2024).plan;
    expect(asOriginal(b.cells)).toEqual(plain(a.cells));
    expect(b.cells.find((c) => c.ref === "A14")?.value).toBe("0.2");
    expect(asOriginal(b.conditionalFormats)).toEqual(plain(a.conditionalFormats));
    const refs = (plan: typeof a) => new Map(plan.names.map((n) => [n.name, n.ref]));
    for (const field of builtin.header) {
      const to = RENUMBERED.get(field.code) as string;
      expect(refs(b).get(headerName(to))).toBe(refs(a).get(headerName(field.code)));
    }
    expect(refs(b).get(indicatorName("7.2"))).toBe(refs(a).get(indicatorName("7.1")));
  });

  test("read and checked: the same units, figures and findings", () => {
    expect(moved.checked.submissions.length).toBe(inbox.files.length);
    expect(moved.checked.submissions.map((s) => s.submission.unit?.code)).toEqual(
      original.checked.submissions.map((s) => s.submission.unit?.code),
    );
    expect(moved.checked.submissions.map((s) => s.submission.sentDate)).toEqual(
      original.checked.submissions.map((s) => s.submission.sentDate),
    );
    expect(plain(moved.checked.submissions)).not.toEqual(plain(original.checked.submissions));
    expect(asOriginal(moved.checked.submissions)).toEqual(plain(original.checked.submissions));
    expect(original.checked.findings.length).toBeGreaterThan(0);
    expect(asOriginal(moved.checked.findings)).toEqual(plain(original.checked.findings));
  });

  test("rolled up: the same district figures, late units and kept reports", () => {
    expect(original.rollup.units.some((u) => u.onTime === false)).toBe(true);
    expect(asOriginal(moved.rollup.units)).toEqual(plain(original.rollup.units));
    expect(asOriginal(moved.rollup.indicators)).toEqual(plain(original.rollup.indicators));
    expect(asOriginal(moved.rollup.facts)).toEqual(plain(original.rollup.facts));
  });
});
