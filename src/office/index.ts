/** The Office layer's public API: the only code that talks to Excel (see ARCHITECTURE.md). */
export { runExcel, officeRunner, type ExcelRunner } from "./excel-run";
export { ExcelHostError, toExcelHostError, hostErrorCode } from "./excel-errors";
export { readSource, type SourceData, type SourceKind, type ReadSourceOptions } from "./read-source";
export { readRangeInChunks, type ChunkedReadOptions } from "./read-range";
export {
  renderWorkbookPlan,
  type RenderOptions,
  type RenderReport,
  type RenderProgress,
} from "./render-plan";
export { writeSegmentColumn, type SegmentColumnRequest } from "./write-segment-column";
export { activateSheet } from "./activate-sheet";
export { insertSampleSheets, type SampleSheet } from "./insert-sample";
export { findOwnedSheets, OWNERSHIP_SETTING_KEY, type OwnedSheet } from "./ownership";
export { guardText, needsTextGuard } from "./text-guard";
export { REQUIRED_EXCEL_API } from "./requirements";
