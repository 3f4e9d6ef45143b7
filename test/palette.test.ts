/**
 * The one colour language (src/palette.ts): colours shown side by side stay apart for every
 * reader, text stays legible on every fill, and the pane, the sheets and the legend take their
 * colours from that one table.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { heatColour, PALETTE, type Swatch } from "../src/palette";
import { contrast, CVD, deltaE2000, lab, linear, simulate } from "./colour-science";
import { CLIENTS_HEADER_ROW, clientsPlan } from "../src/excel/layout/clients";
import { matrixPlan } from "../src/excel/layout/matrix";
import { summaryPlan } from "../src/excel/layout/summary";
import { ResultsPanel } from "../src/taskpane/components/ResultsPanel";
import { LocaleProvider, makeLocale } from "../src/taskpane/locale";
import { layoutInput } from "./excel/layout-input";

/** CIEDE2000 of two colours in one kind of vision. */
function difference(a: string, b: string, vision: string): number {
  const seen = (hex: string) => (vision === "normal" ? linear(hex) : simulate(hex, vision));
  return deltaE2000(lab(seen(a)), lab(seen(b)));
}

const VISIONS = ["normal", ...Object.keys(CVD)];
/** A difference readers see at a glance (CIEDE2000 about 10 and more; 2.3 is just noticeable). */
const APART = 10;

const LEGEND_ORDER: Swatch[] = [
  PALETTE.abc.A,
  PALETTE.abc.B,
  PALETTE.abc.C,
  PALETTE.xyz.X,
  PALETTE.xyz.Y,
  PALETTE.xyz.Z,
  PALETTE.dependency.mono,
  PALETTE.dependency.critical,
  PALETTE.dependency.key,
  PALETTE.status.lost,
  PALETTE.status["at-risk"],
  PALETTE.input,
];

/** Pairs of fills readers compare side by side, named. */
const PAIRS: [string, string, string][] = [
  ["A/B", PALETTE.abc.A.fill, PALETTE.abc.B.fill],
  ["B/C", PALETTE.abc.B.fill, PALETTE.abc.C.fill],
  ["A/C", PALETTE.abc.A.fill, PALETTE.abc.C.fill],
  ["X/Y", PALETTE.xyz.X.fill, PALETTE.xyz.Y.fill],
  ["Y/Z", PALETTE.xyz.Y.fill, PALETTE.xyz.Z.fill],
  ["X/Z", PALETTE.xyz.X.fill, PALETTE.xyz.Z.fill],
  ["key/critical", PALETTE.dependency.key.fill, PALETTE.dependency.critical.fill],
  ["critical/mono", PALETTE.dependency.critical.fill, PALETTE.dependency.mono.fill],
  ["key/mono", PALETTE.dependency.key.fill, PALETTE.dependency.mono.fill],
  ["at risk/lost", PALETTE.status["at-risk"].fill, PALETTE.status.lost.fill],
  // Key type, a column people type in, sits between Dependency and Status.
  ...(["key", "critical", "mono"] as const).map((level): [string, string, string] => [`input/${level}`, PALETTE.input.fill, PALETTE.dependency[level].fill]),
  ...(["at-risk", "lost"] as const).map((status): [string, string, string] => [`input/${status}`, PALETTE.input.fill, PALETTE.status[status].fill]),
  ["no share/largest share", heatColour(0), heatColour(1)],
  // The legend's entries, one after the other.
  ...LEGEND_ORDER.slice(1).map((swatch, i): [string, string, string] => [`legend ${i + 1}/${i + 2}`, LEGEND_ORDER[i].fill, swatch.fill]),
];

