export type Lang = "vi" | "en";

/** A sentence a clerk reads, in each language the product speaks. */
export interface Message {
  vi: string;
  en: string;
}

/** A sentence in every language, each worded by `say`. */
export function inEveryLang(say: (lang: Lang) => string): Message {
  return { vi: say("vi"), en: say("en") };
}

/** "en" when the host's display language is English, otherwise Vietnamese. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}
