/**
 * Errors shaped like OfficeExtension.Error: `name`, `code`, `message`, `debugInfo`
 * ({ code, message, errorLocation }), `traceMessages`. Codes are Excel's own strings.
 */
export type HeadlessErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "AccessDenied"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidRequestContext"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection";

export interface HeadlessDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class HeadlessExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: HeadlessDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: HeadlessErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function fail(code: HeadlessErrorCode, message: string, errorLocation?: string): never {
  throw new HeadlessExcelError(code, message, errorLocation);
}
