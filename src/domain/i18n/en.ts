import { formatDateVi, formatNumberVi } from "../text/vnformat";
import { describeCheck, type CompareWords } from "./compare";
import { render, type Locale, type Phrase, type Shown, type Wanted } from "./phrase";
import { quote } from "./quote";

const n = (value: number): string => String(value);
const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const shown = (s: Shown): string => ("typed" in s ? quote(s.typed) : `${n(s.number)}${s.percent ? "%" : ""}`);
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const longDate = (day: number, month: number, year: number): string => `${day} ${MONTHS[month - 1]} ${year}`;
const say = (p: Phrase): string => render(en, p);

const WANTED: Record<Wanted, string> = {
  count: "a number",
  percent: "a percentage",
  date: "a date",
  choice: "a choice from the list",
  text: "text",
};

const ERROR_MEANINGS: Readonly<Record<string, string>> = {
  "#REF!": "a reference to a deleted cell",
  "#DIV/0!": "a division by zero",
  "#N/A": "a value that was not found",
  "#VALUE!": "a wrong kind of value in a formula",
  "#NAME?": "an unknown function or name",
  "#NUM!": "an invalid number in a formula",
  "#NULL!": "ranges that do not intersect",
};

const COMPARE: CompareWords = {
  lang: "en",
  fails: {
    "<=": "is greater than",
    ">=": "is less than",
    "<": "is not less than",
    ">": "is not greater than",
    "=": "differs from",
    "<>": "equals",
  },
  holds: {
    "<=": "is at most",
    ">=": "is at least",
    "<": "is less than",
    ">": "is greater than",
    "=": "is",
    "<>": "differs from",
  },
  but: "but",
  number: (value) => String(Math.round(value * 10) / 10),
  weeks: (count) => `the weeks of the period${count}`,
  filledIn: (side) => `${side} is filled in`,
  isBlank: (side) => `${side} is blank`,
};

/** Figures of two years are written the Vietnamese way in English too, as the report shows them. */
const CROSS_YEAR_BROKEN = { "=": "differs from", "<=": "is more than", ">=": "is less than" } as const;

const listed = (codes: string[]): string =>
  codes.length > 6 ? `${codes.slice(0, 6).join(", ")}…` : codes.join(", ");

