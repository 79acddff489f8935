import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { detectSeries } from "@/lib/detection/detect-series";
import { formatVerdictCsv, inferBucketMs, parseSeriesCsv, SeriesCsvError } from "@/lib/detection/series-csv";

const INPUT_REQUIRED = "--input FILE.csv is required";
const ArgsSchema = z.object({ input: z.string({ error: INPUT_REQUIRED }).min(1, INPUT_REQUIRED), output: z.string().min(1, "--output needs a file name").optional() });

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(2);
}

/** `npm run -s detect -- --input FILE.csv [--output FILE]`: the live detector, replayed over a CSV. */
function main() {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options: { input: { type: "string" }, output: { type: "string" } }, strict: true }).values;
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const args = ArgsSchema.safeParse(values);
  if (!args.success) fail(args.error.issues[0].message);
  let text: string;
  try {
    text = fs.readFileSync(args.data.input, "utf8");
  } catch {
    fail(`cannot read ${args.data.input}`);
  }
  try {
    const rows = parseSeriesCsv(text);
    const bucketMs = inferBucketMs(rows);
    const { verdicts } = detectSeries(rows, bucketMs);
    const csv = formatVerdictCsv(rows, verdicts);
    if (args.data.output) fs.writeFileSync(args.data.output, csv);
    else process.stdout.write(csv);
  } catch (err) {
    if (err instanceof SeriesCsvError) fail(`${args.data.input}: ${err.message}`);
    throw err;
  }
}

main();
