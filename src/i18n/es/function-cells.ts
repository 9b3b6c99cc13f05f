import type { Texts } from "../texts";

/** What the CMAP functions write into cells in Spanish: the same keys and placeholders as the English ones. */
export const functionCells: Texts["functionCells"] = {
  reasonTitle: "Motivo",
  clusterTitle: "Grupo",
  rowSuffix: " (fila {row})",

  notANumber: '{name}{where} es "{text}", no un número: escriba un número o deje la celda vacía.',
  inputError: "{name}{where} contiene el error {code}: corrija primero esa celda.",
  singleValue: "{name} debe ser un único valor, no un rango.",
  sizeMismatch:
    "Los rangos tienen tamaños distintos ({sizes}): use rangos del mismo tamaño o valores únicos.",
  notFinite: "El resultado no es un número finito: revise los datos de esta fila.",
  internalError: "Error interno de Customer Map ({detail}). Revise los datos; si persiste, comuníquelo.",

  negative: "{name}{where} es {value}: debe ser 0 o más.",
  divisionByZero: "{name}{where} es 0: no se puede dividir entre 0.",
  closedAboveLeads:
    "{closed}{where} ({value}) supera los {leads} ({limit}): los cerrados son parte de los leads.",
  keptOutOfRange:
    "Fila {row}: los clientes conservados (fin − nuevos = {kept}) deben estar entre 0 y los clientes al inicio ({start}).",

  rangeSizes: "{name} tiene {cells} celdas y {first} {count}: dé rangos del mismo tamaño.",
  customerRangeSizes:
    "{name} tiene {cells} celdas y {first} {count}: dé rangos del mismo tamaño, una fila por cliente.",
  noUsableRows:
    "Ninguna fila tiene frecuencia, recencia y antigüedad válidas: no hay clientes con los que ajustar el modelo.",
  modelNotFitted:
    "No se pudo ajustar el modelo {model} con estas filas: {reason} Dé más clientes, con compras repetidas.",
  missingMargin: "Falta el margen: indique el margen bruto como fracción (0,3 = 30 %).",

  unknownRfmOutput: 'Resultado "{output}" desconocido: use "puntuación", "segmento", "r", "f" o "m".',
  clusterBadK:
    "k es {k}: indique un número entero de grupos entre 1 y el número de filas utilizables ({rows}).",
  rowHoldsError:
    'La fila {row}, columna "{header}", contiene {code}: corrija esa celda para segmentar el cliente.',
  unknownMethod: 'Método desconocido "{text}". Use {methods}.',
  optionNotKeyValue: 'La opción "{option}" no es clave=valor: escriba p. ej. "k=4; semilla=7".',
  optionNotNumber: 'La opción {key} tiene el valor "{value}": debe ser un número.',
};
