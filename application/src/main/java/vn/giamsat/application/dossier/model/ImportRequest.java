package vn.giamsat.application.dossier.model;

import vn.giamsat.application.common.FileFormat;
import java.time.LocalDateTime;
import java.util.Objects;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * What the import port needs besides the file: the calendar to decide early / on time / late, the moment
 * of the import (dates after it are impossible) and the day open dossiers are judged on; who imports, for the
 * history; the council (địa bàn) the export belongs to: every row's unit must be in it.
 *
 * @param council code of the council's unit; null only for the system's own imports (tools, benchmarks): any unit
 */
public record ImportRequest(String exportKey, String fileName, FileFormat format, FileSource source,
                            WorkingCalendar calendar, LocalDateTime now, String importedBy, String council) {
    /** Who imports, as the history shows it, when no one signed in does (tools, benchmarks). */
    public static final String SYSTEM = "Hệ thống";

    public ImportRequest(String exportKey, String fileName, FileFormat format, FileSource source,
                         WorkingCalendar calendar, LocalDateTime now) {
        this(exportKey, fileName, format, source, calendar, now, SYSTEM, null);
    }

    public ImportRequest {
        importedBy = importedBy == null || importedBy.isBlank() ? SYSTEM : importedBy;
        Objects.requireNonNull(exportKey, "exportKey");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
    }
}
