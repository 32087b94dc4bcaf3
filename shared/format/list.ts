/** A list as a sentence writes it: "a", "a og b", "a, b og c" / "a, b and c". */
import { type Lang, t } from "./lang";

export function listText(parts: readonly string[], lang: Lang): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} ${t(lang, "og", "and")} ${parts[parts.length - 1]}`;
}
