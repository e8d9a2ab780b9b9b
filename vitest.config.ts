import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Integration and browser tests build whole sites; they get generous limits (speed is measured by
    // `npm run bench`, never by tests).
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Builds use both cores; running test files one at a time keeps memory and timings sane.
    fileParallelism: false,
  },
});
