/**
 * Readings of a plain CSV's pieces apart from the reader, for the tests: in this process (pieces
 * claimed by a pattern, some results "not come yet" the first time they are asked for, so the
 * reader reads ahead) or in a worker thread running dist/kam-pieces.mjs as `kam` does.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PIECE_APART, PieceReading, type PieceReader, type PieceResult } from "../../src/cli/plain-csv";
import { pieceThread } from "../../src/cli/piece-thread";

/**
 * Pieces read apart in this process: those `apart` picks are claimed before the reader starts,
 * and read in the file's order when first asked for; those `late` picks are not ready the first
 * time the reader looks.
 */
export function piecesHere(input: Buffer | number, apart: (piece: number) => boolean, late: (piece: number) => boolean = () => false): PieceReader {
  return (pieces, claims) => {
    for (let piece = 1; piece < pieces.length; piece++) if (apart(piece)) Atomics.store(claims, piece, PIECE_APART);
    const reading = PieceReading.of(input, pieces[0]);
    const results = new Map<number, PieceResult>();
    let readUpTo = 0;
    const resultOf = (piece: number): PieceResult | undefined => {
      // A reading apart reads its pieces in the file's order.
      for (; readUpTo < piece; ) {
        readUpTo++;
        if (Atomics.load(claims, readUpTo) === PIECE_APART) results.set(readUpTo, reading.read(pieces[readUpTo]));
      }
      return results.get(piece);
    };
    const looked = new Set<number>();
    return {
      take: (piece) => {
        if (late(piece) && !looked.has(piece)) {
          looked.add(piece);
          return undefined;
        }
        return resultOf(piece);
      },
      wait: async (piece) => resultOf(piece) ?? { plain: false },
      giveBack: (rows) => reading.giveBack(rows),
      stop: () => undefined,
    };
  };
}

/** The worker thread's script as `npm run build:cli` bundles it (the tests' CI builds it before jest). */
export const PIECE_WORKER = join(__dirname, "../../dist/kam-pieces.mjs");

/** Pieces of the file open as `fd` read in a worker thread, as `kam` reads them. */
export function piecesInWorker(fd: number): PieceReader {
  if (!existsSync(PIECE_WORKER)) throw new Error(`${PIECE_WORKER} is missing: run npm run build:cli`);
  return pieceThread(PIECE_WORKER, fd);
}
