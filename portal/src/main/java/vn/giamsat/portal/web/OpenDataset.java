package vn.giamsat.portal.web;

import java.util.List;

/**
 * One open data table: its columns (with what each means) and its rows. CSV and JSON are written from this
 * one value ({@link OpenDataJson}), so they cannot disagree on columns or values.
 */
record OpenDataset(String id, List<Column> columns, List<List<Object>> rows) {

    record Column(String name, String type, String vietnamese, String english) {}
}
