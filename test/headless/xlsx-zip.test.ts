/** The streaming zip writer of the .xlsx layer: what it writes, JSZip (another reader) reads back. */
import JSZip from "jszip";
import { nodeZipCodec } from "../../src/cli/workbook-out";
import { crc32, webZipCodec, ZipWriter, type ZipCodec } from "../../src/headless/xlsx-zip";

/** The command line's codec (Node's zlib) and the playground's (CompressionStream). */
const codecs: [string, ZipCodec][] = [
  ["zlib", nodeZipCodec],
  ["CompressionStream", webZipCodec],
];

async function zipOf(codec: ZipCodec, write: (zip: ZipWriter) => Promise<void>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((chunk) => void chunks.push(chunk), codec);
  await write(zip);
  await zip.finish();
  return new Uint8Array(Buffer.concat(chunks));
}

test("CRC-32 is the zip one (the check value of ISO 3309)", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  // Continued over pieces, the same as over the whole.
  const bytes = new TextEncoder().encode("a part of an .xlsx package, in pieces");
  expect(crc32(bytes.subarray(9), crc32(bytes.subarray(0, 9)))).toBe(crc32(bytes));
});

test.each(codecs)("%s: parts given whole, as bytes and in many pieces of text or bytes read back as written, with UTF-8 names", async (_, codec) => {
  const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`);
  // Bytes that do not compress (a picture's), larger than a piece: deflate makes them a little longer.
  let seed = 7;
  const noise = Uint8Array.from({ length: 300_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
  const encoded = new TextEncoder().encode(rows.join(""));
  const bytes = await zipOf(codec, async (zip) => {
    await zip.add("[Content_Types].xml", "<Types/>");
    await zip.add("xl/media/ünïcode.bin", new Uint8Array([0, 1, 2, 255]));
    await zip.add("xl/worksheets/sheet1.xml", rows.values());
    await zip.add("empty.xml", "");
    await zip.add("xl/media/noise.bin", [noise.subarray(0, 100_000), noise.subarray(100_000)].values());
    await zip.add("xl/worksheets/sheet2.xml", ["<worksheet>", encoded.subarray(0, 70_001), encoded.subarray(70_001), "</worksheet>"].values());
  });
  const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
  expect(Object.keys(read.files)).toEqual(["[Content_Types].xml", "xl/media/ünïcode.bin", "xl/worksheets/sheet1.xml", "empty.xml", "xl/media/noise.bin", "xl/worksheets/sheet2.xml"]);
  expect(await read.file("xl/media/noise.bin")?.async("uint8array")).toEqual(noise);
  expect(await read.file("xl/worksheets/sheet2.xml")?.async("string")).toBe(`<worksheet>${rows.join("")}</worksheet>`);
  expect(await read.file("[Content_Types].xml")?.async("string")).toBe("<Types/>");
  expect([...((await read.file("xl/media/ünïcode.bin")?.async("uint8array")) ?? [])]).toEqual([0, 1, 2, 255]);
  expect(await read.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(rows.join(""));
  expect(await read.file("empty.xml")?.async("string")).toBe("");
});

test.each(codecs)("%s: a piece of bytes is taken as it was given, also when its buffer is written over for the next", async (_, codec) => {
  const rows = Array.from({ length: 3_000 }, (_, i) => `<row r="${i + 1}"><c><v>${i * 7}</v></c></row>`);
  const reused = new Uint8Array(1024);
  const encoder = new TextEncoder();
  function* pieces(): Generator<Uint8Array> {
    for (const row of rows) yield reused.subarray(0, encoder.encodeInto(row, reused).written);
  }
  const bytes = await zipOf(codec, (zip) => zip.add("xl/worksheets/sheet1.xml", pieces()));
  const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
  expect(await read.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(rows.join(""));
});

// That the failure is not also an unhandled rejection (which ends the process before the command
// line removes its temporary file) is tested end to end in test/cli (the file size limit).
test.each(codecs)("%s: a sink that fails (a full disk) fails the part with its error", async (_, codec) => {
  let written = 0;
  const zip = new ZipWriter(() => {
    if ((written += 1) > 2) throw new Error("disk full");
  }, codec);
  // Several MB: the sink fails while pieces are still being compressed, not only at the part's end.
  const pieces = Array.from({ length: 50_000 }, (_, i) => `<row r="${i}">${"x".repeat(i % 97)}${Math.sin(i)}</row>`);
  await expect(zip.add("xl/worksheets/sheet1.xml", pieces.values())).rejects.toThrow("disk full");
});
