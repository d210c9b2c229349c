import { allIndicators } from "../catalogue/load";
import { inScope, type Catalogue, type HeaderField, type Indicator, type Rule } from "../catalogue/types";
import { columnLetters, parseCell } from "../layout/a1";
import { foldForMatch } from "../text/fold";
import { codesInBlankTests, evaluate, parseExpr, referencedCodes, type Expr } from "../expr/expr";
import type { Lang, Message } from "../i18n/lang";
import { excelSerialToIso, formatViDate, isoToExcelSerial, reportPeriod } from "../period";
import { findTemplateSheets, readSubmission, type Figure, type Submission } from "../read/submission";
import type { WorkbookSnapshot } from "../read/snapshot";
import { documentRefs } from "../text/documentRefs";
import { formatNumberVi } from "../text/vnformat";
import { unitsValidIn, type UnitRegistry } from "../units/registry";
import type { Finding } from "./finding";

export interface CheckOptions {
  /** The report year being collected; a sheet of another year gets WRONG_YEAR. */
  expectedYear?: number;
}

export interface WorkbookCheck {
  submissions: Submission[];
  findings: Finding[];
}

/** Reads every template sheet of a workbook and checks it: what `dvcq check` and the pane's "Kiểm tra" do. */
export function checkWorkbook(
  workbook: WorkbookSnapshot,
  catalogue: Catalogue,
  registry: UnitRegistry,
  options: CheckOptions = {},
): WorkbookCheck {
  const sheets = findTemplateSheets(workbook, catalogue);
  const skipped = (workbook.skipped ?? []).map((s): Finding => ({
    rule: "SHEET_SKIPPED",
    severity: "warning",
    unit: null,
    sheet: s.name,
    cell: null,
    section: null,
    message: s.message,
  }));
  if (sheets.length === 0) {
    return {
      submissions: [],
      findings: [
        {
          rule: "NOT_A_TEMPLATE",
          severity: "error",
          unit: null,
          sheet: null,
          cell: null,
          section: null,
          message: {
            vi: "Tệp không có trang mẫu biểu DVCQ nào.",
            en: "The workbook has no DVCQ template sheet.",
          },
        },
        ...skipped,
      ],
    };
  }
  const submissions: Submission[] = [];
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    const reading = readSubmission(workbook, sheet, catalogue, registry);
    const here = [...reading.findings];
    if (reading.submission) {
      submissions.push(reading.submission);
      here.push(...checkSubmission(reading.submission, catalogue, options));
    }
    findings.push(...inSheetOrder(here));
  }
  findings.push(...skipped);
  return { submissions, findings };
}

/** Findings about the whole sheet first, then cell by cell from the top, as the clerk reads the sheet. */
function inSheetOrder(findings: readonly Finding[]): Finding[] {
  const position = (f: Finding): number => {
    if (f.cell === null) return -1;
    const { row, col } = parseCell(f.cell);
    return row * 100 + col;
  };
  return [...findings].sort((a, b) => position(a) - position(b));
}

type Item = HeaderField | Indicator;

