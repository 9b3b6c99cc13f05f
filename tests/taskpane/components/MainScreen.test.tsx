/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CoreError } from "../../../src/core/errors";
import { App } from "../../../src/taskpane/components/App";
import {
  userOptions,
  button,
  fieldControl,
  fieldOf,
  findButton,
  pickOption,
  type User,
} from "../dom-helpers";
import { createFakeHost, detectedFixture, resultFixture, type FakeHost } from "../fake-pane-host";

/** Renders the pane on a workbook already used with the add-in (so it opens on the data step). */
async function openDataStep(host: FakeHost): Promise<User> {
  const user = userEvent.setup(userOptions);
  render(<App host={host} />);
  await screen.findByText("Excel table on sheet Clientes");
  return user;
}

const mappingCombo = (header: string) => fieldControl(header);
const pickRole = (user: User, header: string, option: string) =>
  pickOption(user, mappingCombo(header), option);

describe("data step", () => {
  test("says what was found: source, address, rows, columns, customers and the quality report", async () => {
    await openDataStep(createFakeHost({ settings: {} }));
    expect(screen.getByText("Excel table on sheet Clientes")).toBeInTheDocument();
    expect(screen.getByText("Clientes!A3:E203")).toBeInTheDocument();
    const stats = screen.getByText("Rows").closest("dl") as HTMLElement;
    expect(within(stats).getByText("200")).toBeInTheDocument();
    expect(within(stats).getByText("5")).toBeInTheDocument();
    expect(within(stats).getByText("197")).toBeInTheDocument();
    expect(screen.getByText("197 of 200 rows used")).toBeInTheDocument();
    expect(screen.getByText(/Totals row: 1 row/)).toBeInTheDocument();
    expect(screen.getByText(/Blank row: 2 rows/)).toBeInTheDocument();
    // Blank lines and a totals row are not data problems: information, not a warning.
    expect(screen.getByTestId("quality-info")).toBeInTheDocument();
    expect(screen.getByText(/rows 50, 90/)).toBeInTheDocument();
    expect(screen.getByText("Ventas read with comma decimals")).toBeInTheDocument();
  });

  test("says which sheets customer attributes were joined from, and which were too big to read", async () => {
    const host = createFakeHost({ settings: {} });
    host.detectImpl = async (options) => ({
      ...detectedFixture(options.overrides ?? {}),
      joinedSheets: ["Atributos", "Zonas"],
      unreadSheets: { names: ["Histórico"], maxCells: 2_000_000 },
    });
    await openDataStep(host);
    expect(screen.getByText("Customer attributes joined from sheet Atributos and Zonas")).toBeInTheDocument();
    expect(
      screen.getByText("Not read for customer attributes (over 2,000,000 cells in all): Histórico"),
    ).toBeInTheDocument();
  });

  test("no attribute line when nothing was joined", async () => {
    await openDataStep(createFakeHost({ settings: {} }));
    expect(screen.queryByText(/Customer attributes joined/)).toBeNull();
    expect(screen.queryByText(/Not read for customer attributes/)).toBeNull();
  });

  test("each column shows its role and confidence; an unknown header stays Not used", async () => {
    await openDataStep(createFakeHost({ settings: {} }));
    expect(mappingCombo("Cliente")).toHaveTextContent("Customer ID");
    expect(mappingCombo("Ventas")).toHaveTextContent("Revenue");
    expect(mappingCombo("Notas")).toHaveTextContent("Not used");
    expect(within(fieldOf("Cliente")).getByText("Sure")).toBeInTheDocument();
    expect(within(fieldOf("Margen")).getByText("Likely")).toBeInTheDocument();
    expect(within(fieldOf("Zona")).getByText("Guess")).toBeInTheDocument();
    expect(within(fieldOf("Notas")).getByText("Unknown")).toBeInTheDocument();
  });

  test("changing a mapping reads again with the override and the build sends it", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await pickRole(user, "Notas", "Channel");
    await waitFor(() => expect(host.detectCalls.at(-1)?.overrides).toEqual({ Notas: "channel" }));
    expect(mappingCombo("Notas")).toHaveTextContent("Channel");
    await user.click(button("Build customer map"));
    expect(host.buildCalls).toHaveLength(1);
    expect(host.buildCalls[0].options).toEqual({
      method: "portfolio",
      lang: "en",
      overrides: { Notas: "channel" },
    });
  });

  test("two columns with the same meaning: the error is on the second column's Field and Build is blocked", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await pickRole(user, "Notas", "Revenue");
    // The pick reads the data again: let that read land inside act() before asserting on the settled pane.
    await waitFor(() => expect(host.detectCalls.at(-1)?.overrides).toEqual({ Notas: "revenue" }));
    await act(async () => undefined);
    const notas = fieldOf("Notas");
    expect(
      within(notas).getByText("Revenue is already column Ventas. Choose another meaning or Not used."),
    ).toBeInTheDocument();
    expect(mappingCombo("Notas")).toHaveAttribute("aria-invalid", "true");
    expect(mappingCombo("Ventas")).not.toHaveAttribute("aria-invalid", "true");
    expect(button("Build customer map")).toBeDisabled();
    expect(screen.getByText("Fix the highlighted columns first.")).toBeInTheDocument();
  });

  test("unmapping the revenue column says what to map and blocks Build", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await pickRole(user, "Ventas", "Not used");
    expect(
      await screen.findByText("Map a column to Revenue, or to Quantity and Unit price, to build the map."),
    ).toBeInTheDocument();
    expect(button("Build customer map")).toBeDisabled();
  });

  test("changing the data shape reads again as transactions and requires a date column", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await pickOption(user, fieldControl("Data shape"), "One row per invoice line");
    await waitFor(() => expect(host.detectCalls.at(-1)?.shape).toBe("transactions"));
    expect(await screen.findByText("Map a column to Date to build the map.")).toBeInTheDocument();
  });

  test("when the user changes selection the data is read again", async () => {
    jest.useFakeTimers();
    try {
      const host = createFakeHost({ settings: {} });
      render(<App host={host} />);
      await screen.findByText("Excel table on sheet Clientes");
      const before = host.detectCalls.length;
      act(() => {
        host.changeSelection();
        host.changeSelection();
      });
      await act(async () => {
        jest.advanceTimersByTime(500);
      });
      expect(host.detectCalls.length).toBe(before + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("no data found: the core's message and a way to insert the sample", async () => {
    const host = createFakeHost({ settings: {} });
    host.detectImpl = async () => {
      throw new CoreError("no-data", { en: "Sheet Hoja1 is empty.", es: "La hoja Hoja1 está vacía." });
    };
    const user = userEvent.setup(userOptions);
    render(<App host={host} />);
    expect(await screen.findByText("No customer data found here")).toBeInTheDocument();
    expect(screen.getByText(/Sheet Hoja1 is empty\./)).toBeInTheDocument();
    host.detectImpl = async () => detectedFixture();
    await user.click(button("Insert sample data"));
    expect(await screen.findByText("Excel table on sheet Clientes")).toBeInTheDocument();
    expect(host.sampleInserts).toBe(1);
  });
});

describe("build", () => {
  test("progress shows the stage in words; Cancel aborts and says the workbook was not changed", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    const call = host.buildCalls[0];
    act(() => call.onProgress({ stage: "analyzing", fraction: 0.4 }));
    expect(screen.getAllByText("Segmenting customers and computing KPIs…").length).toBeGreaterThan(0);
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.4");
    expect(mappingCombo("Ventas")).toBeDisabled();
    await user.click(button("Cancel"));
    expect(call.signal.aborted).toBe(true);
    expect(await screen.findByText("Cancelled. The workbook was not changed.")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(button("Build customer map")).toBeEnabled();
  });

  test("Cancel stays available while the sheets are being written (the renderer cleans up)", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    act(() => host.buildCalls[0].onProgress({ stage: "writing", fraction: 0.8 }));
    expect(screen.getAllByText("Writing the sheets…").length).toBeGreaterThan(0);
    await user.click(button("Cancel"));
    expect(host.buildCalls[0].signal.aborted).toBe(true);
    expect(await screen.findByText("Cancelled. The workbook was not changed.")).toBeInTheDocument();
  });

  test("a core error is shown in a MessageBar and on the Field of the column it names", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    const message = {
      en: "column Ventas has 312 text values like 'n/d'; clean them or map another column",
      es: "la columna Ventas tiene 312 valores de texto como 'n/d'; límpielos o asigne otra columna",
    };
    await act(async () =>
      host.buildCalls[0].result.reject(new CoreError("text-in-numbers", message, "Ventas")),
    );
    const alert = (await screen.findByText("The map was not built")).closest(
      ".fui-MessageBar",
    ) as HTMLElement;
    expect(alert).toHaveAttribute("role", "alert");
    expect(alert).toHaveTextContent("The map was not built");
    expect(alert).toHaveTextContent(message.en);
    expect(alert).toHaveTextContent("The workbook was not changed.");
    expect(within(fieldOf("Ventas")).getByText(message.en)).toBeInTheDocument();
    expect(mappingCombo("Ventas")).toHaveAttribute("aria-invalid", "true");
    expect(mappingCombo("Cliente")).not.toHaveAttribute("aria-invalid", "true");
  });

  test("an unexpected Excel failure is reported with its message", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    await act(async () => host.buildCalls[0].result.reject(new Error("RichApi.Error: GeneralException")));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Excel could not complete the operation: RichApi.Error: GeneralException",
    );
  });

  test("results: segments with counts and shares, KPIs (unavailable said), sheet links, call list", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    await act(async () => host.buildCalls[0].result.resolve(resultFixture()));
    expect(await screen.findByText("Your customer map is ready")).toBeInTheDocument();
    expect(screen.getByText("197 customers in 2 segments.")).toBeInTheDocument();
    const strategic = screen.getByText("Strategic / VIP").closest("li") as HTMLElement;
    // 40 of 197 customers = 20 %; 60 % of revenue.
    expect(strategic).toHaveTextContent("40 · 20%");
    expect(strategic).toHaveTextContent("60% of revenue — Loyalty");
    const atRisk = screen.getByText("At risk").closest("li") as HTMLElement;
    expect(atRisk).toHaveTextContent("157 · 80%");
    expect(atRisk).toHaveTextContent("Small segment");
    expect(screen.getByText("1M")).toBeInTheDocument();
    expect(screen.getByText("n/a")).toBeInTheDocument();
    expect(screen.getByText("Acme SL")).toBeInTheDocument();
    expect(screen.getByText("−62 % vs previous quarter")).toBeInTheDocument();
    // The rep and the customer's contact are both names: each says which it is.
    expect(screen.getByText("Sales rep: Marta Soler · Contact: Nuria Rubio")).toBeInTheDocument();

    await user.click(button("Customer Map"));
    await user.click(button("Customers"));
    expect(host.activated).toEqual(["Customer Map", "Customers"]);
  });

  test("thresholds of the last map become editable and are sent on the next build", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    await act(async () => host.buildCalls[0].result.resolve(resultFixture()));
    await user.click(await findButton("Change settings"));
    await user.click(await findButton("More options"));
    await screen.findByText("Value: share of revenue (%)");
    const spin = fieldControl("Value: share of revenue (%)");
    expect(spin).toHaveValue("80");
    await user.clear(spin);
    await user.type(spin, "70");
    await user.tab();
    await user.click(button("Build customer map"));
    expect(host.buildCalls[1].options.thresholds).toEqual({ valueShare: 0.7 });
  });

  test("a method without settable thresholds (RFM) offers none, even those its last map reported", async () => {
    const host = createFakeHost({ settings: { method: "rfm" } });
    const user = await openDataStep(host);
    await user.click(button("Build customer map"));
    const result = resultFixture();
    result.method = "rfm";
    result.thresholds = [
      {
        id: "recencyScore2",
        label: { en: "Recency score 2 from", es: "Recencia 2 desde" },
        value: 30,
        format: "days",
      },
    ];
    await act(async () => host.buildCalls[0].result.resolve(result));
    await user.click(await findButton("Change settings"));
    await user.click(await findButton("More options"));
    await screen.findByText("Repeat code");
    expect(screen.queryByText("Recency score 2 from")).not.toBeInTheDocument();
    expect(screen.queryByText("Thresholds")).not.toBeInTheDocument();
    // Back to the portfolio map: its thresholds heading and hint are there again.
    await user.click(screen.getByText("Portfolio map"));
    expect(await screen.findByText("Thresholds")).toBeInTheDocument();
  });

  test("choices are remembered per workbook when building", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(await screen.findByText("Clusters"));
    await pickOption(user, fieldControl("Number of clusters"), "4");
    await user.click(button("Build customer map"));
    expect(host.buildCalls[0].options).toMatchObject({ method: "clusters", k: 4 });
    expect(host.saved.at(-1)).toMatchObject({ method: "clusters", k: 4 });
  });
});

