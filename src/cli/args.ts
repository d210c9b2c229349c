import { parseArgs as nodeParseArgs, type ParseArgsConfig } from "node:util";
import type { Lang, Message } from "../domain/i18n/lang";
import { M } from "./messages";
import { nearest } from "./suggest";

type OptionType = "string" | "boolean";

/** Options every command takes. */
export const COMMON_OPTIONS = {
  units: "string",
  catalogue: "string",
  lang: "string",
  help: "boolean",
  version: "boolean",
} as const satisfies Record<string, OptionType>;

/** The commands of shared/contract.md section 2, each with its own options and whether it takes files. */
export const COMMANDS = {
  template: {
    files: false,
    options: { year: "string", unit: "string", all: "boolean", out: "string", force: "boolean" },
  },
  check: {
    files: true,
    options: { year: "string", json: "boolean", previous: "string", recursive: "boolean" },
  },
  rollup: {
    files: true,
    options: {
      year: "string",
      out: "string",
      json: "string",
      facts: "string",
      feedback: "string",
      "resend-by": "string",
      previous: "string",
      recursive: "boolean",
      force: "boolean",
    },
  },
  demo: { files: false, options: { out: "string" } },
  registry: {
    files: false,
    options: { example: "boolean", year: "string", out: "string", force: "boolean" },
  },
} as const satisfies Record<string, { files: boolean; options: Record<string, OptionType> }>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
export const LANGS: readonly Lang[] = ["vi", "en"];

/** Short spellings. */
const SHORT: Record<string, string> = { help: "h" };

export interface ParsedArgs {
  command: CommandName;
  files: string[];
  /** Options given with a value, by name without the dashes. */
  values: ReadonlyMap<string, string>;
  /** Flags given, by name without the dashes. */
  flags: ReadonlySet<string>;
}

/** What the command line got wrong. */
export interface Problem {
  message: Message;
  /** A "Có phải là …?" to add. */
  suggestion?: string;
  /** The language asked for is unknown: the message in every language. */
  inEveryLanguage?: true;
  /** The command is unknown: the usage follows. */
  withUsage?: true;
}

export type ArgsResult =
  | { lang: Lang; kind: "run"; args: ParsedArgs }
  | { lang: Lang; kind: "help"; command: CommandName | undefined }
  | { lang: Lang; kind: "version" }
  /** No command at all: the usage, and exit 2. */
  | { lang: Lang; kind: "usage" }
  | { lang: Lang; kind: "problem"; problem: Problem; command: CommandName | undefined };

const allOptionNames = (): Set<string> =>
  new Set([
    ...Object.keys(COMMON_OPTIONS),
    ...COMMAND_NAMES.flatMap((c) => Object.keys(COMMANDS[c].options)),
  ]);

function config(options: Record<string, OptionType>): NonNullable<ParseArgsConfig["options"]> {
  const out: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, type] of Object.entries(options)) {
    const short = SHORT[name];
    out[name] = short === undefined ? { type } : { type, short };
  }
  return out;
}

type Token = NonNullable<ReturnType<typeof nodeParseArgs>["tokens"]>[number];

function tokensOf(argv: readonly string[], options: Record<string, OptionType>): Token[] {
  return (
    nodeParseArgs({
      args: [...argv],
      options: config(options),
      strict: false,
      allowPositionals: true,
      tokens: true,
    }).tokens ?? []
  );
}

