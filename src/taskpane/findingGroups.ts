import type { Section } from "../domain/catalogue/types";
import { countBySeverity, type Finding } from "../domain/check/finding";
import type { Message } from "../domain/i18n/lang";
import type { CheckedSheet } from "../app/paneHost";
import { S } from "./strings";

export interface SectionGroup {
  /** "0" … "7", or null for findings about the whole sheet. */
  section: string | null;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** The findings of one template sheet, that is one unit and year. */
export interface SheetGroup {
  sheet: string | null;
  heading: Message;
  sections: SectionGroup[];
  errors: number;
  warnings: number;
}

/**
 * Findings by sheet (in the order the sheets were checked; workbook-wide findings first), then by
 * section (whole-sheet findings first, then 0, I … VII); each finding keeps the checker's order.
 */
export function groupFindings(findings: readonly Finding[], sheets: readonly CheckedSheet[]): SheetGroup[] {
  const bySheet = new Map<string | null, Finding[]>();
  const order = (sheet: string | null): number => {
    const i = sheets.findIndex((s) => s.sheet === sheet);
    return sheet === null ? -1 : i < 0 ? sheets.length : i;
  };
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return [...bySheet.entries()]
    .map(([sheet, own]) => ({ sheet, own, rank: order(sheet) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ sheet, own }) => ({
      sheet,
      heading: heading(
        sheet,
        own,
        sheets.find((s) => s.sheet === sheet),
      ),
      sections: groupSections(own),
      ...countsOf(own),
    }));
}

function groupSections(findings: readonly Finding[]): SectionGroup[] {
  const bySection = new Map<string | null, Finding[]>();
  for (const f of findings) bySection.set(f.section, [...(bySection.get(f.section) ?? []), f]);
  return [...bySection.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b, "en", { numeric: true })))
    .map(([section, own]) => ({ section, findings: own, ...countsOf(own) }));
}

function heading(
  sheet: string | null,
  findings: readonly Finding[],
  checked: CheckedSheet | undefined,
): Message {
  if (sheet === null) return S.workbook;
  const code = checked?.unitCode ?? findings.find((f) => f.unit !== null)?.unit ?? null;
  const name = checked?.unitName ?? code ?? sheet;
  return S.unitHeading(name, code, checked?.year ?? null);
}

function countsOf(findings: readonly Finding[]): { errors: number; warnings: number } {
  const { error, warning } = countBySeverity(findings);
  return { errors: error, warnings: warning };
}

/** "VI. Giải quyết khiếu nại, tố cáo" for section "6"; "Thông tin chung" for "0"; "Toàn trang" for null. */
export function sectionHeading(sections: readonly Section[], id: string | null): Message {
  if (id === null) return S.sectionWholeSheet;
  if (id === "0") return S.sectionGeneral;
  const section = sections.find((s) => s.id === id);
  return section
    ? { vi: `${section.roman}. ${section.title}`, en: `${section.roman}. ${section.english}` }
    : S.sectionFallback(id);
}
