// A peer of `cli-1m` / `cli-10m` (bench/_cli.ts): the work of `kam classify FILE.csv --json` in
// DuckDB's Node API, as issue 14 names it: read the CSV, ABC (the client that crosses 80% / 95%
// is still A / B), the zero-filled monthly CV and its XYZ class, recency and frequency over
// purchase days (days whose rows add up to more than zero), one JSON file out. DuckDB is
// installed by the bench into a prefix outside the project (bench/_peers.ts), hence the path.
// Usage: node peer-duckdb.cjs PREFIX SALES.csv OUT.json
const [prefix, csv, out] = process.argv.slice(2);
const { DuckDBInstance } = require(require.resolve("@duckdb/node-api", { paths: [prefix] }));

// The column types are given rather than sniffed: the peer's best case.
const sql = `
COPY (
  WITH daily AS MATERIALIZED (
    SELECT Client, Date, sum(Amount) AS s
    FROM read_csv($csv, header = true, columns = {'Client': 'VARCHAR', 'Date': 'DATE', 'Amount': 'DOUBLE'})
    GROUP BY Client, Date),
  span AS (
    SELECT max(Date) AS asOf,
           year(max(Date)) * 12 + month(max(Date)) - year(min(Date)) * 12 - month(min(Date)) + 1 AS n
    FROM daily),
  clients AS (
    SELECT Client, sum(s) AS measure, max(Date) FILTER (WHERE s > 0) AS lastPurchase,
           count(*) FILTER (WHERE s > 0) AS frequency
    FROM daily GROUP BY Client),
  monthly AS (SELECT Client, sum(s) AS m FROM daily GROUP BY Client, year(Date), month(Date)),
  -- Population CV over all n months of the window; the months without a sale add (0 - mean)^2 each.
  regularity AS (
    SELECT Client, CASE WHEN mean > 0 THEN sqrt((squares + (n - months) * mean * mean) / n) / mean END AS cv
    FROM (
      SELECT c.Client, any_value(c.measure / span.n) AS mean, any_value(span.n) AS n, count(*) AS months,
             sum((monthly.m - c.measure / span.n) ^ 2) AS squares
      FROM monthly JOIN clients c USING (Client), span
      GROUP BY c.Client)),
  ranked AS (
    SELECT *,
           coalesce(sum(greatest(measure, 0)) OVER (ORDER BY measure DESC, Client ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS above,
           sum(greatest(measure, 0)) OVER () AS total
    FROM clients)
  SELECT Client AS client, measure,
         CASE WHEN measure <= 0 THEN 'C' WHEN above / total < 0.8 - 1e-9 THEN 'A' WHEN above / total < 0.95 - 1e-9 THEN 'B' ELSE 'C' END AS abc,
         cv,
         CASE WHEN cv IS NULL THEN 'Z' WHEN cv <= 0.1 + 1e-9 THEN 'X' WHEN cv <= 0.25 + 1e-9 THEN 'Y' ELSE 'Z' END AS xyz,
         date_diff('day', lastPurchase, span.asOf) AS recencyDays, frequency
  FROM ranked JOIN regularity USING (Client), span
  ORDER BY measure DESC, Client
) TO '${out.replaceAll("'", "''")}' (FORMAT json, ARRAY true)`;

async function main() {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(sql, { csv });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
