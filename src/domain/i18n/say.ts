import { en } from "./en";
import { inEveryLang, type Lang, type Message } from "./lang";
import { render, type Locale, type Phrase } from "./phrase";
import { vi } from "./vi";

/** One locale module per language the product speaks. */
const LOCALES: Readonly<Record<Lang, Locale>> = { vi, en };

/**
 * What a finding says: a phrase of the domain (a code and its parameters), or a sentence a host
 * worded itself in every language (an Office or file error it passes on).
 */
export type Wording = Phrase | Message;

/** The sentence in `lang`; the one place a phrase becomes words. */
export function say(wording: Wording, lang: Lang): string {
  return "code" in wording ? render(LOCALES[lang], wording) : wording[lang];
}

/** The sentence in every language, for a host that passes words on as they are (a Message). */
export function sayEvery(wording: Wording): Message {
  return inEveryLang((lang) => say(wording, lang));
}
