/**
 * LibreOffice as "another spreadsheet program": re-save an .xlsx through it, or print it to PDF.
 * Each conversion runs with a fresh profile of its own (running instances cannot share one; a
 * fresh one adds about half a second), seeded so that every formula is recalculated on load
 * rather than only those without a cached value.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const INSTALL_HINT = "run scripts/install-system-deps.sh (as root) to install it";
/** A conversion takes about a second here; a busy CI machine can be many times slower. */
const CONVERT_TIMEOUT_MS = 120_000;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Fails with the install hint when soffice is not on PATH. */
export function assertLibreOffice(): void {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (found.status !== 0) throw new Error(`LibreOffice (soffice) is not installed; ${INSTALL_HINT}`);
}

export interface Conversion {
  bytes: Uint8Array;
  ms: number;
}

/** Opens the file in LibreOffice Calc and saves it as `format`. */
export async function convertWithLibreOffice(
  input: Uint8Array,
  format: "xlsx" | "pdf",
  inputName = "book.xlsx",
): Promise<Conversion> {
  assertLibreOffice();
  const work = mkdtempSync(path.join(tmpdir(), "dvcq-lo-"));
  try {
    const profile = path.join(work, "profile");
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    mkdirSync(inDir);
    mkdirSync(outDir);
    const inFile = path.join(inDir, inputName);
    writeFileSync(inFile, input);
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf:calc_pdf_Export",
      "--outdir",
      outDir,
      inFile,
    ];
    const started = Date.now();
    const output = await runWithTimeout("soffice", args, CONVERT_TIMEOUT_MS);
    const ms = Date.now() - started;
    const outFile = path.join(outDir, `${path.parse(inputName).name}.${format}`);
    try {
      return { bytes: new Uint8Array(readFileSync(outFile)), ms };
    } catch {
      throw new Error(`LibreOffice wrote no ${format} file for ${inputName}:\n${output}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function resaveWithLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  return (await convertWithLibreOffice(bytes, "xlsx")).bytes;
}

export async function toPdf(bytes: Uint8Array): Promise<Uint8Array> {
  return (await convertWithLibreOffice(bytes, "pdf")).bytes;
}

function runWithTimeout(command: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also ends soffice.bin, not only the launcher.
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`${command} did not finish within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not start (${e.message}); ${INSTALL_HINT}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

/** The text of a PDF as pdftotext lays it out (poppler-utils). */
export function pdfText(pdf: Uint8Array): string {
  const run = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], {
    input: pdf,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`pdftotext could not run (${run.error.message}); ${INSTALL_HINT}`);
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}
