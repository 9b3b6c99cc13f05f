/** Deletes this run's test bundle folder (see tests/global-setup.js). */
const fs = require("fs");

module.exports = async () => {
  if (process.env.CMAP_TEST_BUNDLE) fs.rmSync(process.env.CMAP_TEST_BUNDLE, { recursive: true, force: true });
};
