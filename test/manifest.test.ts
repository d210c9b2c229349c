/** @jest-environment jsdom */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls } from "../scripts/build-manifest.cjs";

const repoRoot = path.resolve(__dirname, "..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const schemaDir = path.resolve(repoRoot, "../shared/schemas/office-addin-manifest");
const manifestXml = readFileSync(manifestPath, "utf8");

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent ?? ""}`);
  return doc;
}

const doc = parse(manifestXml);
const allElements = (d: Document) => Array.from(d.getElementsByTagName("*"));
const byLocalName = (d: Document, name: string) => allElements(d).filter((e) => e.localName === name);

function only(elements: Element[], what: string): Element {
  if (elements.length !== 1) throw new Error(`expected one ${what}, found ${elements.length}`);
  return elements[0] as Element;
}

/** Resources by id, per collection (Images, Urls, ShortStrings, LongStrings). */
function resources(d: Document): Map<string, Map<string, Element>> {
  const result = new Map<string, Map<string, Element>>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const entries = new Map<string, Element>();
    for (const collection of Array.from(d.getElementsByTagNameNS(BT, kind))) {
      for (const entry of Array.from(collection.children)) entries.set(entry.getAttribute("id") ?? "", entry);
    }
    result.set(kind, entries);
  }
  return result;
}

function resource(d: Document, kind: string, id: string): Element {
  const entry = resources(d).get(kind)?.get(id);
  if (!entry) throw new Error(`no ${kind} resource "${id}"`);
  return entry;
}

/** Which collection a resid must point into, by the referring element's name. */
const RESOURCE_KIND: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const residUses = (d: Document) => allElements(d).filter((e) => e.hasAttribute("resid"));

/** Attribute values and texts that are absolute URLs, namespace declarations aside. */
function urls(d: Document): string[] {
  const found: string[] = [];
  const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s.trim());
  for (const element of allElements(d)) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === "xmlns" || attribute.prefix === "xmlns") continue;
      if (isUrl(attribute.value)) found.push(attribute.value);
    }
    if (element.children.length === 0 && isUrl(element.textContent ?? ""))
      found.push((element.textContent ?? "").trim());
  }
  return found;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every icon the manifest declares, with the size Office expects for it. */
function declaredIcons(d: Document): { where: string; url: string; size: number }[] {
  const icons = [
    {
      where: "IconUrl",
      url: only(byLocalName(d, "IconUrl"), "IconUrl").getAttribute("DefaultValue") ?? "",
      size: 32,
    },
    {
      where: "HighResolutionIconUrl",
      url:
        only(byLocalName(d, "HighResolutionIconUrl"), "HighResolutionIconUrl").getAttribute("DefaultValue") ??
        "",
      size: 64,
    },
  ];
  for (const use of Array.from(d.getElementsByTagNameNS(BT, "Image")).filter((e) =>
    e.hasAttribute("resid"),
  )) {
    const id = use.getAttribute("resid") ?? "";
    const url = resource(d, "Images", id).getAttribute("DefaultValue") ?? "";
    icons.push({
      where: `${use.parentElement?.parentElement?.getAttribute("id")} ${id}`,
      url,
      size: Number(use.getAttribute("size")),
    });
  }
  return icons;
}

function schemaErrors(xmlFile: string): string {
  const run = spawnSync(
    "xmllint",
    ["--noout", "--schema", path.join(schemaDir, "OfficeAppManifestV1_1.xsd"), xmlFile],
    {
      encoding: "utf8",
    },
  );
  if (run.error)
    throw new Error(`xmllint could not run (Debian package libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? "" : run.stderr;
}

function writeTemp(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dvcq-manifest-")), name);
  writeFileSync(file, text);
  return file;
}

describe("manifest.xml against Microsoft's published schema", () => {
  beforeAll(() => {
    if (!existsSync(path.join(schemaDir, "OfficeAppManifestV1_1.xsd"))) {
      throw new Error(
        `Office add-in manifest schemas not found in ${schemaDir} (expected beside the repository, in ../shared/schemas)`,
      );
    }
  });

  it("validates", () => {
    expect(schemaErrors(manifestPath)).toBe("");
  });

  it("rejects a manifest whose Id is not a GUID, so the check above can fail", () => {
    const broken = writeTemp("manifest.xml", manifestXml.replace(/<Id>[^<]*<\/Id>/, "<Id>dvcq</Id>"));
    expect(schemaErrors(broken)).toMatch(/Id/);
  });
});

