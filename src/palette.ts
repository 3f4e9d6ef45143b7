/**
 * The one colour language of the add-in: classes, dependency levels, statuses, people's input
 * cells and the heat of shares, the same in the task pane, on the result sheets, in their legend
 * and in the dossiers. Nothing else in the code base names a colour for these meanings.
 *
 * The colours are Paul Tol's, chosen to stay apart for colour-blind readers and to carry black
 * text (P. Tol, "Colour Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2, 2021,
 * https://personal.sron.nl/~pault/): the "light" and "pale" schemes, made for table cells with
 * text, and the sequential "YlOrBr" scheme, ordered by lightness so its order reads in any colour
 * vision. test/palette.test.ts checks every pair shown side by side under normal vision and
 * simulated protanopia, deuteranopia and tritanopia (CIEDE2000), and the text contrast on each
 * fill (WCAG 2). docs/colours.md explains the choices.
 */

/** Fills with the font colour to write on them. */
export interface Swatch {
  fill: string;
  font: string;
}

const BLACK = "#000000";
const WHITE = "#FFFFFF";

/** Alert levels, YlOrBr (light to dark): look, act, danger. One order for dependency, status and overload. */
const LOOK: Swatch = { fill: "#FEC44F", font: BLACK };
const ACT: Swatch = { fill: "#EC7014", font: BLACK };
const DANGER: Swatch = { fill: "#993404", font: WHITE };

export const PALETTE = {
  /** ABC, by share of the measure: Tol light blue, pale blue, pale grey (darker = more of the total). */
  abc: { A: { fill: "#77AADD", font: BLACK }, B: { fill: "#BBCCEE", font: BLACK }, C: { fill: "#DDDDDD", font: BLACK } },
  /** XYZ, by steadiness: Tol mint, pear, pale grey. */
  xyz: { X: { fill: "#44BB99", font: BLACK }, Y: { fill: "#BBCC33", font: BLACK }, Z: { fill: "#DDDDDD", font: BLACK } },
  /** Dependency on one client: key (look), critical (act), mono-client (danger). */
  dependency: { key: LOOK, critical: ACT, mono: DANGER },
  /** Client status: at risk (look), lost (act). */
  status: { "at-risk": LOOK, lost: ACT },
  /** A manager with more key clients than one person can look after. */
  overloaded: ACT,
  /** A dossier's review or contact date that has passed. */
  overdue: ACT,
  /** Cells people type in (Tol pale yellow). */
  input: { fill: "#EEEEBB", font: BLACK },
  /** Heat of a share, from none (white) to the largest (Tol light blue, the colour of A). */
  heat: { from: "#FFFFFF", to: "#77AADD", font: BLACK },
  /** Sheet furniture: header band and section rows (no meaning of their own). */
  header: { fill: "#1F4E78", font: WHITE },
  section: { fill: "#DDEBF7", font: BLACK },
} as const;

/** The heat colour of `fraction` (0..1) of the largest share, interpolated in sRGB. */
export function heatColour(fraction: number): string {
  const t = Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
  const from = parseInt(PALETTE.heat.from.slice(1), 16);
  const to = parseInt(PALETTE.heat.to.slice(1), 16);
  const channel = (shift: number) => {
    const a = (from >> shift) & 255;
    const b = (to >> shift) & 255;
    return Math.round(a + (b - a) * t)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`.toUpperCase();
}
