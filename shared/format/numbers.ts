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

export function formatNumber(n: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(n)) return "–";
  // The common case, a whole number, without rounding's string work.
  if (decimals === 0 && Number.isSafeInteger(n)) {
    const body = groupDigits(String(Math.abs(n)), lang === "da" ? "." : ",");
    return n < 0 ? `${MINUS}${body}` : body;
  }
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [intPart = "0", frac] = rounded.toFixed(decimals).split(".");
  const grouped = groupDigits(intPart, lang === "da" ? "." : ",");
  const body = frac ? `${grouped}${lang === "da" ? "," : "."}${frac}` : grouped;
  return n < 0 && rounded !== 0 ? `${MINUS}${body}` : body;
}

/** Signed: +4 / −4 / 0. */
export function formatSigned(n: number, lang: Lang, decimals = 0): string {
  const body = formatNumber(n, lang, decimals);
  return n > 0 && body !== formatNumber(0, lang, decimals) ? `+${body}` : body;
}

/** A percentage, whole unless told: "−20 %" (da) / "−20%" (en). */
export function formatPercent(n: number, lang: Lang, decimals = 0, signed = false): string {
  const body = signed ? formatSigned(n, lang, decimals) : formatNumber(n, lang, decimals);
  return lang === "da" ? `${body} %` : `${body}%`;
}

export function formatKr(amount: number, lang: Lang): string {
  return lang === "da" ? `${formatNumber(amount, "da")} kr.` : `DKK ${formatNumber(amount, "en")}`;
}
