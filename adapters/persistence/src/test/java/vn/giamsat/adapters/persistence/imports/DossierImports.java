package vn.giamsat.adapters.persistence.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.fileimport.TableFiles;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The dossier import use case over the real adapters ({@link PgDossierImport}, {@link JdbcImportHistory}), with the
 * calendar and the moment a test chooses: the import's policy and its storage tested together.
 */
public final class DossierImports {
    private DossierImports() {}

    /** A council staff member, as the history names who imported. */
    public static Actor staff(String displayName) {
        return Actor.user("vanphong", displayName, Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("49")));
    }

    public static ImportDossiersUseCase useCase(DataSource ds, WorkingCalendar calendar, LocalDateTime now,
                                                java.util.function.Supplier<Actor> actor) {
        return useCase(ds, calendar, now, actor, DossierCodeScope.PROVINCE);
    }

    /** With the setting of which other exports a new one's codes are compared with (decision 054). */
    public static ImportDossiersUseCase useCase(DataSource ds, WorkingCalendar calendar, LocalDateTime now,
                                                java.util.function.Supplier<Actor> actor, DossierCodeScope scope) {
        return new UseCases(OutboundPorts.builder()
                .dossierImports(new PgDossierImport(ds, JdbcClient.create(ds), new TableFiles(), scope))
                .importHistory(new JdbcImportHistory(ds))
                .calendar(fixed(calendar))
                .clock(() -> now.atZone(ClockPort.VIETNAM).toInstant())
                .actors(actor::get)
                .build()).importDossiers();
    }

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
