/**
 * Numbers as Danish and English readers write them: 1.500.000 kr. / DKK 1,500,000,
 * −20 % with a true minus sign and a space before the per-cent sign in Danish.
 * Hand-rolled rather than Intl so output is identical in every browser and Node build.
 */
import type { Lang } from "./lang";

const MINUS = "−";

function groupDigits(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function formatNumber(n: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(n)) return "–";
  // The common case, a whole number below a thousand, without the string work below.
  if (decimals === 0 && Number.isInteger(n) && n > -1000 && n < 1000) return n < 0 ? `${MINUS}${-n}` : String(n);
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
