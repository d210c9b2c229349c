import type { Lang } from "../domain/i18n/lang";
import { en } from "./text/en/codeLabels";
import { vi } from "./text/vi/codeLabels";

// The code itself stays in the JSON and in the label's tooltip.
const LABELS: Record<Lang, Readonly<Record<string, string>>> = { vi, en };

/**
 * What the clerk sees for a finding's code: the reader's codes by their short name, a rule of the
 * catalogue by its id ("R17"), which the template's own checks show too. Null when the code is
 * shown as it is.
 */
export function codeLabel(code: string, lang: Lang): string | null {
  return Object.hasOwn(LABELS[lang], code) ? (LABELS[lang][code] ?? null) : null;
}
