package vn.giamsat.application.dossier.service;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.giamsat.application.calendar.port.out.WorkingCalendarPort;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.AttemptStatus;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.FileSource;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * The import's policy: the same file again changes nothing; a file of an export already imported replaces that
 * import; any refused row, a cancellation or a failure leaves the data as it was; every attempt gets its line in the
 * history. Storing (COPY, the checks over the whole file, the merge) is the {@link DossierImportPort}'s.
 */
public final class ImportDossiersService implements ImportDossiersUseCase {
    /** The name the import's audit entries carry. */
    static final String USE_CASE = "ImportDossiersService.importDossiers";
    private static final System.Logger LOG = System.getLogger(ImportDossiersService.class.getName());

    private final DossierImportPort imports;
    private final ImportHistoryPort history;
    private final WorkingCalendarPort calendar;
    private final ClockPort clock;
    private final AccessPolicy access;

    public ImportDossiersService(DossierImportPort imports, ImportHistoryPort history, WorkingCalendarPort calendar,
                                 ClockPort clock, AccessPolicy access) {
        this.access = access;
        this.imports = imports;
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public ImportResult importDossiers(ImportDossiersCommand command, ImportProgress progress, Cancellation cancellation) {
        Actor actor = access.requireAnyRole("nhập dữ liệu hồ sơ", "import dossier records", Role.COUNCIL_STAFF,
                Role.ADMIN);
        Instant startedAt = clock.now();
        // The import's own moment bounds every date of the file, and open dossiers are judged on it.
        LocalDateTime now = LocalDateTime.ofInstant(startedAt, ClockPort.VIETNAM);
        ImportProgress shown = progress == null ? ImportProgress.NONE : progress;
        Cancellation stop = cancellation == null ? new Cancellation() : cancellation;
        // The calendar stays as read until the import ends: an edit meanwhile would not reach its dossiers (decision 015).
        try (WorkingCalendarPort.HeldCalendar held = calendar.holdForImport()) {
            WorkingCalendar workingCalendar = held.calendar();
            ImportRequest request = new ImportRequest(command.exportKey(), command.fileName(), command.format(),
                    command.source(), workingCalendar, now, actor.system() ? ImportRequest.SYSTEM : actor.displayName());
            ImportResult result = run(request, new Attempt(request, startedAt), shown, stop);
            shown.update(ImportPhase.FINISHED, 0, 0);
            return result;
        }
    }

    /** What the history needs to know of an attempt, filled in as it goes. */
    private static final class Attempt {
        final ImportRequest request;
        final Instant startedAt;
        String checksum;
        long rowsRead;

        Attempt(ImportRequest request, Instant startedAt) {
            this.request = request;
            this.startedAt = startedAt;
        }

        AttemptEntry entry(AttemptStatus status, Long importId, long rows, long rejected, long replaced) {
            return new AttemptEntry(request.exportKey(), fileName(request), checksum, importId, status, rows, rejected,
                    replaced, startedAt, request.importedBy());
        }
    }

    private ImportResult run(ImportRequest request, Attempt attempt, ImportProgress progress,
                             Cancellation cancellation) {
        ImportResult result;
        try {
            // A cheap first pass for the checksum: the same file again is answered without staging a row.
            attempt.checksum = checksum(request.source());
            Optional<ImportRecord> same = history.importWithChecksum(attempt.checksum);
            if (same.isPresent()) {
                result = new ImportResult.Unchanged(same.get().importId(), same.get().exportKey(), attempt.checksum);
            } else {
                result = stageAndMerge(request, attempt, progress, cancellation);
            }
        } catch (RuntimeException e) {
            // Rolled back; the history still says it was tried.
            record(attempt.entry(AttemptStatus.FAILED, null, attempt.rowsRead, 0, 0));
            throw e;
        }
        switch (result) {
            case ImportResult.Imported imported -> { }   // its history line was written in the import's transaction
            case ImportResult.Unchanged unchanged ->
                    record(attempt.entry(AttemptStatus.UNCHANGED, unchanged.importId(), 0, 0, 0));
            case ImportResult.Rejected rejected ->
                    record(attempt.entry(AttemptStatus.REJECTED, null, attempt.rowsRead, rejected.report().total(), 0));
            case ImportResult.Cancelled cancelled -> {
                attempt.checksum = null;   // the file was not read to the end by the import
                record(attempt.entry(AttemptStatus.CANCELLED, null, cancelled.rowsRead(), 0, 0));
            }
        }
        return result;
    }

    /** Stages the file; merges it only if every row passed and no one cancelled. */
    private ImportResult stageAndMerge(ImportRequest request, Attempt attempt, ImportProgress progress,
                                       Cancellation cancellation) {
        try (DossierImportPort.StagedImport staged = imports.stage(request, USE_CASE, progress, cancellation)) {
            attempt.rowsRead = staged.rowsRead();
            if (staged.cancelled()) {
                return new ImportResult.Cancelled(staged.rowsRead());
            }
            if (staged.rejections() != null) {
                return new ImportResult.Rejected(staged.rejections());
            }
            if (cancellation.isCancelled()) {
                return new ImportResult.Cancelled(staged.rowsRead());
            }
            // Read after staging, which waits for any other import of this export: the one to replace is current.
            Optional<ImportRecord> previous = history.currentImport(request.exportKey());
            long replaced = previous.map(ImportRecord::rows).orElse(0L);
            staged.merge(previous.map(ImportRecord::importId).orElse(null), attempt.entry(AttemptStatus.IMPORTED,
                    staged.importId(), staged.rowsRead(), 0, replaced));
            if (cancellation.isCancelled()) {
                return new ImportResult.Cancelled(staged.rowsRead());
            }
            staged.commit();
            return new ImportResult.Imported(staged.importId(), request.exportKey(), staged.rowsRead(), attempt.checksum,
                    replaced);
        }
    }

    /** The history line of an attempt that changed nothing, after the rollback; it must not hide the outcome. */
    private void record(AttemptEntry entry) {
        try {
            history.record(entry);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot record the import attempt in the history", e);
        }
    }

    private static String fileName(ImportRequest request) {
        return request.fileName() == null ? request.exportKey() : request.fileName();
    }

    private static String checksum(FileSource source) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(source.open(), sha)) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading is the digest's work
            }
        } catch (IOException e) {
            throw new IllegalStateException("Dossier import failed", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public List<ImportRecord> imports() {
        access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF, Role.ADMIN);
        return history.imports();
    }

    @Override
    public List<ImportAttempt> history(int offset, int limit) {
        access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF, Role.ADMIN);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return history.attempts(offset, limit);
    }

    @Override
    public long historySize() {
        access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF, Role.ADMIN);
        return history.attemptCount();
    }
}
