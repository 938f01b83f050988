package vn.giamsat.application.procedure.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.common.TextFold;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.LineProblem;
import vn.giamsat.domain.common.Reason;

/**
 * A file read whole through the file-reading adapter: its rows under a header, columns found by heading without
 * case, diacritics or punctuation ("Phí, lệ phí" and "phi le phi" are one heading). The file reader's own problems
 * (a record too wide, a quote never closed, not UTF-8) are collected with their lines.
 */
final class HeadedTable {
    record Row(long line, List<String> cells) {}

    final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();

    static HeadedTable read(TableFilePort files, FileFormat format, byte[] content, List<LineProblem> problems) {
        HeadedTable t = new HeadedTable();
        boolean header = true;
        try (TableFilePort.Table table = files.open(format, new ByteArrayInputStream(content))) {
            while (table.next()) {
                TableFilePort.Problem p = table.problem();
                if (p != null) {
                    problems.add(new LineProblem(p.line(), p.reason()));
                    continue;
                }
                List<String> fields = new ArrayList<>(table.fields());
                if (header) {
                    header = false;
                    for (int i = 0; i < fields.size(); i++) {
                        if (fields.get(i) != null) {
                            t.columns.putIfAbsent(key(fields.get(i)), i);
                        }
                    }
                } else if (!fields.stream().allMatch(f -> f == null || f.isBlank())) {
                    t.rows.add(new Row(table.line(), fields));
                }
            }
        } catch (CharacterCodingException e) {
            problems.add(new LineProblem(0, Reason.of("import.encoding", "Tệp CSV không phải UTF-8.",
                    "The CSV file is not UTF-8.")));
        } catch (IOException e) {
            problems.add(new LineProblem(0, Reason.of("import.unreadable", "Không đọc được tệp.",
                    "The file cannot be read.")));
        }
        return t;
    }

    static String key(String heading) {
        return TextFold.fold(heading.replaceAll("[/,;:()\\-]", " ")).replaceAll("\\s+", " ").strip();
    }

    boolean has(String heading) {
        return columns.containsKey(key(heading));
    }

    void require(List<LineProblem> problems, String code, String... headings) {
        for (String h : headings) {
            if (!has(h)) {
                problems.add(new LineProblem(1, Reason.of(code,
                        "Thiếu cột \"" + h + "\" ở dòng tiêu đề.", "The header has no column \"" + h + "\".")));
            }
        }
    }

    /** The cell under that heading, stripped; "" when the column or the cell is absent. */
    String get(Row r, String heading) {
        Integer i = columns.get(key(heading));
        return i == null || i >= r.cells().size() || r.cells().get(i) == null ? "" : r.cells().get(i).strip();
    }
}
