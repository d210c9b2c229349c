import { en } from "./text/en/pane";
import { vi } from "./text/vi/pane";
import { localized } from "../domain/i18n/localized";
import type { Lang, Message } from "../domain/i18n/lang";
import type { RollupOutcome } from "../app/paneHost";

export type RolledUp = Extract<RollupOutcome, { status: "done" }>;

const table = localized({ vi, en });

/** Every fixed sentence the task pane shows, each in every language (words: text/vi/, text/en/). */
export const S = table.words;
export const registrySource = table.sentence((text) => text.registrySource);
export const placed = table.sentence((text) => text.placed);
export const existsTitle = table.sentence((text) => text.existsTitle);
export const existsBody = table.sentence((text) => text.existsBody);
export const existsReplace = table.sentence((text) => text.existsReplace);
export const noUnitsInPeriod = table.sentence((text) => text.noUnitsInPeriod);
export const findingCounts = table.sentence((text) => text.findingCounts);
export const checkSummary = table.sentence((text) => text.checkSummary);
export const checkedSheets = table.sentence((text) => text.checkedSheets);
export const unitHeading = table.sentence((text) => text.unitHeading);
export const sheetCaption = table.sentence((text) => text.sheetCaption);
export const sectionFallback = table.sentence((text) => text.sectionFallback);
export const selectCellFailed = table.sentence((text) => text.selectCellFailed);
export const sendDateTitle = table.sentence((text) => text.sendDateTitle);
export const sendDateBody = table.sentence((text) => text.sendDateBody);
export const prepared = table.sentence((text) => text.prepared);
export const stillHasErrors = table.sentence((text) => text.stillHasErrors);
export const rollupButton = table.sentence((text) => text.rollupButton);
export const rollupResult = table.sentence((text) => text.rollupResult);
export const rollupSheets = table.sentence((text) => text.rollupSheets);
export const rollupFindingsSheet = table.sentence((text) => text.rollupFindingsSheet);
export const noBuiltinUnitsInPeriod = table.sentence((text) => text.noBuiltinUnitsInPeriod);
export const createRegistryDraft = table.sentence((text) => text.createRegistryDraft);

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
