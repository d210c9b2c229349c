import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { OfficeThemeColours } from "../../src/taskpane/theme";

/** The file a relative import names: `x.ts`, or `x/index.ts` for a folder. */
function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const file of [base, `${base}.ts`, path.join(base, "index.ts")])
    if (file.endsWith(".ts") && existsSync(file)) return file;
  throw new Error(`fakeExcelScript: ${specifier} (imported by ${from}) is no TypeScript module`);
}

/**
 * The modules the fake imports, each compiled to CommonJS (the TypeScript compiler strips the
 * types; no bundler needed), by file, with each `require` of a relative path pointed at its file.
 */
function commonJsModules(entry: string): Map<string, string> {
  const modules = new Map<string, string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.set(file, "");
    const output = ts.transpileModule(readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const linked = output.replace(/require\("(\.[^"]+)"\)/g, (_, specifier: string) => {
      const target = resolveModule(file, specifier);
      visit(target);
      return `require(${JSON.stringify(target)})`;
    });
    modules.set(file, linked);
  };
  visit(entry);
  return modules;
}

export interface FakeExcelScriptOptions {
  displayLanguage: string;
  sheets?: readonly string[];
  /** The highest ExcelApi set the fake Excel supports (default the fake's own, 1.17). */
  excelApi?: string;
  /** Office.context.officeTheme as Office gives it, or none (older Office). */
  officeTheme?: OfficeThemeColours | null;
}

/**
 * test/support/fakeExcel for the browser, with a small `require` linking its modules, and Node's
 * Buffer.byteLength as TextEncoder's. Once office.js has defined `Office`, `install` puts the fake
 * Excel in place and makes Office.onReady say the host is Excel, with the given display language.
 */
export function fakeExcelScript(options: FakeExcelScriptOptions): string {
  const modules = [...commonJsModules(resolveModule(__filename, "../support/fakeExcel")).entries()]
    .map(([file, code]) => `${JSON.stringify(file)}: function (exports, require, module) { ${code} }`)
    .join(",\n");
  const fakeOptions = {
    sheets: options.sheets ?? ["Sheet1"],
    ...(options.excelApi ? { excelApi: options.excelApi } : {}),
  };
  const context = {
    displayLanguage: options.displayLanguage,
    ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
  };
  return `(() => {
  const Buffer = { byteLength: (text) => new TextEncoder().encode(text).length };
  const sources = { ${modules} };
  const cache = {};
  const require = (name) => {
    if (cache[name]) return cache[name].exports;
    const module = (cache[name] = { exports: {} });
    sources[name](module.exports, require, module);
    return module.exports;
  };
  const { FakeExcel } = require(${JSON.stringify(resolveModule(__filename, "../support/fakeExcel"))});
  const fake = new FakeExcel(${JSON.stringify(fakeOptions)});
  window.__dvcqFakeExcel = fake;
  window.__dvcqInstallFakeExcel = () => {
    const office = window.Office;
    fake.install();
    const requirements = window.Office.context.requirements;
    const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
    // office.js's Office cannot be replaced, nor its context, which it sets while it starts: what
    // Excel answers differently goes onto that context when the pane asks whether Office is ready.
    window.Office = office;
    const context = { ...${JSON.stringify(context)}, requirements };
    const ready = () => {
      for (const [key, value] of Object.entries(context))
        Object.defineProperty(office.context, key, { configurable: true, value });
      return info;
    };
    // office.js sets Office.context only once it has started (seen after the pane asked, on a busy
    // machine): the pane hears that Office is ready when office.js's own onReady says so.
    const started = office.onReady.bind(office);
    office.onReady = (callback) =>
      started().then(() => {
        const answer = ready();
        if (callback) callback(answer);
        return answer;
      });
  };
})();`;
}
