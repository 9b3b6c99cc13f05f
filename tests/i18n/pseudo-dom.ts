/**
 * What a reader of a rendered page (jsdom) sees as text, for the pseudo-locale tests of the pane and the web
 * page: every visible text node and the texts of the attributes assistive technology reads or shows.
 */

/** Attributes whose text a user sees or hears. */
const SHOWN_ATTRIBUTES = ["aria-label", "title", "placeholder", "alt", "aria-valuetext"];

/**
 * The texts shown inside `root`: text nodes outside styles, scripts and aria-hidden parts (icons), except
 * those `skip` says are not text (a preview's column letters), then the shown attributes.
 */
export function shownTexts(
  root: HTMLElement = document.body,
  skip: (node: Node) => boolean = () => false,
): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.closest("style, script") || parent.closest("[aria-hidden='true']"))) continue;
    if (skip(node)) continue;
    texts.push(node.textContent ?? "");
  }
  for (const element of Array.from(root.querySelectorAll("*")))
    for (const attribute of SHOWN_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(value);
    }
  return texts;
}

/** How many pseudo-locale brackets `text` leaves open (⟦ without its ⟧). */
export function openBrackets(text: string): number {
  return (text.match(/⟦/g) ?? []).length - (text.match(/⟧/g) ?? []).length;
}

/**
 * A note written one line per row (fit-text.ts `splitIntoLines`) is one text: a text that leaves a ⟦ open
 * continues in the texts after it (the preview shows the lines in reading order) until it closes.
 */
export function joinContinuedLines(texts: string[]): string[] {
  const joined: string[] = [];
  for (let k = 0; k < texts.length; k++) {
    let text = texts[k];
    while (openBrackets(text) > 0 && k + 1 < texts.length) text += ` ${texts[++k]}`;
    joined.push(text);
  }
  return joined;
}
