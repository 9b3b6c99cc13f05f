/**
 * The transaction → customer-feature step as ONE SQL query, for DuckDB (the CLI runs it in-process on large
 * CSV/Parquet inputs), PostgreSQL and Spark SQL (printed by `customer-map sql` for a company's own engine).
 * The rows it returns, read as a customer table (src/core/read/feature-table.ts), give the same customers,
 * revenue and segments as the in-process path (src/core/read/read-transaction-rows.ts →
 * summarize-transactions.ts), whose rules it repeats:
 * - a line is used when it has a customer id (trimmed; not a placeholder like "n/a", not a totals label like
 *   "Total"), a date on or before the run date (`until`, default CURRENT_DATE) and an amount (the revenue
 *   column, or quantity × unit price);
 * - returns and cancellations (negative quantity or amount, or an invoice id starting with C + digit) are
 *   netted: the amount made negative counts in revenue, margin and the trend windows, but they are not orders,
 *   not purchase days and do not move first/last purchase; identical lines are all kept (repeat purchases);
 * - orders = distinct invoice ids of the non-return lines; without an invoice column, purchase days;
 * - purchase days = calendar days with a non-return line; a day's spend is the net of all its lines;
 *   mean repeat spend = mean day spend over the purchase days after the first; the purchase days themselves, the
 *   net (and margin) per calendar month and the net per category are returned as text lists (offsets from the
 *   observation start; unordered, the reader sorts them), from which the core computes the rhythm, churn
 *   windows, history periods, cross-sell and the LTV backtest as it does for the in-process path;
 * - trend: L = 365 days when the window (first line → as-of day, the latest line date) spans ≥ 730 days, else
 *   half the span; recent revenue = (asOf − L, asOf], previous revenue = (asOf − 2L, asOf − L];
 * - margin: the margin-amount column (made negative on returns), or margin % (a fraction, 0.3 = 30 %) × net
 *   amount, or net amount − cost (cost made negative on returns);
 * - money is summed in whole units of a hundredth of a cent (src/core/read/money-units.ts): each line's net and
 *   margin rounded once, FLOOR(x × 10000 + 0.5) as 64-bit integers, every SUM exact (so in any order: the same
 *   figures, to the bit, as the in-process path, whatever the engine's parallel plan), and each figure written as
 *   one division, units / 10000.0;
 * - name, dimension and contact columns: one value per customer (MIN of the non-empty ones; the in-process reader keeps
 *   the first one seen, which is the same whenever a customer's rows agree).
 * Differences from the in-process reader: the source columns must already be typed (numbers, dates or ISO
 * date text): a database does not guess number conventions like "1.234,56" or day/month order; "Subtotal"
 * rows are recognised by their label only (not by their amount equalling the sum above).
 *
 * Dialects (the only differences; everything else is portable SQL: CTEs, CASE, SUBSTRING):
 * - identifiers: "double quotes" (duckdb, postgres) vs `backticks` (spark);
 * - types: DOUBLE (duckdb, spark) vs DOUBLE PRECISION (postgres); VARCHAR vs STRING (spark);
 * - epoch day of a date: `date - DATE '1970-01-01'` (duckdb, postgres: an integer) vs
 *   `DATEDIFF(date, DATE '1970-01-01')` (spark, where date − date is an interval);
 * - epoch day back to a date: `DATE '1970-01-01' + n` vs `DATE_ADD(DATE '1970-01-01', n)` (spark);
 * - text lists: STRING_AGG(x, ' ') (duckdb, postgres) vs CONCAT_WS(' ', COLLECT_LIST(x)) (spark);
 * - the first purchase day's net: MIN_BY(value, key) (duckdb, spark) vs (ARRAY_AGG(value ORDER BY key))[1]
 *   (postgres has no MIN_BY);
 * - CTE hints (duckdb, postgres; Spark has none): the lines are NOT MATERIALIZED (streamed into the first
 *   grouping), the groups read more than once (line_groups, customer_days) are MATERIALIZED.
 * The lines are read once: grouped by customer id (as written), day, invoice and category, then by trimmed customer
 * id and day; the id is trimmed and checked against the placeholders per group, not per line.
 */
