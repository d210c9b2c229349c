import type { Lang } from "../domain/i18n/lang";
import { COMMANDS, COMMON_OPTIONS, type CommandName } from "./args";
import { COMMAND_HELP, COMMON_HELP, say, type OptionHelp } from "./messages";

/** `dvcq <command> --help`: what the command does, its usage, and each option explained. */
export function commandHelp(command: CommandName, lang: Lang): string {
  const help = COMMAND_HELP[command];
  const own = help.options as Record<string, OptionHelp>;
  const lines = [
    `dvcq ${command} — ${help.about[lang]}`,
    "",
    say(lang, "helpUsage"),
    `  ${help.usage[lang]}`,
  ];
  if (COMMANDS[command].files) lines.push("", say(lang, "helpFiles"), say(lang, "helpInputs"));
  const ownNames = Object.keys(COMMANDS[command].options);
  const commonNames = Object.keys(COMMON_OPTIONS);
  const common = COMMON_HELP as Record<string, OptionHelp>;
  const width =
    Math.max(
      ...ownNames.map((n) => head(n, own, lang).length),
      ...commonNames.map((n) => head(n, common, lang).length),
    ) + 2;
  lines.push("", say(lang, "helpOptions"), ...ownNames.map((n) => line(n, own, lang, width)));
  lines.push("", say(lang, "helpCommon"), ...commonNames.map((n) => line(n, common, lang, width)));
  lines.push("", say(lang, "helpExit"));
  return lines.join("\n");
}

function head(name: string, help: Record<string, OptionHelp>, lang: Lang): string {
  const value = help[name]?.value;
  return `  --${name}${value ? ` ${value[lang]}` : ""}`;
}

function line(name: string, help: Record<string, OptionHelp>, lang: Lang, width: number): string {
  return `${head(name, help, lang).padEnd(width)}${help[name]?.text[lang] ?? ""}`;
}
