import { execFileSync } from "node:child_process";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");

/**
 * Lints each [file, source] as if the file were at that path in the repository, with the project's
 * own eslint.config.mjs (an ES module, so in a Node child rather than inside jest), and returns the
 * import-direction messages of each.
 */
function directionErrors(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [file, source] of cases) {
      const [result] = await eslint.lintText(source + "\\nexport const used = [x];\\n", { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, JSON.stringify(cases)],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  );
  return JSON.parse(stdout) as string[][];
}

const refused: readonly (readonly [string, string, string])[] = [
  [
    "src/domain/report/x.ts",
    'import { x } from "../../excel/writePlan";',
    "The domain core imports only the domain.",
  ],
  [
    "src/domain/report/x.ts",
    'import { x } from "../../app/paneHost";',
    "The domain core imports only the domain.",
  ],
  ["src/domain/read/x.ts", 'import { x } from "node:fs";', "The domain core is pure"],
  ["src/domain/read/x.ts", 'import { x } from "react";', "The domain core is pure"],
  ["src/app/x.ts", 'import { x } from "../excel/marks";', "The host contract imports only the domain."],
  [
    "src/excel/x.ts",
    'import { x } from "../taskpane/strings";',
    "A host never imports the pane or the page.",
  ],
  ["src/files/x.ts", 'import { x } from "../page/reader";', "A host never imports the pane or the page."],
  ["src/cli/commands/x.ts", 'import { x } from "../../taskpane/components/App";', "A host never imports"],
  [
    "src/taskpane/components/x.ts",
    'import { x } from "../../excel/templateActions";',
    "The pane reaches a host only",
  ],
];
const allowed: readonly (readonly [string, string])[] = [
  ["src/domain/report/x.ts", 'import { x } from "../rollup/rollup";'],
  ["src/app/x.ts", 'import { x } from "../domain/check/finding";'],
  ["src/excel/x.ts", 'import { x } from "../app/paneHost";'],
  ["src/taskpane/components/x.ts", 'import { x } from "../../app/paneHost";'],
  ["src/taskpane/index.tsx", 'import { x } from "../excel/templateActions";'],
];

describe("import directions are enforced by lint", () => {
  let errors: string[][] = [];
  beforeAll(() => {
    errors = directionErrors([...refused.map(([file, source]) => [file, source] as const), ...allowed]);
  }, 60_000);

  test.each(refused.map((c, i) => [...c, i] as const))("%s: %s is refused", (_file, _source, expected, i) => {
    expect(errors[i]).toHaveLength(1);
    expect(errors[i]?.[0]).toContain(expected);
  });

  test.each(allowed.map((c, i) => [...c, refused.length + i] as const))(
    "%s: %s is allowed",
    (_file, _source, i) => {
      expect(errors[i]).toEqual([]);
    },
  );
});
