import { inEveryLang, type Lang, type Message } from "./lang";

type Sentence = (...args: never[]) => string;

/** Each fixed sentence of `T` as a Message, each sentence built from its arguments as a function giving one. */
export type Localized<T> = {
  readonly [K in keyof T as T[K] extends string | Sentence ? K : never]: T[K] extends string
    ? Message
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => Message
      : never;
};

/**
 * A table of sentences in every language (its modules under text/<language>/ of the pane, the Excel shell …), as the
 * pane's t(message) picks from. Keys that are neither a sentence nor a sentence builder (a nested table) are left out.
 */
export function localized<T extends object>(locales: Readonly<Record<Lang, T>>): Localized<T> {
  const inEvery = (pick: (text: T) => string): Message => inEveryLang((lang) => pick(locales[lang]));
  const at = (text: T, key: string): unknown => (text as Record<string, unknown>)[key];
  return Object.fromEntries(
    Object.entries(locales.vi).flatMap(
      ([key, value]): [string, Message | ((...args: unknown[]) => Message)][] => {
        if (typeof value === "string") return [[key, inEvery((text) => at(text, key) as string)]];
        if (typeof value !== "function") return [];
        const sentence = (...args: unknown[]): Message =>
          inEvery((text) => (at(text, key) as (...a: unknown[]) => string).apply(text, args));
        return [[key, sentence]];
      },
    ),
  ) as Localized<T>;
}
