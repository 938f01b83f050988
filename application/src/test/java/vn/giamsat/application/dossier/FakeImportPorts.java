package vn.giamsat.application.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.AttemptStatus;
import vn.giamsat.application.dossier.model.ImportScope;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.RejectionReport;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;

/**
 * The two import ports in memory, all or nothing like the database: what a staged import merges is stored only at
 * its commit. Each stage answers as {@link #next} says.
 */
public class FakeImportPorts implements DossierImportPort, ImportHistoryPort {

    /** How the next staging ends: rows read, refused rows, cancelled, or a failure. */
    public record Staging(long rows, RejectionReport rejections, boolean cancelled, RuntimeException failure,
                          RuntimeException mergeFailure) {
        public static Staging read(long rows) { return new Staging(rows, null, false, null, null); }
        public static Staging cancelledAfter(long rows) { return new Staging(rows, null, true, null, null); }
        public static Staging refused(long rows, RejectionReport report) { return new Staging(rows, report, false, null, null); }
        public static Staging failing(RuntimeException e) { return new Staging(0, null, false, e, null); }
        public static Staging failingToMerge(long rows, RuntimeException e) { return new Staging(rows, null, false, null, e); }
    }

    public Staging next = Staging.cancelledAfter(0);
    /** Runs while a file is being staged (another thread's cancel, a calendar edit). */
    public Runnable duringStage = () -> {};
    public final List<ImportRequest> staged = new ArrayList<>();
    public final List<String> useCases = new ArrayList<>();
    public final List<ImportRecord> current = new ArrayList<>();
    public final List<AttemptEntry> history = new ArrayList<>();
    public int open;
    /** Thrown by the next staging as if the process died there (an {@link Error} no import code handles). */
    public Error crash;
    private long nextId = 1;

    @Override
    public StagedImport stage(ImportRequest request, String useCase, ImportProgress progress, Cancellation cancellation) {
        staged.add(request);
        useCases.add(useCase);
        duringStage.run();
        if (crash != null) {
            Error e = crash;
            crash = null;
            throw e;
        }
        Staging s = next;
        if (s.failure() != null) {
            throw s.failure();
        }
        long id = nextId++;
        open++;
        return new StagedImport() {
            private Runnable onCommit;
            private boolean closed;

            @Override public long importId() { return id; }
            @Override public long rowsRead() { return s.rows(); }
            @Override public boolean cancelled() { return s.cancelled(); }
            @Override public RejectionReport rejections() { return s.rejections(); }

            @Override
            public void merge(Long replacing, long attempt, AttemptEntry imported) {
                if (s.mergeFailure() != null) {
                    throw s.mergeFailure();
                }
                onCommit = () -> {
                    current.removeIf(r -> replacing != null && r.importId() == replacing);
                    current.add(new ImportRecord(id, request.exportKey(), imported.fileName(), imported.sha256(),
                            imported.rows(), imported.startedAt(), LocalDate.of(2024, 3, 1), request.council()));
                    history.set((int) attempt - 1, imported);
                };
            }

            @Override
            public void commit() {
                onCommit.run();
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    open--;
                }
            }
        };
    }

    /** The importing process is gone: nothing of it holds an attempt alive any more. */
    public void processGone() {
        alive.clear();
    }

    /** Attempts (their index in {@link #history}) whose process still runs them. */
    public final java.util.Set<Integer> alive = new java.util.HashSet<>();

    @Override
    public RunningAttempt start(AttemptEntry started) {
        history.add(started);
        int index = history.size() - 1;
        alive.add(index);
        return new RunningAttempt() {
            @Override public long id() { return index + 1; }
            @Override public void finish(AttemptEntry ended) { record(index, ended); }
            @Override public void close() { alive.remove(index); }
        };
    }

    /** Completes the line at this index (overridable: a history that fails). */
    protected void record(int index, AttemptEntry ended) {
        history.set(index, ended);
    }

    private static boolean inScope(ImportScope scope, String council) {
        return scope.everything()
                || council != null && scope.jurisdiction().stream().anyMatch(c -> c.value().equals(council));
    }

    @Override
    public Optional<ImportRecord> importWithChecksum(String council, String sha256) {
        return current.stream().filter(r -> r.sha256().equals(sha256) && Objects.equals(r.council(), council))
                .findFirst();
    }

    @Override
    public Optional<ImportRecord> currentImport(String council, String exportKey) {
        return current.stream().filter(r -> r.exportKey().equals(exportKey) && Objects.equals(r.council(), council))
                .findFirst();
    }

    @Override
    public List<ImportRecord> imports(ImportScope scope) {
        return current.stream().filter(r -> inScope(scope, r.council())).toList();
    }

    @Override
    public List<ImportAttempt> attempts(ImportScope scope, int offset, int limit) {
        List<ImportAttempt> all = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            AttemptEntry a = history.get(i);
            if (!inScope(scope, a.council())) {
                continue;
            }
            boolean running = a.status() == AttemptStatus.STARTED;
            AttemptStatus shown = running && !alive.contains(i) ? AttemptStatus.INTERRUPTED : a.status();
            all.add(new ImportAttempt(i + 1, a.exportKey(), a.fileName(), a.sha256(), shown, a.rows(),
                    a.rejectedRows(), a.replacedRows(), a.startedAt(), running ? null : a.startedAt(), a.importedBy(),
                    a.council(), a.failure()));
        }
        return all.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long attemptCount(ImportScope scope) {
        return history.stream().filter(a -> inScope(scope, a.council())).count();
    }
}
