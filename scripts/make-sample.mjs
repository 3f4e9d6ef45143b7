// Makes the bundled sample: assets/sample-sales.csv and assets/sample-sales.xlsx (the same rows).
// About 300 clients over two years, with managers, holdings, order numbers, returns, one top
// buyer close to mono-client, lost and fading clients, and names in several scripts.
// Clients buy in four rhythms, so that the ABC-XYZ matrix has clients in every cell, as a real
// client list does: contracts (an order or more every month, amounts within ±8%: X), regulars
// (every month, amounts that swing: Y), seasonal and irregular buyers (Z). Lost, fading and new
// clients miss months and land in Z whatever their rhythm. test/engine/sample.test.ts checks
// the matrix. Deterministic: `npm run sample` regenerates the same files.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const FIRST_DAY = Date.UTC(2024, 10, 1); // 2024-11-01
const LAST_DAY = Date.UTC(2026, 9, 31); // 2026-10-31
const DAY = 86_400_000;
const DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY) + 1;
/** Day numbers (from FIRST_DAY) on which each of the 24 calendar months starts. */
const MONTH_STARTS = Array.from({ length: 24 }, (_, m) => Math.round((Date.UTC(2024, 10 + m, 1) - FIRST_DAY) / DAY));

// Small seeded PRNG (mulberry32) so the sample never changes by accident.
let seed = 20241101;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const stems = {
  latin: ["Acme", "Northwind", "Contoso", "Fabrikam", "Litware", "Adventure Works", "Tailspin", "Wingtip", "Proseware", "Fourth Coffee", "Blue Yonder", "Margie's Travel", "Alpine Ski", "Coho Winery", "Lucerne Publishing", "Humongous Insurance", "Trey Research", "Woodgrove", "Graphic Design Institute", "School of Fine Art"],
  cyrillic: ["Северсталь-Сервис", "Вектор", "Гранит", "Альфа-Трейд", "Сибирские Сети", "Волга-Опт", "Тверской Хлеб", "Уральские Машины", "Мегаполис", "Балтийский Берег"],
  lithuanian: ["Žalgiris", "Šiaulių Prekyba", "Ąžuolas", "Vilniaus Baldai", "Kauno Grūdai", "Nemuno Vaistinė", "Baltų Tekstilė", "Ūkininkų Sąjunga"],
  welsh: ["Cwmni Bara Cymru", "Llaeth y Llan", "Siop Gwynedd", "Caffi'r Castell", "Gwasg Gomer", "Tŷ Coffi", "Melin Tregwynt", "Bwyd Môn"],
  persian: ["شرکت پارس", "صنایع البرز", "بازرگانی نور", "گروه تابان", "فولاد سپاهان", "کاشی میبد"],
  chinese: ["华为商贸", "上海明珠", "北京远大", "深圳创新", "广州天河", "杭州丝绸", "成都熊猫", "南京金陵"],
};
const suffixes = {
  latin: ["Ltd", "LLC", "Inc", "Group", "Trading", "Partners"],
  cyrillic: ["ООО", "АО", "Групп"],
  lithuanian: ["UAB", "AB", "Grupė"],
  welsh: ["Cyf", "Ltd", "a'i Fab"],
  persian: ["سهامی خاص", "و شرکا", "گروه"],
  chinese: ["有限公司", "集团", "贸易"],
};
const managers = ["Anna Ivanova", "Jonas Petraitis", "Rhys Evans", "Sara Ahmadi", "Li Wei", "Emma Clarke"];
const holdings = ["Vector Holding", "Nordic Retail Group", "Pars Industrial", "Dragon Capital"];

// 300 distinct client names drawn from every script.
const names = new Set();
const scripts = Object.keys(stems);
while (names.size < 300) {
  const script = scripts[names.size % scripts.length];
  const stem = pick(stems[script]);
  const suffix = pick(suffixes[script]);
  names.add(names.size < 60 ? stem + (names.has(stem) ? ` ${suffix}` : "") : `${stem} ${suffix} ${1 + Math.floor(random() * 90)}`);
}
const clients = [...names].map((name, index) => {
  // Heavy tail: a few big buyers, most small. Client 0 is the near-mono buyer (about 40%),
  // clients 1 and 2 are key (about 13% and 10.5%).
  const weight = index < 3 ? 0 : 1 / Math.pow(index + 1, 1.15);
  // The key clients buy every month (a contract, a regular, a contract); then the bigger the
  // client, the likelier a monthly rhythm (the top 15 or so are A, the next 110 B, the rest C).
  const monthly = index < 15 ? 0.6 : index < 125 ? 0.5 : 0.3;
  const draw = random();
  const kind = ["contract", "regular", "contract"][index] ?? (draw < monthly * 0.45 ? "contract" : draw < monthly ? "regular" : random() < 0.5 ? "seasonal" : "irregular");
  const fate = index < 6 ? "active" : random() < 0.12 ? "lost" : random() < 0.1 ? "fading" : random() < 0.08 ? "new" : "active";
  return {
    name,
    weight,
    kind,
    fate,
    manager: managers[index % managers.length],
    // Vector Holding gathers mid-size companies: key as a holding though none of them is.
    holding: index >= 3 && index < 40 && index % 2 === 1 ? holdings[0] : index % 23 === 5 || index % 29 === 7 ? holdings[1 + (index % 3)] : "",
  };
});
// A formula-looking name: must be written as text, never as a formula.
clients[137].name = "=Plus Trading";
clients[211].name = "+7 Logistics";

