/**
 * Building the task pane's issue list in the DOM. Only textContent is used: issue texts quote
 * what people typed into cells.
 */
import type { Lang } from "../../shared/index";
import { msg } from "../core/i18n";
import type { IssueGroup, IssueItem } from "../core/issues-view";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderIssues(container: HTMLElement, groups: readonly IssueGroup[], lang: Lang, onSelect: (item: IssueItem) => void): void {
  container.replaceChildren();
  if (groups.length === 0) {
    container.append(el("p", "pk-empty", msg(lang, "noIssues")));
    return;
  }
  for (const group of groups) {
    const section = el("section", "pk-group");
    section.dataset.sheet = group.sheet;
    const heading = el("h2", "pk-group-title");
    heading.append(el("span", "pk-group-name", group.sheet));
    if (group.errors > 0) heading.append(el("span", "pk-badge pk-badge-error", String(group.errors)));
    if (group.warnings > 0) heading.append(el("span", "pk-badge pk-badge-warning", String(group.warnings)));
    section.append(heading);
    const list = el("ul", "pk-issues");
    for (const item of group.items) {
      const li = el("li");
      const button = el("button", `pk-issue pk-issue-${item.severity}`);
      button.type = "button";
      button.dataset.severity = item.severity;
      button.dataset.cell = item.cell;
      button.dataset.code = item.code;
      const label = item.severity === "error" ? msg(lang, "error") : msg(lang, "warning");
      button.title = `${label}: ${group.sheet}!${item.cell || msg(lang, "wholeSheet")}`;
      button.append(el("span", "pk-issue-icon", item.severity === "error" ? "✕" : "!"));
      button.lastElementChild?.setAttribute("aria-label", label);
      button.append(el("span", "pk-issue-cell", item.cell || "—"));
      button.append(el("span", "pk-issue-text", item.text));
      button.addEventListener("click", () => onSelect(item));
      li.append(button);
      list.append(li);
    }
    section.append(list);
    container.append(section);
  }
}
