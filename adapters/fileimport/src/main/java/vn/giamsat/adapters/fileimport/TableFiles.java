package vn.giamsat.adapters.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort;

/** The file reader of both imports: CSV (UTF-8, with or without BOM) and the first sheet of an XLSX workbook. */
public final class TableFiles implements TableFilePort {
    private final Limits limits;

    public TableFiles() {
        this(Limits.DEFAULT);
    }

    public TableFiles(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Table open(FileFormat format, InputStream in) throws IOException {
        return switch (format) {
            // Malformed bytes are reported, not replaced: a file saved in another encoding must not import as mojibake.
            case CSV -> new CsvTable(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), limits);
            case XLSX -> XlsxTable.open(in, limits);
        };
    }
}
