/** A word or sentence with its first letter in capitals: "juli 2015" → "Juli 2015", at the start of a line or a title. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("da") + text.slice(1);
}
