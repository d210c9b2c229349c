import type { Lang, Message } from "./lang";

type Words<T> = { readonly [K in keyof T as T[K] extends string ? K : never]: Message };

/**
 * A table of sentences in every language (its modules under text/<language>/ of the pane, the Excel shell …): the fixed
 * sentences as pairs, and each sentence built from its arguments, as the pane's t(message, lang) picks from.
 */
export function localized<T extends object>(locales: Readonly<Record<Lang, T>>) {
  const inEvery = (pick: (text: T) => string): Message => ({ vi: pick(locales.vi), en: pick(locales.en) });
  const words = Object.fromEntries(
    Object.entries(locales.vi)
      .filter(([, value]) => typeof value === "string")
      .map(([key]) => [key, inEvery((text) => (text as Record<string, string>)[key] as string)]),
  ) as Words<T>;
  const sentence =
    <A extends unknown[]>(pick: (text: T) => (...args: A) => string) =>
    (...args: A): Message =>
      inEvery((text) => pick(text)(...args));
  return { words, sentence };
}
