/** Command-line words: the command, its files, and --options (with a value, or flags). */
export interface ParsedArgs {
  command: string | undefined;
  files: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

const FLAGS = new Set(["--all", "--json", "--help", "-h"]);
/** Commands for which --json names the file to write rather than switching output to JSON. */
const JSON_TAKES_A_FILE = new Set(["rollup"]);

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; missingValueFor: string };

export function parseArgs(argv: readonly string[]): ArgsResult {
  const args: ParsedArgs = { command: undefined, files: [], options: new Map(), flags: new Set() };
  const command = argv.find((w) => !w.startsWith("-"));
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (FLAGS.has(word) && !(word === "--json" && command !== undefined && JSON_TAKES_A_FILE.has(command)))
      args.flags.add(word);
    else if (word.startsWith("--")) {
      const [name, inline] = word.split("=", 2) as [string, string | undefined];
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        return { ok: false, missingValueFor: name };
      args.options.set(name, value);
      if (inline === undefined) i++;
    } else if (args.command === undefined) args.command = word;
    else args.files.push(word);
  }
  return { ok: true, args };
}
