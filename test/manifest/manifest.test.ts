import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LANGUAGES, type Lang, type Translations } from "../../src/i18n/core";
import { UI } from "../../src/i18n/ui";

const root = path.resolve(__dirname, "../..");
const manifestPath = path.join(root, "manifest.xml");
const schema = path.resolve(root, "../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const manifest = fs.readFileSync(manifestPath, "utf8");

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const canValidate = hasXmllint && fs.existsSync(schema);
if (!canValidate) {
  console.warn(
    `manifest schema check skipped: ${hasXmllint ? `schema not found at ${schema}` : "xmllint is not installed (apt-get install -y libxml2-utils)"}`,
  );
}

/** Office locale of each pane language in the manifest's overrides. */
const MANIFEST_LOCALES: Readonly<Record<Exclude<Lang, "en">, string>> = { ru: "ru-RU", lt: "lt-LT", cy: "cy-GB", fa: "fa-IR", zh: "zh-CN" };

/** The default and override values of one localised manifest element, keyed by our languages. */
function localised(element: RegExp): Record<Lang, string | undefined> {
  const block = manifest.match(element)?.[0] ?? "";
  const overrides = new Map([...block.matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
  const values = { en: /DefaultValue="([^"]+)"/.exec(block)?.[1] } as Record<Lang, string | undefined>;
  for (const lang of LANGUAGES) if (lang !== "en") values[lang] = overrides.get(MANIFEST_LOCALES[lang]);
  return values;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  (canValidate ? test : test.skip)("validates against Microsoft's add-in manifest schema", () => {
    const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifestPath], { encoding: "utf8" });
    expect(run.stderr.trim()).toBe(`${manifestPath} validates`);
    expect(run.status).toBe(0);
  });

  test("puts a Classify clients button on the Home tab that opens the task pane", () => {
    const tab = manifest.match(/<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/);
    expect(tab).not.toBeNull();
    expect(tab?.[1]).toMatch(/<Control xsi:type="Button" id="ClassifyButton">/);
    expect(tab?.[1]).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<bt:String id="ClassifyButton.Label" DefaultValue="Classify clients">/);
    expect(manifest).toMatch(/<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  test("overrides the display name and description for the five other languages", () => {
    for (const element of ["DisplayName", "Description"]) {
      const block = manifest.match(new RegExp(`<${element} [^>]*>([\\s\\S]*?)</${element}>`))?.[1] ?? "";
      const locales = [...block.matchAll(/<Override Locale="([^"]+)" Value="([^"]+)"\/>/g)].map((m) => m[1]);
      expect(locales).toEqual(["ru-RU", "lt-LT", "cy-GB", "fa-IR", "zh-CN"]);
    }
  });

  test("the ribbon and the add-in's name say what the pane says, in every language", () => {
    const same = (element: RegExp, entry: Translations): void => expect(localised(element)).toEqual({ ...entry });
    same(/<DisplayName [\s\S]*?<\/DisplayName>/, UI.appTitle);
    same(/<bt:String id="ClassifyButton.Label"[\s\S]*?<\/bt:String>/, UI.classify);
    same(/<bt:String id="KamGroup.Label"[\s\S]*?<\/bt:String>/, UI.keyClients);
  });

  test("every icon it names exists in assets/ with the pixel size it claims", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(new Set(icons.map((m) => m[2]))).toEqual(new Set(["16", "32", "64", "80"]));
    for (const [, file, size] of icons) {
      expect(pngSize(path.join(root, "assets", file))).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe("the manifest of a production build", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config's CommonJS helper, tested as webpack uses it
  const { rehostManifest } = require("../../scripts/manifest-host") as { rehostManifest: (xml: string, url: string) => string };

  test("has a support page that the build ships", () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support.html"\/>/);
    expect(fs.readFileSync(path.join(root, "webpack.config.js"), "utf8")).toMatch(/from: "assets\/support.html"/);
    expect(fs.existsSync(path.join(root, "assets", "support.html"))).toBe(true);
  });

  test("points every add-in URL at KAM_ADDIN_URL and none at localhost", () => {
    const hosted = rehostManifest(manifest, "https://kam.example.com/addin");
    expect(hosted).not.toMatch(/https:\/\/localhost/);
    expect(hosted).toMatch(/<SourceLocation DefaultValue="https:\/\/kam.example.com\/addin\/taskpane.html"\/>/);
    expect(hosted).toMatch(/<SupportUrl DefaultValue="https:\/\/kam.example.com\/addin\/support.html"\/>/);
    expect(hosted.match(/https:\/\/kam.example.com\/addin\//g)).toHaveLength(manifest.match(/https:\/\/localhost:3000\//g)?.length ?? -1);
  });

  test("refuses an address Office cannot load an add-in from", () => {
    expect(() => rehostManifest(manifest, "http://kam.example.com/")).toThrow(/https/);
    expect(() => rehostManifest(manifest, "kam.example.com")).toThrow(/not a URL/);
  });

  (canValidate ? test : test.skip)("still validates against Microsoft's schema", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kam-manifest-")), "manifest.xml");
    fs.writeFileSync(file, rehostManifest(manifest, "https://kam.example.com/addin/"));
    const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
    expect(run.stderr.trim()).toBe(`${file} validates`);
  });
});
