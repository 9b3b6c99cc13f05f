import type { Texts } from "../texts";

/** Spanish texts of web: the same keys and placeholders as the English pack (../en/web.ts). */
export const web: Texts["web"] = {
  filePaneHost: {
    chooseOrDrop: "Elija o suelte primero un archivo con sus datos de clientes",
  },
  loadFiles: {
    sheetTheLargestTable: (name: string) => `Hoja "${name}", la tabla más grande`,
    noSheet: (name: string) => `No hay hoja ${name}`,
  },
};
