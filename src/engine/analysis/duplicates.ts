/**
 * One record per customer (the Chinese article, 004_08ec6fe701bd337e.txt): names that differ only
 * by legal form, punctuation, case or spacing ("Margie's Travel" and "Margie's Travel Inc",
 * "Вектор" and "Вектор ООО") are listed as possible duplicates, never merged silently; a person
 * merges them with aliases (name -> client), which `applyAliases` applies to the sales before the
 * analysis.
 */
import { clientKey } from "../client-key";
import type { SalesData } from "../types";

/** Legal forms in the languages of the product and its users' exports, as whole words. */
const LEGAL_FORMS = new Set(
  [
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "corporation", "co", "company", "the",
    "gmbh", "ag", "kg", "ohg", "gbr", "ug", "se", "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "ab", "as", "oy", "oyj",
    "aps", "kft", "zrt", "sro", "spzoo", "pty", "pte", "bhd", "sdn", "kk", "uab", "mb", "ii", "ltda", "cia",
    "ооо", "оао", "зао", "пао", "ао", "ип", "тов", "пп", "ват", "зат",
    "cyf", "ccc", "bbc",
    "سهامی", "خاص", "عام", "شرکت", "مسئولیت", "محدود",
    "有限公司", "股份有限公司", "有限责任公司", "公司", "集团",
  ].map((form) => form.normalize("NFKC")),
);

/** Multi-word forms, joined before matching ("sp. z o.o." -> "spzoo", "s.r.o." -> "sro"). */
const JOINED_FORMS: [RegExp, string][] = [
  [/\bsp\s*z\s*o\s*o\b/gu, " spzoo "],
  [/\bs\s*r\s*o\b/gu, " sro "],
  [/\bs\s*a\s*s\b/gu, " sas "],
  [/\bs\s*p\s*a\b/gu, " spa "],
  [/\bs\s*a\b/gu, " sa "],
  [/\bl\s*l\s*c\b/gu, " llc "],
];
/**
 * Any of JOINED_FORMS, in one pass: most names hold none, and six replaces that change nothing
 * cost more than one test (a name none matches is left as it is by all six, in turn).
 */
const ANY_JOINED_FORM = new RegExp(JOINED_FORMS.map(([pattern]) => `(?:${pattern.source})`).join("|"), "u");

/**
 * A client name without its legal form, punctuation, case and extra spaces: names with the same
 * stem may be one client. Empty when nothing but a legal form is left.
 * @example nameStem("Margie's Travel, Inc.") // "margies travel"
 */
export function nameStem(name: string): string {
  return stemOfKey(clientKey(name));
}

/** nameStem of a name whose clientKey is `key`. */
function stemOfKey(key: string): string {
  let text = key.normalize("NFKC");
  // Apostrophes join ("Margie's" = "Margies"); other punctuation separates words.
  text = text.replace(/['’`ʼ]/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ");
  if (ANY_JOINED_FORM.test(text)) for (const [pattern, joined] of JOINED_FORMS) text = text.replace(pattern, joined);
  // Chinese legal forms are written without spaces, at the end of the name.
  text = text.replace(/(股份有限公司|有限责任公司|有限公司|公司|集团)$/u, " ");
  // The words joined in a loop: split, filter and join made two arrays a name.
  let stem = "";
  for (const word of text.split(" ")) if (word !== "" && !LEGAL_FORMS.has(word)) stem = stem === "" ? word : `${stem} ${word}`;
  return stem;
}

/**
 * Clients, by index, grouped where their names share a stem (groups of two or more only); `keys`
 * are the clientKey of their names, as the clients carry them.
 */
export function duplicateGroups(keys: readonly string[]): number[][] {
  const byStem = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const stem = stemOfKey(key);
    if (stem === "") return;
    const group = byStem.get(stem);
    if (group) group.push(index);
    else byStem.set(stem, [index]);
  });
  return [...byStem.values()].filter((group) => group.length > 1);
}

/**
 * The sales with aliases applied: every row of a client whose name is an alias counts for the
 * client it names (created when the data has no row under that name). `aliases` maps a client key
 * (clientKey of the name in the data) to the name it counts as. Returns which names were merged.
 */
export function applyAliases(data: SalesData, aliases: ReadonlyMap<string, string>): { data: SalesData; merged: { from: string; to: string }[] } {
  if (aliases.size === 0) return { data, merged: [] };
  const clients = data.clients.slice();
  const indexOfKey = new Map(clients.map((client, index) => [client.key, index]));
  const target = new Int32Array(clients.length).map((_, index) => index);
  const merged: { from: string; to: string }[] = [];
  data.clients.forEach((client, index) => {
    const to = aliases.get(client.key);
    if (to === undefined || clientKey(to) === client.key || clientKey(to) === "") return;
    let toIndex = indexOfKey.get(clientKey(to));
    if (toIndex === undefined) {
      toIndex = clients.length;
      clients.push({ key: clientKey(to), name: to.trim() });
      indexOfKey.set(clientKey(to), toIndex);
    }
    target[index] = toIndex;
    merged.push({ from: client.name, to: clients[toIndex].name });
  });
  if (merged.length === 0) return { data, merged };
  // Aliases of aliases are followed to the end (a -> b, b -> c: a counts as c).
  for (let index = 0; index < target.length; index++) {
    let to = target[index];
    for (let hops = 0; hops < clients.length && to < target.length && target[to] !== to; hops++) to = target[to];
    target[index] = to;
  }
  const clientIndex = data.clientIndex.map((index) => target[index]);
  return { data: { ...data, clients, clientIndex }, merged };
}
