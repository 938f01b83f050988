package vn.giamsat.tools.datagen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.fileimport.TableFiles;
import vn.giamsat.adapters.persistence.imports.JdbcImportHistory;
import vn.giamsat.adapters.persistence.imports.PgDossierImport;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.FileSource;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * The dossier import as the admin UI runs it (the use case's policy over the persistence adapters), for the tools:
 * the calendar and the import's moment are the tool's, the importer is the system.
 */
public final class BenchImports {
    private final ImportDossiersUseCase useCase;

    public BenchImports(DataSource ds, WorkingCalendar calendar, LocalDateTime now) {
        useCase = new UseCases(OutboundPorts.builder()
                .dossierImports(new PgDossierImport(ds, JdbcClient.create(ds), new TableFiles()))
                .importHistory(new JdbcImportHistory(ds))
                .calendar(fixed(calendar))
                .clock(() -> now.atZone(ClockPort.VIETNAM).toInstant())
                .actors(Actor::theSystem)
                .build()).importDossiers();
    }

    public ImportResult importFile(String exportKey, String fileName, FileSource source) {
        return useCase.importDossiers(new ImportDossiersCommand(exportKey, fileName, FileFormat.CSV, source),
                (phase, rows, bytes) -> {}, new Cancellation());
    }

    public ImportResult importFile(String exportKey, Path file) {
        return importFile(exportKey, file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    /** The calendar the tool read, held as is: the import judges with it. */
    private static WorkingCalendarPort fixed(WorkingCalendar calendar) {
        return new WorkingCalendarPort() {
            @Override public List<CalendarDay> all() { throw new UnsupportedOperationException(); }
            @Override public List<CalendarDay> between(LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }
            @Override public void save(CalendarDay day) { throw new UnsupportedOperationException(); }
            @Override public void delete(LocalDate day) { throw new UnsupportedOperationException(); }
            @Override public boolean tryLockForEdit() { throw new UnsupportedOperationException(); }
            @Override public HeldCalendar holdForImport() {
                return new HeldCalendar() {
                    @Override public WorkingCalendar calendar() { return calendar; }
                    @Override public void close() { }
                };
            }
        };
    }
}
