/**
 * The one exception for input a user can fix. It carries an InputError value (a typed code, an
 * English message, the row problems) that the pane translates and the command line prints; every
 * layer throws this and nothing else for bad input, so no user mistake ends as an "internal error".
 */
import type { InputError } from "./types";

export class InputException extends Error {
  constructor(readonly error: InputError) {
    super(error.message);
    this.name = "InputException";
  }
}