/** Every rule of the catalogue over one submission. Blank operands skip a cross-check (R22 reports the blank). */
export function checkSubmission(
  submission: Submission,
  catalogue: Catalogue,
  options: CheckOptions = {},
): Finding[] {
  const items = new Map<string, Item>(
    [...catalogue.header, ...allIndicators(catalogue)].map((i) => [i.code, i]),
  );
  const sectionOf = new Map<string, string>(
    catalogue.sections.flatMap((s) => s.indicators.map((i) => [i.code, s.id] as const)),
  );
  for (const h of catalogue.header) sectionOf.set(h.code, "0");
  const findings: Finding[] = [];
  const unitCode = submission.unit?.code ?? submission.typedUnitCode;
  const add = (
    rule: Rule | string,
    severity: Finding["severity"],
    code: string | null,
    message: Message,
    cell?: string | null,
  ): void => {
    findings.push({
      rule: typeof rule === "string" ? rule : rule.id,
      severity,
      unit: unitCode,
      sheet: submission.sheet,
      cell: cell !== undefined ? cell : code ? (submission.figures.get(code)?.cell ?? null) : null,
      section: code ? (sectionOf.get(code) ?? null) : null,
      message,
    });
  };
  const figure = (code: string): Figure | undefined => submission.figures.get(code);
  const lookup = (code: string): number | string | null => figure(code)?.value ?? null;
  const kind = submission.kind;
  const onSheet = (code: string): boolean => {
    const item = items.get(code);
    return (
      item !== undefined &&
      (kind === null || inScope(item.scope, kind)) &&
      figure(code) !== undefined &&
      figure(code)?.status !== "missing"
    );
  };
  const conditionallyRequired = new Set(
    catalogue.rules.flatMap((r) =>
      r.kind === "compare" ? r.checks.flatMap((c) => codesInBlankTests(parseExpr(c))) : [],
    ),
  );
  const period = submission.year !== null ? reportPeriod(catalogue.period, submission.year) : null;

  for (const rule of catalogue.rules) {
    switch (rule.kind) {
      case "compare": {
        if (rule.scope && (kind === null || !inScope(rule.scope, kind))) break;
        for (const source of rule.checks) {
          const check = parseExpr(source);
          const codes = referencedCodes(check);
          // An unreadable figure already has its R22; it is neither blank nor a figure to compare.
          if (!codes.every(onSheet) || codes.some((c) => figure(c)?.status === "invalid")) continue;
          const result = evaluate(check, lookup);
          if (result.skipped || result.value) continue;
          const say = (lang: Lang): string => sentence(describeFailure(check, lang, { items, lookup }));
          add(rule, rule.severity, firstRef(check), { vi: say("vi"), en: say("en") });
        }
        break;
      }
      case "required": {
        const blanks = [...items]
          .filter(([code, item]) => {
            const f = figure(code);
            if (!f || f.status !== "blank" || !onSheet(code)) return false;
            return (
              !("derived" in item && item.derived) && item.type !== "text" && !conditionallyRequired.has(code)
            );
          })
          .map(([code, item]) => ({ code, item, section: sectionOf.get(code) as string }));
        for (const section of [
          { id: "0", roman: "A", indicators: catalogue.header },
          ...catalogue.sections,
        ]) {
          const here = blanks.filter((b) => b.section === section.id);
          const fillable = section.indicators.filter(
            (i) =>
              onSheet(i.code) &&
              !("derived" in i && i.derived) &&
              i.type !== "text" &&
              !conditionallyRequired.has(i.code),
          );
          if (here.length > 1 && here.length === fillable.length) {
            add(rule, rule.severity, here[0]?.code ?? null, {
              vi: `Mục ${section.roman} chưa điền số liệu nào (${here.length} chỉ tiêu, từ ${here[0]?.code} đến ${here[here.length - 1]?.code}).`,
              en: `Section ${section.roman} has no figures yet (${here.length} indicators, ${here[0]?.code} to ${here[here.length - 1]?.code}).`,
            });
            continue;
          }
          for (const { code, item } of here) {
            add(rule, rule.severity, code, {
              vi: `${code} ${item.label}: chưa điền${item.type === "N" ? " (nhập 0 nếu không phát sinh)" : ""}.`,
              en: `${code} ${item.english}: not filled in${item.type === "N" ? " (type 0 if there was none)" : ""}.`,
            });
          }
        }
        break;
      }
      case "deadline": {
        const sent = lookup(rule.indicator);
        if (typeof sent !== "number" || submission.year === null) break;
        const deadline = reportPeriod(catalogue.period, submission.year).deadline;
        if (sent > isoToExcelSerial(deadline)) {
          const sentText = formatViDate(excelSerialToIso(sent));
          add(rule, rule.severity, rule.indicator, {
            vi: `${rule.indicator} Ngày gửi báo cáo ${sentText} sau hạn ${formatViDate(deadline)}.`,
            en: `${rule.indicator} The report was sent on ${sentText}, after the deadline ${formatViDate(deadline)}.`,
          });
        }
        break;
      }
      case "period": {
        if (submission.year === null) {
          add(rule, rule.severity, null, {
            vi: "Không đọc được năm báo cáo của trang.",
            en: "The sheet's report year cannot be read.",
          });
          break;
        }
        if (options.expectedYear !== undefined && submission.year !== options.expectedYear) {
          add("WRONG_YEAR", "error", null, {
            vi: `Trang là báo cáo năm ${submission.year}, không phải năm ${options.expectedYear} đang tổng hợp.`,
            en: `The sheet reports ${submission.year}, not ${options.expectedYear}, the year being collected.`,
          });
        }
        for (const [code, expected] of [
          ["0.4", (period as NonNullable<typeof period>).from],
          ["0.5", (period as NonNullable<typeof period>).to],
        ] as const) {
          const value = lookup(code);
          if (typeof value === "number" && value !== isoToExcelSerial(expected)) {
            const item = items.get(code) as Item;
            add(rule, rule.severity, code, {
              vi: `${code} ${item.label} là ${formatViDate(excelSerialToIso(value))}, kỳ báo cáo năm ${submission.year} là ${formatViDate(expected)}.`,
              en: `${code} ${item.english} is ${formatViDate(excelSerialToIso(value))}; the ${submission.year} period says ${formatViDate(expected)}.`,
            });
          }
        }
        break;
      }
      case "evidence": {
        const onEvidence = (cell: string | null, section: string, message: Message): void => {
          findings.push({
            rule: rule.id,
            severity: rule.severity,
            unit: unitCode,
            sheet: submission.sheet,
            cell,
            section,
            message,
          });
        };
        for (const section of catalogue.sections) {
          const counts = section.indicators.filter((i) => i.type === "N" && onSheet(i.code));
          const positive = counts.filter((i) => Number(lookup(i.code)) > 0);
          const evidence = submission.evidence.get(section.id);
          if (evidence?.text && period) {
            const outside = documentRefs(evidence.text).filter(
              (d) => d.date < isoToExcelSerial(period.from) || d.date > isoToExcelSerial(period.to),
            );
            if (outside.length > 0) {
              const listed = outside.map((d) => `${d.symbol} ngày ${d.dateText}`).join("; ");
              onEvidence(evidence.cell, section.id, {
                vi: `Minh chứng mục ${section.roman} dẫn văn bản ngoài kỳ báo cáo (${formatViDate(period.from)}–${formatViDate(period.to)}): ${listed}.`,
                en: `Evidence of section ${section.roman} cites documents outside the period (${formatViDate(period.from)}–${formatViDate(period.to)}): ${outside.map((d) => `${d.symbol} of ${d.dateText}`).join("; ")}.`,
              });
            }
          }
          if (positive.length === 0 || !evidence || evidence.text !== null || evidence.cell === null)
            continue;
          onEvidence(evidence.cell, section.id, {
            vi: `Mục ${section.roman} có số liệu (${positive
              .map((i) => `${i.code}: ${formatNumberVi(Number(lookup(i.code)))}`)
              .slice(0, 3)
              .join("; ")}) nhưng chưa ghi minh chứng.`,
            en: `Section ${section.roman} has figures (${positive
              .map((i) => `${i.code}: ${Number(lookup(i.code))}`)
              .slice(0, 3)
              .join("; ")}) but no evidence.`,
          });
        }
        break;
      }
      case "listTally":
      case "listRow":
      case "listDuplicate": {
        const list = catalogue.lists?.find((l) => l.id === rule.list);
        const rows = submission.lists?.get(rule.list);
        if (!list || !rows) break;
        const cellOf = (row: number, key: string): string =>
          `${columnLetters(list.columns.find((c) => c.key === key)?.col ?? 2)}${row}`;
        if (rule.kind === "listRow") {
          for (const r of rows) {
            const blank = list.columns.filter((c) => c.required && r.values[c.key] === null);
            const wrong = list.columns.filter(
              (c) =>
                c.type === "E" &&
                typeof r.values[c.key] === "string" &&
                !(c.options ?? []).includes(r.values[c.key] as string),
            );
            if (blank.length > 0)
              add(
                rule,
                rule.severity,
                null,
                {
                  vi: `Mô hình “${String(r.values[list.key])}” chưa ghi ${blank.map((c) => c.label.toLocaleLowerCase("vi")).join(", ")}.`,
                  en: `Model “${String(r.values[list.key])}” has no ${blank.map((c) => c.english).join(", ")}.`,
                },
                cellOf(r.row, (blank[0] as { key: string }).key),
              );
            for (const c of wrong)
              add(
                rule,
                rule.severity,
                null,
                {
                  vi: `Mô hình “${String(r.values[list.key])}”: ${c.label} “${String(r.values[c.key])}” không thuộc danh sách (${(c.options ?? []).join(", ")}).`,
                  en: `Model “${String(r.values[list.key])}”: ${c.english} “${String(r.values[c.key])}” is not one of ${(c.options ?? []).join(", ")}.`,
                },
                cellOf(r.row, c.key),
              );
          }
        } else if (rule.kind === "listDuplicate") {
          const seen = new Map<string, number>();
          for (const r of rows) {
            const name = foldForMatch(String(r.values[list.key]));
            const first = seen.get(name);
            if (first === undefined) seen.set(name, r.row);
            else
              add(
                rule,
                rule.severity,
                null,
                {
                  vi: `Mô hình “${String(r.values[list.key])}” ghi hai lần trong danh sách (hàng ${first} và ${r.row}).`,
                  en: `Model “${String(r.values[list.key])}” is listed twice (rows ${first} and ${r.row}).`,
                },
                cellOf(r.row, list.key),
              );
          }
        } else if (rule.kind === "listTally") {
          for (const tally of rule.tallies) {
            const typed = lookup(tally.indicator);
            if (typeof typed !== "number" || !onSheet(tally.indicator)) continue;
            // A row blank in a column the tally looks at cannot be counted either way: R25 names it.
            if (rows.some((r) => tally.where.some((w) => r.values[w.column] === null))) continue;
            const counted = rows.filter((r) =>
              tally.where.every((w) => {
                const v = r.values[w.column];
                if (w.reportYear !== undefined)
                  return (
                    typeof v === "number" &&
                    submission.year !== null &&
                    (w.reportYear === "same" ? v === submission.year : v < submission.year)
                  );
                return (
                  (w.is === undefined || w.is.includes(String(v))) &&
                  (w.not === undefined || !w.not.includes(String(v)))
                );
              }),
            ).length;
            if (counted === typed) continue;
            const item = items.get(tally.indicator) as Item;
            add(rule, rule.severity, tally.indicator, {
              vi: `${tally.indicator} ${item.label} là ${formatNumberVi(typed)}, danh sách mục ${list.roman} có ${formatNumberVi(counted)}.`,
              en: `${tally.indicator} ${item.english} is ${typed}; the list in section ${list.roman} has ${counted}.`,
            });
          }
        }
        break;
      }
      case "registry": {
        const typed = submission.typedUnitCode;
        if (submission.unit === null) {
          add(rule, rule.severity, "0.1", {
            vi: `Mã đơn vị “${typed ?? ""}” không có trong danh sách đơn vị.`,
            en: `Unit code “${typed ?? ""}” is not in the unit list.`,
          });
          break;
        }
        const typedKind = lookup("0.3");
        if (typeof typedKind === "string" && typedKind !== submission.unit.kind) {
          add(rule, rule.severity, "0.3", {
            vi: `Loại đơn vị ghi là ${typedKind} nhưng ${submission.unit.name} thuộc loại ${submission.unit.kind}.`,
            en: `Unit kind is ${typedKind} but ${submission.unit.name} is of kind ${submission.unit.kind}.`,
          });
        }
        if (period && unitsValidIn({ units: [submission.unit] }, period.from, period.to).length === 0) {
          add(rule, rule.severity, "0.1", {
            vi: `${submission.unit.name} không còn hoạt động trong kỳ báo cáo năm ${submission.year}.`,
            en: `${submission.unit.name} is not active in the ${submission.year} report period.`,
          });
        }
        break;
      }
    }
  }
  return findings;
}

