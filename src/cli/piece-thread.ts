/**
 * Pieces of a plain CSV read in a worker thread while the main thread reads the others into the
 * sales reader (plain-csv.ts): `kam classify` on a large file reads with both cores. The thread
 * runs dist/kam-pieces.mjs (bundled from piece-worker.ts, beside dist/kam.mjs); each piece's rows
 * come back as transferred buffers, not copies, and the buffers go back to the thread once the
 * reader has taken the rows, for its next pieces.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { readClaimedPieces, type Piece, type PieceReader, type PieceResult, type RowArrays } from "./plain-csv";

/**
 * Files smaller than this are read on one thread: a thread costs about 30 ms to start and warms up
 * on its own, so at 1M rows (34 MB) one thread was still faster.
 */
const SMALLEST_FILE_APART = 64 * 1024 * 1024;
/** While the main thread waits for a piece, it looks for it this often (and sees the thread fail). */
const WAIT_MS = 1;

interface PieceRequest {
  fd: number;
  pieces: Piece[];
  claims: Int32Array;
  port: MessagePort;
}

interface PieceMessage {
  piece: number;
  result: PieceResult;
}

/**
 * How `kam` reads pieces of the file open as `fd` in a worker thread, for a file large enough to
 * gain by it; undefined when the worker's script is not beside `folder` (the sources run
 * in-process, as the tests run them) or the machine has one core.
 */
export function piecesInThread(folder: string): ((fd: number, size: number) => PieceReader | undefined) | undefined {
  const script = join(folder, "kam-pieces.mjs");
  // With one core a second thread would only take turns with the first.
  if (!existsSync(script) || availableParallelism() < 2) return undefined;
  return (fd, size) => (size < SMALLEST_FILE_APART ? undefined : pieceThread(script, fd));
}

/** Pieces of the file open as `fd` read by a worker thread running `script` (dist/kam-pieces.mjs). */
export function pieceThread(script: string, fd: number): PieceReader {
  return (pieces, claims) => {
    // The results come over a port the main thread reads when it is ready (receiveMessageOnPort), between pieces.
    const { port1, port2 } = new MessageChannel();
    const request: PieceRequest = { fd, pieces: [...pieces], claims, port: port2 };
    const worker = new Worker(script, { workerData: request, transferList: [port2] });
    const arrived = new Map<number, PieceResult>();
    let failure: Error | null = null;
    worker.once("error", (error) => (failure = error));
    worker.once("exit", (code) => (failure ??= new Error(`the thread reading pieces of the file stopped (exit ${code})`)));
    const take = (piece: number): PieceResult | undefined => {
      for (let received = receiveMessageOnPort(port1); received; received = receiveMessageOnPort(port1)) {
        const { piece: done, result } = received.message as PieceMessage;
        arrived.set(done, result);
      }
      const result = arrived.get(piece);
      arrived.delete(piece);
      return result;
    };
    return {
      take,
      wait: async (piece) => {
        for (;;) {
          const result = take(piece);
          if (result) return result;
          if (failure) throw failure;
          await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
        }
      },
      giveBack: (rows) => port1.postMessage(rows, [rows.clients.buffer, rows.dates.buffer, rows.amounts.buffer, rows.rows.buffer]),
      stop: () => {
        port1.close();
        void worker.terminate();
      },
    };
  };
}

/** The worker's side: reads each piece it claims before the main thread does, and sends its rows back. */
export function servePieces(): void {
  const { fd, pieces, claims, port } = workerData as PieceRequest;
  readClaimedPieces(
    fd,
    pieces,
    claims,
    (piece, result) => {
      const message: PieceMessage = { piece, result };
      const { rows } = result.plain ? result : { rows: null };
      port.postMessage(message, rows ? [rows.clients.buffer, rows.dates.buffer, rows.amounts.buffer, rows.rows.buffer] : []);
    },
    () => receiveMessageOnPort(port)?.message as RowArrays | undefined,
  );
  port.close();
}