describe("manifest.xml content", () => {
  it("is an Excel task-pane add-in with a fixed GUID, reading and writing the workbook", () => {
    const app = doc.documentElement;
    expect(app.localName).toBe("OfficeApp");
    expect(app.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    expect(only(byLocalName(doc, "Id"), "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(
      byLocalName(doc, "Host").map((h) => h.getAttribute("Name") ?? h.getAttributeNS(XSI, "type")),
    ).toEqual(["Workbook", "Workbook"]);
    expect(only(byLocalName(doc, "Permissions"), "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("has the version of package.json, so Office sees an update as one", () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(only(byLocalName(doc, "Version"), "Version").textContent).toBe(`${pkg.version}.0`);
  });

  it("requires ExcelApi 1.8 both in the base manifest and in VersionOverrides", () => {
    const sets = byLocalName(doc, "Set").filter((s) => s.getAttribute("Name") === "ExcelApi");
    expect(
      sets.map((s) => ({ inOverrides: s.namespaceURI === BT, minVersion: s.getAttribute("MinVersion") })),
    ).toEqual([
      { inOverrides: false, minVersion: "1.8" },
      { inOverrides: true, minVersion: "1.8" },
    ]);
  });

  it("puts a DVCQ group on the Home tab: a button opening the task pane, one checking the sheet without it", () => {
    const tab = only(
      byLocalName(doc, "OfficeTab").filter((t) => t.getAttribute("id") === "TabHome"),
      "Home tab",
    );
    const group = only(
      byLocalName(doc, "Group").filter((g) => tab.contains(g)),
      "group on the Home tab",
    );
    const text = (resid: string) => {
      const entry = resource(doc, "ShortStrings", resid);
      const en = Array.from(entry.children).find((o) => o.getAttribute("Locale") === "en-US");
      return { vi: entry.getAttribute("DefaultValue"), en: en?.getAttribute("Value") };
    };
    const labelOf = (e: Element) =>
      text(
        only(
          Array.from(e.children).filter((c) => c.localName === "Label"),
          "Label",
        ).getAttribute("resid") ?? "",
      );
    expect(labelOf(group)).toEqual({ vi: "DVCQ", en: "DVCQ" });

    const buttons = Array.from(group.children).filter((c) => c.localName === "Control");
    const actionOf = (button: Element) =>
      only(
        byLocalName(doc, "Action").filter((a) => button.contains(a)),
        "button action",
      );
    expect(
      buttons.map((b) => ({ label: labelOf(b), action: actionOf(b).getAttributeNS(XSI, "type") })),
    ).toEqual([
      { label: { vi: "Mẫu biểu / kiểm tra", en: "DVCQ pane" }, action: "ShowTaskpane" },
      { label: { vi: "Kiểm tra trang", en: "Check sheet" }, action: "ExecuteFunction" },
    ]);

    const [paneButton, checkButton] = buttons as [Element, Element];
    const source = only(
      byLocalName(doc, "SourceLocation").filter((s) => actionOf(paneButton).contains(s)),
      "action source",
    );
    expect(resource(doc, "Urls", source.getAttribute("resid") ?? "").getAttribute("DefaultValue")).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
    const paneSource = only(
      byLocalName(doc, "SourceLocation").filter((s) => s.hasAttribute("DefaultValue")),
      "pane",
    );
    expect(paneSource.getAttribute("DefaultValue")).toBe(`${DEV_BASE_URL}taskpane.html`);

    const functionName = only(
      byLocalName(doc, "FunctionName").filter((f) => checkButton.contains(f)),
      "FunctionName",
    );
    expect(functionName.textContent).toBe("checkActiveSheet");
    const functionFile = only(byLocalName(doc, "FunctionFile"), "FunctionFile");
    expect(resource(doc, "Urls", functionFile.getAttribute("resid") ?? "").getAttribute("DefaultValue")).toBe(
      `${DEV_BASE_URL}commands.html`,
    );
  });

  it("registers in commands.ts the function the Check sheet button runs", () => {
    const commands = readFileSync(path.join(repoRoot, "src/commands/commands.ts"), "utf8");
    const names = byLocalName(doc, "FunctionName").map((f) => f.textContent);
    expect(names.filter((n) => !commands.includes(`Office.actions.associate("${n}"`))).toEqual([]);
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const all = resources(doc);
    const uses = residUses(doc);
    expect(uses.length).toBeGreaterThan(0);
    const unresolved = uses
      .filter((use) => !all.get(RESOURCE_KIND[use.localName] ?? "")?.has(use.getAttribute("resid") ?? ""))
      .map((use) => `${use.localName} resid="${use.getAttribute("resid")}"`);
    expect(unresolved).toEqual([]);

    const used = new Set(uses.map((use) => `${RESOURCE_KIND[use.localName]}/${use.getAttribute("resid")}`));
    const unused = [...all]
      .flatMap(([kind, entries]) => [...entries.keys()].map((id) => `${kind}/${id}`))
      .filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });

  it("uses only https URLs", () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("is Vietnamese by default with an English override for every string", () => {
    expect(only(byLocalName(doc, "DefaultLocale"), "DefaultLocale").textContent).toBe("vi-VN");
    const app = doc.documentElement;
    const localizable = [
      ...Array.from(app.children).filter(
        (c) => c.localName === "DisplayName" || c.localName === "Description",
      ),
      ...Array.from(doc.getElementsByTagNameNS(BT, "String")),
    ];
    expect(localizable.length).toBe(9);
    const missing = localizable
      .filter((s) => {
        const en = Array.from(s.children).find(
          (o) => o.localName === "Override" && o.getAttribute("Locale") === "en-US",
        );
        return !en || (en.getAttribute("Value") ?? "").trim() === "";
      })
      .map((s) => s.getAttribute("id") ?? s.localName);
    expect(missing).toEqual([]);
  });

  it("declares icons that exist in assets/ at the size Office expects", () => {
    const icons = declaredIcons(doc);
    expect(icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([
      16, 16, 16, 32, 32, 32, 32, 64, 80, 80, 80,
    ]);
    const wrong = icons.flatMap(({ where, url, size }) => {
      if (!url.startsWith(`${DEV_BASE_URL}assets/`)) return [`${where}: ${url} is not under assets/`];
      const file = path.join(repoRoot, url.slice(DEV_BASE_URL.length));
      if (!existsSync(file)) return [`${where}: ${file} is missing`];
      const { width, height } = pngSize(file);
      return width === size && height === size
        ? []
        : [`${where}: ${file} is ${width}x${height}, not ${size}x${size}`];
    });
    expect(wrong).toEqual([]);
  });

  it("ships every assets/icon-N.png at N by N pixels", () => {
    const pngs = readdirSync(path.join(repoRoot, "assets")).filter((f) => f.endsWith(".png"));
    expect(pngs.sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
    for (const name of pngs) {
      const side = Number(/^icon-(\d+)\.png$/.exec(name)?.[1]);
      expect({ name, ...pngSize(path.join(repoRoot, "assets", name)) }).toEqual({
        name,
        width: side,
        height: side,
      });
    }
  });

  it("is read by office-addin-manifest", () => {
    // Run outside jest: the reader's dependencies (uuid 14, @microsoft/app-manifest) are ES modules.
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
      ".then((info) => process.stdout.write(JSON.stringify(info)))";
    const info = JSON.parse(
      execFileSync(process.execPath, ["-e", script, manifestPath], { cwd: repoRoot, encoding: "utf8" }),
    );
    expect(info).toMatchObject({
      id: "6f1c2a4e-8d3b-4c57-9a0e-d2b7c41e5f83",
      displayName: "DVCQ – Báo cáo dân vận chính quyền",
      defaultLocale: "vi-VN",
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      iconUrl: `${DEV_BASE_URL}assets/icon-32.png`,
      defaultSettings: { sourceLocation: `${DEV_BASE_URL}taskpane.html` },
    });
  });
});

describe("the production manifest (DVCQ_BASE_URL)", () => {
  const base = "https://dvcq.example.gov.vn/addin/";

  it("names only the given base URL and stays valid", () => {
    const rewritten = rewriteManifestUrls(manifestXml, "https://dvcq.example.gov.vn/addin");
    const found = urls(parse(rewritten));
    expect(found.length).toBe(urls(doc).length);
    expect(found.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(rewritten).not.toContain("localhost");
    expect(found).toContain(`${base}taskpane.html`);
    expect(schemaErrors(writeTemp("manifest.xml", rewritten))).toBe("");
  });

  it("keeps a base URL with an ampersand well-formed", () => {
    const found = urls(parse(rewriteManifestUrls(manifestXml, "https://host.example/a&b/")));
    expect(found).toContain("https://host.example/a&b/commands.html");
  });

  it("refuses a base URL Office could not load", () => {
    expect(() => normalizeBaseUrl("http://dvcq.example.gov.vn/")).toThrow(/https/);
    expect(() => normalizeBaseUrl("dvcq.example.gov.vn")).toThrow(/not a URL/);
    expect(() => normalizeBaseUrl("https://dvcq.example.gov.vn/?v=2")).toThrow(/query/);
  });
});
