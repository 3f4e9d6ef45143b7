/** Where "Classify clients" reads its sales rows from. */
export type SourceChoice =
  | { kind: "auto" }
  | { kind: "selection" }
  | { kind: "table"; name: string }
  | { kind: "range"; address: string };
