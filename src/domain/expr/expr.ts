/**
 * The catalogue's small formula language, used for derived indicators, roll-up weights and rules.
 *
 *   [6.20] <= [6.19]                 indicator references in brackets
 *   [1.3] = 0 -> [1.4] = 0           "when … then …"
 *   [4.11] > 0 -> filled([4.12])     blank() / filled() test a cell without needing a figure
 *   [6.14] >= weeks([0.4], [0.5])    whole weeks between two dates, both included
 *
 * One syntax tree, two back ends: evaluate() for the checks and toExcelFormula() for the template's
 * own formulas and red cross-check formats, so a rule means the same in both places.
 */

/** Read-only: parseExpr hands the same Expr to every caller. */
export type Expr =
  | { readonly t: "num"; readonly value: number }
  | { readonly t: "str"; readonly value: string }
  | { readonly t: "ref"; readonly code: string }
  | { readonly t: "neg"; readonly arg: Expr }
  | { readonly t: "arith"; readonly op: "+" | "-" | "*" | "/"; readonly left: Expr; readonly right: Expr }
  | { readonly t: "cmp"; readonly op: CompareOp; readonly left: Expr; readonly right: Expr }
  | { readonly t: "logic"; readonly op: "and" | "or"; readonly left: Expr; readonly right: Expr }
  | { readonly t: "implies"; readonly when: Expr; readonly then: Expr }
  | { readonly t: "call"; readonly fn: FunctionName; readonly args: readonly Expr[] };

export type CompareOp = "<=" | ">=" | "<" | ">" | "=" | "<>";
export type FunctionName = "blank" | "filled" | "weeks";
const FUNCTION_ARITY: Record<FunctionName, number> = { blank: 1, filled: 1, weeks: 2 };

export class ExprSyntaxError extends Error {
  constructor(
    readonly source: string,
    readonly position: number,
    detail: string,
  ) {
    super(`${detail} at position ${position} of "${source}"`);
  }
}

type Token = { kind: "num" | "ref" | "str" | "ident" | "op"; text: string; pos: number };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|\[([0-9]+(?:\.[0-9]+)*)\]|"([^"]*)"|([A-Za-z_]+)|(->|<=|>=|<>|[-+*/()=<>,]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const pos = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new ExprSyntaxError(source, pos, "Unexpected character");
    const start = pos + (m[0].length - m[0].trimStart().length);
    if (m[1] !== undefined) tokens.push({ kind: "num", text: m[1], pos: start });
    else if (m[2] !== undefined) tokens.push({ kind: "ref", text: m[2], pos: start });
    else if (m[3] !== undefined) tokens.push({ kind: "str", text: m[3], pos: start });
    else if (m[4] !== undefined) tokens.push({ kind: "ident", text: m[4], pos: start });
    else tokens.push({ kind: "op", text: m[5] as string, pos: start });
  }
  return tokens;
}

/** The catalogue's expressions are few and evaluated for every report: each is parsed once (an Expr is never changed). */
const parsed = new Map<string, Expr>();

export function parseExpr(source: string): Expr {
  let expr = parsed.get(source);
  if (expr === undefined) {
    expr = parse(source);
    parsed.set(source, expr);
  }
  return expr;
}

