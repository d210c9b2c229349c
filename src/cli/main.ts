import { readFileSync } from "node:fs";
import path from "node:path";
import { loadBuiltinCatalogue, V2_FIRST_REPORT_YEAR } from "../domain/catalogue/builtin";
import { templateId } from "../domain/catalogue/types";
import type { Lang } from "../domain/i18n/lang";
import { parseArgs, type CommandName, type Problem } from "./args";
import { CannotRun, EXIT, makeContext, type CliIO, type Context } from "./context";
import { commandHelp } from "./help";
import { M } from "./messages";
import { nodeZlib } from "./nodeZlib";
import { lendZlib } from "../files/hostZlib";

export { EXIT, type CliIO } from "./context";

type Command = (ctx: Context) => Promise<number>;

/**
 * Each command loaded when it runs, with only what it needs: a check never loads exceljs (which
 * alone takes most of a start-up), `--version` and `--help` load no command at all.
 */
const COMMAND_RUN: Record<CommandName, () => Promise<Command>> = {
  template: async () => (await import("./commands/template")).templateCommand,
  check: async () => (await import("./commands/check")).checkCommand,
  rollup: async () => (await import("./commands/rollup")).rollupCommand,
  demo: async () => (await import("./commands/demo")).demoCommand,
  registry: async () => (await import("./commands/registry")).registryCommand,
};

/** `dvcq …`: parses the arguments, runs the command, and returns the exit code of shared/contract.md. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  const { lang } = parsed;
  switch (parsed.kind) {
    case "version":
      // The newest built-in template (report years from V2_FIRST_REPORT_YEAR); earlier versions are still read.
      io.stdout(M.version(packageVersion(), templateId(loadBuiltinCatalogue(V2_FIRST_REPORT_YEAR)))[lang]);
      return EXIT.done;
    case "usage":
      io.stdout(M.usage[lang]);
      return EXIT.couldNotRun;
    case "help":
      io.stdout(parsed.command ? commandHelp(parsed.command, lang) : M.usage[lang]);
      return EXIT.done;
    case "problem":
      io.stderr(problemText(parsed.problem, parsed.command, lang));
      if (parsed.problem.withUsage) io.stderr(M.usage[lang]);
      return EXIT.couldNotRun;
  }
  const ctx = makeContext(parsed.args, io, lang);
  lendZlib(nodeZlib);
  try {
    const run = await COMMAND_RUN[parsed.args.command]();
    return await run(ctx);
  } catch (e) {
    if (e instanceof CannotRun) {
      io.stderr(e.text);
      return EXIT.couldNotRun;
    }
    throw e;
  } finally {
    // Nothing staged and not committed survives the command.
    await ctx.outputs.abort();
  }
}

function problemText(problem: Problem, command: CommandName | undefined, lang: Lang): string {
  if (problem.inEveryLanguage) return [problem.message.vi, problem.message.en].join("\n");
  const hint = problem.suggestion ? ` ${M.didYouMean(problem.suggestion)[lang]}` : "";
  const seeHelp = command ? `\n${M.seeHelp(command)[lang]}` : "";
  return problem.message[lang] + hint + seeHelp;
}

/** The version of package.json, two folders up from src/cli or dist-cli/cli. */
function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return json.version ?? "?";
  } catch {
    return "?";
  }
}
