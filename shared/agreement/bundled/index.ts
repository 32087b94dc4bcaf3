/**
 * The agreements that ship with the product, checked by the schema when first used.
 * A bundled file that fails the schema is a programming error, so it throws.
 */

import { describeProblems, parseAgreement } from "../parse";
import type { Agreement } from "../schema";
import amager from "./amager.json";
import tingbjergHusum from "./tingbjerg-husum.json";

const rawBundled: Record<string, unknown> = { amager, "tingbjerg-husum": tingbjergHusum };
const cache = new Map<string, Agreement>();

export const bundledAgreementIds: readonly string[] = Object.keys(rawBundled);
export const defaultAgreementId = "amager";

/** A bundled agreement by its id; only the bundle's own ids count ("constructor" is none). */
export function bundledAgreement(id: string): Agreement | undefined {
  const hit = cache.get(id);
  if (hit) return hit;
  if (!Object.hasOwn(rawBundled, id)) return undefined;
  const raw = rawBundled[id];
  if (raw === undefined) return undefined;
  const parsed = parseAgreement(raw);
  if (!parsed.ok) throw new Error(`bundled agreement "${id}" is invalid: ${describeProblems(parsed.problems)}`);
  cache.set(id, parsed.agreement);
  return parsed.agreement;
}
