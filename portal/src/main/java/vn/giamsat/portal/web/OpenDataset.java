package vn.giamsat.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One open data table: its columns (with what each means) and its rows. CSV and JSON are written from this
 * one value, so they cannot disagree on columns or values.
 */
record OpenDataset(String id, List<Column> columns, List<List<Object>> rows) {

    record Column(String name, String type, String vietnamese, String english) {}

    /** Rows as JSON objects, keys in column order; a missing value stays {@code null} ("not reported"). */
    List<Map<String, Object>> objects() {
        return rows.stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i).name(), row.get(i));
            }
            return object;
        }).toList();
    }
}
