package vn.giamsat.application.dossier.port.in;

import java.util.List;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportCouncil;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportResult;

/**
 * Imports the dossier records of one export of the provincial one-stop system: all rows or none. Long: run it
 * off the UI thread, show {@link ImportProgress}, and offer {@link Cancellation#cancel()}.
 */
public interface ImportDossiersUseCase {
    ImportResult importDossiers(ImportDossiersCommand command, ImportProgress progress, Cancellation cancellation);

    /** The councils (địa bàn) the signed-in actor may import for: its jurisdiction units. */
    List<ImportCouncil> councils();

    /** The imports the figures are computed from, newest first (of the actor's jurisdiction). */
    List<ImportRecord> imports();

    /**
     * Every import tried (imported, unchanged, rejected, cancelled, failed, under way, interrupted) for a council of
     * the actor's jurisdiction, newest first, a page at a time.
     */
    List<ImportAttempt> history(int offset, int limit);

    long historySize();
}
