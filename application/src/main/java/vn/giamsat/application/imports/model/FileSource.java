package vn.giamsat.application.imports.model;

import java.io.IOException;
import java.io.InputStream;

/** Opens the uploaded file for one pass; the import reads it as a stream and never holds it whole. */
@FunctionalInterface
public interface FileSource {
    InputStream open() throws IOException;
}
