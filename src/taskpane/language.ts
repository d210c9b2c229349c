import { createContext, useContext } from "react";
import type { Lang } from "../domain/i18n/lang";
import { say, type Wording } from "../domain/i18n/say";

/** The language the pane (or the page) speaks: its root provides it, the language switch changes it. */
export const LanguageContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LanguageContext);
}

/** Words in the language of the context. */
export type Translate = (wording: Wording) => string;

/**
 * The pane's words (a Message, or a finding's phrase) in the language of the context, so a
 * component reads them without holding the language.
 */
export function useT(): Translate {
  const lang = useLang();
  return (wording) => say(wording, lang);
}