/** English, for a clerk whose Excel or command line speaks it. */
export const en: Locale = {
  EXCEL_ERROR: (p) => {
    const meaning = ERROR_MEANINGS[p.error];
    return `The cell shows the Excel error ${p.error}${meaning ? ` (${meaning})` : ""}: fix the formula or value`;
  },
  TRUE_FALSE: (p) => `“${p.value ? "TRUE" : "FALSE"}” is a true/false value, not ${WANTED[p.wanted]}`,
  DATE_FOR_NUMBER: (p) => `Excel took what was typed as the date ${formatDateVi(p.serial)}, not a number`,
  DATE_FORMAT_ON_NUMBER: (p) =>
    `The cell has a date format, so ${n(p.value)} shows as a date: format the cell as a number`,
  NOT_A_NUMBER: (p) => `${quote(p.text)} is not a number`,
  PERCENT_FOR_COUNT: (p) => `${quote(p.text)} is a percentage; a whole number is needed here`,
  WORDS_BESIDE_NUMBER: (p) => `${quote(p.text)} has words beside the number: type the number only`,
  NOT_THE_UNIT: (p) =>
    `${quote(p.text)}: ${quote(p.words)} is not the indicator's unit (${p.unit}); type the number only`,
  DOT_IN_COUNT: (p) => `${quote(p.text)} is not a whole number (a dot only separates thousands, as in 1.234)`,
  COMMA_OR_THOUSANDS: (p) =>
    `${quote(p.text)} could be the decimal ${n(p.decimal)} or the whole number ${grouped(Number(p.digits))}: if whole, type ${p.digits}`,
  DOT_AS_DECIMAL: (p) =>
    `${n(p.value)} is not a whole number. If ${grouped(Number(p.digits))} was meant, type ${p.digits}: the computer took the dot as a decimal point`,
  NEGATIVE: (p) => `${shown(p.shown)} is negative: a whole number ≥ 0 is needed`,
  NOT_WHOLE: (p) => `${shown(p.shown)} is not a whole number`,
  TOO_LARGE: (p) => `${shown(p.shown)} is too large`,
  PERCENT_OUT_OF_RANGE: (p) => `${shown(p.shown)} is not a percentage: 0 to 100 is needed`,
  ONE_PERCENT_AMBIGUOUS: (p) => `${shown(p.shown)} could mean 1% or 100%: type 1% or 100%`,
  NUMBER_NOT_A_DATE: (p) =>
    `${n(p.value)} is not a date (a date from 01/01/2000 to 31/12/2100 is needed, day/month/year)`,
  NOT_A_DATE: (p) => `${quote(p.text)} is not a date (day/month/year is needed, e.g. 05/10/2024)`,
  TWO_DIGIT_YEAR: (p) => `${quote(p.text)}: a two-digit year is ambiguous; write all four digits`,
  NO_SUCH_MONTH: (p) =>
    `${quote(p.text)} is not a real date: there is no month ${p.month} (the day comes first, then the month)`,
  NO_SUCH_DAY: (p) =>
    `${quote(p.text)} is not a real date: ${MONTHS[p.month - 1]} ${p.year} has ${p.days} days`,
  DATE_OUT_OF_RANGE: (p) => `${quote(p.text)}: a date from 01/01/2000 to 31/12/2100 is needed`,
  SEVERAL_CHOICES: (p) => `${quote(p.text)} matches several choices: ${p.matches.join(", ")}`,
  NOT_IN_LIST: (p) => `${quote(p.text)} is not in the list: ${p.options.join(", ")}`,

  NUMBER_AS_TEXT: (p) =>
    p.percent
      ? `${quote(p.text)} is a number stored as text, read as ${n(p.value)}%`
      : `${quote(p.text)} is a number stored as text${p.withUnit ? " with its unit" : ""}, read as ${n(p.value)}`,
  PERCENT_AS_FRACTION: (p) =>
    `${shown(p.shown)} was read as a fraction: ${n(p.percent)}%. If ${n(p.value)}% was meant, type “${n(p.value)}%”`,
  DATE_AS_TEXT: (p) =>
    p.dayFirst
      ? `${quote(p.text)} is a date stored as text, read day first as ${longDate(p.day, p.month, p.year)}`
      : `${quote(p.text)} is a date stored as text, read as ${longDate(p.day, p.month, p.year)}`,
  DATE_AS_WORDS: (p) =>
    `${quote(p.text)} is a date written in words, read as ${longDate(p.day, p.month, p.year)}`,
  LEGACY_ENCODING: (p) =>
    `Text in the old ${p.encoding} encoding ${quote(p.typed)} was converted to Unicode: ${quote(p.converted)}`,
  TEXT_NORMALISED: (p) =>
    p.lookalike
      ? `${quote(p.text)} has the look-alike letter Ð, changed to ${quote(p.to)}`
      : `${quote(p.text)} was read as “${p.to}”`,

  SHEET_NOT_A_TEMPLATE: (p) =>
    `Sheet “${p.sheet}” is not a DVCQ template (no template id ${p.templateId} and no code column).`,
  WORKBOOK_NOT_A_TEMPLATE: () => "The workbook has no DVCQ template sheet.",
  TEMPLATE_VERSION: (p) =>
    p.sameFamily
      ? `The sheet uses template ${p.found}, not version ${p.expected}; figures are read by indicator code.`
      : `The sheet uses template ${p.found}, not ${p.expected}; figures are read by indicator code.`,
  VALUE_UNREADABLE: (p) => `${p.item.code} ${p.item.label.en}: ${say(p.problem)}`,
  VALUE_UNDERSTOOD: (p) => `${p.item.code} ${p.item.label.en}: ${say(p.note)}`,
  NAMES_MISSING: (p) =>
    `The DVCQ cell names of ${p.byCode.length + p.byLabel.length} indicators are lost or off their rows (copied by hand, pasted over, or rows inserted by another program?); ` +
    [
      p.byCode.length ? `found by the code column: ${listed(p.byCode)}` : "",
      p.byLabel.length ? `found by label: ${listed(p.byLabel)}` : "",
    ]
      .filter(Boolean)
      .join("; ") +
    ".",
  INDICATOR_NOT_FOUND: (p) =>
    `Indicator ${p.item.code} ${p.item.label.en} is not on the sheet (row deleted?).`,
  LISTS_NOT_IN_VERSION: (p) =>
    `The sheet uses template ${p.found ?? "of an earlier version"}, without the ${p.list.en.toLowerCase()} and the text parts of ${p.expected}; its figures are still read and rolled up.`,
  CHECK_FAILED: (p) => describeCheck(p, COMPARE),
  SECTION_EMPTY: (p) =>
    `Section ${p.section} has no figures yet (${p.count} indicators, ${p.first} to ${p.last}).`,
  NOT_FILLED: (p) =>
    `${p.item.code} ${p.item.label.en}: not filled in${p.count ? " (type 0 if there was none)" : ""}.`,
  SENT_LATE: (p) =>
    `${p.indicator} The report was sent on ${formatDateVi(p.sent)}, after the deadline ${formatDateVi(p.deadline)}.`,
  YEAR_UNREADABLE: () => "The sheet's report year cannot be read.",
  WRONG_YEAR: (p) => `The sheet reports ${p.year}, not ${p.expected}, the year being collected.`,
  PERIOD_DATE: (p) =>
    `${p.item.code} ${p.item.label.en} is ${formatDateVi(p.value)}; the ${p.year} period says ${formatDateVi(p.expected)}.`,
  EVIDENCE_OUTSIDE_PERIOD: (p) =>
    `Evidence of section ${p.section} cites documents outside the period (${formatDateVi(p.from)}–${formatDateVi(p.to)}): ${p.documents.map((d) => `${d.symbol} of ${d.dateText}`).join("; ")}.`,
  EVIDENCE_MISSING: (p) =>
    `Section ${p.section} has figures (${p.figures
      .slice(0, 3)
      .map((f) => `${f.code}: ${f.value}`)
      .join("; ")}) but no evidence.`,
  LIST_ROW_INCOMPLETE: (p) => `Model “${p.name}” has no ${p.columns.map((c) => c.en).join(", ")}.`,
  LIST_ROW_NOT_AN_OPTION: (p) =>
    `Model “${p.name}”: ${p.column.en} “${p.value}” is not one of ${p.options.join(", ")}.`,
  LIST_NAME_TWICE: (p) => `Model “${p.name}” is listed twice (rows ${p.first} and ${p.row}).`,
  LIST_NAME_ELSEWHERE: (p) =>
    `Model “${p.name}” is also listed by ${p.unit} (${p.where}); if it is the same model, only the unit leading it lists it.`,
  LIST_TALLY: (p) =>
    `${p.item.code} ${p.item.label.en} is ${p.typed}; the list in section ${p.section} has ${p.counted}.`,
  UNIT_NOT_IN_LIST: (p) => `Unit code “${p.typed}” is not in the unit list.`,
  UNIT_KIND: (p) => `Unit kind is ${p.typed} but ${p.unit} is of kind ${p.kind}.`,
  UNIT_INACTIVE: (p) => `${p.unit} is not active in the ${p.year} report period.`,
  CROSS_YEAR: (p) =>
    `${p.item.code} ${p.item.label.en} (${p.year}: ${formatNumberVi(p.value)}) ${CROSS_YEAR_BROKEN[p.op]} ${
      p.last.length === 1
        ? `${p.last[0]?.code} ${p.last[0]?.label.en}`.trim()
        : `the sum ${p.last.map((l) => l.code).join(" + ")}`
    } (${p.lastYear}: ${formatNumberVi(p.lastValue)}${p.formedFrom.length > 0 ? `, adding up ${p.formedFrom.join(", ")}` : ""}).`,
  DUPLICATE_SUBMISSION: (p) =>
    `${p.unit} already has a ${p.year} report in ${p.first}; this is a second one.`,
  FILE_UNIT_UNKNOWN: () =>
    "The unit code in the file is not in the unit list; check the unit code cell (0.1) or the unit list.",
  FILE_OTHER_YEAR: (p) =>
    `The report is ${p.year === null ? "without a year" : `for ${p.year}`}, not for ${p.expected}, the year being rolled up.`,
  FILE_UNIT_NOT_EXPECTED: (p) => `${p.unit} is not among the units that report for ${p.year}.`,
  REGISTRY_COLUMNS: (p) =>
    `The unit list lacks the column(s): ${p.missing.join(", ")}. The first row must be: ${p.columns.join(", ")}.`,
  REGISTRY_ROW: (p) => {
    switch (p.row) {
      case "kind":
        return `Line ${p.line} (a kind of unit) was skipped: it needs a kind code (capitals, digits, at most 8, not repeated) and a label.`;
      case "unit":
        return `Line ${p.line} of the unit list was skipped: it needs a code (capitals, digits, -, at most 26), a name, kind X, C or ${p.office}, dates as yyyy-mm-dd.`;
      case "kind unknown":
        return `Line ${p.line} of the unit list was skipped: kind “${p.kind}” is not among the kinds of unit (${p.kinds.join(", ")}).`;
    }
  },
  REGISTRY_DUPLICATE: (p) => `Unit code ${p.unit} is repeated on line ${p.line}; that line was skipped.`,
  REGISTRY_TO_FILL: (p) =>
    `${p.rows.length} line(s) do not count yet, their dates still ${p.placeholder} (${p.rows.join(", ")}): type valid_from for the units still operating in the new period, correct the names and predecessors of merged units, delete the lines of units that are gone.`,
  REGISTRY_EMPTY: () => "The unit list has no unit.",
  PREVIOUS_NOT_FACTS: () => "not a district report (.xlsx) or facts CSV (rollup --facts) written by DVCQ.",
  PREVIOUS_COLUMNS_MISSING: (p) =>
    `not a facts table written by DVCQ (the “${p.sheet}” sheet of a district report, or the CSV of dvcq rollup --facts): no column ${p.missing.join(", ")}.`,
  PREVIOUS_CODE_MISSING: (p) => `line ${p.line}: no unit code or indicator code.`,
  PREVIOUS_TWICE: (p) =>
    `line ${p.line}: indicator ${p.indicator} of unit ${p.unit} for ${p.year} appears twice (lines ${p.first} and ${p.line}).`,
  PREVIOUS_NOT_A_NUMBER: (p) =>
    `line ${p.line}: the value “${p.typed}” of indicator ${p.indicator}, unit ${p.unit} is not a number.`,
  PREVIOUS_NO_FIGURES: () => "holds no figures.",
  PREVIOUS_NO_YEAR: (p) =>
    `holds no figures for ${p.year} (the year before the report year ${p.year + 1}); it has figures for ${p.found.join(", ")}.`,
  PREVIOUS_SHEET_TOO_LARGE: (p) =>
    `its “${p.sheet}” sheet is too large to read; use last year's facts CSV (dvcq rollup --facts FILE.csv).`,
  PREVIOUS_IS_TEMPLATE: (p) =>
    `is a unit's template, not last year's district report; use the district report (DVCQ_${p.year ?? "YEAR"}_TongHop.xlsx) or the CSV of dvcq rollup --facts.`,
  PREVIOUS_NO_SHEET: (p) => `has no “${p.sheet}” sheet of a DVCQ district report.`,
};
