import { describe, expect, it } from "vitest";
import { bundledAgreement, editDistance, findCategory, foldDanish, normalizeName, suggestCategory } from "../../shared/index";

const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager missing");

describe("name matching", () => {
  it("normalises case, spacing and Unicode forms", () => {
    expect(normalizeName("  Møder \t OG  Aftaler ")).toBe("møder og aftaler");
    expect(normalizeName("A\u030Angstr")).toBe("ångstr"); // decomposed å
    expect(foldDanish("Hærværk på Søndre")).toBe("haervaerk paa soendre");
  });
  it("edit distance, with the early cut-off", () => {
    expect(editDistance("indbrud", "indbrud")).toBe(0);
    expect(editDistance("indbrud", "indbrd")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abcdefgh", "zzzzzzzz", 2)).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("finds categories by Danish, English and synonym names", () => {
    expect(findCategory(amager, "INDBRUD")?.id).toBe("indbrud");
    expect(findCategory(amager, "Break-ins")?.id).toBe("indbrud");
    expect(findCategory(amager, "haervaerk")?.id).toBe("haervaerk");
    expect(findCategory(amager, "Vold og trusler")?.id).toBe("vold-trusler");
    expect(findCategory(amager, "bilbrand")).toBeUndefined();
  });
  it("suggests the nearest category for a misspelling, and nothing for nonsense", () => {
    expect(suggestCategory(amager, "Indbrug")?.id).toBe("indbrud");
    expect(suggestCategory(amager, "Narkotka")?.id).toBe("narkotika");
    expect(suggestCategory(amager, "xyzxyzxyz")).toBeUndefined();
  });
});
