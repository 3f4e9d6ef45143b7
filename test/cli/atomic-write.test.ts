import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeAtomically } from "../../src/cli/atomic-write";

describe("writeAtomically with a text", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "kam-atomic-text-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a text is written as UTF-8, whole, and no temporary file is left", async () => {
    const path = join(dir, "report.json");
    await writeAtomically(path, '{"client": "Żabka Polska", "city": "Kraków"}\n');
    expect(readFileSync(path, "utf8")).toBe('{"client": "Żabka Polska", "city": "Kraków"}\n');
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  test("a text longer than one piece keeps every character, a pair of surrogates across the pieces' edge included", async () => {
    const path = join(dir, "long.json");
    // 2^18 UTF-16 units are encoded at a time: the emoji's two units stand either side of that edge.
    const long = "a".repeat(2 ** 18 - 1) + "😀" + "Клиент 客户 ".repeat(40_000) + "😀";
    await writeAtomically(path, long);
    expect(readFileSync(path).equals(Buffer.from(long))).toBe(true);
  });
});
