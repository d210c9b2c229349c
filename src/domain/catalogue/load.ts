import { ExprSyntaxError, parseExpr, referencedCodes } from "../expr/expr";
import { foldForMatch } from "../text/fold";
import {
  PREFILLED_ROLES,
  ROLE_TYPES,
  type Catalogue,
  type HeaderField,
  type Indicator,
  type ListBlock,
  type Role,
  type Rule,
} from "./types";

export interface CatalogueIssue {
  /** Where in the catalogue, e.g. "sections[3].indicators[2]" or "rules[R07].checks[1]". */
  path: string;
  message: string;
}

export type CatalogueLoad = { ok: true; catalogue: Catalogue } | { ok: false; issues: CatalogueIssue[] };

const VALUE_TYPES = ["N", "%", "D", "E", "text"];
const SCOPES = ["X", "C", "B"];
const ROLLUPS = ["sum", "ratio", "weighted", "min", "distribution", "latestDate"];
const RULE_KINDS = [
  "compare",
  "deadline",
  "period",
  "evidence",
  "required",
  "registry",
  "listTally",
  "listRow",
  "listDuplicate",
];
const LIST_TYPES = ["text", "E", "N"];
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const CODE = /^\d+(\.\d+)*$/;

/**
 * Checks a catalogue (the built-in one or a district's own JSON) and returns it typed, or every
 * problem found — a district editing its catalogue sees them all at once.
 */
