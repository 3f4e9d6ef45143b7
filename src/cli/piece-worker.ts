/** The worker thread that reads pieces of a plain CSV (piece-thread.ts), bundled as dist/kam-pieces.mjs. */
import { servePieces } from "./piece-thread";

servePieces();
