/**
 * `npm run ingest`: content/sources -> content/articles. Prints every message; exits 1 on errors only
 * with `--strict` or STRICT=1 (so one bad source does not stop an editor's local preview). A strict run
 * with errors writes nothing.
 */
import { ingestAll } from "../src/ingest/index.ts";
import { BuildError, formatMessage } from "../src/lib/messages.ts";

const strict = process.argv.includes("--strict") || process.env.STRICT === "1";

const result = await ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", strict }).catch((error: unknown) => {
  if (!(error instanceof BuildError)) throw error;
  for (const m of error.messages) (m.severity === "error" ? console.error : console.log)(formatMessage(m));
  console.error(`ingest: ${error.messages.filter((m) => m.severity === "error").length} source(s) with errors in strict mode: nothing was written`);
  process.exit(1);
});
const { articles, messages } = result;

for (const m of messages) {
  const line = formatMessage(m);
  if (m.severity === "error") console.error(line);
  else console.log(line);
}

const count = (status: string) => articles.filter((a) => a.status === status).length;
const errors = messages.filter((m) => m.severity === "error").length;
console.log(
  `ingest: ${articles.length} article(s): ${count("created")} created, ${count("updated")} updated, ` +
    `${count("unchanged")} unchanged, ${count("edited")} kept as edited; ${errors} source(s) with errors`,
);

if (strict && errors > 0) process.exit(1);
