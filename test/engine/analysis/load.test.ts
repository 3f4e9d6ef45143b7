import { classify } from "../../../src/engine/classify";
import { buildSales, settingsWith, type TestRow } from "./build";

const run = (rows: TestRow[], overrides: Parameters<typeof settingsWith>[0] = {}) => classify(buildSales(rows), settingsWith(overrides));
const clientsByName = (rows: TestRow[]) => new Map(run(rows).clients.map((client) => [client.client, client]));

describe("manager of a client", () => {
  test("the manager on the most recent row; on the same date the lowest sheet row", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2024-03-01", manager: "Old" },
      { client: "a", amount: 10, date: "2024-05-01", manager: "Later in sheet", sourceRow: 9 },
      { client: "a", amount: 10, date: "2024-05-01", manager: "Higher in sheet", sourceRow: 5 },
      { client: "a", amount: 10, date: "2024-04-01", manager: "Middle" },
    ];
    expect(run(rows).clients[0].manager).toBe("Higher in sheet");
  });

  test("a blank manager cell on the latest row does not erase the manager", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2024-03-01", manager: "Ann" },
      { client: "a", amount: 10, date: "2024-05-01" },
      { client: "b", amount: 10, date: "2024-05-01" },
    ];
    const clients = clientsByName(rows);
    expect(clients.get("a")?.manager).toBe("Ann");
    expect(clients.get("b")?.manager).toBeNull();
  });

  test("rows outside the window do not decide the manager", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2024-03-01", manager: "Ann" },
      { client: "a", amount: 10, date: "2024-05-01", manager: "Bob" },
    ];
    expect(run(rows, { asOf: "2024-04-30" }).clients[0].manager).toBe("Ann");
  });
});

describe("manager load", () => {
  test("key clients and their share per manager; more than 3 key clients is flagged", () => {
    const rows: TestRow[] = [
      ...["k1", "k2", "k3", "k4"].map((client) => ({ client, amount: 15, date: "2024-01-01", manager: "Ann" })),
      ...["k5", "k6", "k7"].map((client) => ({ client, amount: 10, date: "2024-01-01", manager: "Bob" })),
      { client: "small", amount: 9, date: "2024-01-01", manager: "Cy" },
      { client: "tiny", amount: 1, date: "2024-01-01", manager: "Bob" },
    ];
    const result = run(rows);
    expect(result.total).toBe(100);
    expect(result.managers).toEqual([
      { manager: "Ann", keyClients: 4, keyShare: 0.6, overloaded: true },
      { manager: "Bob", keyClients: 3, keyShare: expect.closeTo(0.3, 12), overloaded: false },
      { manager: "Cy", keyClients: 0, keyShare: 0, overloaded: false },
    ]);
    expect(run(rows, { maxKeyClientsPerManager: 4 }).managers[0].overloaded).toBe(false);
  });

  test("no manager column: no manager table", () => {
    expect(run([{ client: "a", amount: 1, date: "2024-01-01" }]).managers).toEqual([]);
  });
});

describe("groups", () => {
  test("a holding is key although none of its companies is", () => {
    const rows: TestRow[] = [
      { client: "Big Co", amount: 40, date: "2024-01-01" },
      ...["North", "South", "East"].map((client) => ({ client, amount: 5, date: "2024-01-01", group: "Holding X" })),
      ...Array.from({ length: 9 }, (_, i) => ({ client: `other ${i}`, amount: 5, date: "2024-01-01", group: i < 5 ? "Holding Y" : undefined })),
    ];
    const result = run(rows);
    expect(result.clients.filter((c) => c.group === "Holding X").map((c) => c.dependency)).toEqual(["none", "none", "none"]);
    expect(result.groups).toEqual([
      { group: "Holding Y", measure: 25, share: 0.25, dependency: "critical", clients: 5 },
      { group: "Holding X", measure: 15, share: 0.15, dependency: "key", clients: 3 },
    ]);
  });

  test("a client's group is the one on its most recent row", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2024-01-01", group: "Old holding" },
      { client: "a", amount: 10, date: "2024-06-01", group: "New holding" },
    ];
    const result = run(rows);
    expect(result.clients[0].group).toBe("New holding");
    expect(result.groups.map((g) => g.group)).toEqual(["New holding"]);
  });
});

describe("key type", () => {
  test("breadwinner when key by share; otherwise the type column of the most recent row; else empty", () => {
    const rows: TestRow[] = [
      { client: "key", amount: 90, date: "2024-01-01", keyType: "expert" },
      { client: "prospect", amount: 3, date: "2024-01-01", keyType: "image-maker" },
      { client: "prospect", amount: 3, date: "2024-02-01", keyType: "prospective" },
      { client: "plain", amount: 4, date: "2024-01-01" },
    ];
    const clients = clientsByName(rows);
    expect(clients.get("key")?.keyType).toBe("breadwinner");
    expect(clients.get("prospect")?.keyType).toBe("prospective");
    expect(clients.get("plain")?.keyType).toBeNull();
  });
});

describe("clients", () => {
  test("names are the same client after NFC, lower case and trimming; the first spelling is shown", () => {
    const rows: TestRow[] = [
      { client: " Café Noir", amount: 10, date: "2024-01-01" },
      { client: "CAFE\u0301 NOIR ", amount: 5, date: "2024-01-02" },
    ];
    const result = run(rows);
    expect(result.clients.map((c) => [c.client, c.measure])).toEqual([["Café Noir", 15]]);
  });
});
