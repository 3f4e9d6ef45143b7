import { HeadlessExcelError } from "../../src/headless";

/** Awaits a promise that must fail with an Office.js-shaped error of this code. */
export async function expectExcelError(promise: Promise<unknown>, code: string): Promise<HeadlessExcelError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HeadlessExcelError);
  const error = caught as HeadlessExcelError;
  expect(error.code).toBe(code);
  expect(error.debugInfo.code).toBe(code);
  expect(typeof error.message).toBe("string");
  return error;
}

/** Calls a getter that must throw synchronously with this code. */
export function expectThrowsExcelError(read: () => unknown, code: string): HeadlessExcelError {
  let caught: unknown;
  try {
    read();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HeadlessExcelError);
  expect((caught as HeadlessExcelError).code).toBe(code);
  return caught as HeadlessExcelError;
}
