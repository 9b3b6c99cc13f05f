/** Names this run's own folder for the test bundle (tests/build/test-bundle.ts); built only if a test asks. */
const os = require("os");
const path = require("path");

module.exports = async () => {
  process.env.CMAP_TEST_BUNDLE = path.join(os.tmpdir(), `cmap-test-bundle-${process.pid}-${Date.now()}`);
};
