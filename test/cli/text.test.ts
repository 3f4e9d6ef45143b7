import { decodeCsv } from "../../src/cli/text";
import { DEFAULT_READ_SETTINGS } from "../../src/engine/types";

/** Bytes of a text in a single-byte code page, given the byte of each non-ASCII character. */
function singleByte(text: string, byteOf: (char: string) => number): Buffer {
  return Buffer.from(Array.from(text, (char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : byteOf(char))));
}

const cyrillic1251 = (char: string) => 0xc0 + char.charCodeAt(0) - 0x410;
const decode = (bytes: Buffer) => decodeCsv(bytes, DEFAULT_READ_SETTINGS);

describe("decodeCsv", () => {
  test("UTF-8 with or without a BOM, and UTF-16 with its BOM", () => {
    expect(decode(Buffer.from("Клиент,Сумма\nА,1\n"))).toBe("Клиент,Сумма\nА,1\n");
    expect(decode(Buffer.from("\ufeffClient,Amount\n"))).toBe("\ufeffClient,Amount\n");
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Client\tAmount\n", "utf16le")]))).toBe("Client\tAmount\n");
  });

  test("Russian Excel's plain CSV (windows-1251) is recognised by its header", () => {
    expect(decode(singleByte("Клиент;Сумма\nальфа;1\n", cyrillic1251))).toBe("Клиент;Сумма\nальфа;1\n");
  });

  test("Lithuanian (windows-1257) and Chinese (GBK) headers", () => {
    expect(decode(singleByte("Pirkėjas;Suma\n", () => 0xeb))).toBe("Pirkėjas;Suma\n");
    expect(decode(Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a]))).toBe("客户,金额\n");
  });

  test("an ASCII header with other bytes below it reads as Western (windows-1252)", () => {
    expect(decode(singleByte("Client,Amount\nCafé,1\n", () => 0xe9))).toBe("Client,Amount\nCafé,1\n");
  });
});
