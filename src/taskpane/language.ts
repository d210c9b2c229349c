import { createContext, useContext } from "react";
import type { Lang, Message } from "../domain/i18n/lang";
import { t } from "./strings";

/** The language the pane (or the page) speaks: its root provides it, the language switch changes it. */
export const LanguageContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LanguageContext);
}

/** The pane's t(message) in the language of the context, so a component reads its words without holding the language. */
export function useT(): (message: Message) => string {
  const lang = useLang();
  return (message) => t(message, lang);
}
