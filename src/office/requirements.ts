/**
 * The Excel requirement set the Office layer needs: ExcelApi 1.9 (worksheet.getRanges / RangeAreas,
 * application.suspendScreenUpdatingUntilNextSync, range.getTables, worksheet.horizontalPageBreaks, pageLayout).
 * Also used: 1.7 (tabColor, freezePanes, chart series add/setValues/setXAxisValues/markers, chart axis
 * tickLabelPosition/scaleType/logBase, getSurroundingRegion), 1.6
 * (suspendApiCalculationUntilNextSync), 1.4 (settings, getItemOrNullObject), 1.1 (ranges, tables, charts).
 * The manifest should declare `<Set Name="ExcelApi" MinVersion="1.9"/>`.
 */
export const REQUIRED_EXCEL_API = "1.9";
