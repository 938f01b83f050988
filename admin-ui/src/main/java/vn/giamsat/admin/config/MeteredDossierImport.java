package vn.giamsat.admin.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;

/**
 * Import throughput for the operator, measured around the import use case (which decides how an import ends), so
 * neither the use case nor the adapters know about metrics: {@code giamsat_import_rows_total} (dossiers stored) and
 * {@code giamsat_import_duration_seconds{result=...}} (how long each import took and how it ended). Rows per
 * second over a window: {@code increase(giamsat_import_rows_total[1h]) /
 * increase(giamsat_import_duration_seconds_sum{result="imported"}[1h])}.
 */
final class MeteredDossierImport implements ImportDossiersUseCase {
    private final ImportDossiersUseCase imports;
    private final MeterRegistry registry;
    private final Counter rows;

    MeteredDossierImport(ImportDossiersUseCase imports, MeterRegistry registry) {
        this.imports = imports;
        this.registry = registry;
        this.rows = Counter.builder("giamsat.import.rows").description("Dossier rows stored by imports")
                .baseUnit("rows").register(registry);
    }

    @Override
    public ImportResult importDossiers(ImportDossiersCommand command, ImportProgress progress, Cancellation cancellation) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            ImportResult result = imports.importDossiers(command, progress, cancellation);
            outcome = switch (result) {
                case ImportResult.Imported imported -> {
                    rows.increment(imported.rows());
                    yield "imported";
                }
                case ImportResult.Unchanged unchanged -> "unchanged";
                case ImportResult.Rejected rejected -> "rejected";
                case ImportResult.Cancelled cancelled -> "cancelled";
            };
            return result;
        } finally {
            Timer.builder("giamsat.import.duration").description("Duration of dossier imports by how they ended")
                    .tag("result", outcome).register(registry).record(System.nanoTime() - start,
                            java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public List<vn.giamsat.application.dossier.model.ImportCouncil> councils() {
        return imports.councils();
    }

    @Override
    public List<ImportRecord> imports() {
        return imports.imports();
    }

    @Override
    public List<ImportAttempt> history(int offset, int limit) {
        return imports.history(offset, limit);
    }

    @Override
    public long historySize() {
        return imports.historySize();
    }
}
