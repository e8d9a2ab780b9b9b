/**
 * `npm run ingest`: content/sources -> content/articles. Prints every message; exits 1 on errors only
 * with `--strict` or STRICT=1 (so one bad source does not stop an editor's local preview).
 */
import { ingestAll } from "../src/ingest/index.ts";
import { formatMessage } from "../src/lib/messages.ts";

const strict = process.argv.includes("--strict") || process.env.STRICT === "1";

const { articles, messages } = await ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles" });

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
