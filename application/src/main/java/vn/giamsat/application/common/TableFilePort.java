package vn.giamsat.application.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.giamsat.domain.common.Reason;

/**
 * Reads a tabular file — CSV or the first sheet of an XLSX workbook — record by record, within hard bounds
 * (columns, cell length, shared strings, compression ratio). The first record is the header. What cannot be read
 * is a {@link Problem} naming line, column and reason, never an exception, except text that is not UTF-8.
 */
public interface TableFilePort {

    /**
     * @throws java.nio.charset.CharacterCodingException (from {@link Table#next()}) when a CSV file is not UTF-8
     */
    Table open(FileFormat format, InputStream in) throws IOException;

    /** The records of one file, one at a time. */
    interface Table extends AutoCloseable {
        /** Moves to the next record; false at the end of the file, or after a problem that ends it. */
        boolean next() throws IOException;

        /** The cells of the current record (valid until the next call); empty when it has a problem. */
        List<String> fields();

        /** Line (CSV) or row (XLSX) where the current record starts, 1-based. */
        long line();

        /** Why the current record cannot be used as a whole (too wide, a cell too long, a quote never closed), or null. */
        Problem problem();

        @Override
        void close() throws IOException;
    }

    /**
     * A record the file reader refuses.
     *
     * @param column 1-based column the problem is in, or 0 when it concerns the whole record or file
     */
    record Problem(long line, int column, Reason reason) {}
}
