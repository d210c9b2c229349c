import { evaluate, type CompareOp, type Expr } from "../expr/expr";
import type { Lang } from "./lang";
import type { FindingPhrase } from "./phrase";

type CheckFailed = Extract<FindingPhrase, { code: "CHECK_FAILED" }>;

/** The words a language puts into the sentence of a failed cross-check; the sentence's shape is shared. */
export interface CompareWords {
  lang: Lang;
  /** What the left side does when the comparison fails: "lớn hơn" for <=. */
  fails: Record<CompareOp, string>;
  /** What the left side does when it holds: "không lớn hơn" for <=. */
  holds: Record<CompareOp, string>;
  but: string;
  number: (value: number) => string;
  weeks: (shownCount: string) => string;
  filledIn: (side: string) => string;
  isBlank: (side: string) => string;
}

/** "6.20 Số vụ việc … (15) lớn hơn 6.19 … (12)": the failed check as a sentence, capitalised, with its full stop. */
export function describeCheck(p: CheckFailed, w: CompareWords): string {
  const text = failure(p.check, p, w);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const lookupIn =
  (p: CheckFailed) =>
  (code: string): number | string | null =>
    p.values[code] ?? null;

/** "6.20 Số vụ việc … (15)", "4.5 + 4.6 + 4.7 (= 12)", "3 × 0.6 (= 30)" */
function side(expr: Expr, p: CheckFailed, w: CompareWords, withValue = true): string {
  const label = (code: string): string => {
    const l = p.labels[code];
    return l ? `${code} ${l[w.lang]}` : code;
  };
  switch (expr.t) {
    case "num":
      return w.number(expr.value);
    case "str":
      return `“${expr.value}”`;
    case "ref": {
      const v = p.values[expr.code] ?? null;
      return withValue && v !== null
        ? `${label(expr.code)} (${typeof v === "number" ? w.number(v) : v})`
        : label(expr.code);
    }
    case "call":
      if (expr.fn === "weeks") {
        const v = evaluate(expr, lookupIn(p));
        return w.weeks(v.skipped ? "" : ` (${w.number(Number(v.value))})`);
      }
      return side(expr.args[0] as Expr, p, w);
    default: {
      const v = evaluate(expr, lookupIn(p));
      const text = plain(expr, w);
      return withValue && !v.skipped ? `${text} (= ${w.number(Number(v.value))})` : text;
    }
  }
}

/** An arithmetic expression with codes only: "4.5 + 4.6 + 4.7", "3 × 0.6". */
function plain(expr: Expr, w: CompareWords): string {
  switch (expr.t) {
    case "ref":
      return expr.code;
    case "num":
      return w.number(expr.value);
    case "neg":
      return `-${plain(expr.arg, w)}`;
    case "arith":
      return `${plain(expr.left, w)} ${expr.op === "*" ? "×" : expr.op === "/" ? ":" : expr.op} ${plain(expr.right, w)}`;
    default:
      return "…";
  }
}

function holds(expr: Expr, p: CheckFailed, w: CompareWords): string {
  if (expr.t === "cmp") {
    const compact = expr.right.t === "num" && expr.op === "=";
    return compact
      ? `${side(expr.left, p, w, false)} ${w.holds["="]} ${side(expr.right, p, w)}`
      : `${side(expr.left, p, w)} ${w.holds[expr.op]} ${side(expr.right, p, w)}`;
  }
  return side(expr, p, w);
}

function failure(expr: Expr, p: CheckFailed, w: CompareWords): string {
  switch (expr.t) {
    case "cmp":
      return `${side(expr.left, p, w)} ${w.fails[expr.op]} ${side(expr.right, p, w)}`;
    case "implies":
      return `${holds(expr.when, p, w)} ${w.but} ${failure(expr.then, p, w)}`;
    case "call": {
      const target = expr.args[0] as Expr;
      if (expr.fn === "blank") return w.filledIn(side(target, p, w));
      if (expr.fn === "filled") return w.isBlank(side(target, p, w, false));
      return side(expr, p, w);
    }
    default:
      return side(expr, p, w);
  }
}
