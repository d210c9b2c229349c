import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SUPPORT = path.join(__dirname, "../support/fakeExcel.ts");
const A1 = path.join(__dirname, "../../src/domain/layout/a1.ts");

function commonJs(file: string): string {
  return ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/**
 * test/support/fakeExcel.ts for the browser: the TypeScript compiler strips its types (no bundler
 * needed for two modules), a ten-line `require` links it to the a1 module it imports, and Node's
 * Buffer.byteLength becomes TextEncoder's. Once office.js has defined `Office`, `install` puts the
 * fake Excel in place and makes Office.onReady say the host is Excel, with the given display language.
 */
export function fakeExcelScript(options: { displayLanguage: string; sheets?: readonly string[] }): string {
  return `(() => {
  const Buffer = { byteLength: (text) => new TextEncoder().encode(text).length };
  const sources = {
    "../../src/domain/layout/a1": function (exports, require, module) { ${commonJs(A1)} },
    fake: function (exports, require, module) { ${commonJs(SUPPORT)} },
  };
  const cache = {};
  const require = (name) => {
    if (cache[name]) return cache[name].exports;
    const module = (cache[name] = { exports: {} });
    sources[name](module.exports, require, module);
    return module.exports;
  };
  const { FakeExcel } = require("fake");
  const fake = new FakeExcel({ sheets: ${JSON.stringify(options.sheets ?? ["Sheet1"])} });
  window.__dvcqFakeExcel = fake;
  window.__dvcqInstallFakeExcel = () => {
    const office = window.Office;
    fake.install();
    const requirements = window.Office.context.requirements;
    const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
    // office.js's Office cannot be replaced, nor its context, which it sets while it starts: what
    // Excel answers differently goes onto that context when the pane asks whether Office is ready.
    window.Office = office;
    const context = { displayLanguage: ${JSON.stringify(options.displayLanguage)}, requirements };
    const ready = () => {
      for (const [key, value] of Object.entries(context))
        Object.defineProperty(office.context, key, { configurable: true, value });
      return info;
    };
    office.onReady = (callback) =>
      new Promise((resolve) =>
        setTimeout(() => {
          if (callback) callback(ready());
          resolve(ready());
        }, 0),
      );
  };
})();`;
}
