export type CsvCell = string | number | boolean | null | undefined;

// A cell starting with one of these is run as a formula by spreadsheet apps; quoting alone does not stop that.
const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(v: CsvCell): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return String(v);
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, CRLF line ends, quoted where needed, text cells made safe to open in a spreadsheet. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(formatCell).join(",")).join("\r\n") + "\r\n";
}
