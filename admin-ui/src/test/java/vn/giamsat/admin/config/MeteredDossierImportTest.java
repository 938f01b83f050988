package vn.giamsat.admin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;

class MeteredDossierImportTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private MeteredDossierImport answering(ImportResult... results) {
        return new MeteredDossierImport(new ImportDossiersUseCase() {
            private int next;

            @Override
            public ImportResult importDossiers(ImportDossiersCommand command, ImportProgress progress,
                                               Cancellation cancellation) {
                if (next == results.length) {
                    throw new IllegalStateException("database gone");
                }
                return results[next++];
            }

            @Override
            public List<vn.giamsat.application.dossier.model.ImportCouncil> councils() {
                return List.of();
            }

            @Override
            public List<ImportRecord> imports() {
                return List.of();
            }

            @Override
            public List<ImportAttempt> history(int offset, int limit) {
                return List.of();
            }

            @Override
            public long historySize() {
                return 0;
            }
        }, registry);
    }

    private long imports(String result) {
        var timer = registry.find("giamsat.import.duration").tag("result", result).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void stored_rows_are_counted_and_every_import_is_timed_by_how_it_ended() {
        MeteredDossierImport port = answering(
                new ImportResult.Imported(1, "export-2024", 1_000_000, "a".repeat(64), 0),
                new ImportResult.Unchanged(1, "export-2024", "a".repeat(64)),
                new ImportResult.Imported(2, "export-2025", 250_000, "b".repeat(64), 0),
                new ImportResult.Cancelled(10));

        for (int i = 0; i < 4; i++) {
            port.importDossiers(null, ImportProgress.NONE, new Cancellation());
        }
        assertThatThrownBy(() -> port.importDossiers(null, ImportProgress.NONE, new Cancellation()))
                .hasMessage("database gone");

        assertThat(registry.get("giamsat.import.rows").counter().count()).isEqualTo(1_250_000);
        assertThat(imports("imported")).isEqualTo(2);
        assertThat(imports("unchanged")).isEqualTo(1);
        assertThat(imports("cancelled")).isEqualTo(1);
        assertThat(imports("failed")).isEqualTo(1);
        assertThat(imports("rejected")).isZero();
    }
}