import { listIn, type Localized, type TextLang } from "../core/language";
import { CoreError } from "../core/errors";
import type { DimensionField, Role } from "../core/model";
import { FEATURE_COLUMNS } from "../core/read/feature-table";
import { MONEY_SCALE } from "../core/read/money-units";
import { PURE_TOTAL_LABELS } from "../core/read/find-table";
import { MISSING_TOKENS } from "../core/read/missing-values";
import { DIMENSION_ROLES } from "../core/read/read-customer-rows";
import { texts } from "../i18n/texts";

/** Per-customer text columns carried through (one value per customer): the dimensions and the contact. */
const CARRIED_TEXT_ROLES: readonly (DimensionField | "contact")[] = [...DIMENSION_ROLES, "contact"];

export const DIALECTS = ["duckdb", "postgres", "spark"] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Source column name per role (the roles the feature step reads). */
export type FeatureQueryColumns = Partial<Record<Role, string>>;

interface FeatureQueryOptions {
  dialect: Dialect;
  /** The lines: a table name (quoted as an identifier) or, with `sourceIsExpression`, a FROM expression. */
  source: string;
  sourceIsExpression?: boolean;
  columns: FeatureQueryColumns;
  /** Run date (ISO yyyy-mm-dd): lines after it are set aside. Default CURRENT_DATE. */
  until?: string;
}

