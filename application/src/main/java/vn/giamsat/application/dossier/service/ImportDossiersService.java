package vn.giamsat.application.dossier.service;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
import vn.giamsat.application.dossier.model.ImportCouncil;
import vn.giamsat.application.dossier.model.ImportScope;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The import's policy: an export belongs to a council (địa bàn) of the actor's jurisdiction, and its rows to that
 * council's units; the same file again changes nothing; a file of an export already imported replaces that
 * council's import of it, never another council's; any refused row, a cancellation or a failure leaves the data as it
 * was; every attempt is in the history from its start (an attempt whose process died shows as interrupted), and an
 * actor sees the attempts of its own jurisdiction only. Storing (COPY, the checks over the whole file, the merge) is
 * the {@link DossierImportPort}'s.
 */
public final class ImportDossiersService implements ImportDossiersUseCase {
    /** The name the import's audit entries carry. */
    static final String USE_CASE = "ImportDossiersService.importDossiers";
    /** The actor has several jurisdiction units and named none for the import. */
    public static final String COUNCIL_REQUIRED = "import.council-required";
    private static final System.Logger LOG = System.getLogger(ImportDossiersService.class.getName());

    private final DossierImportPort imports;
    private final ImportHistoryPort history;
    private final WorkingCalendarPort calendar;
    private final ClockPort clock;
    private final AccessPolicy access;
    private final UnitCatalogPort units;

