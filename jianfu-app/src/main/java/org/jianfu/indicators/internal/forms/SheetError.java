package org.jianfu.indicators.internal.forms;

/** One problem in an uploaded spreadsheet: row (1-based, 0 for the whole file), column letter, plain Chinese. */
record SheetError(int row, String column, String message) {
}
