/** @jest-environment jsdom */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";

const repoRoot = path.resolve(__dirname, "../..");
/**
 * scripts/test.sh builds once, as deployed (DVCQ_BASE_URL set), for this file and the browser tests,
 * and names the build and its base URL; run alone, this file builds its own.
 */
const PREBUILT =
  process.env.DVCQ_TEST_DIST && process.env.DVCQ_TEST_BASE_URL ? process.env.DVCQ_TEST_DIST : null;
const BASE_URL = PREBUILT ? process.env.DVCQ_TEST_BASE_URL! : "https://dvcq.example.gov.vn/addin/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * The pane's first load inside Excel, measured at 625 KiB / 189 KiB gzip (React 19, Fluent UI v9, the catalogue
 * and the Excel adapter). Headroom for the pane to grow; exceljs (920 KiB) or a whole icon set pulled in eagerly
 * would break it.
 */
const TASKPANE_BUDGET = { minified: 800 * 1024, gzip: 240 * 1024 };

let out = "";
const read = (file: string) => readFileSync(path.join(out, file), "utf8");

beforeAll(() => {
  if (PREBUILT) {
    out = PREBUILT;
    return;
  }
  out = mkdtempSync(path.join(tmpdir(), "dvcq-dist-"));
  const build = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { cwd: repoRoot, encoding: "utf8", env: { ...process.env, DVCQ_BASE_URL: BASE_URL } },
  );
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}, 240_000);

it("writes a manifest naming only DVCQ_BASE_URL", () => {
  const urls = read("manifest.xml").match(/https?:\/\/[^"<\s]+/g) ?? [];
  const own = urls.filter(
    (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
  );
  expect(own.length).toBeGreaterThan(5);
  expect(own.filter((u) => !u.startsWith(BASE_URL))).toEqual([]);
});

it("serves every file the manifest names", () => {
  const named = (read("manifest.xml").match(/https:\/\/[^"<\s]+/g) ?? []).map((u) =>
    u.slice(BASE_URL.length),
  );
  expect(named.filter((file) => !existsSync(path.join(out, file)))).toEqual([]);
});

it("loads Office.js from Microsoft's CDN before the pane's script", () => {
  const scripts = (file: string) =>
    Array.from(new DOMParser().parseFromString(read(file), "text/html").scripts, (s) => ({
      src: s.getAttribute("src"),
      deferred: s.defer,
    })).filter((s) => s.src !== null);
  expect(scripts("taskpane.html")).toEqual([
    { src: OFFICE_JS_CDN, deferred: false },
    { src: expect.stringMatching(/^taskpane\.js\?[0-9a-f]+$/), deferred: true },
    { src: "engine-check.js", deferred: false },
  ]);
  expect(scripts("commands.html")).toEqual([
    { src: OFFICE_JS_CDN, deferred: false },
    { src: "commands-fallback.js", deferred: false },
    { src: expect.stringMatching(/^commands\.js\?[0-9a-f]+$/), deferred: true },
  ]);
});

it("ships the copy of office.js that pages outside Office use", () => {
  expect(read("office-js/office.js")).toBe(
    readFileSync(path.join(repoRoot, "node_modules/@microsoft/office-js/dist/office.js"), "utf8"),
  );
  expect(existsSync(path.join(out, "office-js/o15apptofilemappingtable.js"))).toBe(true);
});

it("keeps the task pane's script within its budget", () => {
  const script = readFileSync(path.join(out, "taskpane.js"));
  const sizes = { minified: script.length, gzip: gzipSync(script).length };
  expect(sizes.minified).toBeLessThanOrEqual(TASKPANE_BUDGET.minified);
  expect(sizes.gzip).toBeLessThanOrEqual(TASKPANE_BUDGET.gzip);
});

it("leaves every finding's words out of the pane's first script: they come with the tabs that show findings", () => {
  // A sentence of the domain's Vietnamese locale (src/domain/i18n/vi.ts, EXCEL_ERROR).
  expect(read("taskpane.js")).not.toContain("cần sửa công thức hoặc giá trị");
  expect(read("taskpane.js")).toContain("Xuân Lộc");
});

/** Whether acorn parses the file as a classic script of that ECMAScript edition. */
function parsesAs(file: string, ecmaVersion: 5 | 2019 | 2020): boolean {
  try {
    parse(read(file), { ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
}

describe("the ribbon's function file on the oldest Excel the manifest admits (ExcelApi 1.8: Excel 2019)", () => {
  it("is ES2020, which the web views of Excel 2019 (ES5 to ES2019) cannot parse", () => {
    expect(parsesAs("commands.js", 2020)).toBe(true);
    expect(parsesAs("commands.js", 2019)).toBe(false);
  });

  it("comes after a fallback in ES5 that opens the dialog the build ships", () => {
    expect(parsesAs("commands-fallback.js", 5)).toBe(true);
    expect(read("commands-fallback.js")).toContain('"command-unsupported.html"');
    expect(read("command-unsupported.html")).toContain(
      "Nút “Kiểm tra trang” không chạy được trên phiên bản Excel này.",
    );
  });
});

describe("content-security policy", () => {
  const pages = ["taskpane.html", "commands.html"];
  const documentOf = (file: string) => new DOMParser().parseFromString(read(file), "text/html");
  const policyOf = (file: string): Map<string, string[]> => {
    const meta = documentOf(file).querySelector('meta[http-equiv="Content-Security-Policy"]');
    const directives = (meta?.getAttribute("content") ?? "").split(";").map((d) => d.trim().split(/\s+/));
    return new Map(directives.filter((d) => d[0]).map(([name, ...sources]) => [name as string, sources]));
  };

  it.each(pages)("%s allows only its own origin and Office's script host", (file) => {
    const policy = policyOf(file);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    const hosts = [...policy.values()].flat().filter((s) => /^https?:/.test(s));
    expect(hosts).toEqual(["https://appsforoffice.microsoft.com"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it.each(pages)("%s sets the policy before any script, and has no inline script it would block", (file) => {
    const head = documentOf(file).head;
    const elements = Array.from(head.children);
    const policyAt = elements.findIndex((e) => e.getAttribute("http-equiv") === "Content-Security-Policy");
    const firstScript = elements.findIndex((e) => e.tagName === "SCRIPT");
    expect(policyAt).toBeGreaterThanOrEqual(0);
    expect(policyAt).toBeLessThan(firstScript);
    const inline = Array.from(documentOf(file).scripts).filter((s) => !s.hasAttribute("src"));
    expect(inline).toEqual([]);
  });

  it("ships the old-engine notice as a classic script the pane names", () => {
    expect(documentOf("taskpane.html").querySelector('script[src="engine-check.js"]')).not.toBeNull();
    expect(read("engine-check.js")).toContain("Phiên bản Excel này không chạy được ngăn DVCQ.");
  });
});
