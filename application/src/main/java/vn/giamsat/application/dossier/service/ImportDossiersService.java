package vn.giamsat.application.dossier.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Role;

import java.time.LocalDateTime;
import java.util.List;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.domain.calendar.WorkingCalendar;

public final class ImportDossiersService implements ImportDossiersUseCase {
    private final DossierImportPort imports;
    private final WorkingCalendarPort calendar;
    private final ClockPort clock;
    private final AccessPolicy access;

    public ImportDossiersService(DossierImportPort imports, WorkingCalendarPort calendar, ClockPort clock,
                                 AccessPolicy access) {
        this.access = access;
        this.imports = imports;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public ImportResult importDossiers(ImportDossiersCommand command, ImportProgress progress, Cancellation cancellation) {
        Actor actor = access.requireAnyRole("nhập dữ liệu hồ sơ", "import dossier records", Role.COUNCIL_STAFF,
                Role.ADMIN);
        // The import's own moment bounds every date of the file, and open dossiers are judged on it.
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ClockPort.VIETNAM);
        // The calendar stays as read until the import ends: an edit meanwhile would not reach its dossiers (decision 015).
        try (WorkingCalendarPort.HeldCalendar held = calendar.holdForImport()) {
            WorkingCalendar workingCalendar = held.calendar();
            return imports.importFile(new ImportRequest(command.exportKey(), command.fileName(), command.format(),
                            command.source(), workingCalendar, now,
                            actor.system() ? ImportRequest.SYSTEM : actor.displayName()),
                    progress == null ? ImportProgress.NONE : progress,
                    cancellation == null ? new Cancellation() : cancellation);
        }
    }

    @Override
    public List<ImportRecord> imports() {
        access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF, Role.ADMIN);
        return imports.imports();
    }

    @Override
    public List<ImportAttempt> history(int offset, int limit) {
        access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF, Role.ADMIN);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return imports.attempts(offset, limit);
    }

    @Override
    public long historySize() {
        access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF, Role.ADMIN);
        return imports.attemptCount();
    }
}