function parse(source: string): Expr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const fail = (detail: string): never => {
    throw new ExprSyntaxError(source, peek()?.pos ?? source.length, detail);
  };
  const isOp = (text: string): boolean => peek()?.kind === "op" && peek()?.text === text;
  const isWord = (text: string): boolean => peek()?.kind === "ident" && peek()?.text.toLowerCase() === text;
  const expectOp = (text: string): void => {
    if (!isOp(text)) fail(`Expected "${text}"`);
    i++;
  };

  const implication = (): Expr => {
    const when = disjunction();
    if (isOp("->")) {
      i++;
      return { t: "implies", when, then: disjunction() };
    }
    return when;
  };
  const disjunction = (): Expr => {
    let left = conjunction();
    while (isWord("or")) {
      i++;
      left = { t: "logic", op: "or", left, right: conjunction() };
    }
    return left;
  };
  const conjunction = (): Expr => {
    let left = comparison();
    while (isWord("and")) {
      i++;
      left = { t: "logic", op: "and", left, right: comparison() };
    }
    return left;
  };
  const comparison = (): Expr => {
    const left = sum();
    const tok = peek();
    if (tok?.kind === "op" && ["<=", ">=", "<", ">", "=", "<>"].includes(tok.text)) {
      i++;
      return { t: "cmp", op: tok.text as CompareOp, left, right: sum() };
    }
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[i++] as Token).text as "+" | "-";
      left = { t: "arith", op, left, right: product() };
    }
    return left;
  };
  const product = (): Expr => {
    let left = unary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[i++] as Token).text as "*" | "/";
      left = { t: "arith", op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => {
    if (isOp("-")) {
      i++;
      return { t: "neg", arg: unary() };
    }
    return atom();
  };
  const atom = (): Expr => {
    const tok = peek();
    if (!tok) return fail("Unexpected end");
    i++;
    switch (tok.kind) {
      case "num":
        return { t: "num", value: Number(tok.text) };
      case "ref":
        return { t: "ref", code: tok.text };
      case "str":
        return { t: "str", value: tok.text };
      case "ident": {
        const fn = tok.text.toLowerCase();
        if (!(fn in FUNCTION_ARITY)) {
          i--;
          return fail(`Unknown function "${tok.text}"`);
        }
        expectOp("(");
        const args: Expr[] = [];
        if (!isOp(")")) {
          args.push(sum());
          while (isOp(",")) {
            i++;
            args.push(sum());
          }
        }
        expectOp(")");
        if (args.length !== FUNCTION_ARITY[fn as FunctionName]) {
          throw new ExprSyntaxError(
            source,
            tok.pos,
            `${fn}() takes ${FUNCTION_ARITY[fn as FunctionName]} argument(s)`,
          );
        }
        return { t: "call", fn: fn as FunctionName, args };
      }
      case "op":
        if (tok.text === "(") {
          const inner = implication();
          expectOp(")");
          return inner;
        }
        i--;
        return fail(`Unexpected "${tok.text}"`);
    }
  };

  const tree = implication();
  if (i < tokens.length) fail("Unexpected text");
  return tree;
}

/** Every indicator code the expression mentions, in order of first appearance. */
export function referencedCodes(expr: Expr): string[] {
  return collectCodes(expr, () => true);
}

/**
 * Codes whose figure the expression needs. A reference only inside blank()/filled() does not need
 * one: those functions exist to look at blank cells.
 */
export function codesNeedingFigures(expr: Expr): string[] {
  return collectCodes(expr, (insideBlankTest) => !insideBlankTest);
}

/** Codes the expression tests with blank()/filled(): a rule decides when they must be filled. */
export function codesInBlankTests(expr: Expr): string[] {
  return collectCodes(expr, (insideBlankTest) => insideBlankTest);
}

function collectCodes(expr: Expr, keep: (insideBlankTest: boolean) => boolean): string[] {
  const out: string[] = [];
  const walk = (e: Expr, insideBlankTest: boolean): void => {
    switch (e.t) {
      case "ref":
        if (keep(insideBlankTest) && !out.includes(e.code)) out.push(e.code);
        return;
      case "neg":
        return walk(e.arg, insideBlankTest);
      case "arith":
      case "cmp":
      case "logic":
        walk(e.left, insideBlankTest);
        return walk(e.right, insideBlankTest);
      case "implies":
        walk(e.when, insideBlankTest);
        return walk(e.then, insideBlankTest);
      case "call":
        return e.args.forEach((a) => walk(a, insideBlankTest || e.fn === "blank" || e.fn === "filled"));
      default:
        return;
    }
  };
  walk(expr, false);
  return out;
}

/** A figure, or null for a blank cell. Dates are Excel serial numbers. */
export type FigureLookup = (code: string) => number | string | null;

export type Evaluation =
  { skipped: true; blanks: string[] } | { skipped: false; value: number | string | boolean };

/**
 * Evaluates the expression. When a figure it needs is blank the result is "skipped": the blank has
 * its own finding, and one empty cell must not cascade into many.
 */
export function evaluate(expr: Expr, lookup: FigureLookup): Evaluation {
  const blanks = codesNeedingFigures(expr).filter((c) => lookup(c) === null);
  if (blanks.length > 0) return { skipped: true, blanks };
  return { skipped: false, value: evalNode(expr, lookup) };
}

