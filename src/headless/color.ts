/** Colours as Excel's API takes them: #RRGGBB, #RGB or an HTML colour name; stored as upper-case #RRGGBB. */
import { fail } from "./errors";

const NAMED_COLORS: Record<string, string> = {
  white: "#FFFFFF",
  black: "#000000",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgreen: "#90EE90",
  purple: "#800080",
};

export function normalizeColor(color: string, location: string): string {
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  return fail("InvalidArgument", `'${color}' is not a colour (use #RRGGBB).`, location);
}