/**
 * Reads the command line with Node's util.parseArgs, strictly, against the options of the command
 * named: an unknown or misplaced option, a missing value, a flag given a value or an option given
 * twice is a Problem to print, with a suggestion where one is near.
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  // A first, lenient pass finds the language and the command word among every known option.
  const union: Record<string, OptionType> = { ...COMMON_OPTIONS };
  for (const c of COMMAND_NAMES) Object.assign(union, COMMANDS[c].options);
  union.json = "boolean";
  const first = tokensOf(argv, union);

  const langTokens = first.filter((t) => t.kind === "option" && t.name === "lang");
  const langToken = langTokens[langTokens.length - 1];
  let lang: Lang = "vi";
  if (langToken && langToken.kind === "option") {
    const value = langToken.value;
    if (value === undefined || value === "")
      return {
        lang,
        kind: "problem",
        problem: { message: M.missingValue("--lang") },
        command: undefined,
      };
    if (!LANGS.includes(value as Lang))
      return {
        lang,
        kind: "problem",
        problem: { message: M.badLang(value), inEveryLanguage: true },
        command: undefined,
      };
    lang = value as Lang;
  }

  const positionals = first.filter((t) => t.kind === "positional");
  const wantsHelp = first.some((t) => t.kind === "option" && t.name === "help");
  const wantsVersion = first.some((t) => t.kind === "option" && t.name === "version");
  const commandToken = positionals[0];
  let word = commandToken?.value;
  const skip = new Set<number>();
  if (commandToken) skip.add(commandToken.index);
  let help = wantsHelp;
  if (word === "help") {
    help = true;
    const next = positionals[1];
    word = next?.value;
    if (next) skip.add(next.index);
  }

  if (word === undefined) {
    if (wantsVersion && !help) return { lang, kind: "version" };
    return help ? { lang, kind: "help", command: undefined } : { lang, kind: "usage" };
  }
  if (!(word in COMMANDS)) {
    const guess = nearest(word, COMMAND_NAMES, (c) => c)[0];
    return {
      lang,
      kind: "problem",
      problem: { message: M.unknownCommand(word), withUsage: true, ...(guess ? { suggestion: guess } : {}) },
      command: undefined,
    };
  }
  const command = word as CommandName;
  if (help) return { lang, kind: "help", command };
  if (wantsVersion) return { lang, kind: "version" };

  const spec: Record<string, OptionType> = { ...COMMON_OPTIONS, ...COMMANDS[command].options };
  const rest = argv.filter((_, i) => !skip.has(i));
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({
      args: rest,
      options: config(spec),
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch {
    return { lang, kind: "problem", problem: diagnose(rest, spec, command), command };
  }
  const problem = afterParse(parsed.tokens ?? [], spec, command);
  if (problem) return { lang, kind: "problem", problem, command };

  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === "string") values.set(name, value);
    else if (value === true) flags.add(name);
  }
  return { lang, kind: "run", args: { command, files: parsed.positionals, values, flags } };
}

/** What strict parsing refused, told in the clerk's words. */
function diagnose(argv: readonly string[], spec: Record<string, OptionType>, command: CommandName): Problem {
  for (const t of tokensOf(argv, spec)) {
    if (t.kind !== "option") continue;
    const type = spec[t.name];
    if (type === undefined) return unknownOption(t.rawName, spec, command);
    if (type === "string" && (t.value === undefined || (!t.inlineValue && t.value.startsWith("-"))))
      return { message: M.missingValue(t.rawName) };
    if (type === "boolean" && t.inlineValue) return { message: M.flagTakesNoValue(t.rawName) };
  }
  return { message: M.argsNotUnderstood(argv.join(" ")) };
}

/** What util.parseArgs lets through: an empty value, an option twice, files for a command without. */
function afterParse(
  tokens: readonly Token[],
  spec: Record<string, OptionType>,
  command: CommandName,
): Problem | undefined {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind === "option" && spec[t.name] === "string") {
      if (t.value === undefined || t.value.trim() === "") return { message: M.missingValue(t.rawName) };
      if (seen.has(t.name)) return { message: M.optionTwice(t.rawName) };
      seen.add(t.name);
    }
    if (t.kind === "positional" && !COMMANDS[command].files)
      return { message: M.unexpectedArgument(command, t.value) };
  }
  return undefined;
}

function unknownOption(raw: string, spec: Record<string, OptionType>, command: CommandName): Problem {
  const name = raw.replace(/^-+/, "");
  if (raw.startsWith("--") && allOptionNames().has(name))
    return { message: M.optionNotForCommand(raw, command) };
  const guess = nearest(name, Object.keys(spec), (n) => n)[0];
  return { message: M.unknownOption(raw, command), ...(guess ? { suggestion: `--${guess}` } : {}) };
}
