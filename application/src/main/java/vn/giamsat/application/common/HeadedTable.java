package vn.giamsat.application.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.giamsat.domain.common.Reason;

/**
 * A file read whole through the file-reading adapter: its rows under a header, columns found by heading without
 * case, diacritics or punctuation ("Phí, lệ phí" and "phi le phi" are one heading). The file reader's own problems
 * (a record too wide, a quote never closed, not UTF-8) are handed to the caller with their lines. The one reader of
 * the files users upload to the catalogues (procedure lists, unit lists); each import says the problems its own way.
 */
public final class HeadedTable {
    public record Row(long line, List<String> cells) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();

    /** @param problems receives each problem of the file with its line (0: the whole file; 1: the header) */
    public static HeadedTable read(TableFilePort files, FileFormat format, byte[] content,
                                   BiConsumer<Long, Reason> problems) {
        HeadedTable t = new HeadedTable();
        boolean header = true;
        try (TableFilePort.Table table = files.open(format, new ByteArrayInputStream(content))) {
            while (table.next()) {
                TableFilePort.Problem p = table.problem();
                if (p != null) {
                    problems.accept(p.line(), p.reason());
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
            problems.accept(0L, Reason.of("import.encoding", "Tệp CSV không phải UTF-8.", "The CSV file is not UTF-8."));
        } catch (IOException e) {
            problems.accept(0L, Reason.of("import.unreadable", "Không đọc được tệp.", "The file cannot be read."));
        }
        return t;
    }

    public List<Row> rows() {
        return rows;
    }

    static String key(String heading) {
        return TextFold.fold(heading.replaceAll("[/,;:()\\-]", " ")).replaceAll("\\s+", " ").strip();
    }

    public boolean has(String heading) {
        return columns.containsKey(key(heading));
    }

    /** Each heading the header lacks, as a problem of line 1 with the given code. */
    public void require(BiConsumer<Long, Reason> problems, String code, String... headings) {
        for (String h : headings) {
            if (!has(h)) {
                problems.accept(1L, Reason.of(code,
                        "Thiếu cột \"" + h + "\" ở dòng tiêu đề.", "The header has no column \"" + h + "\"."));
            }
        }
    }

    /** The cell under that heading, stripped; "" when the column or the cell is absent. */
    public String get(Row r, String heading) {
        Integer i = columns.get(key(heading));
        return i == null || i >= r.cells().size() || r.cells().get(i) == null ? "" : r.cells().get(i).strip();
    }
}
