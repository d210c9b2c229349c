import { en } from "./text/en/pane";
import { vi } from "./text/vi/pane";
import { localized } from "../domain/i18n/localized";
import type { Lang, Message } from "../domain/i18n/lang";
import type { RollupOutcome } from "../app/paneHost";

export type RolledUp = Extract<RollupOutcome, { status: "done" }>;

/** Every fixed sentence the task pane shows, each in every language (words: text/vi/, text/en/). */
export const S = localized({ vi, en });

/**
 * Commands that work as shown for the report year: with the built-in list when it has units in
 * the year, else through an example unit list to edit first.
 */
export function cliExample(year: number, builtinHasUnits: boolean): string {
  return builtinHasUnits
    ? `npx dvcq template --year ${year} --unit XA-XUAN-HOA --out XA-XUAN-HOA_${year}.xlsx\nnpx dvcq template --year ${year} --all --out mau-bieu`
    : `npx dvcq registry --example --out don-vi.csv\nnpx dvcq template --year ${year} --all --units don-vi.csv --out mau-bieu`;
}

/** The text of a thrown error, for showing under a sentence of ours. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A sentence of the pane's tables, in the pane's language. */
export function t(message: Message, lang: Lang): string {
  return message[lang];
}
