import { cli } from "./cli";
import { core } from "./core";
import { format } from "./format";
import { functionCells } from "./function-cells";
import { headers } from "./headers";
import { insights } from "./insights";
import { kpi } from "./kpi";
import { ltv } from "./ltv";
import { office } from "./office";
import { pane } from "./pane";
import { plan } from "./plan";
import { read } from "./read";
import { segment } from "./segment";
import { sql } from "./sql";
import { webPage, webPane } from "./web-page";
import { web } from "./web";
import { xlsx } from "./xlsx";
import type { Texts } from "../texts";

/** Every Spanish text, by area (a folder of src/) and source file. */
export const es: Texts = {
  cli,
  core,
  format,
  functionCells,
  headers,
  insights,
  kpi,
  ltv,
  office,
  pane,
  plan,
  read,
  segment,
  sql,
  webPage,
  webPane,
  web,
  xlsx,
};
