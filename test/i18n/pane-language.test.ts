/**
 * The pane's language: per person, following Office's display language until the person picks
 * one; Persian right to left; numbers and dates written the language's way (Gregorian dates).
 */
import { serialFromYmd } from "../../src/engine/calendar";
import { initialLanguage, makeLocale, saveLanguage } from "../../src/taskpane/locale";

/** A browser's localStorage, for the node test environment. */
function installLocalStorage(): Map<string, string> {
  const store = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    },
  });
  return store;
}

describe("pane language", () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  test("follows Office's display language until the person picks one", () => {
    installLocalStorage();
    expect(initialLanguage("ru-RU")).toBe("ru");
    expect(initialLanguage("zh-CN")).toBe("zh");
    expect(initialLanguage("cy-GB")).toBe("cy");
    expect(initialLanguage("de-DE")).toBe("en");
    expect(initialLanguage(undefined)).toBe("en");
    saveLanguage("fa");
    expect(initialLanguage("ru-RU")).toBe("fa");
  });

  test("works where storage is blocked: Office's language, and picking does not fail", () => {
    Object.assign(globalThis, {
      localStorage: {
        getItem: () => {
          throw new Error("storage blocked");
        },
        setItem: () => {
          throw new Error("storage blocked");
        },
      },
    });
    expect(() => saveLanguage("lt")).not.toThrow();
    expect(initialLanguage("lt-LT")).toBe("lt");
  });

  test("Persian is right to left, the others left to right", () => {
    expect(makeLocale("fa").dir).toBe("rtl");
    for (const lang of ["en", "ru", "lt", "cy", "zh"] as const) expect(makeLocale(lang).dir).toBe("ltr");
  });

  test("numbers, shares and dates are written the language's way", () => {
    expect(makeLocale("ru").number(1234567)).toBe("1\u00a0234\u00a0567");
    expect(makeLocale("en").percent(0.314)).toBe("31.4%");
    expect(makeLocale("fa").number(1234)).toBe("۱٬۲۳۴");
    const newYear = serialFromYmd(2024, 1, 1);
    expect(makeLocale("en").date(newYear)).toBe("1 Jan 2024");
    // Gregorian in Persian too, so the pane's dates match the sheets.
    expect(makeLocale("fa").date(newYear)).toContain("۲۰۲۴");
  });

  test("strings are filled in the chosen language", () => {
    expect(makeLocale("cy").t("rowProblem", { row: 7, reason: "x" })).toBe("Rhes 7: x");
    expect(makeLocale("zh").t("classify")).toBe("客户分类");
  });
});
