/**
 * Money inside the call list's sentences, in the data's currency, as money cells show it (one formatter:
 * `formatMoney`): "about €12,400 a year at stake" in English, "unos 12.400 € al año en juego" in Spanish, just
 * the number when the data shows no currency.
 */
import { type CurrencyCode, formatMoney } from "../format";
import type { TextLang } from "../language";

/** The data's currency for the finders' sentences (`analysis.read.currency`); none when omitted. */
export interface MoneyTextOptions {
  currency?: CurrencyCode | null;
}

/** A money figure for a sentence in `lang`, in the options' currency. */
export function moneyText(value: number, lang: TextLang, options: MoneyTextOptions): string {
  return formatMoney(value, { lang, currency: options.currency ?? null });
}
