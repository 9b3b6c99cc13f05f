/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/components/App";
import { userOptions, fieldControl, findButton } from "../dom-helpers";
import { createFakeHost, type FakeHost } from "../fake-pane-host";

function renderApp(host: FakeHost) {
  const user = userEvent.setup(userOptions);
  render(<App host={host} />);
  return user;
}

describe("first run", () => {
  test("a workbook never used shows the value screen; Use my data skips to the data step", async () => {
    const host = createFakeHost();
    const user = renderApp(host);
    expect(
      await screen.findByRole("heading", { name: /customer list to a customer map/i }),
    ).toBeInTheDocument();
    await user.click(await findButton("Use my data"));
    expect(await screen.findByText("Excel table on sheet Clientes")).toBeInTheDocument();
    expect(host.sampleInserts).toBe(0);
  });

  test("Try with sample data inserts the sample through the host, then reads it", async () => {
    const host = createFakeHost();
    const user = renderApp(host);
    await user.click(await findButton("Try with sample data"));
    expect(await screen.findByText("Excel table on sheet Clientes")).toBeInTheDocument();
    expect(host.sampleInserts).toBe(1);
    expect(host.sampleLangs).toEqual(["en"]);
    expect(host.detectCalls.length).toBeGreaterThanOrEqual(1);
  });

  test("a workbook with remembered settings opens on the data step with its last method", async () => {
    const host = createFakeHost({ settings: { method: "rfm" } });
    renderApp(host);
    expect(await screen.findByText("Excel table on sheet Clientes")).toBeInTheDocument();
    await screen.findByText("RFM");
    expect(fieldControl("RFM")).toBeChecked();
  });
});
