import { createContext, useContext } from "react";
import type { Lang, Message } from "../domain/i18n/lang";

/** The language the pane (or the page) speaks: its root provides it, the language switch changes it. */
export const LanguageContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LanguageContext);
}

/** Words in the language of the context. */
export type Translate = (message: Message) => string;

/**
 * The pane's words in the language of the context, so a component reads them without holding the
 * language. A finding's phrase is rendered by useSay (sayInContext.ts), which brings the domain's
 * locale modules: only the components that show findings load them.
 */
export function useT(): Translate {
  const lang = useLang();
  return (message) => message[lang];
}
