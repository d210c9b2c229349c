import type { Lang } from "../domain/i18n/lang";
import { COMMANDS, COMMON_OPTIONS, type CommandName } from "./args";
import { CLI_HELP, M, type OptionHelp } from "./messages";

/** `dvcq <command> --help`: what the command does, its usage, and each option explained. */
export function commandHelp(command: CommandName, lang: Lang): string {
  const help = CLI_HELP[lang].commands[command];
  const own = help.options as Record<string, OptionHelp>;
  const lines = [`dvcq ${command} — ${help.about}`, "", M.helpUsage[lang], `  ${help.usage}`];
  if (COMMANDS[command].files) lines.push("", M.helpFiles[lang], M.helpInputs[lang]);
  const ownNames = Object.keys(COMMANDS[command].options);
  const commonNames = Object.keys(COMMON_OPTIONS);
  const common = CLI_HELP[lang].common as Record<string, OptionHelp>;
  const width =
    Math.max(...ownNames.map((n) => head(n, own).length), ...commonNames.map((n) => head(n, common).length)) +
    2;
  lines.push("", M.helpOptions[lang], ...ownNames.map((n) => line(n, own, width)));
  lines.push("", M.helpCommon[lang], ...commonNames.map((n) => line(n, common, width)));
  lines.push("", M.helpExit[lang]);
  return lines.join("\n");
}

function head(name: string, help: Record<string, OptionHelp>): string {
  const value = help[name]?.value;
  return `  --${name}${value ? ` ${value}` : ""}`;
}

function line(name: string, help: Record<string, OptionHelp>, width: number): string {
  return `${head(name, help).padEnd(width)}${help[name]?.text ?? ""}`;
}
