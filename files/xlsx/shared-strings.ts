/**
 * The workbook's shared text (xl/sharedStrings.xml): cells of text hold an index into it. Only
 * where each item lies is noted up front; an item's text is decoded when a cell of a sheet the
 * tracker reads asks for it.
 */
import { elements, stringItemText } from "./xml";

export class SharedStrings {
  /** Start and end of each item's content, in pairs. */
  private readonly bounds: number[] = [];
  private readonly decoded = new Map<number, string>();

  constructor(private readonly xml: string) {
    for (const el of elements(xml, "si")) this.bounds.push(el.contentStart, el.contentEnd);
  }

  get count(): number {
    return this.bounds.length / 2;
  }

  /** The text of item `index`, or undefined when there is no such item. */
  text(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    let text = this.decoded.get(index);
    if (text === undefined) {
      text = stringItemText(this.xml, this.bounds[2 * index] ?? 0, this.bounds[2 * index + 1] ?? 0);
      this.decoded.set(index, text);
    }
    return text;
  }
}
