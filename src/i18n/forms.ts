/**
 * A noun's singular and plural forms in one language, as `formatCount` reads them (it picks one through
 * `Intl.PluralRules`): forms("customer", "customers").
 */
export function forms(one: string, other: string): readonly [one: string, other: string] {
  return [one, other];
}