function firstRef(expr: Expr): string | null {
  return referencedCodes(expr)[0] ?? null;
}

interface Describe {
  items: ReadonlyMap<string, Item>;
  lookup: (code: string) => number | string | null;
}

const FAILS: Record<string, Message> = {
  "<=": { vi: "lớn hơn", en: "is greater than" },
  ">=": { vi: "nhỏ hơn", en: "is less than" },
  "<": { vi: "không nhỏ hơn", en: "is not less than" },
  ">": { vi: "không lớn hơn", en: "is not greater than" },
  "=": { vi: "khác", en: "differs from" },
  "<>": { vi: "bằng", en: "equals" },
};
const HOLDS: Record<string, Message> = {
  "<=": { vi: "không lớn hơn", en: "is at most" },
  ">=": { vi: "không nhỏ hơn", en: "is at least" },
  "<": { vi: "nhỏ hơn", en: "is less than" },
  ">": { vi: "lớn hơn", en: "is greater than" },
  "=": { vi: "là", en: "is" },
  "<>": { vi: "khác", en: "differs from" },
};

function number(value: number, lang: Lang): string {
  return lang === "vi" ? formatNumberVi(value) : String(Math.round(value * 10) / 10);
}

/** "6.20 Số vụ việc … (15)", "4.5 + 4.6 + 4.7 (= 12)", "3 × 0.6 (= 30)" */
function side(expr: Expr, lang: Lang, d: Describe, withValue = true): string {
  const label = (code: string): string => {
    const item = d.items.get(code);
    return item ? `${code} ${lang === "vi" ? item.label : item.english}` : code;
  };
  switch (expr.t) {
    case "num":
      return number(expr.value, lang);
    case "str":
      return `“${expr.value}”`;
    case "ref": {
      const v = d.lookup(expr.code);
      return withValue && v !== null
        ? `${label(expr.code)} (${typeof v === "number" ? number(v, lang) : v})`
        : label(expr.code);
    }
    case "call":
      if (expr.fn === "weeks") {
        const v = evaluate(expr, d.lookup);
        const n = v.skipped ? "" : ` (${number(Number(v.value), lang)})`;
        return lang === "vi" ? `số tuần của kỳ báo cáo${n}` : `the weeks of the period${n}`;
      }
      return side(expr.args[0] as Expr, lang, d);
    default: {
      const v = evaluate(expr, d.lookup);
      const text = plain(expr, lang);
      return withValue && !v.skipped ? `${text} (= ${number(Number(v.value), lang)})` : text;
    }
  }
}

