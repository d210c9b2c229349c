import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.join(__dirname, "../..");
/** The production build under test: scripts/test.sh builds it once (as deployed) and names it; else dist/. */
export const DIST = process.env.DVCQ_TEST_DIST ?? path.join(ROOT, "dist");
export const CHROMIUM = process.env.DVCQ_CHROMIUM ?? "/usr/bin/chromium";
/** Where each run's screenshots go (not committed). */
/**
 * Waits long enough for a first render while the whole suite shares two cores (a render was seen
 * past 30 s there): these tests assert what the clerk sees, not how fast.
 */
export const E2E_STEP_MS = 90_000;
export const E2E_TEST_MS = 240_000;
export const SHOTS = path.join(ROOT, ".tmp/e2e-screenshots");

/** The reason the browser tests cannot run, or null: they test the production build scripts/test.sh makes. */
export function missingPrerequisite(): string | null {
  if (!existsSync(path.join(DIST, "app.html")) || !existsSync(path.join(DIST, "taskpane.html")))
    return `dist/ has no app.html or taskpane.html: run \`npm run build\` first (scripts/test.sh does).`;
  if (!existsSync(CHROMIUM))
    return `${CHROMIUM} is missing: run \`bash scripts/install-system-deps.sh\` (apt-get install chromium).`;
  return null;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** A plain static server of dist/ on 127.0.0.1, as any static host would serve it: no server code. */
export async function serveDist(): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Debian's Chromium with the flags that keep it from calling home (pitfalls.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Every request a page makes, to prove none leaves its origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** A screenshot of the step into the run's folder. */
export async function shot(page: Page, folder: string, name: string): Promise<void> {
  const dir = path.join(SHOTS, folder);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile(AXE_SOURCE, "utf8");
  // Evaluated through the DevTools protocol, which the page's content-security policy does not govern.
  const violations = await page.evaluate(async (code: string) => {
    (0, eval)(code);
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    // Fluent's focus manager (tabster) keeps aria-hidden <i tabindex=0 data-tabster-dummy> sentinels at
    // the edges of focus groups; focusing one moves focus on at once, so no one stays on a hidden element.
    const sentinel = (n: { html: string }) => /^<i [^>]*data-tabster-dummy/.test(n.html);
    return result.violations
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.filter((n) => !sentinel(n)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ ...v, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  }, source);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.join(", ")}`);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string }[];
}

/** Starts the static server and Chromium before a test file's tests, and stops them after. */
export function withBrowser(): { readonly server: StaticServer; readonly browser: Browser } {
  const running = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    const missing = missingPrerequisite();
    if (missing !== null) throw new Error(`The browser tests cannot run: ${missing}`);
    [running.server, running.browser] = await Promise.all([serveDist(), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}
