/** English texts of web. The Spanish pack (../es/web.ts) has the same keys and placeholders. */
export const web = {
  filePaneHost: {
    chooseOrDrop: "Choose or drop a file with your customer data first",
  },
  loadFiles: {
    sheetTheLargestTable: (name: string) => `Sheet "${name}", the largest table`,
    noSheet: (name: string) => `No sheet ${name}`,
  },
};