describe("languages", () => {
  test("Spanish from Office's display language, everything in Spanish", async () => {
    const host = createFakeHost({ displayLanguage: "es-ES", settings: {} });
    const user = userEvent.setup(userOptions);
    render(<App host={host} />);
    expect(await screen.findByText("Tabla de Excel en la hoja Clientes")).toBeInTheDocument();
    expect(screen.getByText("197 de 200 filas usadas")).toBeInTheDocument();
    expect(screen.getByText(/Fila de totales: 1 fila/)).toBeInTheDocument();
    expect(mappingCombo("Ventas")).toHaveTextContent("Ventas");
    expect(fieldControl("Mapa de cartera")).toBeChecked();
    await user.click(button("Crear mapa de clientes"));
    expect(host.buildCalls[0].options.lang).toBe("es");
    await act(async () => host.buildCalls[0].result.resolve(resultFixture()));
    expect(await screen.findByText("Su mapa de clientes está listo")).toBeInTheDocument();
    expect(screen.getByText("Estratégico / VIP")).toBeInTheDocument();
    expect(screen.getByText(/60\s%\sde las ventas — Fidelizar/)).toBeInTheDocument();
  });

  test("the header switch changes the pane language and is remembered", async () => {
    const host = createFakeHost({ settings: {} });
    const user = await openDataStep(host);
    await user.click(screen.getByLabelText("Español"));
    expect(await findButton("Crear mapa de clientes")).toBeInTheDocument();
    expect(screen.getByLabelText("Español")).toHaveAttribute("aria-pressed", "true");
    expect(host.saved.at(-1)?.paneLang).toBe("es");
    await user.click(screen.getByLabelText("English"));
    expect(await findButton("Build customer map")).toBeInTheDocument();
  });

  test("a Spanish core error is shown in Spanish", async () => {
    const host = createFakeHost({ displayLanguage: "es-MX", settings: {} });
    const user = userEvent.setup(userOptions);
    render(<App host={host} />);
    await screen.findByText("Tabla de Excel en la hoja Clientes");
    await user.click(button("Crear mapa de clientes"));
    await act(async () =>
      host.buildCalls[0].result.reject(new CoreError("x", { en: "English text", es: "Texto en español" })),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("No se ha creado el mapa");
    expect(alert).toHaveTextContent("Texto en español");
    expect(alert).toHaveTextContent("El libro no se ha modificado.");
  });
});
