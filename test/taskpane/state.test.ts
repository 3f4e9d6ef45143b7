/** The pane's reducer (src/taskpane/state.ts): the status a person sees and what each step keeps. */
import { DEFAULT_WORKBOOK_SETTINGS, type ClassifyView } from "../../src/taskpane/actions";
import { INITIAL_PANE_STATE, paneReducer, runningTask, type PaneAction, type PaneState } from "../../src/taskpane/state";

const run = (actions: PaneAction[], from: PaneState = INITIAL_PANE_STATE): PaneState => actions.reduce(paneReducer, from);
const outcome = { settings: DEFAULT_WORKBOOK_SETTINGS } as unknown as ClassifyView;

describe("the pane's status", () => {
  test("it starts by loading the workbook's settings; until they are read there are none to run or save with", () => {
    expect(runningTask(INITIAL_PANE_STATE)).toBe("load");
    expect(INITIAL_PANE_STATE.settings).toBeNull();
    const failed = run([{ type: "failed", failure: { kind: "unexpected", message: "cell edit mode" } }]);
    expect(failed.status).toEqual({ kind: "failed", task: "load", failure: { kind: "unexpected", message: "cell edit mode" } });
    expect(failed.settings).toBeNull();
    const loaded = run([{ type: "start", task: "load" }, { type: "loaded", settings: DEFAULT_WORKBOOK_SETTINGS, tables: ["T1"], replaced: [] }, { type: "finished" }], failed);
    expect(loaded.status).toEqual({ kind: "done", task: "load" });
    expect(loaded.settings).toBe(DEFAULT_WORKBOOK_SETTINGS);
  });

  test("a classify run: running with its progress, then done with its outcome; a new run clears the last one's results", () => {
    const loaded = run([{ type: "loaded", settings: DEFAULT_WORKBOOK_SETTINGS, tables: [], replaced: [] }, { type: "finished" }]);
    const running = run([{ type: "start", task: "classify" }, { type: "progress", progress: { phase: "analysing" } }], loaded);
    expect(running.status).toEqual({ kind: "running", task: "classify", progress: { phase: "analysing" } });
    const done = run([{ type: "classified", outcome }, { type: "dossiers", created: 2, refreshed: 0, locked: [], agenda: [] }, { type: "finished" }], running);
    expect(done.status).toEqual({ kind: "done", task: "classify" });
    expect(done.outcome).toBe(outcome);
    const again = run([{ type: "start", task: "classify" }], done);
    expect(again.outcome).toBeNull();
    expect(again.dossiersMade).toBeNull();
  });

  test("a failure names the task it ended; progress after the end changes nothing", () => {
    const failed = run([{ type: "start", task: "dossiers" }, { type: "failed", failure: { kind: "unexpected", message: "x" } }]);
    expect(failed.status).toMatchObject({ kind: "failed", task: "dossiers" });
    expect(run([{ type: "progress", progress: { phase: "writing" } }], failed)).toBe(failed);
  });

  test("an edit clears 'saved'; changing the source forgets what the old source held", () => {
    const saved = run([{ type: "loaded", settings: DEFAULT_WORKBOOK_SETTINGS, tables: [], replaced: [] }, { type: "source", source: { address: "Sales!A1:D9" } as never }, { type: "saved" }]);
    expect(saved.settingsSaved).toBe(true);
    const edited = run([{ type: "edit", settings: { ...DEFAULT_WORKBOOK_SETTINGS, lang: "ru" } }], saved);
    expect(edited.settingsSaved).toBe(false);
    expect(edited.source).not.toBeNull();
    expect(run([{ type: "edit", settings: DEFAULT_WORKBOOK_SETTINGS, sourceChanged: true }], saved).source).toBeNull();
  });
});
