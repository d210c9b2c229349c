import { catalogueLookups } from "../catalogue/load";
import { inScope, type Catalogue, type HeaderField, type Indicator } from "../catalogue/types";
import { columnLetters, parseCell } from "../layout/a1";
import { foldForMatch } from "../text/fold";
import { codesInBlankTests, evaluate, parseExpr, referencedCodes, type Expr } from "../expr/expr";
import type { Label } from "../i18n/phrase";
import type { Wording } from "../i18n/say";
import { isoToExcelSerial, reportPeriod } from "../period";
import {
  findTemplateSheets,
  namedItem,
  readSubmission,
  type Figure,
  type Submission,
} from "../read/submission";
import type { WorkbookSnapshot } from "../read/snapshot";
import { documentRefs } from "../text/documentRefs";
import { unitsValidIn, type UnitRegistry } from "../units/registry";
import { ruleFinding, type Finding, type FindingRule } from "./finding";

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
          message: { code: "WORKBOOK_NOT_A_TEMPLATE" },
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
      here.push(...checkSubmission(reading.submission, reading.catalogue, options));
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
  const { items, sectionOf } = catalogueLookups(catalogue);
  const findings: Finding[] = [];
  const unitCode = submission.unit?.code ?? submission.typedUnitCode;
  const add = (rule: FindingRule, code: string | null, message: Wording, cell?: string | null): void => {
    findings.push(
      ruleFinding(
        rule,
        {
          unit: unitCode,
          sheet: submission.sheet,
          cell: cell !== undefined ? cell : code ? (submission.figures.get(code)?.cell ?? null) : null,
          section: code ? (sectionOf.get(code) ?? null) : null,
        },
        message,
      ),
    );
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
          const values: Record<string, number | string | null> = {};
          const labels: Record<string, Label> = {};
          for (const code of codes) {
            values[code] = lookup(code);
            const item = items.get(code);
            if (item) labels[code] = namedItem(item).label;
          }
          add(rule, firstRef(check), { code: "CHECK_FAILED", check, values, labels });
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
            add(rule, here[0]?.code ?? null, {
              code: "SECTION_EMPTY",
              section: section.roman,
              count: here.length,
              first: here[0]?.code ?? "",
              last: here[here.length - 1]?.code ?? "",
            });
            continue;
          }
          for (const { code, item } of here) {
            add(rule, code, {
              code: "NOT_FILLED",
              item: namedItem(item),
              count: item.type === "N",
            });
          }
        }
        break;
      }
      case "deadline": {
        const sent = lookup(rule.indicator);
        if (typeof sent !== "number" || submission.year === null) break;
        const deadline = reportPeriod(catalogue.period, submission.year).deadline;
        if (sent > isoToExcelSerial(deadline))
          add(rule, rule.indicator, {
            code: "SENT_LATE",
            indicator: rule.indicator,
            sent,
            deadline,
          });
        break;
      }
      case "period": {
        if (submission.year === null) {
          add(rule, null, { code: "YEAR_UNREADABLE" });
          break;
        }
        if (options.expectedYear !== undefined && submission.year !== options.expectedYear) {
          add({ id: "WRONG_YEAR", severity: "error" }, null, {
            code: "WRONG_YEAR",
            year: submission.year,
            expected: options.expectedYear,
          });
        }
        for (const [code, expected] of [
          [catalogue.roles.periodFrom, (period as NonNullable<typeof period>).from],
          [catalogue.roles.periodTo, (period as NonNullable<typeof period>).to],
        ] as const) {
          const value = lookup(code);
          if (typeof value === "number" && value !== isoToExcelSerial(expected)) {
            const item = items.get(code) as Item;
            add(rule, code, {
              code: "PERIOD_DATE",
              item: namedItem(item),
              value,
              year: submission.year,
              expected,
            });
          }
        }
        break;
      }
      case "evidence": {
        const onEvidence = (cell: string | null, section: string, message: Wording): void => {
          findings.push(
            ruleFinding(rule, { unit: unitCode, sheet: submission.sheet, cell, section }, message),
          );
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
              onEvidence(evidence.cell, section.id, {
                code: "EVIDENCE_OUTSIDE_PERIOD",
                section: section.roman,
                from: period.from,
                to: period.to,
                documents: outside.map((d) => ({ symbol: d.symbol, dateText: d.dateText })),
              });
            }
          }
          if (positive.length === 0 || !evidence || evidence.text !== null || evidence.cell === null)
            continue;
          onEvidence(evidence.cell, section.id, {
            code: "EVIDENCE_MISSING",
            section: section.roman,
            figures: positive.map((i) => ({ code: i.code, value: Number(lookup(i.code)) })),
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
                null,
                {
                  code: "LIST_ROW_INCOMPLETE",
                  name: String(r.values[list.key]),
                  columns: blank.map((c) => ({ vi: c.label, en: c.english })),
                },
                cellOf(r.row, (blank[0] as { key: string }).key),
              );
            for (const c of wrong)
              add(
                rule,
                null,
                {
                  code: "LIST_ROW_NOT_AN_OPTION",
                  name: String(r.values[list.key]),
                  column: { vi: c.label, en: c.english },
                  value: String(r.values[c.key]),
                  options: [...(c.options ?? [])],
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
                null,
                { code: "LIST_NAME_TWICE", name: String(r.values[list.key]), first, row: r.row },
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
            add(rule, tally.indicator, {
              code: "LIST_TALLY",
              item: namedItem(item),
              typed,
              section: list.roman,
              counted,
            });
          }
        }
        break;
      }
      case "registry": {
        const typed = submission.typedUnitCode;
        if (submission.unit === null) {
          add(rule, catalogue.roles.unitCode, {
            code: "UNIT_NOT_IN_LIST",
            typed: typed ?? "",
          });
          break;
        }
        const typedKind = lookup(catalogue.roles.unitKind);
        if (typeof typedKind === "string" && typedKind !== submission.unit.kind) {
          add(rule, catalogue.roles.unitKind, {
            code: "UNIT_KIND",
            typed: typedKind,
            unit: submission.unit.name,
            kind: submission.unit.kind,
          });
        }
        if (period && unitsValidIn({ units: [submission.unit] }, period.from, period.to).length === 0) {
          add(rule, catalogue.roles.unitCode, {
            code: "UNIT_INACTIVE",
            unit: submission.unit.name,
            year: submission.year as number,
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
