package vn.giamsat.application.dossier.model;

import java.time.Instant;
import java.time.LocalDate;

/** An import that is part of the data, for the list of imports. */
public record ImportRecord(long importId, String exportKey, String fileName, String sha256, long rows,
                           Instant importedAt, LocalDate asOf) {}
