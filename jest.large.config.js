/**
 * The large tests (`*.large.ts`): each needs the whole machine, so they run alone, one at a time, after the
 * suite (`npm run test:large`, called by `npm test`).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.large.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  maxWorkers: 1,
};
