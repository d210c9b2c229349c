import { en } from "./text/en/importPanel";
import { vi } from "./text/vi/importPanel";
import { localized } from "../domain/i18n/localized";

/** The import panel's fixed sentences, each in every language (words: text/vi/, text/en/). */
export const IS = localized({ vi, en });
export const DECISION = localized({ vi: vi.decision, en: en.decision });
