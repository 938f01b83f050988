package vn.giamsat.application.dossier.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An import that is part of the data, for the list of imports.
 *
 * @param council code of the council the export belongs to (its key is unique within it); null for the system's own
 */
public record ImportRecord(long importId, String exportKey, String fileName, String sha256, long rows,
                           Instant importedAt, LocalDate asOf, String council) {}
