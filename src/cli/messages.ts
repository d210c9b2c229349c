import type { Lang } from "../domain/i18n/lang";
import type { CommandName, COMMANDS, COMMON_OPTIONS } from "./args";
import { en, enHelp } from "./text/en";
import { vi, viHelp } from "./text/vi";

/** The command line's sentences in one language: the keys of the Vietnamese module, each a text. */
export type CliText = { readonly [K in keyof typeof vi]: string };
export type CliTextKey = keyof CliText;

type OptionName<C extends CommandName> = keyof (typeof COMMANDS)[C]["options"] & string;

/** An option as help lists it: its value's placeholder (none for a flag) and what it does. */
export interface OptionHelp {
  value?: string;
  text: string;
}

/** The help of every command and common option, in one language. */
export interface CliHelp {
  commands: {
    [C in CommandName]: { usage: string; about: string; options: Record<OptionName<C>, OptionHelp> };
  };
  common: Record<keyof typeof COMMON_OPTIONS, OptionHelp>;
}

/** One module per language under src/cli/text/. */
export const CLI_TEXT: Readonly<Record<Lang, CliText>> = { vi, en };
export const CLI_HELP: Readonly<Record<Lang, CliHelp>> = { vi: viHelp, en: enHelp };

export function say(lang: Lang, key: CliTextKey, ...args: (string | number)[]): string {
  return fill(CLI_TEXT[lang][key], args);
}

export function fill(text: string, args: readonly (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_m, i: string) => String(args[Number(i)] ?? ""));
}