describe("the palette", () => {
  test("the difference computation is CIEDE2000 (Sharma's test data)", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  test("the simulation takes red and green to near the same colour for protanopes and deuteranopes", () => {
    expect(difference("#FF0000", "#00A000", "normal")).toBeGreaterThan(50);
    expect(difference("#D55E00", "#66A61E", "deuteranopia")).toBeLessThan(difference("#D55E00", "#66A61E", "normal") / 2);
  });

  test.each(PAIRS)("%s stay apart in normal and colour-deficient vision", (_, a, b) => {
    for (const vision of VISIONS) expect({ vision, apart: difference(a, b, vision) >= APART }).toEqual({ vision, apart: true });
  });

  test("text on every fill reaches WCAG AA contrast (4.5:1)", () => {
    const swatches: Swatch[] = [...LEGEND_ORDER, PALETTE.overloaded, PALETTE.header, PALETTE.section];
    for (const swatch of swatches) expect({ swatch, ok: contrast(swatch.fill, swatch.font) >= 4.5 }).toEqual({ swatch, ok: true });
    for (const t of [0, 0.25, 0.5, 0.75, 1]) expect(contrast(heatColour(t), PALETTE.heat.font)).toBeGreaterThanOrEqual(4.5);
  });

  test("the heat scale darkens with the share and stays inside its ends", () => {
    const lightness = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => lab(linear(heatColour(t)))[0]);
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
    expect(heatColour(0)).toBe(PALETTE.heat.from);
    expect(heatColour(1)).toBe(PALETTE.heat.to);
    expect(heatColour(Number.NaN)).toBe(PALETTE.heat.from);
  });
});

describe("one table for the pane, the sheets and the legend", () => {
  const fills = new Set<string>([
    ...LEGEND_ORDER.map((swatch) => swatch.fill),
    PALETTE.overloaded.fill,
    PALETTE.header.fill,
    PALETTE.section.fill,
  ]);

  test("every fill on KAM Clients, Matrix and Summary is the palette's (or its heat scale)", () => {
    const input = layoutInput();
    const heat = new Set(Array.from({ length: 1001 }, (_, i) => heatColour(i / 1000)));
    for (const plan of [clientsPlan(input), matrixPlan(input), summaryPlan(input)]) {
      const used = [...plan.styles.map((style) => style.style.fill), ...plan.blocks.map((block) => block.style?.fill), ...plan.conditionalColours.flatMap((colours) => colours.rules.map((rule) => rule.fill))].filter((fill): fill is string => fill !== undefined);
      for (const fill of used) expect({ fill, known: fills.has(fill) || heat.has(fill) }).toEqual({ fill, known: true });
      expect(fills.has(plan.tabColor ?? "")).toBe(true);
    }
  });

  test("the legend shows each meaning in the colour its cells get", () => {
    const plan = clientsPlan(layoutInput());
    const rule = (label: string) => plan.conditionalColours.flatMap((colours) => colours.rules).find((r) => r.equals === label);
    expect(rule("critical")).toMatchObject({ fill: PALETTE.dependency.critical.fill, fontColor: PALETTE.dependency.critical.font });
    expect(rule("mono-client")).toMatchObject({ fill: PALETTE.dependency.mono.fill, fontColor: PALETTE.dependency.mono.font });
    expect(rule("lost")).toMatchObject({ fill: PALETTE.status.lost.fill });
    // The legend above the table, entry after entry in the order the pairs above are checked in.
    const legendFills = plan.blocks.filter((block) => block.row < CLIENTS_HEADER_ROW && block.style?.fill !== undefined).map((block) => block.style?.fill);
    expect(legendFills).toEqual(LEGEND_ORDER.map((swatch) => swatch.fill));
  });

  test("'critical' is the same colour in the pane as on the sheet, with the legend's words as its tooltip", () => {
    const input = layoutInput();
    const html = renderToStaticMarkup(
      createElement(
        LocaleProvider,
        { value: makeLocale("en") },
        createElement(ResultsPanel, { result: input.result, settings: input.settings, sheets: [], moved: [], keptAway: null, onOpenSheet: () => undefined, onGoTo: null, onSwitchXyz: () => undefined }),
      ),
    );
    const badges = [...html.matchAll(/<[^>]*data-dependency="(\w+)"[^>]*>/g)].map((match) => ({ level: match[1], tag: match[0] }));
    expect(badges.map((badge) => badge.level)).toContain("critical");
    for (const { level, tag } of badges) {
      const swatch = PALETTE.dependency[level as keyof typeof PALETTE.dependency];
      expect(tag.toLowerCase()).toContain(`background-color:${swatch.fill.toLowerCase()}`);
    }
    expect(html).toContain('title="critical: more than 20%"');
    // The matrix cells are coloured by share, as on KAM Matrix.
    expect(html).toMatch(/data-cell="AX"/);
  });
});
