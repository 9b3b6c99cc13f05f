/** @jest-environment jsdom */
/**
 * The pane's method choices read the method registry: a toy method registered through its one entry point is
 * offered with its name and description in both languages, and choosing it sends it with the build and
 * remembers it. (Its analysis on the pane's UI thread is in toy-method.test.ts.)
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Method } from "../../src/core/model";
import { registerMethod } from "../../src/core/segment/methods";
import { App } from "../../src/taskpane/components/App";
import { button, fieldControl, userOptions } from "../taskpane/dom-helpers";
import { createFakeHost } from "../taskpane/fake-pane-host";
import { alphabeticalMethod } from "./alphabetical-method";

registerMethod(alphabeticalMethod); // the one line

test("English: offered last with its name and description; choosing it builds with it and remembers it", async () => {
  const host = createFakeHost({ settings: {} });
  const user = userEvent.setup(userOptions);
  render(<App host={host} />);
  await screen.findByText("Excel table on sheet Clientes");
  expect(screen.getByText("Two halves by the name's first letter.")).toBeInTheDocument();
  const radios = screen.getAllByRole("radio").map((radio) => (radio as HTMLInputElement).value);
  expect(radios).toEqual(["portfolio", "rfm", "clusters", "lifecycle", "abc", "alphabetical"]);
  await user.click(fieldControl("Alphabetical"));
  expect(fieldControl("Alphabetical")).toBeChecked();
  // The toy reads no k: the pane does not offer one.
  expect(screen.queryByText("Number of clusters")).not.toBeInTheDocument();
  await user.click(button("Build customer map"));
  expect(host.buildCalls[0].options.method).toBe("alphabetical");
  expect(host.saved.at(-1)?.method).toBe("alphabetical");
});

test("Spanish: its Spanish name and description, and a stored choice of it is restored", async () => {
  const host = createFakeHost({ displayLanguage: "es-ES", settings: { method: "alphabetical" as Method } });
  render(<App host={host} />);
  await screen.findByText("Tabla de Excel en la hoja Clientes");
  expect(screen.getByText("Dos mitades por la inicial del nombre.")).toBeInTheDocument();
  expect(fieldControl("Alfabético")).toBeChecked();
});
