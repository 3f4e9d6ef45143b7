import { CsvReader, detectDelimiter } from "../../src/cli/csv";
import { InputException } from "../../src/engine/read";

function readAll(text: string, chunk = 1000): string[][] {
  const reader = new CsvReader(text);
  const records: string[][] = [];
  for (let rows = reader.read(chunk); rows.length; rows = reader.read(chunk)) records.push(...rows);
  return records;
}

describe("CsvReader", () => {
  test("delimiter from the header line, outside quotes", () => {
    expect(detectDelimiter("a;b;c\n1,2;3")).toBe(";");
    expect(detectDelimiter('"x;y;z"\tb\tc')).toBe("\t");
    expect(detectDelimiter("a,b")).toBe(",");
    expect(detectDelimiter("single")).toBe(",");
  });

  test("quoted fields: delimiters, doubled quotes, newlines; CRLF, LF and lone CR line ends; BOM", () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\rlast,"q"tail\n';
    expect(readAll(text)).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", "z"],
      ["last", "qtail"],
    ]);
  });

  test("empty fields, empty lines and a last line without a newline", () => {
    expect(readAll("a,b\n,\n\nc,")).toEqual([["a", "b"], ["", ""], [""], ["c", ""]]);
  });

  test("row numbers count records, not physical lines", () => {
    const reader = new CsvReader('h\n"1\n2"\nx\n');
    reader.read(2);
    expect(reader.nextRow).toBe(3);
    expect(reader.read(5)).toEqual([["x"]]);
  });

  test("chunks of any size give the same records; refilled rows carry the same values", () => {
    const text = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? `"q${i}",${i}` : `r${i},${i},extra`)).join("\n");
    const whole = readAll(text);
    for (const chunk of [1, 7, 64]) expect(readAll(text, chunk)).toEqual(whole);
    const reader = new CsvReader(text);
    const reused: string[][] = [];
    for (let rows = reader.read(16, true); rows.length; rows = reader.read(16, true)) reused.push(...rows.map((row) => [...row]));
    expect(reused).toEqual(whole);
  });

  test("an unclosed quote is bad input naming its row", () => {
    const reader = new CsvReader('a\nb\n"never closed\n');
    let error: unknown = null;
    try {
      reader.read(10);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputException);
    expect((error as InputException).error.problems[0].row).toBe(3);
  });
});
