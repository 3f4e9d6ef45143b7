/**
 * A streaming zip writer (PKWARE APPNOTE 6.3.x, the subset an .xlsx needs): each part is
 * deflated as it is produced and handed to a sink, so a sheet of a million rows is never one
 * string or one buffer. Entries carry their CRC and sizes in a data descriptor after the data
 * (general purpose bit 3), as Excel's and ExcelJS's own writers do; names are UTF-8 (bit 11).
 * No ZIP64: a part or a package over 4 GB is refused (an Excel sheet holds far less).
 *
 * The deflate step is given (ZipCodec): Node's zlib on the command line (fast, on a thread of its
 * own), the web's CompressionStream elsewhere (the playground), which is the default.
 */

/** Where the zip's bytes go, in order; a returned promise is awaited before more are written. */
export type ZipSink = (chunk: Uint8Array) => void | Promise<void>;

/** One part's raw deflate: bytes in, compressed bytes out through `output`, in order. */
export interface Deflater {
  /** `bytes` are the caller's again once this returns or its promise settles: a deflater that needs them longer copies them. */
  write(bytes: Uint8Array): void | Promise<void>;
  end(): Promise<void>;
}

export interface ZipCodec {
  deflater(output: (chunk: Uint8Array) => void): Deflater;
  /** CRC-32 of `bytes` continuing from `crc` (a faster one than the table below when the platform has it). */
  crc32?(bytes: Uint8Array, crc: number): number;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO 3309, the zip one) of `bytes`, continuing from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

interface ByteStreamWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  readonly ready: Promise<void>;
}
interface ByteStreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
}
/** The web's CompressionStream, typed here: the headless Excel compiles without the DOM library. */
type CompressionStreamClass = new (format: "deflate-raw") => { writable: { getWriter(): ByteStreamWriter }; readable: { getReader(): ByteStreamReader } };

/** Raw deflate through the web's CompressionStream (browsers, Node 18+). */
export const webZipCodec: ZipCodec = {
  deflater(output) {
    const Compression = (globalThis as unknown as { CompressionStream?: CompressionStreamClass }).CompressionStream;
    if (!Compression) throw new Error("this platform has no CompressionStream to write an .xlsx file with");
    const stream = new Compression("deflate-raw");
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const drained = (async () => {
      for (let next = await reader.read(); !next.done; next = await reader.read()) if (next.value) output(next.value);
    })();
    return {
      async write(bytes) {
        // Not awaiting the write itself lets the next chunk be made while this one is compressed;
        // a failed write fails close() in end() too, which reports it.
        await writer.ready;
        writer.write(bytes.slice()).catch(() => undefined);
      },
      async end() {
        await writer.close();
        await drained;
      },
    };
  },
};

const MAX_32 = 0xffffffff;

interface Entry {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Little-endian header fields. */
function header(fields: readonly [number, 2 | 4][]): Uint8Array {
  const bytes = new Uint8Array(fields.reduce((sum, [, width]) => sum + width, 0));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return bytes;
}

/** The parts as one array of bytes. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const FLAGS = 0x0808; // bit 3: sizes and CRC in a data descriptor; bit 11: UTF-8 names
const DEFLATE = 8;
/** 1980-01-01 00:00 in MS-DOS time: the parts carry no meaningful time, and the same input gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly sink: ZipSink,
    private readonly codec: ZipCodec = webZipCodec,
  ) {}

  private async put(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    if (this.offset > MAX_32) throw new Error("the workbook is over 4 GB, more than an .xlsx file can hold without ZIP64");
    await this.sink(bytes);
  }

  /** Adds a part: its text (or bytes) whole, or in pieces of text or UTF-8 bytes as they are made (a piece of bytes may be reused once the next is asked for). */
  async add(name: string, content: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
    const entry: Entry = { name: this.encoder.encode(name), crc: 0, compressed: 0, size: 0, offset: this.offset };
    await this.put(concat([header([[0x04034b50, 4], [20, 2], [FLAGS, 2], [DEFLATE, 2], [0, 2], [DOS_DATE, 2], [0, 4], [0, 4], [0, 4], [entry.name.length, 2], [0, 2]]), entry.name]));
    // Compressed output is passed on in order; the sink's promises are chained so none is dropped,
    // and a sink that fails (a full disk) stops the part with its error rather than an unhandled rejection.
    let pending: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | undefined;
    const deflater = this.codec.deflater((chunk) => {
      entry.compressed += chunk.length;
      pending = pending
        .then(() => (failed ? undefined : this.put(chunk)))
        .catch((error: unknown) => {
          failed ??= { error };
        });
    });
    const crc = this.codec.crc32 ?? crc32;
    const feed = async (bytes: Uint8Array): Promise<void> => {
      if (failed) throw failed.error;
      entry.crc = crc(bytes, entry.crc);
      entry.size += bytes.length;
      await deflater.write(bytes);
    };
    if (typeof content === "string") await feed(this.encoder.encode(content));
    else if (content instanceof Uint8Array) await feed(content);
    else for (const piece of content) await feed(typeof piece === "string" ? this.encoder.encode(piece) : piece);
    await deflater.end();
    await pending;
    if (failed) throw failed.error;
    if (entry.size > MAX_32) throw new Error(`the part ${name} is over 4 GB, more than an .xlsx file can hold without ZIP64`);
    await this.put(header([[0x08074b50, 4], [entry.crc, 4], [entry.compressed, 4], [entry.size, 4]]));
    this.entries.push(entry);
  }

  /** Writes the central directory; the zip is complete when this resolves. */
  async finish(): Promise<void> {
    const start = this.offset;
    const records = this.entries.map((entry) =>
      concat([
        header([[0x02014b50, 4], [20, 2], [20, 2], [FLAGS, 2], [DEFLATE, 2], [0, 2], [DOS_DATE, 2], [entry.crc, 4], [entry.compressed, 4], [entry.size, 4], [entry.name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [entry.offset, 4]]),
        entry.name,
      ]),
    );
    const directory = concat(records);
    await this.put(directory);
    await this.put(header([[0x06054b50, 4], [0, 2], [0, 2], [this.entries.length, 2], [this.entries.length, 2], [directory.length, 4], [start, 4], [0, 2]]));
  }
}
