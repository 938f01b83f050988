package vn.giamsat.application.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.dossier.FakeImportPorts.Staging;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.AttemptStatus;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.model.RejectedRow;
import vn.giamsat.application.dossier.model.RejectionReport;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.unit.UnitCode;

/** The import's policy over the two ports: what is merged, what replaced, what the history says. */
class ImportPolicyTest {
    private static final Instant NOW = Instant.parse("2024-03-01T03:00:00Z");

    private final FakeImportPorts ports = new FakeImportPorts();
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
            .actors(() -> Actor.user("vanphong", "Nguyễn Văn A", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("49"))))
            .build()).importDossiers();

    private ImportResult importFile(String exportKey, String content) {
        return importFile(exportKey, content, new Cancellation());
    }

    private ImportResult importFile(String exportKey, String content, Cancellation cancellation) {
        return imports.importDossiers(new ImportDossiersCommand(exportKey, exportKey + ".csv", null,
                () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), null, cancellation);
    }

    private List<String> history() {
        return ports.history.stream().map(a -> a.exportKey() + " " + a.status() + " " + a.importId() + " " + a.rows()
                + " " + a.rejectedRows() + " " + a.replacedRows() + " " + (a.sha256() == null ? "-" : "sha")
                + " " + a.importedBy()).toList();
    }

    @Test
    void aFirstImportIsMergedAndItsHistoryLineCommittedWithIt() {
        ports.next = Staging.read(4);
        List<ImportPhase> phases = new java.util.ArrayList<>();

        ImportResult result = imports.importDossiers(new ImportDossiersCommand("hcc-2024-02", "thang2.csv", null,
                () -> new ByteArrayInputStream(new byte[] {'a'})), (phase, rows, bytes) -> phases.add(phase), null);

        assertThat(result).isEqualTo(new ImportResult.Imported(1, "hcc-2024-02", 4,
                "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", 0));
        assertThat(ports.current).extracting(r -> r.exportKey() + " " + r.fileName() + " " + r.rows())
                .containsExactly("hcc-2024-02 thang2.csv 4");
        assertThat(history()).containsExactly("hcc-2024-02 IMPORTED 1 4 0 0 sha Nguyễn Văn A");
        assertThat(ports.history.getFirst().startedAt()).isEqualTo(NOW);
        assertThat(ports.useCases).containsExactly("ImportDossiersService.importDossiers");
        assertThat(phases).containsExactly(ImportPhase.FINISHED);
        assertThat(ports.open).isZero();
    }

    @Test
    void theSameFileAgainIsNotStagedAndChangesNothing() {
        ports.next = Staging.read(4);
        importFile("hcc-2024-02", "file");

        ImportResult again = importFile("hcc-2024-02-bis", "file");

        assertThat(again).isInstanceOfSatisfying(ImportResult.Unchanged.class, u -> {
            assertThat(u.importId()).isEqualTo(1);
            assertThat(u.exportKey()).isEqualTo("hcc-2024-02");
        });
        assertThat(ports.staged).hasSize(1);
        assertThat(ports.current).hasSize(1);
        assertThat(history()).containsExactly("hcc-2024-02 IMPORTED 1 4 0 0 sha Nguyễn Văn A",
                "hcc-2024-02-bis UNCHANGED 1 0 0 0 sha Nguyễn Văn A");
    }

    @Test
    void aNewFileOfAnExportReplacesItsEarlierImport() {
        ports.next = Staging.read(4);
        importFile("hcc-2024-02", "first");
        ports.next = Staging.read(1);

        ImportResult second = importFile("hcc-2024-02", "corrected");

        assertThat(second).isInstanceOfSatisfying(ImportResult.Imported.class, i -> {
            assertThat(i.importId()).isEqualTo(2);
            assertThat(i.replacedRows()).isEqualTo(4);
        });
        assertThat(ports.current).extracting(r -> r.importId()).containsExactly(2L);
        assertThat(history()).last().isEqualTo("hcc-2024-02 IMPORTED 2 1 0 4 sha Nguyễn Văn A");
    }

    @Test
    void aFileWithRefusedRowsIsNotMergedAndTheHistorySaysHowManyWereRefused() {
        ports.next = Staging.refused(3, report(2));

        ImportResult result = importFile("bad", "bad file");

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class,
                r -> assertThat(r.report().total()).isEqualTo(2));
        assertThat(ports.current).isEmpty();
        assertThat(history()).containsExactly("bad REJECTED null 3 2 0 sha Nguyễn Văn A");
        assertThat(ports.open).isZero();
    }

    @Test
    void aCancellationWhileReadingOrBeforeTheMergeMergesNothing() {
        ports.next = Staging.cancelledAfter(10_000);
        assertThat(importFile("cancelled", "big file")).isEqualTo(new ImportResult.Cancelled(10_000));

        Cancellation late = new Cancellation();
        ports.next = Staging.read(5);
        ports.duringStage = late::cancel;   // the user cancels as the reading ends
        assertThat(importFile("late", "other file", late)).isEqualTo(new ImportResult.Cancelled(5));

        assertThat(ports.current).isEmpty();
        assertThat(history()).containsExactly("cancelled CANCELLED null 10000 0 0 - Nguyễn Văn A",
                "late CANCELLED null 5 0 0 - Nguyễn Văn A");
        assertThat(ports.open).isZero();
    }

    @Test
    void aFailureIsRecordedAndPassedOnWithNothingMerged() {
        ports.next = Staging.failing(new IllegalStateException("database gone"));
        assertThatThrownBy(() -> importFile("broken", "a file")).hasMessage("database gone");

        ports.next = Staging.failingToMerge(7, new IllegalStateException("disk full"));
        assertThatThrownBy(() -> importFile("broken", "another file")).hasMessage("disk full");

        assertThat(ports.current).isEmpty();
        assertThat(history()).containsExactly("broken FAILED null 0 0 0 sha Nguyễn Văn A",
                "broken FAILED null 7 0 0 sha Nguyễn Văn A");
        assertThat(ports.open).isZero();
    }

    @Test
    void aLostHistoryLineDoesNotHideTheOutcome() {
        FakeImportPorts failingHistory = new FakeImportPorts() {
            @Override
            protected void record(int index, AttemptEntry attempt) {
                throw new IllegalStateException("history table gone");
            }
        };
        failingHistory.next = Staging.cancelledAfter(3);
        ImportDossiersUseCase useCase = new UseCases(OutboundPorts.builder()
                .dossierImports(failingHistory).importHistory(failingHistory).calendar(calendar).clock(() -> NOW)
                .actors(Actor::theSystem).build()).importDossiers();

        assertThat(useCase.importDossiers(new ImportDossiersCommand("x", "x.csv", null,
                () -> new ByteArrayInputStream(new byte[0])), null, null)).isEqualTo(new ImportResult.Cancelled(3));
        assertThat(failingHistory.staged.getFirst().importedBy()).isEqualTo("Hệ thống");
    }

    private static RejectionReport report(long total) {
        return new RejectionReport() {
            @Override public long total() { return total; }
            @Override public List<RejectedRow> first() { return List.of(); }
            @Override public void writeCsv(OutputStream out) { }
        };
    }
}
