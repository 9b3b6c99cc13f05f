/** @jest-environment jsdom */
/**
 * The "segment beside my table" option: in the method step's folded options in both languages, off by default,
 * sent with the build, remembered per workbook; the results view says where the column went or why it was not
 * written (a warning, the map itself being ready).
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App";
import { userOptions, button, fieldControl, findButton, type User } from "../dom-helpers";
import { createFakeHost, resultFixture, type FakeHost } from "../fake-pane-host";

const EN_LABEL = "Also write the segment beside my table (only into empty cells)";
const ES_LABEL = "Escribir también el segmento junto a mi tabla (solo en celdas vacías)";

async function open(host: FakeHost, found: string): Promise<User> {
  const user = userEvent.setup(userOptions);
  render(<App host={host} />);
  await screen.findByText(found);
  return user;
}

test("English: off by default; checking it sends segmentColumn with the build and remembers it", async () => {
  const host = createFakeHost({ settings: {} });
  const user = await open(host, "Excel table on sheet Clientes");
  await user.click(await findButton("More options"));
  await screen.findByText(EN_LABEL);
  const box = fieldControl(EN_LABEL);
  expect(box).not.toBeChecked();
  await user.click(box);
  expect(box).toBeChecked();
  await user.click(button("Build customer map"));
  expect(host.buildCalls[0].options.segmentColumn).toBe(true);
  expect(host.saved.at(-1)?.segmentColumn).toBe(true);
});

test("option off: the build options carry no segment column", async () => {
  const host = createFakeHost({ settings: {} });
  const user = await open(host, "Excel table on sheet Clientes");
  await user.click(button("Build customer map"));
  expect(host.buildCalls[0].options.segmentColumn).toBeUndefined();
  expect(host.saved.at(-1)?.segmentColumn).toBe(false);
});

test("Spanish: the remembered choice is restored checked and can be turned off", async () => {
  const host = createFakeHost({ displayLanguage: "es-ES", settings: { segmentColumn: true } });
  const user = await open(host, "Tabla de Excel en la hoja Clientes");
  await user.click(await findButton("Más opciones"));
  await screen.findByText(ES_LABEL);
  const box = fieldControl(ES_LABEL);
  expect(box).toBeChecked();
  await user.click(box);
  await user.click(button("Crear mapa de clientes"));
  expect(host.buildCalls[0].options.segmentColumn).toBeUndefined();
  expect(host.saved.at(-1)?.segmentColumn).toBe(false);
});

test("results: a warning MessageBar with the reason when the column was not written", async () => {
  const host = createFakeHost({ settings: { segmentColumn: true } });
  const user = await open(host, "Excel table on sheet Clientes");
  await user.click(button("Build customer map"));
  await act(async () =>
    host.buildCalls[0].result.resolve({
      ...resultFixture(),
      segmentColumnWarning: {
        en: 'Column F next to your table is not empty (cell F9 holds "x"). Clear that column.',
        es: 'La columna F junto a su tabla no está vacía (la celda F9 contiene "x"). Vacíe esa columna.',
      },
    }),
  );
  expect(await screen.findByText("Your customer map is ready")).toBeInTheDocument();
  const title = screen.getByText("Segment column not written");
  const bar = title.closest(".fui-MessageBar") as HTMLElement;
  expect(bar).toHaveTextContent(
    'Column F next to your table is not empty (cell F9 holds "x"). Clear that column.',
  );
  // The sheets are still listed.
  expect(screen.getByText("Sheets created")).toBeInTheDocument();
});

test("results: where the column was written; no warning", async () => {
  const host = createFakeHost({ displayLanguage: "es-ES", settings: { segmentColumn: true } });
  const user = await open(host, "Tabla de Excel en la hoja Clientes");
  await user.click(button("Crear mapa de clientes"));
  await act(async () =>
    host.buildCalls[0].result.resolve({ ...resultFixture(), segmentColumnAddress: "Clientes!F3:F203" }),
  );
  expect(await screen.findByText("Columna de segmento escrita en Clientes!F3:F203")).toBeInTheDocument();
  expect(screen.queryByText("No se escribió la columna de segmento")).toBeNull();
});