    public ImportDossiersService(DossierImportPort imports, ImportHistoryPort history, WorkingCalendarPort calendar,
                                 ClockPort clock, AccessPolicy access, UnitCatalogPort units) {
        this.access = access;
        this.units = units;
        this.imports = imports;
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public ImportResult importDossiers(ImportDossiersCommand command, ImportProgress progress, Cancellation cancellation) {
        Actor actor = access.requireAnyRole("nhập dữ liệu hồ sơ", "import dossier records", Role.COUNCIL_STAFF,
                Role.ADMIN);
        String council = councilOf(actor, command.council());
        Instant startedAt = clock.now();
        // The import's own moment bounds every date of the file, and open dossiers are judged on it.
        LocalDateTime now = LocalDateTime.ofInstant(startedAt, ClockPort.VIETNAM);
        ImportProgress shown = progress == null ? ImportProgress.NONE : progress;
        Cancellation stop = cancellation == null ? new Cancellation() : cancellation;
        // The calendar stays as read until the import ends: an edit meanwhile would not reach its dossiers (decision 015).
        try (WorkingCalendarPort.HeldCalendar held = calendar.holdForImport()) {
            WorkingCalendar workingCalendar = held.calendar();
            ImportRequest request = new ImportRequest(command.exportKey(), command.fileName(), command.format(),
                    command.source(), workingCalendar, now, actor.system() ? ImportRequest.SYSTEM : actor.displayName(),
                    council);
            Attempt attempt = new Attempt(request, startedAt);
            // In the history before anything else happens, committed on its own: a crash leaves this line behind.
            try (ImportHistoryPort.RunningAttempt running = history.start(
                    attempt.entry(AttemptStatus.STARTED, null, 0, 0, 0))) {
                attempt.running = running;
                ImportResult result = run(request, attempt, shown, stop);
                shown.update(ImportPhase.FINISHED, 0, 0);
                return result;
            }
        }
    }

    /**
     * The council the export belongs to: the one the command names, which must be one of the actor's jurisdiction
     * units, or the actor's only one. The system imports for a named council or, naming none, over the whole
     * catalogue (tools and benchmarks).
     */
    private static String councilOf(Actor actor, UnitCode requested) {
        if (requested != null) {
            if (!actor.system() && !actor.jurisdictions().contains(requested)) {
                throw new AccessDeniedException("nhập dữ liệu hồ sơ cho địa bàn " + requested.value()
                        + " (ngoài địa bàn của mình)", "import dossier records for " + requested.value()
                        + " (outside your jurisdiction)");
            }
            return requested.value();
        }
        if (actor.system()) {
            return null;
        }
        if (actor.jurisdictions().size() != 1) {
            throw new DomainRuleViolation(Reason.of(COUNCIL_REQUIRED,
                    "Chọn địa bàn (hội đồng) mà lần xuất dữ liệu này thuộc về.",
                    "Choose the council (jurisdiction) this export belongs to."));
        }
        return actor.jurisdictions().iterator().next().value();
    }

    /** What the history needs to know of an attempt, filled in as it goes. */
    private static final class Attempt {
        final ImportRequest request;
        final Instant startedAt;
        ImportHistoryPort.RunningAttempt running;
        String checksum;
        long rowsRead;
        String failure;

        Attempt(ImportRequest request, Instant startedAt) {
            this.request = request;
            this.startedAt = startedAt;
        }

        AttemptEntry entry(AttemptStatus status, Long importId, long rows, long rejected, long replaced) {
            return new AttemptEntry(request.exportKey(), fileName(request), checksum, importId, status, rows, rejected,
                    replaced, startedAt, request.importedBy(), request.council(), failure);
        }
    }

    private ImportResult run(ImportRequest request, Attempt attempt, ImportProgress progress,
                             Cancellation cancellation) {
        ImportResult result;
        try {
            // A cheap first pass for the checksum: the same file again is answered without staging a row.
            attempt.checksum = checksum(request.source());
            Optional<ImportRecord> same = history.importWithChecksum(request.council(), attempt.checksum);
            if (same.isPresent()) {
                result = new ImportResult.Unchanged(same.get().importId(), same.get().exportKey(), attempt.checksum);
            } else {
                result = stageAndMerge(request, attempt, progress, cancellation);
            }
        } catch (RuntimeException e) {
            // Rolled back; the history says it was tried, and why it failed.
            attempt.failure = reason(e);
            record(attempt, attempt.entry(AttemptStatus.FAILED, null, attempt.rowsRead, 0, 0));
            throw e;
        }
        switch (result) {
            case ImportResult.Imported imported -> { }   // its history line was written in the import's transaction
            case ImportResult.Unchanged unchanged ->
                    record(attempt, attempt.entry(AttemptStatus.UNCHANGED, unchanged.importId(), 0, 0, 0));
            case ImportResult.Rejected rejected ->
                    record(attempt, attempt.entry(AttemptStatus.REJECTED, null, attempt.rowsRead, rejected.report().total(), 0));
            case ImportResult.Cancelled cancelled -> {
                attempt.checksum = null;   // the file was not read to the end by the import
                record(attempt, attempt.entry(AttemptStatus.CANCELLED, null, cancelled.rowsRead(), 0, 0));
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
            Optional<ImportRecord> previous = history.currentImport(request.council(), request.exportKey());
            long replaced = previous.map(ImportRecord::rows).orElse(0L);
            staged.merge(previous.map(ImportRecord::importId).orElse(null), attempt.running.id(),
                    attempt.entry(AttemptStatus.IMPORTED, staged.importId(), staged.rowsRead(), 0, replaced));
            if (cancellation.isCancelled()) {
                return new ImportResult.Cancelled(staged.rowsRead());
            }
            staged.commit();
            return new ImportResult.Imported(staged.importId(), request.exportKey(), staged.rowsRead(), attempt.checksum,
                    replaced);
        }
    }

    /** Completes the history line of an attempt that changed nothing, after the rollback; it must not hide the outcome. */
    private static void record(Attempt attempt, AttemptEntry entry) {
        try {
            attempt.running.finish(entry);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot record the import attempt in the history", e);
        }
    }

    /** What the history says of a failure: the innermost cause, which names what went wrong. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
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
    public List<ImportCouncil> councils() {
        Actor actor = access.requireAnyRole("nhập dữ liệu hồ sơ", "import dossier records", Role.COUNCIL_STAFF,
                Role.ADMIN);
        LocalDate today = LocalDateTime.ofInstant(clock.now(), ClockPort.VIETNAM).toLocalDate();
        return actor.jurisdictions().stream()
                .sorted(Comparator.comparing(UnitCode::value))
                .map(code -> new ImportCouncil(code, units.findByCodeOn(code, today)
                        .or(() -> lastHolder(code)).map(AdministrativeUnit::name).orElse(code.value())))
                .toList();
    }

    /** A jurisdiction unit dissolved since (a district after the 2025 reform) is still named by its last name. */
    private Optional<AdministrativeUnit> lastHolder(UnitCode code) {
        return units.all().stream().filter(u -> u.code().equals(code))
                .max(Comparator.comparing(u -> u.validity().validFrom()));
    }

    @Override
    public List<ImportRecord> imports() {
        return history.imports(readScope());
    }

    /** The history an actor may read: the imports of councils in its jurisdiction (all of them for the system). */
    private ImportScope readScope() {
        Actor actor = access.requireAnyRole("xem các lần nhập dữ liệu", "see the imports", Role.COUNCIL_STAFF,
                Role.ADMIN);
        return actor.system() ? ImportScope.EVERYTHING : ImportScope.of(actor.jurisdictions());
    }

    @Override
    public List<ImportAttempt> history(int offset, int limit) {
        ImportScope scope = readScope();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return history.attempts(scope, offset, limit);
    }

    @Override
    public long historySize() {
        return history.attemptCount(readScope());
    }
}
