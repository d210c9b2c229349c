import { main } from "../../src/cli/main";

/** Runs the command line in this process, from the current source, in `cwd`; what it printed, line by line joined. */
export async function runMain(
  argv: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
