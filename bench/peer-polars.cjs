// A peer of `cli-1m` / `cli-10m` (bench/_cli.ts): the work of `kam classify FILE.csv --json` in
// nodejs-polars, the same steps as peer-duckdb.cjs: read the CSV, ABC (the client that crosses
// 80% / 95% is still A / B), the zero-filled monthly CV and its XYZ class, recency and frequency
// over purchase days (days whose rows add up to more than zero), one JSON file out. Installed by
// the bench into a prefix outside the project (bench/_peers.ts), hence the path.
// Usage: node peer-polars.cjs PREFIX SALES.csv OUT.json
const [prefix, csv, out] = process.argv.slice(2);
const pl = require(require.resolve("nodejs-polars", { paths: [prefix] }));

// The column types are given rather than inferred: the peer's best case.
const daily = pl
  .scanCSV(csv, { schema: { Client: pl.Utf8, Date: pl.Date, Amount: pl.Float64 } })
  .groupBy(["Client", "Date"])
  .agg(pl.col("Amount").sum().alias("s"))
  .withColumns(pl.col("Date").cast(pl.Int32).alias("day"), pl.col("Date").dt.year().mul(12).add(pl.col("Date").dt.month()).alias("month"))
  .collectSync();

const span = daily.select(pl.col("day").max().alias("asOf"), pl.col("month").max().sub(pl.col("month").min()).add(1).alias("n")).toRecords()[0];
const n = Number(span.n);
const clients = daily
  .lazy()
  .groupBy("Client")
  .agg(
    pl.col("s").sum().alias("measure"),
    pl.col("day").filter(pl.col("s").gt(0)).max().alias("lastPurchase"),
    pl.col("s").gt(0).cast(pl.Int32).sum().alias("frequency"),
  );
// Population CV over all n months of the window; the months without a sale add (0 - mean)^2 each.
// (nodejs-polars has no sqrt: pow(0.5).)
const regularity = daily
  .lazy()
  .groupBy(["Client", "month"])
  .agg(pl.col("s").sum().alias("m"))
  .join(clients.select("Client", pl.col("measure").div(n).alias("mean")), { on: "Client" })
  .groupBy("Client")
  .agg(pl.col("m").sub(pl.col("mean")).pow(2).sum().alias("squares"), pl.col("m").count().alias("months"), pl.col("mean").first())
  .select(
    "Client",
    pl
      .when(pl.col("mean").gt(0))
      .then(pl.col("squares").add(pl.lit(n).sub(pl.col("months")).mul(pl.col("mean")).mul(pl.col("mean"))).div(n).pow(0.5).div(pl.col("mean")))
      .otherwise(pl.lit(null))
      .alias("cv"),
  );
const positive = pl.when(pl.col("measure").gt(0)).then(pl.col("measure")).otherwise(pl.lit(0));
const share = pl.col("above").div(pl.col("total"));
const result = clients
  .sort({ by: ["measure", "Client"], descending: [true, false] })
  .withColumns(positive.cumSum().sub(positive).alias("above"), positive.sum().alias("total"))
  .join(regularity, { on: "Client" })
  .select(
    pl.col("Client").alias("client"),
    "measure",
    pl.when(pl.col("measure").ltEq(0)).then(pl.lit("C")).when(share.lt(0.8 - 1e-9)).then(pl.lit("A")).when(share.lt(0.95 - 1e-9)).then(pl.lit("B")).otherwise(pl.lit("C")).alias("abc"),
    "cv",
    pl.when(pl.col("cv").isNull()).then(pl.lit("Z")).when(pl.col("cv").ltEq(0.1 + 1e-9)).then(pl.lit("X")).when(pl.col("cv").ltEq(0.25 + 1e-9)).then(pl.lit("Y")).otherwise(pl.lit("Z")).alias("xyz"),
    pl.lit(span.asOf).sub(pl.col("lastPurchase")).cast(pl.Int32).alias("recencyDays"),
    "frequency",
  )
  .sort({ by: ["measure", "client"], descending: [true, false] })
  .collectSync();
result.writeJSON(out, { format: "json" });
