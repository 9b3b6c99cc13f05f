/** What the CMAP functions write into cells in English: column titles and the messages of their error values. Placeholders are `{name}`. */
export const functionCells = {
  reasonTitle: "Reason",
  clusterTitle: "Cluster",
  /** "revenue (row 3)": a parameter's cell inside a range. */
  rowSuffix: " (row {row})",
  /** The word before the last item of a list ("a, b or c"). */

  notANumber: '{name}{where} is "{text}", not a number: enter a number or leave the cell empty.',
  inputError: "{name}{where} holds the error {code}: fix that cell first.",
  singleValue: "{name} must be a single value, not a range.",
  sizeMismatch: "The ranges have different sizes ({sizes}): give ranges of the same size, or single values.",
  notFinite: "The result is not a finite number: check the inputs of this row.",
  internalError:
    "Internal Customer Map error ({detail}). Check the inputs; if it persists, please report it.",

  negative: "{name}{where} is {value}: it must be 0 or more.",
  divisionByZero: "{name}{where} is 0: cannot divide by 0.",
  closedAboveLeads:
    "{closed}{where} ({value}) exceeds {leads} ({limit}): closed deals are a subset of the leads.",
  keptOutOfRange:
    "Row {row}: the customers kept (end − new = {kept}) must be between 0 and the customers at the start ({start}).",

  rangeSizes: "{name} has {cells} cells and {first} {count}: give ranges of the same size.",
  customerRangeSizes:
    "{name} has {cells} cells and {first} {count}: give ranges of the same size, one row per customer.",
  noUsableRows: "No row has a valid frequency, recency and age: there are no customers to fit the model on.",
  modelNotFitted:
    "The {model} model could not be fitted on these rows: {reason} Give more customers, with repeat purchases.",
  missingMargin: "The margin is missing: give the gross margin as a fraction (0.3 = 30 %).",

  unknownRfmOutput: 'Unknown output "{output}": use "score", "segment", "r", "f" or "m".',
  clusterBadK: "k is {k}: give a whole number of clusters from 1 to the number of usable rows ({rows}).",
  rowHoldsError: 'Row {row}, column "{header}", holds {code}: fix that cell to segment the customer.',
  unknownMethod: 'Unknown method "{text}". Use {methods}.',
  optionNotKeyValue: 'Option "{option}" is not key=value: write e.g. "k=4; seed=7".',
  optionNotNumber: 'Option {key} has the value "{value}": it must be a number.',
};
