import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once per run: the compiled bot and the bin are tested as they ship.
    globalSetup: ["tests/helpers/build-once.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: the browser and server tests are heavy, keep parallelism modest.
    maxWorkers: 2,
    // The JSON report lets .ci/run print the "N passed, N failed" line CI reads.
    reporters: ["default", "json"],
    outputFile: { json: "tests/.output/results.json" },
  },
});
