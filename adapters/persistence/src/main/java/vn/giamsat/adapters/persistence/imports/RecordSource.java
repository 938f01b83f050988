package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.util.List;

/** Records of a tabular file, one at a time: a CSV reader or an XLSX sheet reader. */
interface RecordSource extends AutoCloseable {
    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException;

    /** The fields of the current record (valid until the next call). */
    List<String> fields();

    /** Line (CSV) or row (XLSX) number where the current record starts, 1-based. */
    long line();

    /** Why the current record could not be read as a whole (too long, unterminated quote), or null. */
    String brokenVi();

    String brokenEn();

    @Override
    void close() throws IOException;
}
