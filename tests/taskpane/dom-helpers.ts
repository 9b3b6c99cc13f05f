/**
 * Fast queries for the pane's component tests. `getByRole(..., { name })` computes accessible names for every
 * candidate, which is slow on Fluent's DOM in jsdom; these follow the same label associations directly
 * (label `for` → control, button text, listbox options) so the tests still go through what a user sees.
 */
import { configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { PointerEventsCheckLevel, type default as userEvent } from "@testing-library/user-event";

// Fluent's first renders are slow in jsdom on a loaded CI machine; 1 s (the default) makes tests flaky.
configure({ asyncUtilTimeout: 15_000 });

/**
 * user-event options: its pointer-events check walks getComputedStyle up the tree on every click, which is
 * very slow over Fluent's atomic CSS in jsdom; no element of the pane disables pointer events.
 */
export const userOptions = { pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null } as const;

export type User = ReturnType<typeof userEvent.setup>;

/** The control a Field label points to; `labelStart` matches the label's text start (header + badge). */
export function fieldControl(labelStart: string): HTMLElement {
  const labels = Array.from(document.querySelectorAll<HTMLLabelElement>("label"));
  const label = labels.find((l) => (l.textContent ?? "").startsWith(labelStart) && l.htmlFor);
  const control = label ? document.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled "${labelStart}"`);
  return control;
}

/** The Fluent Field wrapping a control (where its validation message lives). */
export function fieldOf(labelStart: string): HTMLElement {
  const field = fieldControl(labelStart).closest(".fui-Field");
  if (!(field instanceof HTMLElement)) throw new Error(`no Field around "${labelStart}"`);
  return field;
}

export function button(text: string): HTMLButtonElement {
  return screen.getByText(text, { selector: "button" }) as HTMLButtonElement;
}

export async function findButton(text: string): Promise<HTMLButtonElement> {
  return (await screen.findByText(text, { selector: "button" })) as HTMLButtonElement;
}

/**
 * Opens a dropdown and clicks the option whose text is exactly `option`. Uses plain click events: user-event's
 * full pointer sequence costs ~10 s per click on an open 30-option Fluent listbox in jsdom, for no extra
 * coverage of our code (the keyboard path is Fluent's, tested upstream).
 */
export async function pickOption(_user: User, combo: HTMLElement, option: string): Promise<void> {
  fireEvent.click(combo);
  const target = await waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find(
      (o) => (o.textContent ?? "").trim() === option,
    );
    if (!found) throw new Error(`no option "${option}"`);
    return found;
  });
  fireEvent.click(target);
}
