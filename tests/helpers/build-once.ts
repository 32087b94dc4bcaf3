/**
 * Vitest's global setup: `npm run build` once per test run, before any test, so the tests of the
 * compiled build and of the `partnerskab` bin (which runs dist/cli/main.js) see the code as it is
 * now, never a stale dist/. (`npm ci` runs no scripts here: .npmrc has ignore-scripts=true.)
 */
import { buildApp } from "../../scripts/build";

export async function setup(): Promise<void> {
  await buildApp();
}