export function loadCatalogue(data: unknown): CatalogueLoad {
  const issues: CatalogueIssue[] = [];
  const problem = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  if (typeof data !== "object" || data === null)
    return { ok: false, issues: [{ path: "", message: "not a JSON object" }] };
  const c = data as Partial<Catalogue>;
  if (typeof c.id !== "string" || !/^[A-Z0-9-]+$/.test(c.id))
    problem("id", "must be capitals, digits and dashes");
  if (!Number.isInteger(c.version) || (c.version as number) < 1)
    problem("version", "must be a whole number ≥ 1");
  if (typeof c.title?.vi !== "string" || typeof c.title?.en !== "string") problem("title", "needs vi and en");
  if (typeof c.basis !== "string") problem("basis", "must be text");
  for (const key of ["fromMonthDay", "toMonthDay", "deadlineMonthDay"] as const) {
    if (!MONTH_DAY.test(c.period?.[key] ?? "")) problem(`period.${key}`, "must be MM-DD");
  }
  if (!Array.isArray(c.header) || !Array.isArray(c.sections) || !Array.isArray(c.rules)) {
    problem("", "needs header, sections and rules lists");
    return { ok: false, issues };
  }

  const codes = new Map<string, HeaderField | Indicator>();
  const addCode = (path: string, item: HeaderField | Indicator): void => {
    if (typeof item.code !== "string" || !CODE.test(item.code))
      problem(`${path}.code`, `"${String(item.code)}" is not a code like 6.20`);
    else if (codes.has(item.code)) problem(`${path}.code`, `code ${item.code} is used twice`);
    else codes.set(item.code, item);
    if (typeof item.label !== "string" || item.label.trim() === "") problem(`${path}.label`, "is empty");
    if (!VALUE_TYPES.includes(item.type))
      problem(`${path}.type`, `"${String(item.type)}" is not one of ${VALUE_TYPES.join(", ")}`);
    if (!SCOPES.includes(item.scope)) problem(`${path}.scope`, `"${String(item.scope)}" is not X, C or B`);
    if (item.type === "E" && (!Array.isArray(item.options) || item.options.length === 0))
      problem(`${path}.options`, "an E field needs options");
  };
  c.header.forEach((h, i) => addCode(`header[${i}]`, h));
  c.sections.forEach((s, si) => {
    if (typeof s.id !== "string" || typeof s.roman !== "string" || typeof s.title !== "string") {
      problem(`sections[${si}]`, "needs id, roman and title");
    }
    if (!Array.isArray(s.indicators) || s.indicators.length === 0)
      problem(`sections[${si}].indicators`, "is empty");
    else
      s.indicators.forEach((ind: Indicator, ii: number) => addCode(`sections[${si}].indicators[${ii}]`, ind));
  });

  const roles = (typeof c.roles === "object" && c.roles !== null ? c.roles : {}) as Partial<
    Record<Role, unknown>
  >;
  if (typeof c.roles !== "object" || c.roles === null) problem("roles", "needs the code of each role");
  for (const role of Object.keys(ROLE_TYPES) as Role[]) {
    const code = roles[role];
    const item = typeof code === "string" ? codes.get(code) : undefined;
    if (code === undefined) problem(`roles.${role}`, "is missing");
    else if (item === undefined)
      problem(`roles.${role}`, `names ${String(code)}, which the catalogue does not have`);
    else if (item.type !== ROLE_TYPES[role])
      problem(`roles.${role}`, `${String(code)} is of type ${item.type}, the role needs ${ROLE_TYPES[role]}`);
    else if (
      (PREFILLED_ROLES as readonly Role[]).includes(role) &&
      !(c.header as HeaderField[]).some((h) => h.code === code && h.scope === "B")
    )
      problem(`roles.${role}`, `${String(code)} must be a general-information field of scope B`);
  }
  const roleCodes = Object.values(roles);
  for (const role of Object.keys(roles))
    if (!(role in ROLE_TYPES)) problem(`roles.${role}`, "is not a role");
    else if (roleCodes.filter((code) => code === roles[role as Role]).length > 1)
      problem(`roles.${role}`, `${String(roles[role as Role])} has another role too`);

  const checkExpression = (path: string, source: unknown): void => {
    if (typeof source !== "string") return problem(path, "must be a formula");
    try {
      for (const code of referencedCodes(parseExpr(source))) {
        if (!codes.has(code)) problem(path, `names indicator ${code}, which the catalogue does not have`);
      }
    } catch (e) {
      if (e instanceof ExprSyntaxError) problem(path, e.message);
      else throw e;
    }
  };
  c.sections.forEach((s, si) =>
    (s.indicators ?? []).forEach((ind: Indicator, ii: number) => {
      const path = `sections[${si}].indicators[${ii}]`;
      if (!ROLLUPS.includes(ind.rollup?.kind))
        problem(`${path}.rollup`, `"${String(ind.rollup?.kind)}" is not a roll-up kind`);
      if (ind.rollup?.kind === "weighted") checkExpression(`${path}.rollup.weight`, ind.rollup.weight);
      if (ind.rollup?.kind === "ratio" && !ind.derived)
        problem(`${path}.rollup`, "a ratio roll-up needs derived numerator and denominator");
      if (ind.derived) {
        if (ind.type !== "%") problem(`${path}.type`, "a derived rate must be of type %");
        checkExpression(`${path}.derived.numerator`, ind.derived.numerator);
        checkExpression(`${path}.derived.denominator`, ind.derived.denominator);
      }
    }),
  );

  const ruleIds = new Set<string>();
  c.rules.forEach((r: Rule, ri) => {
    const path = `rules[${typeof r.id === "string" ? r.id : ri}]`;
    if (typeof r.id !== "string" || r.id === "") problem(path, "needs an id");
    else if (ruleIds.has(r.id)) problem(path, `rule id ${r.id} is used twice`);
    else ruleIds.add(r.id);
    if (r.severity !== "error" && r.severity !== "warning")
      problem(`${path}.severity`, "must be error or warning");
    if (!RULE_KINDS.includes(r.kind)) problem(`${path}.kind`, `"${String(r.kind)}" is not a rule kind`);
    if (typeof r.description?.vi !== "string" || typeof r.description?.en !== "string")
      problem(`${path}.description`, "needs vi and en");
    if (r.kind === "compare") {
      if (!Array.isArray(r.checks) || r.checks.length === 0) problem(`${path}.checks`, "is empty");
      else r.checks.forEach((check, ci) => checkExpression(`${path}.checks[${ci}]`, check));
    }
    if (r.kind === "deadline" && (!codes.has(r.indicator) || codes.get(r.indicator)?.type !== "D")) {
      problem(`${path}.indicator`, `must name a date indicator, not ${String(r.indicator)}`);
    } else if (r.kind === "deadline" && r.indicator !== roles.sentDate) {
      problem(`${path}.indicator`, `must be the sent date (roles.sentDate), not ${String(r.indicator)}`);
    }
  });

  const lists = new Map<string, ListBlock>();
  (c.lists ?? []).forEach((l: ListBlock, li) => {
    const path = `lists[${li}]`;
    if (typeof l.id !== "string" || lists.has(l.id)) return problem(`${path}.id`, "needs an id of its own");
    lists.set(l.id, l);
    if (!Number.isInteger(l.rows) || l.rows < 1) problem(`${path}.rows`, "must be a whole number ≥ 1");
    if (!Array.isArray(l.columns) || !l.columns.some((col) => col.key === l.key))
      problem(`${path}.key`, "must name one of its columns");
    (l.columns ?? []).forEach((col, ci) => {
      if (!LIST_TYPES.includes(col.type)) problem(`${path}.columns[${ci}].type`, "must be text, E or N");
      if (col.type === "E" && !(col.options?.length ?? 0))
        problem(`${path}.columns[${ci}].options`, "is empty");
      if (!Number.isInteger(col.col) || col.col < 2 || col.col > 6)
        problem(`${path}.columns[${ci}].col`, "must be a column from 2 (B) to 6 (F)");
    });
  });
  c.rules.forEach((r: Rule) => {
    if (r.kind !== "listTally" && r.kind !== "listRow" && r.kind !== "listDuplicate") return;
    const list = lists.get(r.list);
    if (!list)
      return problem(
        `rules[${r.id}].list`,
        `names list ${String(r.list)}, which the catalogue does not have`,
      );
    if (r.kind !== "listTally") return;
    r.tallies.forEach((t, ti) => {
      if (!codes.has(t.indicator))
        problem(
          `rules[${r.id}].tallies[${ti}]`,
          `names indicator ${t.indicator}, which the catalogue does not have`,
        );
      for (const w of t.where)
        if (!list.columns.some((col) => col.key === w.column))
          problem(
            `rules[${r.id}].tallies[${ti}]`,
            `names column ${w.column}, which list ${list.id} does not have`,
          );
    });
  });

  return issues.length > 0 ? { ok: false, issues } : { ok: true, catalogue: c as Catalogue };
}

