import { classify } from "../../../src/engine/classify";
import { amountsOf, buildSales, settingsWith } from "./build";

const abcOf = (amounts: number[], rule: "crossing" | "classic" = "crossing") =>
  classify(buildSales(amountsOf(amounts)), settingsWith({ abcRule: rule })).clients.map((client) => client.abc).join("");

describe("ABC", () => {
  test("80 / 15 / 5 is A, B, C", () => {
    expect(abcOf([80, 15, 5])).toBe("ABC");
  });

  test("cumulative 27/51/69/85/91/96/100%: crossing AAAABBC, classic AAABBCC", () => {
    const amounts = [27, 24, 18, 16, 6, 5, 4];
    expect(abcOf(amounts)).toBe("AAAABBC");
    expect(abcOf(amounts, "classic")).toBe("AAABBCC");
    const result = classify(buildSales(amountsOf(amounts)), settingsWith());
    expect(result.clients.map((client) => client.cumulativeShare)).toEqual([0.27, 0.51, 0.69, 0.85, 0.91, 0.96, 1]);
  });
});
