package vn.giamsat.application.dossier.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the uploaded file; each call starts again from its beginning. The import reads it twice (a checksum,
 * then the rows), each time as a stream, never holding it whole.
 */
@FunctionalInterface
public interface FileSource {
    InputStream open() throws IOException;
}
