import { createContext, useContext } from "react";
import type { Lang } from "../domain/i18n/lang";

/** The language the pane (or the page) speaks: its root provides it, the language switch changes it. */
export const LanguageContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LanguageContext);
}
