package vn.giamsat.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Tải CSV" and "Tải XLSX" beside a list (issue 18 item 3): the file holds exactly what the list shows, every row
 * that its filters keep in the order it is sorted (not only the rows on screen), with the columns' headers in the
 * user's language and each cell as the list prints it. One component for every list of the admin UI.
 *
 * <p>A view makes its columns through {@link #column} instead of {@code grid.addColumn}: the same value is then
 * shown and exported, so the two cannot drift apart. Columns of components (links, buttons) are not exported.
 * The rows are read through the grid's own data provider with the grid's query (filter and sort orders), a page
 * of {@value #BATCH} at a time, at most {@value #MAX_ROWS} rows.
 */
public class ListExport<T> extends HorizontalLayout implements LocaleChangeObserver {
    static final int BATCH = 200; // the smallest page a list use case accepts (the user directory's)
    static final int MAX_ROWS = 200_000;

    private final Grid<T> grid;
    private final String fileName;
    private final List<Exported<T>> columns = new ArrayList<>();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();

    private record Exported<T>(Grid.Column<T> column, ValueProvider<T, ?> value) {}

    /**
     * @param fileName the file's name without extension, ASCII (e.g. "cuoc-giam-sat"); the id prefix of the links
     */
    public ListExport(Grid<T> grid, String fileName) {
        if (fileName == null || !fileName.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("export file name: lower case ASCII words, not " + fileName);
        }
        this.grid = grid;
        this.fileName = fileName;
        csv.setId(fileName + "-csv");
        xlsx.setId(fileName + "-xlsx");
        for (Anchor a : List.of(csv, xlsx)) {
            a.setDownload(true);
            a.getElement().setAttribute("router-ignore", true);
        }
        csv.setHref((DownloadHandler) event -> {
            event.setFileName(fileName + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            write(event.getUI(), TableFile.Format.CSV, event.getOutputStream());
        });
        xlsx.setHref((DownloadHandler) event -> {
            event.setFileName(fileName + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            write(event.getUI(), TableFile.Format.XLSX, event.getOutputStream());
        });
        setSpacing(true);
        add(csv, xlsx);
    }

    /** Adds a text column to the grid whose value is shown and exported alike. */
    public <V> Grid.Column<T> column(ValueProvider<T, V> value) {
        Grid.Column<T> column = grid.addColumn(value);
        columns.add(new Exported<>(column, value));
        return column;
    }

    /** Removes every column of the grid (a view that builds its columns again in another language). */
    public void removeAllColumns() {
        grid.removeAllColumns();
        columns.clear();
    }

    /** Writes the list as the file: the headers of the visible exported columns, then every row the grid keeps. */
    public void write(TableFile.Format format, OutputStream out) throws IOException {
        List<Exported<T>> shown = columns.stream().filter(c -> c.column().isVisible()).toList();
        List<String> headers = shown.stream().map(c -> text(c.column().getHeaderText())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (T item : items()) {
            List<Object> row = new ArrayList<>(shown.size());
            for (Exported<T> c : shown) {
                row.add(c.value().apply(item));
            }
            rows.add(row);
        }
        TableFile.write(format, headers, rows, out);
    }

    private void write(com.vaadin.flow.component.UI ui, TableFile.Format format, OutputStream out) {
        // A download is its own request: read the grid's state under the session's lock, as a UI request would.
        ui.accessSynchronously(() -> {
            try {
                write(format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every row the grid's filters keep, in its sort order, read a page at a time. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<T> items() {
        DataProvider provider = grid.getDataCommunicator().getDataProvider();
        List<T> all = new ArrayList<>();
        while (all.size() < MAX_ROWS) {
            Query query = grid.getDataCommunicator().buildQuery(all.size(), BATCH);
            List<T> page = ((java.util.stream.Stream<T>) provider.fetch(query)).limit(BATCH).toList();
            all.addAll(page);
            if (page.size() < BATCH) {
                break;
            }
        }
        return all;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        csv.setText(getTranslation("export.csv"));
        xlsx.setText(getTranslation("export.xlsx"));
        csv.getElement().setAttribute("aria-label", getTranslation("export.csv.label"));
        xlsx.getElement().setAttribute("aria-label", getTranslation("export.xlsx.label"));
    }

    private static String text(String header) {
        return header == null ? "" : header;
    }
}
