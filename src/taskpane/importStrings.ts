import { en } from "./text/en/importPanel";
import { vi } from "./text/vi/importPanel";
import { localized } from "../domain/i18n/localized";

const table = localized({ vi, en });

/** The import panel's fixed sentences, each in every language (words: text/vi/, text/en/). */
export const IS = table.words;
export const DECISION = localized({ vi: vi.decision, en: en.decision }).words;
export const importing = table.sentence((text) => text.importing);
export const duplicateBody = table.sentence((text) => text.duplicateBody);
export const importedSummary = table.sentence((text) => text.importedSummary);
export const unexpected = table.sentence((text) => text.unexpected);
