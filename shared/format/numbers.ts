/**
 * Numbers as Danish and English readers write them: 1.500.000 kr. / DKK 1,500,000,
 * −20 % with a true minus sign and a space before the per-cent sign in Danish.
 * Hand-rolled rather than Intl so output is identical in every browser and Node build.
 */
import type { Lang } from "./lang";

const MINUS = "−";

/** "1500000" → "1.500.000": a separator before each group of three digits from the right. */
function groupDigits(intPart: string, sep: string): string {
  const length = intPart.length;
  if (length <= 3) return intPart;
  let out = intPart.slice(0, ((length - 1) % 3) + 1);
  for (let i = out.length; i < length; i += 3) out += sep + intPart.slice(i, i + 3);
  return out;
}

/**
 * |n| rounded half up to `decimals` places, as whole units of the last place (|1234,56| to one
 * place is 12346), and its digits; undefined for numbers too large to count in whole units exactly.
 */
function roundedDigits(n: number, lang: Lang, decimals: number): { units: number; body: string } | undefined {
  const factor = 10 ** decimals;
  const units = Math.round(Math.abs(n) * factor);
  if (!Number.isSafeInteger(units)) return undefined;
  const whole = decimals === 0 ? units : Math.floor(units / factor);
  const grouped = groupDigits(String(whole), lang === "da" ? "." : ",");
  if (decimals === 0) return { units, body: grouped };
  const fraction = String(units - whole * factor).padStart(decimals, "0");
  return { units, body: `${grouped}${lang === "da" ? "," : "."}${fraction}` };
}

/** The same, through toFixed, for the rare number beyond 2⁵³ units. */
function largeDigits(n: number, lang: Lang, decimals: number): { units: number; body: string } {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [intPart = "0", frac] = rounded.toFixed(decimals).split(".");
  const grouped = groupDigits(intPart, lang === "da" ? "." : ",");
  return { units: rounded, body: frac ? `${grouped}${lang === "da" ? "," : "."}${frac}` : grouped };
}

export function formatNumber(n: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(n)) return "–";
  const { units, body } = roundedDigits(n, lang, decimals) ?? largeDigits(n, lang, decimals);
  return n < 0 && units !== 0 ? `${MINUS}${body}` : body;
}

/** Signed: +4 / −4 / 0 (a number that rounds to nothing has no sign). */
export function formatSigned(n: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(n)) return "–";
  const { units, body } = roundedDigits(n, lang, decimals) ?? largeDigits(n, lang, decimals);
  if (units === 0) return body;
  return n > 0 ? `+${body}` : `${MINUS}${body}`;
}

/** A percentage, whole unless told: "−20 %" (da) / "−20%" (en). */
export function formatPercent(n: number, lang: Lang, decimals = 0, signed = false): string {
  const body = signed ? formatSigned(n, lang, decimals) : formatNumber(n, lang, decimals);
  return lang === "da" ? `${body} %` : `${body}%`;
}

export function formatKr(amount: number, lang: Lang): string {
  return lang === "da" ? `${formatNumber(amount, "da")} kr.` : `DKK ${formatNumber(amount, "en")}`;
}