const EPSILON = 1e-9;

function evalNode(e: Expr, lookup: FigureLookup): number | string | boolean {
  const num = (x: Expr): number => Number(evalNode(x, lookup));
  switch (e.t) {
    case "num":
    case "str":
      return e.value;
    case "ref":
      return lookup(e.code) as number | string;
    case "neg":
      return -num(e.arg);
    case "arith": {
      const l = num(e.left);
      const r = num(e.right);
      return e.op === "+" ? l + r : e.op === "-" ? l - r : e.op === "*" ? l * r : l / r;
    }
    case "cmp": {
      const l = evalNode(e.left, lookup);
      const r = evalNode(e.right, lookup);
      if (typeof l === "number" && typeof r === "number") {
        switch (e.op) {
          case "<=":
            return l <= r + EPSILON;
          case ">=":
            return l + EPSILON >= r;
          case "<":
            return l < r - EPSILON;
          case ">":
            return l > r + EPSILON;
          case "=":
            return Math.abs(l - r) <= EPSILON;
          case "<>":
            return Math.abs(l - r) > EPSILON;
        }
      }
      const ls = String(l);
      const rs = String(r);
      return e.op === "=" ? ls === rs : e.op === "<>" ? ls !== rs : false;
    }
    case "logic":
      return e.op === "and"
        ? Boolean(evalNode(e.left, lookup)) && Boolean(evalNode(e.right, lookup))
        : Boolean(evalNode(e.left, lookup)) || Boolean(evalNode(e.right, lookup));
    case "implies":
      return !evalNode(e.when, lookup) || Boolean(evalNode(e.then, lookup));
    case "call":
      switch (e.fn) {
        case "blank":
          return lookup(refCode(e.args[0])) === null;
        case "filled":
          return lookup(refCode(e.args[0])) !== null;
        case "weeks":
          return Math.floor((num(e.args[1] as Expr) - num(e.args[0] as Expr) + 1) / 7);
      }
  }
}

function refCode(arg: Expr | undefined): string {
  if (arg?.t !== "ref") throw new Error("blank() and filled() take an indicator reference");
  return arg.code;
}

/** Maps an indicator code to the A1 reference of its value cell on the same sheet. */
export type CellOf = (code: string) => string;

/** The expression as an Excel formula body (no leading "="), in English function names. */
export function toExcelFormula(expr: Expr, cellOf: CellOf): string {
  const go = (e: Expr, parentPrecedence: number): string => {
    switch (e.t) {
      case "num":
        return String(e.value);
      case "str":
        return `"${e.value.replace(/"/g, '""')}"`;
      case "ref":
        return cellOf(e.code);
      case "neg":
        return `-${go(e.arg, 3)}`;
      case "arith": {
        const p = e.op === "+" || e.op === "-" ? 1 : 2;
        const s = `${go(e.left, p)}${e.op}${go(e.right, p + 1)}`;
        return p < parentPrecedence ? `(${s})` : s;
      }
      case "cmp":
        return `${go(e.left, 1)}${e.op}${go(e.right, 1)}`;
      case "logic":
        return `${e.op.toUpperCase()}(${go(e.left, 0)},${go(e.right, 0)})`;
      case "implies":
        return `OR(NOT(${go(e.when, 0)}),${go(e.then, 0)})`;
      case "call":
        switch (e.fn) {
          case "blank":
            return `LEN(${go(e.args[0] as Expr, 0)})=0`;
          case "filled":
            return `LEN(${go(e.args[0] as Expr, 0)})>0`;
          case "weeks":
            return `INT((${go(e.args[1] as Expr, 1)}-${go(e.args[0] as Expr, 1)}+1)/7)`;
        }
    }
  };
  return go(expr, 0);
}

/**
 * An Excel formula that is TRUE when the check fails on figures that are all present — the same
 * "skip when blank" rule as evaluate(), for a conditional format.
 */
export function excelFailureFormula(check: Expr, cellOf: CellOf): string {
  const needed = codesNeedingFigures(check).map(cellOf);
  const body = `NOT(${toExcelFormula(check, cellOf)})`;
  return needed.length === 0 ? body : `AND(COUNT(${needed.join(",")})=${needed.length},${body})`;
}
