package vn.giamsat.application.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.dossier.FakeImportPorts.Staging;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Issue 14, items 2 and 16, over in-memory ports: an export belongs to the council it was imported for, so one
 * council's key never reaches another's import and the history shows an actor only its own councils' attempts; an
 * attempt is in the history from its start, and one whose process died shows as interrupted.
 */
class ImportJurisdictionTest {
    private static final Instant NOW = Instant.parse("2024-03-01T03:00:00Z");
    private static final Actor PHU_NINH = Actor.user("vanphong", "Lê Thị Hoa", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("518")));
    private static final Actor DA_NANG = Actor.user("vanphong.dn", "Trần Văn Nam", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("48")));

    private final FakeImportPorts ports = new FakeImportPorts();
    private Actor actor = PHU_NINH;
    private final WorkingCalendarPort calendar = new WorkingCalendarPort() {
        @Override public List<CalendarDay> all() { return List.of(); }
        @Override public List<CalendarDay> between(java.time.LocalDate from, java.time.LocalDate to) { return List.of(); }
        @Override public void save(CalendarDay day) { }
        @Override public void delete(java.time.LocalDate day) { }
        @Override public boolean tryLockForEdit() { return true; }
        @Override public HeldCalendar holdForImport() {
            return new HeldCalendar() {
                @Override public WorkingCalendar calendar() { return WorkingCalendar.of(List.of()); }
                @Override public void close() { }
            };
        }
    };
    private final ImportDossiersUseCase imports = new UseCases(OutboundPorts.builder()
            .dossierImports(ports).importHistory(ports).calendar(calendar).clock(() -> NOW)
            .actors(() -> actor).build()).importDossiers();

    private ImportResult importFile(String exportKey, String fileName, String content) {
        return imports.importDossiers(new ImportDossiersCommand(exportKey, fileName, null,
                () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), null, new Cancellation());
    }

    @Test
    void theSameExportKeyUnderAnotherCouncilIsAnotherExportAndReplacesNothing() {
        ports.next = Staging.read(4);
        importFile("hcc-2024-02", "phu-ninh.csv", "Phú Ninh's file");

        actor = DA_NANG;
        ports.next = Staging.read(2);
        ImportResult other = importFile("hcc-2024-02", "da-nang.csv", "Đà Nẵng's file");

        assertThat(other).isInstanceOfSatisfying(ImportResult.Imported.class,
                i -> assertThat(i.replacedRows()).as("nothing of Phú Ninh's export replaced").isZero());
        assertThat(ports.current).extracting(r -> r.fileName() + " " + r.rows())
                .containsExactlyInAnyOrder("phu-ninh.csv 4", "da-nang.csv 2");
    }

    @Test
    void theHistoryShowsEachActorOnlyTheAttemptsOfItsOwnJurisdiction() {
        ports.next = Staging.read(4);
        importFile("hcc-2024-02", "phu-ninh.csv", "Phú Ninh's file");
        actor = DA_NANG;
        ports.next = Staging.read(2);
        importFile("hcc-2024-02", "da-nang.csv", "Đà Nẵng's file");

        assertThat(imports.history(0, 10)).extracting(ImportAttempt::fileName).containsExactly("da-nang.csv");
        assertThat(imports.historySize()).isEqualTo(1);
        actor = PHU_NINH;
        assertThat(imports.history(0, 10)).extracting(ImportAttempt::fileName).containsExactly("phu-ninh.csv");
        actor = Actor.theSystem();
        assertThat(imports.historySize()).isEqualTo(2);
    }

    @Test
    void anImportWhoseProcessDiesIsInTheHistoryAsInterruptedWithWhoWhenAndWhichFile() {
        // The process dies mid-COPY: nothing of the import's own code runs after this point.
        ports.crash = new StackOverflowError("the admin UI was killed");
        assertThatThrownBy(() -> importFile("hcc-2024-02", "thang-2.csv", "a big file"))
                .isInstanceOf(StackOverflowError.class);
        ports.processGone();

        assertThat(imports.history(0, 10)).singleElement().satisfies(a -> {
            assertThat(a.status().name()).isEqualTo("INTERRUPTED");
            assertThat(a.importedBy()).isEqualTo("Lê Thị Hoa");
            assertThat(a.startedAt()).isEqualTo(NOW);
            assertThat(a.fileName()).isEqualTo("thang-2.csv");
            assertThat(a.exportKey()).isEqualTo("hcc-2024-02");
        });
        assertThat(ports.current).isEmpty();
    }

    @Test
    void theExportBelongsToACouncilOfTheActorsJurisdictionAndNoOther() {
        ports.next = Staging.read(1);
        importFile("hcc-2024-02", "phu-ninh.csv", "a file");
        assertThat(ports.staged.getLast().council()).as("the actor's only council").isEqualTo("518");

        assertThatThrownBy(() -> imports.importDossiers(new ImportDossiersCommand("hcc-2024-02", "x.csv", null,
                () -> new ByteArrayInputStream(new byte[0]), UnitCode.of("48")), null, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("48");

        actor = Actor.user("quantri", "Quản Trị Viên", Set.of(Role.ADMIN), Set.of(UnitCode.of("48"), UnitCode.of("49")));
        assertThatThrownBy(() -> importFile("hcc-2024-02", "x.csv", "another file"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Chọn địa bàn");
        ports.next = Staging.read(1);
        imports.importDossiers(new ImportDossiersCommand("hcc-2024-02", "y.csv", null,
                () -> new ByteArrayInputStream(new byte[] {'y'}), UnitCode.of("49")), null, null);
        assertThat(ports.staged.getLast().council()).isEqualTo("49");
        assertThat(ports.staged).as("nothing staged for a refused council").hasSize(2);
        assertThat(ports.history).as("a refused council starts no attempt").hasSize(2);
    }

    @Test
    void aFailedAttemptSaysWhyAndARunningOneIsShownAsStarted() {
        ports.duringStage = () -> assertThat(imports.history(0, 1)).singleElement()
                .satisfies(a -> assertThat(a.status().name()).isEqualTo("STARTED"));
        ports.next = Staging.failing(new IllegalStateException("Dossier import failed",
                new java.io.IOException("disk full")));
        assertThatThrownBy(() -> importFile("hcc-2024-02", "thang-2.csv", "a file"))
                .hasMessage("Dossier import failed");
        assertThat(imports.history(0, 1)).singleElement().satisfies(a -> {
            assertThat(a.status().name()).isEqualTo("FAILED");
            assertThat(a.failure()).isEqualTo("IOException: disk full");
        });
    }
}
