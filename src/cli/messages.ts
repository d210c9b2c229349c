import type { Lang } from "../domain/i18n/lang";
import { localized } from "../domain/i18n/localized";
import type { CommandName, COMMANDS, COMMON_OPTIONS } from "./args";
import { en, enHelp } from "./text/en";
import { vi, viHelp } from "./text/vi";

/** The command line's sentences in one language, as the Vietnamese module has them. */
export type CliText = typeof vi;

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

/** The command line's sentences, each in every language (words: text/vi.ts, text/en.ts). */
export const M = localized({ vi, en });
/** The help of every command, one module per language under src/cli/text/. */
export const CLI_HELP: Readonly<Record<Lang, CliHelp>> = { vi: viHelp, en: enHelp };
