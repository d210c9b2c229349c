// npm start: serves the add-in and the standalone page at https://localhost:3000 (webpack serve), prints
// the page's address and says how to sideload the add-in.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const certDir = join(homedir(), ".office-addin-dev-certs");
const PANE_URL = "https://localhost:3000/taskpane.html";
const PAGE_URL = "https://localhost:3000/app.html";
const READY_TIMEOUT_MS = 180_000;

function ensureCertificates() {
  if (["ca.crt", "localhost.crt", "localhost.key"].every((f) => existsSync(join(certDir, f)))) return;
  console.log(
    "[dvcq] Tạo chứng chỉ phát triển / creating development certificates: npx office-addin-dev-certs install",
  );
  // Through a shell so that npx.cmd runs on Windows; there it also asks to trust the new CA.
  const run = spawnSync("npx --yes office-addin-dev-certs install", {
    cwd: root,
    stdio: "inherit",
    shell: true,
  });
  if (run.status !== 0) {
    console.warn("[dvcq] office-addin-dev-certs failed; the server falls back to a self-signed certificate.");
  }
}

function isServing() {
  return new Promise((resolve) => {
    const request = https.get(PANE_URL, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

async function waitUntilServing(server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (server.exitCode === null && Date.now() < deadline) {
    if (await isServing()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

function printSideloadHelp() {
  const manifest = join(root, "manifest.xml");
  console.log(`
[dvcq] Đang phục vụ / serving ${PANE_URL}  (Ctrl+C để dừng / to stop)

Trang DVCQ không cần Excel / DVCQ without Excel (any browser): ${PAGE_URL}

Nạp add-in vào Excel / sideload the add-in with ${manifest}:

  Excel trên web / Excel on the web:
    Home > Add-ins > More add-ins > Upload My Add-in > chọn / choose manifest.xml.
    If the browser does not trust the certificate, open ${PANE_URL} once and accept it.

  Excel trên Windows / Excel desktop on Windows:
    - npx office-addin-debugging start manifest.xml desktop   (on Windows; stop: npx office-addin-debugging stop manifest.xml)
    - or share a folder holding manifest.xml, add \\\\computer\\share under File > Options > Trust Center >
      Trust Center Settings > Trusted Add-in Catalogs ("Show in Menu"), restart Excel, then
      Home > Add-ins > Advanced > SHARED FOLDER.

  Excel trên Mac / Excel on Mac:
    mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
    cp manifest.xml ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
    restart Excel, then Home > Add-ins and pick DVCQ.

  Nhóm DVCQ trên thẻ Trang đầu có nút "Mẫu biểu / kiểm tra".
  The DVCQ group on the Home tab has the button "DVCQ pane" (Excel in English).
`);
}

ensureCertificates();
const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

if (await waitUntilServing(server)) printSideloadHelp();
else if (server.exitCode === null)
  console.warn(`[dvcq] ${PANE_URL} did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
