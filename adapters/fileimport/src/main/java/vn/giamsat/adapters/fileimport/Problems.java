package vn.giamsat.adapters.fileimport;

import vn.giamsat.application.common.TableFilePort.Problem;
import vn.giamsat.domain.common.Reason;

/** The reasons a file is refused by the reader, in Vietnamese and English, naming line and column. */
final class Problems {
    private Problems() {}

    static final String BROKEN_ROW = "import.broken-row";

    /** "C (3)": the spreadsheet letter and the number, so either way of counting finds the column. */
    static String column(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + " (" + column + ")";
    }

    static Problem tooWide(long line, int column, int headerWidth) {
        return new Problem(line, column, Reason.of(BROKEN_ROW,
                "Dòng " + line + " có giá trị ở cột " + column(column) + " nhưng dòng tiêu đề chỉ có " + headerWidth
                        + " cột (thừa dấu phân cách?).",
                "Line " + line + " has a value in column " + column(column) + " but the header has only " + headerWidth
                        + " columns (a stray separator?)."));
    }

    static Problem beyondLastColumn(long line, int column, int maxColumns) {
        return new Problem(line, column, Reason.of(BROKEN_ROW,
                "Dòng " + line + ": cột " + column + " vượt quá giới hạn " + maxColumns + " cột của bảng tính.",
                "Line " + line + ": column " + column + " is beyond a spreadsheet's limit of " + maxColumns
                        + " columns."));
    }

    static Problem cellTooLong(long line, int column, int length, int max) {
        return new Problem(line, column, Reason.of(BROKEN_ROW,
                "Dòng " + line + ", cột " + column(column) + ": ô dài " + length + " ký tự, quá giới hạn " + max
                        + " ký tự.",
                "Line " + line + ", column " + column(column) + ": the cell is " + length
                        + " characters long, over the limit of " + max + "."));
    }

    static Problem recordTooLong(long line, int max) {
        return new Problem(line, 0, Reason.of(BROKEN_ROW,
                "Dòng " + line + " dài quá " + max + " ký tự: bỏ qua.",
                "Line " + line + " is longer than " + max + " characters: skipped."));
    }

    static Problem openQuote(long line) {
        return new Problem(line, 0, Reason.of(BROKEN_ROW,
                "Dòng " + line + " bị cắt: dấu ngoặc kép mở nhưng chưa đóng đến hết tệp.",
                "Line " + line + " is truncated: a quote is opened but not closed before the end of the file."));
    }

    static Problem unreadableWorkbook() {
        return new Problem(0, 0, Reason.of("import.unreadable",
                "Không đọc được tệp .xlsx: không phải bảng tính Excel hoặc tệp bị hỏng. Hãy lưu lại bằng Excel.",
                "The .xlsx file cannot be read: not an Excel workbook, or damaged. Save it again from Excel."));
    }

    static Problem zipBomb() {
        return new Problem(0, 0, Reason.of("import.compression",
                "Tệp .xlsx bị nén bất thường (giải nén ra quá lớn so với tệp): không đọc.",
                "The .xlsx file is abnormally compressed (it would expand far beyond its size): not read."));
    }

    static Problem partTooLarge(String part, long max) {
        return new Problem(0, 0, Reason.of("import.compression",
                "Phần \"" + part + "\" của tệp .xlsx giải nén ra hơn " + (max >> 20) + " MiB: không đọc. Hãy lưu lại bằng Excel.",
                "Part \"" + part + "\" of the .xlsx file expands beyond " + (max >> 20) + " MiB: not read. "
                        + "Save it again from Excel."));
    }

    static Problem tooManySharedStrings(int max) {
        return new Problem(0, 0, Reason.of("import.shared-strings",
                "Tệp .xlsx có quá " + max + " chuỗi dùng chung (hoặc chúng quá dài): không đọc.",
                "The .xlsx file has more than " + max + " shared strings (or they are too long): not read."));
    }

    static Problem noWorksheet() {
        return new Problem(0, 0, Reason.of("import.unreadable",
                "Tệp .xlsx không có trang tính nào.", "The .xlsx file has no worksheet."));
    }
}
