import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

// BARE_CONTENT: the folder of Markdown articles the real build ingested.
const articles = defineCollection({ loader: glob({ pattern: "*.md", base: process.env.BARE_CONTENT || "../../content/articles" }) });

export const collections = { articles };