/** An arithmetic expression with codes only: "4.5 + 4.6 + 4.7", "3 × 0.6". */
function plain(expr: Expr, lang: Lang): string {
  switch (expr.t) {
    case "ref":
      return expr.code;
    case "num":
      return number(expr.value, lang);
    case "neg":
      return `-${plain(expr.arg, lang)}`;
    case "arith":
      return `${plain(expr.left, lang)} ${expr.op === "*" ? "×" : expr.op === "/" ? ":" : expr.op} ${plain(expr.right, lang)}`;
    default:
      return "…";
  }
}

function describeHolds(expr: Expr, lang: Lang, d: Describe): string {
  if (expr.t === "cmp") {
    const compact = expr.right.t === "num" && expr.op === "=";
    return compact
      ? `${side(expr.left, lang, d, false)} ${HOLDS["="]?.[lang]} ${side(expr.right, lang, d)}`
      : `${side(expr.left, lang, d)} ${HOLDS[expr.op]?.[lang]} ${side(expr.right, lang, d)}`;
  }
  return side(expr, lang, d);
}

function describeFailure(expr: Expr, lang: Lang, d: Describe): string {
  switch (expr.t) {
    case "cmp":
      return `${side(expr.left, lang, d)} ${FAILS[expr.op]?.[lang]} ${side(expr.right, lang, d)}`;
    case "implies":
      return `${describeHolds(expr.when, lang, d)} ${lang === "vi" ? "nhưng" : "but"} ${describeFailure(expr.then, lang, d)}`;
    case "call": {
      const target = expr.args[0] as Expr;
      if (expr.fn === "blank")
        return lang === "vi"
          ? `${side(target, lang, d)} lại có số liệu`
          : `${side(target, lang, d)} is filled in`;
      if (expr.fn === "filled")
        return lang === "vi"
          ? `${side(target, lang, d, false)} chưa điền`
          : `${side(target, lang, d, false)} is blank`;
      return side(expr, lang, d);
    }
    default:
      return side(expr, lang, d);
  }
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
