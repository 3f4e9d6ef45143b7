// The peer of `out-100k` / `out-1m` (bench/_out.ts): a plain streaming .xlsx write, what the
// issue's xlsxwriter script does (Python's xlsxwriter is not installable here). It reads the CSV,
// writes its rows to a Sales sheet and a results sheet of one row per client (rank, client,
// revenue, share, class), with ExcelJS's streaming WorkbookWriter and shared strings.
// Usage: node peer-xlsx-stream.cjs SALES.csv OUT.xlsx
const ExcelJS = require("exceljs");
const { readFileSync } = require("node:fs");

async function main() {
  const [csv, out] = process.argv.slice(2);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  const sales = book.addWorksheet("Sales");
  const revenue = new Map();
  for (const line of readFileSync(csv, "utf8").split("\n")) {
    if (line === "") continue;
    const [client, date, text] = line.split(",");
    const amount = Number(text);
    sales.addRow([client, date, Number.isNaN(amount) ? text : amount]).commit();
    if (!Number.isNaN(amount)) revenue.set(client, (revenue.get(client) ?? 0) + amount);
  }
  await sales.commit();
  const results = book.addWorksheet("Results");
  results.addRow(["Rank", "Client", "Revenue", "Share", "ABC"]).commit();
  const total = [...revenue.values()].reduce((sum, value) => sum + value, 0);
  let cumulative = 0;
  [...revenue].sort((a, b) => b[1] - a[1]).forEach(([client, value], index) => {
    cumulative += value;
    const row = results.addRow([index + 1, client, value, value / total, cumulative <= 0.8 * total ? "A" : cumulative <= 0.95 * total ? "B" : "C"]);
    row.getCell(3).numFmt = "#,##0.00";
    row.getCell(4).numFmt = "0.0%";
    row.commit();
  });
  await results.commit();
  await book.commit();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