/** Why the columns cannot make the query, or null when they can. */
export function missingFeatureColumns(columns: FeatureQueryColumns): Localized | null {
  const missing: string[] = [];
  if (!columns.customerId && !columns.customerName) missing.push("customerId");
  if (!columns.date) missing.push("date");
  if (!columns.revenue && !(columns.quantity && columns.unitPrice)) missing.push("revenue");
  if (missing.length === 0) return null;
  const placeholder: Localized = texts((t) => t.sql.featureQuery.placeholder);
  const hint = (lang: TextLang) => missing.map((role) => `--map ${role}=<${placeholder[lang]}>`).join(" ");
  return texts((t, textLang) =>
    t.sql.featureQuery.featureQueryNeeds(listIn(textLang, missing), hint(textLang)),
  );
}

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Builds the query. Throws Error (with the bilingual reason of `missingFeatureColumns`) when columns lack. */
export function buildFeatureQuery(options: FeatureQueryOptions): string {
  const { dialect, columns } = options;
  const missing = missingFeatureColumns(columns);
  if (missing) throw new CoreError("feature-query-columns", missing);
  const spark = dialect === "spark";
  const id = (name: string) => (spark ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`);
  const text = spark ? "STRING" : "VARCHAR";
  const double = dialect === "postgres" ? "DOUBLE PRECISION" : "DOUBLE";
  const epochDay = (date: string) =>
    spark ? `DATEDIFF(${date}, DATE '1970-01-01')` : `(${date} - DATE '1970-01-01')`;
  const dateOf = (day: string) =>
    spark ? `DATE_ADD(DATE '1970-01-01', ${day})` : `(DATE '1970-01-01' + CAST(${day} AS INTEGER))`;
  const num = (role: Role) => `CAST(${id(columns[role]!)} AS ${double})`;
  const str = (role: Role) => `NULLIF(TRIM(CAST(${id(columns[role]!)} AS ${text})), '')`;
  const until = options.until ? `DATE ${quoteText(options.until)}` : "CURRENT_DATE";
  // A table name may be qualified (schema.table, catalog.schema.table): each part is quoted.
  const source = options.sourceIsExpression
    ? options.source
    : options.source
        .split(".")
        .map((part) => id(part.trim()))
        .join(".");

  const idRole: Role = columns.customerId ? "customerId" : "customerName";
  const hasName = Boolean(columns.customerName && columns.customerId);
  const hasInvoice = Boolean(columns.invoiceId);
  const hasQuantity = Boolean(columns.quantity);
  const marginKind = columns.marginAmount
    ? "marginAmount"
    : columns.marginPercent
      ? "marginPercent"
      : columns.cost
        ? "cost"
        : null;
  const dimensions = CARRIED_TEXT_ROLES.filter((field) => columns[field]);
  const amount = columns.revenue ? num("revenue") : `${num("quantity")} * ${num("unitPrice")}`;
  const skippedIds = [...MISSING_TOKENS, ...PURE_TOTAL_LABELS].filter((t) => t !== "").map(quoteText);

  const lineColumns = [
    // The ids are grouped as they are and trimmed per group, not per line (see `keyed`).
    `CAST(${id(columns[idRole]!)} AS ${text}) AS customer_key`,
    `CAST(${id(columns.date!)} AS DATE) AS line_date`,
    `${amount} AS amount`,
    hasQuantity ? `${num("quantity")} AS quantity` : null,
    hasInvoice ? `CAST(${id(columns.invoiceId!)} AS ${text}) AS invoice_key` : null,
    marginKind ? `${num(marginKind)} AS margin_input` : null,
    hasName ? `${str("customerName")} AS customer_name` : null,
    ...dimensions.map((field) => `${str(field)} AS dim_${field}`),
  ].filter((c): c is string => c !== null);

  const returned = [
    hasQuantity ? "quantity < 0" : null,
    "amount < 0",
    // The trimmed invoice id starts with C and a digit; trimmed only when the raw id starts with C or a space.
    hasInvoice
      ? "(CASE WHEN invoice_key LIKE 'C%' OR invoice_key LIKE 'c%' OR invoice_key LIKE ' %' THEN UPPER(SUBSTRING(TRIM(invoice_key), 1, 1)) = 'C' AND SUBSTRING(TRIM(invoice_key), 2, 1) BETWEEN '0' AND '9' ELSE FALSE END)"
      : null,
  ]
    .filter((c): c is string => c !== null)
    .join(" OR ");
  const margin =
    marginKind === "marginAmount"
      ? "CASE WHEN is_return = 1 AND margin_input > 0 THEN -margin_input ELSE margin_input END"
      : marginKind === "marginPercent"
        ? "margin_input * net"
        : marginKind === "cost"
          ? "net - CASE WHEN is_return = 1 AND margin_input > 0 THEN -margin_input ELSE margin_input END"
          : null;
  const carried = [
    hasInvoice ? "invoice_key" : null,
    hasName ? "customer_name" : null,
    ...dimensions.map((field) => `dim_${field}`),
  ].filter((c): c is string => c !== null);

  const hasCategory = Boolean(columns.category);
  // A text list per customer: the values separated by `separator` (a SQL expression), in no particular order (the
  // reader sorts them): an ordered aggregate would hold every value in memory, an unordered one streams.
  const listAgg = (value: string, separator = "' '") =>
    spark ? `CONCAT_WS(${separator}, COLLECT_LIST(${value}))` : `STRING_AGG(${value}, ${separator})`;
  const textOf = (value: string) => `CAST(${value} AS ${text})`;
  // Money: a line's amount as whole units (the in-process rounding, same IEEE operations), and a sum of units back
  // to an amount (see money-units.ts).
  const units = (value: string) =>
    `CAST(FLOOR((${value}) * CAST(${MONEY_SCALE} AS ${double}) + CAST(0.5 AS ${double})) AS BIGINT)`;
  const money = (sum: string) => `(CAST(${sum} AS ${double}) / CAST(${MONEY_SCALE} AS ${double}))`;
  // CTE hints: the lines are streamed into the first grouping, never stored (NOT MATERIALIZED); the groups read
  // more than once are computed once (MATERIALIZED). Spark has neither hint (it caches nothing by default; see the
  // README).
  const materialized = spark ? "" : " MATERIALIZED";
  const notMaterialized = spark ? "" : " NOT MATERIALIZED";
  // The value of `value` on the row where `key` is smallest (one row per key within a group): MIN_BY in DuckDB and
  // Spark; PostgreSQL has none, so the first element of the values ordered by the key.
  const minBy = (value: string, key: string) =>
    dialect === "postgres" ? `(ARRAY_AGG(${value} ORDER BY ${key}))[1]` : `MIN_BY(${value}, ${key})`;
  const monthIndex = (date: string) =>
    `(CAST(EXTRACT(YEAR FROM ${date}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${date}) AS INTEGER))`;

  const indent = (lines: string[]) => lines.map((line) => `    ${line}`).join(",\n");
  // The lines are grouped once. With an invoice or a category column, first by customer, day, invoice and category
  // (the invoice count and the category sums need those keys; a day's figures are sums of its groups), then by
  // customer and day; without, straight by customer and day. Everything per customer derives from the groups.
  const byGroup = hasInvoice || hasCategory;
  const groupKeys = [
    "customer_key",
    "line_date",
    ...(hasInvoice ? ["invoice_key"] : []),
    ...(hasCategory ? ["category"] : []),
  ];
  const carriedMins = [
    ...(hasName ? ["MIN(customer_name) AS customer_name"] : []),
    ...dimensions.map((field) => `MIN(dim_${field}) AS dim_${field}`),
  ];
  const lineGroups = `line_groups AS${materialized} (
  SELECT
${indent([
  ...groupKeys,
  "SUM(net_units) AS group_net",
  ...(margin ? ["SUM(margin_units) AS group_margin"] : []),
  "MIN(is_return) AS all_returns",
  ...carriedMins,
])}
  FROM net_lines
  GROUP BY ${groupKeys.join(", ")}
),
`;
  // Rows of `table` with the customer id trimmed (NULL when blank): the ids are trimmed per group, not per line.
  const keyed = (table: string) =>
    `(SELECT NULLIF(TRIM(customer_key), '') AS customer_id, ${table}.* FROM ${table}) keyed`;
  // A purchase day (not all returns) sorts before any returns-only day, then by day: the first purchase day.
  const firstPurchaseKey = "line_day + all_returns * 1000000000";
  const purchase = (value: string, otherwise = "NULL") =>
    `CASE WHEN all_returns = 0 THEN ${value} ELSE ${otherwise} END`;
  return `-- Customer Map: invoice lines → one row per customer (${dialect}). Rules: src/sql/feature-query.ts.
WITH line_input AS (
  SELECT
${indent([...lineColumns, ...(hasCategory ? [`${str("category")} AS category`] : [])])}
  FROM ${source}
),
used_lines AS (
  SELECT
${indent([
  "customer_key",
  "line_date",
  "amount",
  `CASE WHEN ${returned} THEN 1 ELSE 0 END AS is_return`,
  ...(marginKind ? ["margin_input"] : []),
  ...carried,
  ...(hasCategory ? ["category"] : []),
])}
  FROM line_input
  WHERE customer_key IS NOT NULL
    AND line_date IS NOT NULL
    AND line_date <= ${until}
    AND amount IS NOT NULL
),
net_lines AS${notMaterialized} (
  SELECT
${indent([
  "customer_key",
  "line_date",
  "is_return",
  `${units("net")} AS net_units`,
  ...(margin ? [`${units(margin)} AS margin_units`] : []),
  ...carried,
  ...(hasCategory ? ["category"] : []),
])}
  FROM (
    SELECT used_lines.*, CASE WHEN is_return = 1 AND amount > 0 THEN -amount ELSE amount END AS net
    FROM used_lines
  ) netted
),
${byGroup ? lineGroups : ""}customer_days AS${materialized} (
  -- One row per customer and day: the day's net (and margin), whether all its lines are returns, and the
  -- customer's name and dimensions; every per-customer figure but the invoices and categories comes from here.
  SELECT
${indent([
  "customer_id",
  `${epochDay("line_date")} AS line_day`,
  `${monthIndex("line_date")} AS month_index`,
  "day_net",
  ...(margin ? ["day_margin"] : []),
  "all_returns",
  ...(hasName ? ["customer_name"] : []),
  ...dimensions.map((field) => `dim_${field}`),
])}
  FROM (
    SELECT
${indent([
  "customer_id",
  "line_date",
  `SUM(${byGroup ? "group_net" : "net_units"}) AS day_net`,
  ...(margin ? [`SUM(${byGroup ? "group_margin" : "margin_units"}) AS day_margin`] : []),
  `MIN(${byGroup ? "all_returns" : "is_return"}) AS all_returns`,
  ...carriedMins,
]).replace(/^/gm, "  ")}
    FROM ${keyed(byGroup ? "line_groups" : "net_lines")}
    WHERE customer_id IS NOT NULL AND LOWER(customer_id) NOT IN (${skippedIds.join(", ")})
    GROUP BY customer_id, line_date
  ) grouped
),
observation AS (
  SELECT
    MIN(line_day) AS start_day,
    MAX(line_day) AS as_of_day,
    MIN(month_index) AS start_month,
    CASE
      WHEN MAX(line_day) - MIN(line_day) + 1 >= 730 THEN 365
      ELSE CAST(FLOOR((MAX(line_day) - MIN(line_day) + 1) / 2.0) AS INTEGER)
    END AS window_days
  FROM customer_days
),
totals AS (
  -- Purchase days are the days that are not all returns; the first one's net comes with MIN_BY, not a join.
  SELECT
${indent([
  "customer_id",
  "SUM(day_net) AS revenue",
  ...(margin ? ["SUM(day_margin) AS margin_amount"] : []),
  "SUM(CASE WHEN line_day > as_of_day - window_days THEN day_net ELSE 0 END) AS recent_revenue",
  "SUM(CASE WHEN line_day <= as_of_day - window_days AND line_day > as_of_day - 2 * window_days THEN day_net ELSE 0 END) AS previous_revenue",
  // The trend's chance variation (trend-noise.ts): Σ (day spend)² and the number of days over both windows;
  // each square rounded to whole currency² so the sum is exact whatever order the engine adds in.
  `SUM(CASE WHEN line_day > as_of_day - 2 * window_days THEN CAST(FLOOR(${money("day_net")} * ${money("day_net")} + CAST(0.5 AS ${double})) AS BIGINT) ELSE 0 END) AS trend_spend_squares`,
  "SUM(CASE WHEN line_day > as_of_day - 2 * window_days THEN 1 ELSE 0 END) AS trend_days",
  `SUM(${purchase("1", "0")}) AS purchase_days`,
  `MIN(${purchase("line_day")}) AS first_day`,
  `MAX(${purchase("line_day")}) AS last_day`,
  `SUM(${purchase("day_net", "0")}) AS purchase_day_spend`,
  `${minBy("day_net", firstPurchaseKey)} AS first_day_net`,
  `${listAgg(purchase(textOf("line_day - start_day")))} AS day_list`,
  ...(hasName ? ["MIN(customer_name) AS customer_name"] : []),
  ...dimensions.map((field) => `MIN(dim_${field}) AS dim_${field}`),
])}
  FROM customer_days CROSS JOIN observation
  GROUP BY customer_id
),
months AS (
  SELECT customer_id, month_index - start_month AS month, SUM(day_net) AS month_net${margin ? ", SUM(day_margin) AS month_margin" : ""}
  FROM customer_days CROSS JOIN observation
  GROUP BY customer_id, month_index - start_month
),
month_lists AS (
  SELECT
${indent([
  "customer_id",
  `${listAgg(`${textOf("month")} || ':' || ${textOf(money("month_net"))}`)} AS revenue_by_month`,
  ...(margin
    ? [`${listAgg(`${textOf("month")} || ':' || ${textOf(money("month_margin"))}`)} AS margin_by_month`]
    : []),
])}
  FROM months
  GROUP BY customer_id
)${
    hasInvoice
      ? `,
invoice_totals AS (
  -- Orders: the distinct invoices with a line that is not a return (an invoice's lines may span days). Grouped by
  -- customer and invoice first, not COUNT(DISTINCT): DuckDB cannot spill a distinct aggregate to disk, and at
  -- 10^8 lines (2·10^7 invoices) it ran out of its memory budget; a plain grouping spills.
  -- A customer whose lines carry no invoice number keeps a row, with 0 orders (the blank id is not counted).
  SELECT customer_id, SUM(CASE WHEN invoice_id IS NOT NULL AND invoice_all_returns = 0 THEN 1 ELSE 0 END) AS invoices
  FROM (
    SELECT customer_id, NULLIF(TRIM(invoice_key), '') AS invoice_id, MIN(all_returns) AS invoice_all_returns
    FROM ${keyed("line_groups")}
    GROUP BY customer_id, NULLIF(TRIM(invoice_key), '')
  ) by_invoice
  GROUP BY customer_id
)`
      : ""
  }${
    hasCategory
      ? `,
category_lists AS (
  SELECT customer_id, ${listAgg(`category || CHR(31) || ${textOf(money("category_net"))}`, "CHR(30)")} AS category_revenue
  FROM (
    SELECT customer_id, category, SUM(group_net) AS category_net
    FROM ${keyed("line_groups")}
    WHERE category IS NOT NULL
    GROUP BY customer_id, category
  ) by_category
  GROUP BY customer_id
)`
      : ""
  }
SELECT
${indent([
  `totals.customer_id AS ${FEATURE_COLUMNS.customerId}`,
  ...(hasName ? [`totals.customer_name AS ${FEATURE_COLUMNS.customerName}`] : []),
  `${money("totals.revenue")} AS ${FEATURE_COLUMNS.revenue}`,
  ...(margin ? [`${money("totals.margin_amount")} AS ${FEATURE_COLUMNS.marginAmount}`] : []),
  `${hasInvoice ? "invoice_totals.invoices" : "totals.purchase_days"} AS ${FEATURE_COLUMNS.orders}`,
  `${dateOf("totals.first_day")} AS ${FEATURE_COLUMNS.firstPurchase}`,
  `${dateOf("totals.last_day")} AS ${FEATURE_COLUMNS.lastPurchase}`,
  `CASE WHEN observation.window_days >= 1 THEN ${money("totals.previous_revenue")} END AS ${FEATURE_COLUMNS.previousRevenue}`,
  `CASE WHEN observation.window_days >= 1 THEN ${money("totals.recent_revenue")} END AS ${FEATURE_COLUMNS.recentRevenue}`,
  `CASE WHEN observation.window_days >= 1 THEN totals.trend_spend_squares END AS ${FEATURE_COLUMNS.trendSpendSquares}`,
  `CASE WHEN observation.window_days >= 1 THEN totals.trend_days END AS ${FEATURE_COLUMNS.trendDays}`,
  `totals.purchase_days AS ${FEATURE_COLUMNS.purchaseDays}`,
  `CASE WHEN totals.purchase_days > 1 THEN ${money("totals.purchase_day_spend - totals.first_day_net")} / (totals.purchase_days - 1) WHEN totals.purchase_days = 1 THEN 0 END AS ${FEATURE_COLUMNS.meanRepeatSpend}`,
  `observation.window_days AS ${FEATURE_COLUMNS.trendWindowDays}`,
  `${dateOf("observation.as_of_day")} AS ${FEATURE_COLUMNS.asOf}`,
  `${dateOf("observation.start_day")} AS ${FEATURE_COLUMNS.observationStart}`,
  `totals.day_list AS ${FEATURE_COLUMNS.purchaseDayList}`,
  `month_lists.revenue_by_month AS ${FEATURE_COLUMNS.revenueByMonth}`,
  ...(margin ? [`month_lists.margin_by_month AS ${FEATURE_COLUMNS.marginByMonth}`] : []),
  ...(hasCategory ? [`category_lists.category_revenue AS ${FEATURE_COLUMNS.categoryRevenue}`] : []),
  ...dimensions.map((field) => `totals.dim_${field} AS ${field}`),
])}
FROM totals
CROSS JOIN observation
LEFT JOIN month_lists ON month_lists.customer_id = totals.customer_id${
    hasInvoice ? "\nLEFT JOIN invoice_totals ON invoice_totals.customer_id = totals.customer_id" : ""
  }${hasCategory ? "\nLEFT JOIN category_lists ON category_lists.customer_id = totals.customer_id" : ""}
ORDER BY totals.customer_id
`;
}
