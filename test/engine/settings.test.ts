/** The one settings validator (src/engine/settings.ts) the pane, the command line and the workbook share. */
import { analysisProblems, validateSettings } from "../../src/engine/settings";
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from "../../src/engine/types";

const problemsOf = (patch: Partial<AnalysisSettings>) => analysisProblems({ ...DEFAULT_ANALYSIS_SETTINGS, ...patch }).map(({ field, code, other }) => ({ field, code, ...(other ? { other } : {}) }));

describe("analysisProblems", () => {
  test("the defaults can be run", () => {
    expect(analysisProblems(DEFAULT_ANALYSIS_SETTINGS)).toEqual([]);
  });

  test.each<[Partial<AnalysisSettings>, ReturnType<typeof problemsOf>]>([
    // A = 95% and B = 80% would leave the B class empty.
    [{ a: 0.95, b: 0.8 }, [{ field: "a", code: "must-be-below", other: "b" }]],
    [{ a: 0.9, b: 0.9 }, [{ field: "a", code: "must-be-below", other: "b" }]],
    [{ x: 0.3 }, [{ field: "x", code: "must-be-below", other: "y" }]],
    [{ coverageX: 0.3 }, [{ field: "coverageY", code: "must-be-below", other: "coverageX" }]],
    [{ keyShare: 0.25 }, [{ field: "keyShare", code: "must-be-below", other: "criticalShare" }]],
    [{ a: 0 }, [{ field: "a", code: "not-a-fraction" }]],
    [{ b: 1 }, [{ field: "b", code: "not-a-fraction" }]],
    [{ b: Number.NaN }, [{ field: "b", code: "not-a-fraction" }]],
    [{ y: 0 }, [{ field: "y", code: "not-positive" }]],
    [{ lostAfterDays: 0 }, [{ field: "lostAfterDays", code: "not-whole" }]],
    [{ lostAfterDays: 1.5 }, [{ field: "lostAfterDays", code: "not-whole" }]],
    [{ from: "2024-02-30" }, [{ field: "from", code: "not-a-date" }]],
    [{ from: "2024-06-01", asOf: "2024-01-31" }, [{ field: "from", code: "after-as-of", other: "asOf" }]],
  ])("%j", (patch, expected) => {
    expect(problemsOf(patch)).toEqual(expected);
  });

  test("a CV limit above 1 is allowed (a coefficient of variation can exceed 1)", () => {
    expect(problemsOf({ x: 0.8, y: 1.5 })).toEqual([]);
  });

  test("lost after 1 day and equal from and as-of dates are accepted", () => {
    expect(problemsOf({ lostAfterDays: 1, from: "2024-01-31", asOf: "2024-01-31" })).toEqual([]);
  });
});

describe("validateSettings (the JSON saved in a workbook)", () => {
  test("keeps numbers out of range with their problem, so a run refuses them by name", () => {
    const { settings, problems } = validateSettings({ a: 0.95, b: 0.8 });
    expect(settings).toMatchObject({ a: 0.95, b: 0.8 });
    expect(problems.map((problem) => problem.message)).toEqual(["a (0.95) must be below b (0.8)"]);
  });

  test("a value of the wrong kind or an unknown choice takes the default and is reported", () => {
    const { settings, problems } = validateSettings({ measure: "volume", lostAfterDays: "many" });
    expect(settings).toEqual(DEFAULT_ANALYSIS_SETTINGS);
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ["measure", "not-a-choice"],
      ["lostAfterDays", "not-positive"],
    ]);
  });

  test("not an object: the defaults", () => {
    expect(validateSettings("garbage")).toEqual({ settings: DEFAULT_ANALYSIS_SETTINGS, problems: [], replaced: [] });
  });
});