const tailTotal = clients.reduce((sum, client) => sum + client.weight, 0);
const yearlyRevenue = 4_000_000;
const rows = [];
let orderNo = 100_000;
const dayIso = (day) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);

clients.forEach((client, index) => {
  const share = [0.4, 0.13, 0.105][index] ?? (0.365 * client.weight) / tailTotal;
  const budget = share * yearlyRevenue * 2;
  const ordersPerYear = index < 10 ? 40 : Math.max(2, Math.round(4 + 30 * Math.sqrt(share * 20)));
  const orders = ordersPerYear * 2;
  const firstDay = client.fate === "new" ? DAYS - 150 : 0;
  const lastDay = client.fate === "lost" ? DAYS - 220 - Math.floor(random() * 300) : client.fate === "fading" ? DAYS - 60 : DAYS - 1;
  // Contracts and regulars order `perMonth` times in every calendar month, on days of their own;
  // a month's sum then varies by the spread over √(12 × perMonth): under 10% for a contract,
  // 10-25% for a regular.
  const monthlyRhythm = client.kind === "contract" || client.kind === "regular";
  const perMonth = Math.max(1, Math.round(ordersPerYear / 12));
  const days = monthlyRhythm
    ? MONTH_STARTS.flatMap((start, m) => {
        const length = (MONTH_STARTS[m + 1] ?? DAYS) - start;
        return Array.from({ length: perMonth }, (_, k) => start + Math.floor(((k + random()) * length) / perMonth));
      })
    : Array.from({ length: orders }, () => firstDay + Math.floor(random() * (lastDay - firstDay)));
  const spread = client.kind === "contract" ? 0.16 : client.kind === "regular" ? Math.min(1.6, 0.65 * Math.sqrt(perMonth)) : 1.2;
  const orderBudget = budget / days.length;
  for (let day of days) {
    if (client.kind === "seasonal" && random() < 0.6) day = firstDay + Math.floor((random() * (lastDay - firstDay)) / 90) * 90 + 60;
    if (client.kind === "irregular" && random() < 0.5) continue;
    if (day < firstDay || day > lastDay) continue;
    const amount = Math.round(orderBudget * (1 - spread / 2 + spread * random()) * 100) / 100;
    const margin = 0.05 + 0.3 * random() - (random() < 0.08 ? 0.4 : 0);
    rows.push({ date: dayIso(day), order: `SO-${orderNo++}`, client, amount, profit: Math.round(amount * margin * 100) / 100 });
    if (random() < 0.03) {
      // A return a few days later, as a negative line on its own document.
      const back = Math.min(lastDay, day + 3 + Math.floor(random() * 20));
      const refund = -Math.round(amount * (0.2 + 0.8 * random()) * 100) / 100;
      rows.push({ date: dayIso(back), order: `RT-${orderNo++}`, client, amount: refund, profit: Math.round(refund * 0.15 * 100) / 100 });
    }
  }
});
// A client that only returned goods in the window.
rows.push({ date: "2025-03-14", order: `RT-${orderNo++}`, client: { name: "Returns Only Ltd", manager: managers[2], holding: "" }, amount: -420.5, profit: -63.1 });
rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order < b.order ? -1 : 1));

const header = ["Date", "Order", "Client", "Holding", "Manager", "Amount", "Profit"];
const csvField = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
const csv = [header.join(",")]
  .concat(rows.map((r) => [r.date, r.order, r.client.name, r.client.holding, r.client.manager, r.amount.toFixed(2), r.profit.toFixed(2)].map(csvField).join(",")))
  .join("\n");
writeFileSync(resolve(root, "assets/sample-sales.csv"), "\uFEFF" + csv + "\n");

const workbook = new ExcelJS.Workbook();
workbook.created = new Date(Date.UTC(2026, 10, 1));
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet("Sales", { views: [{ state: "frozen", ySplit: 1 }] });
sheet.addRow(header).font = { bold: true };
for (const r of rows) {
  const [y, m, d] = r.date.split("-").map(Number);
  sheet.addRow([new Date(Date.UTC(y, m - 1, d)), r.order, r.client.name, r.client.holding || null, r.client.manager, r.amount, r.profit]);
}
sheet.getColumn(1).eachCell((cell, row) => row > 1 && (cell.numFmt = "yyyy-mm-dd"));
for (const column of [6, 7]) sheet.getColumn(column).eachCell((cell, row) => row > 1 && (cell.numFmt = "#,##0.00"));
// Names that look like formulas stay text.
sheet.getColumn(3).eachCell((cell) => {
  if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) cell.numFmt = "@";
});
[12, 12, 34, 22, 18, 14, 12].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
// ExcelJS stamps every part of the package with the time of writing; the same date for every
// part makes the file the same bytes on every run.
const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
for (const entry of Object.values(zip.files)) entry.date = workbook.created;
writeFileSync(resolve(root, "assets/sample-sales.xlsx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
console.log(`sample: ${rows.length} rows, ${clients.length + 1} clients -> assets/sample-sales.csv, assets/sample-sales.xlsx`);
