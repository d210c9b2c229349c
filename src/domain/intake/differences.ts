import { allIndicators } from "../catalogue/load";
import type { Catalogue, HeaderField, Indicator } from "../catalogue/types";
import type { Figure, Submission } from "../read/submission";
import { formatDateVi, formatNumberVi, formatPercentVi } from "../text/vnformat";

/** One figure that two reports of the same unit and year give differently, as the clerk reads them. */
export interface CellDifference {
  code: string;
  label: string;
  existing: string;
  incoming: string;
}

export const BLANK = "(trống)";
const UNREADABLE = "(không đọc được)";

/**
 * Every header field, indicator and Minh chứng whose value differs between the report already in
 * the workbook and the one arriving, in catalogue order. Values are compared as read (a figure
 * typed as "1.234" and one typed as 1234 are the same), and shown the Vietnamese way.
 */
export function differences(
  existing: Submission,
  incoming: Submission,
  catalogue: Catalogue,
): CellDifference[] {
  const out: CellDifference[] = [];
  const items: (HeaderField | Indicator)[] = [...catalogue.header, ...allIndicators(catalogue)];
  for (const item of items) {
    const before = shown(existing.figures.get(item.code), item);
    const after = shown(incoming.figures.get(item.code), item);
    if (before !== after) out.push({ code: item.code, label: item.label, existing: before, incoming: after });
  }
  for (const section of catalogue.sections) {
    const before = existing.evidence.get(section.id)?.text ?? null;
    const after = incoming.evidence.get(section.id)?.text ?? null;
    if ((before ?? "").trim() !== (after ?? "").trim()) {
      out.push({
        code: `MC ${section.roman}`,
        label: `Minh chứng mục ${section.roman}`,
        existing: textOrBlank(before),
        incoming: textOrBlank(after),
      });
    }
  }
  return out;
}

function textOrBlank(text: string | null): string {
  return text === null || text.trim() === "" ? BLANK : text;
}

function shown(figure: Figure | undefined, item: HeaderField | Indicator): string {
  if (figure === undefined || figure.status === "blank" || figure.status === "missing") return BLANK;
  if (figure.status === "invalid" || figure.value === null) return UNREADABLE;
  const { value } = figure;
  if (typeof value === "string") return textOrBlank(value);
  switch (item.type) {
    case "%":
      return formatPercentVi(value);
    case "D":
      return formatDateVi(value);
    default:
      return formatNumberVi(value);
  }
}
