/**
 * Entry of the web page (dist/web/index.html): the customer map for people whose Excel cannot load add-ins.
 * Everything runs in the page; see components/WebApp.tsx.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { WebApp } from "./components/WebApp";

const container = document.getElementById("container");
if (container) createRoot(container).render(<WebApp displayLanguage={navigator.language} />);
