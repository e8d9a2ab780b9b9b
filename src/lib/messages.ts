/**
 * Build messages for editors: every problem names the file (and line, where there is one) and says what
 * to do. Ingest, the registry loader, the corpus stage and the build script all report through this type.
 */
export type Severity = "error" | "warning" | "info";

export interface BuildMessage {
  severity: Severity;
  /** Path relative to the project root, e.g. `content/sources/foo.txt`. */
  file: string;
  /** 1-based line, where the problem has one. */
  line?: number;
  column?: number;
  message: string;
  /** What the editor can do about it. */
  hint?: string;
}

export function formatMessage(m: BuildMessage): string {
  const where = m.line ? `${m.file}:${m.line}${m.column ? `:${m.column}` : ""}` : m.file;
  return `${m.severity}: ${where}: ${m.message}${m.hint ? ` (${m.hint})` : ""}`;
}

/** Thrown by strict builds and by callers that cannot continue; carries the messages that caused it. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly messages: BuildMessage[] = [],
  ) {
    super(message);
    this.name = "BuildError";
  }
}
