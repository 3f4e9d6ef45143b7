/** The pane's dates in a language the browser's Intl lacks (Chromium has no Welsh): as full ICU writes them. */
import { dateFormatter } from "../../src/taskpane/locale";

test("Welsh dates without the browser's Welsh are the ones ICU writes", () => {
  // Node carries full ICU, Welsh included: the reference.
  expect(Intl.DateTimeFormat.supportedLocalesOf(["cy-GB"])).toEqual(["cy-GB"]);
  const withIntl = dateFormatter("cy");
  const without = dateFormatter("cy", () => false);
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2026, month, month === 1 ? 28 : 2));
    expect(without(date)).toBe(withIntl(date));
  }
  // Languages the browser knows keep its Intl.
  expect(dateFormatter("ru", () => false)(new Date(Date.UTC(2026, 11, 2)))).toMatch(/^2 дек\.? 2026/);
});
