import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/previous";
import { vi } from "./text/vi/previous";

/** The roll-up's "last year's figures" control, each sentence in every language (words: text/vi/, text/en/). */
export const PV = localized({ vi, en });
export const { previousHint, previousChosen, comparedLine } = PV;