/** Every indicator, in template order. */
export function allIndicators(catalogue: Catalogue): Indicator[] {
  return catalogue.sections.flatMap((s) => s.indicators);
}

/** What reading and checking look up in a catalogue, over and over: made once per catalogue. */
export interface CatalogueLookups {
  /** Header fields and indicators by code. */
  items: ReadonlyMap<string, HeaderField | Indicator>;
  /** The section id of every header field ("0") and indicator, by code. */
  sectionOf: ReadonlyMap<string, string>;
  /** The labels of header fields and indicators as foldForMatch folds them. */
  foldedLabels: ReadonlySet<string>;
  /** The sections' roman numerals. */
  romans: ReadonlySet<string>;
}

const lookupsOf = new WeakMap<Catalogue, CatalogueLookups>();

export function catalogueLookups(catalogue: Catalogue): CatalogueLookups {
  let lookups = lookupsOf.get(catalogue);
  if (lookups === undefined) {
    const all = [...catalogue.header, ...allIndicators(catalogue)];
    const sectionOf = new Map<string, string>(catalogue.header.map((h) => [h.code, "0"]));
    for (const s of catalogue.sections) for (const i of s.indicators) sectionOf.set(i.code, s.id);
    lookups = {
      items: new Map(all.map((i) => [i.code, i])),
      sectionOf,
      foldedLabels: new Set(all.map((i) => foldForMatch(i.label))),
      romans: new Set(catalogue.sections.map((s) => s.roman)),
    };
    lookupsOf.set(catalogue, lookups);
  }
  return lookups;
}
