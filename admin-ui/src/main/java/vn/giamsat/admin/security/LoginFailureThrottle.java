package vn.giamsat.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.giamsat.application.audit.model.LoginFailure;
import vn.giamsat.application.audit.port.in.RecordLoginFailureUseCase;

/**
 * Keeps failed sign-in callbacks from flooding the audit log (nhật ký hệ thống), issue 14.14. Anyone can send the
 * admin UI a forged callback, as fast as the network allows; each one used to be a row. Now, per minute (UTC),
 * at most {@code perSource} rows per source address and {@code total} rows overall are written one by one; every
 * further failure is counted, and when the minute is over one summary row says how many more came from which
 * addresses. So the log still shows that they happened and from where, and stays readable and small.
 * It stands before the use case (the auditor calls {@link #record}); the use case and the log do not change.
 * Not a {@link RecordLoginFailureUseCase} bean itself, so that the use case stays the only one of its type.
 */
public final class LoginFailureThrottle implements AutoCloseable {
    public static final String SUMMARY_CODE = "more_failures_counted";
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String UNKNOWN = "unknown";

    private final RecordLoginFailureUseCase log;
    private final Clock clock;
    private final int perSource;
    private final int total;
    private final ScheduledExecutorService timer;

    private Instant windowStart;
    private int writtenInWindow;
    private final Map<String, Integer> writtenBySource = new LinkedHashMap<>();
    private final Map<String, Integer> countedBySource = new LinkedHashMap<>();

    /**
     * @param perSource rows written one by one per source address and minute (at least 1)
     * @param total rows written one by one per minute from all sources together (at least perSource)
     */
    public LoginFailureThrottle(RecordLoginFailureUseCase log, Clock clock, int perSource, int total) {
        if (perSource < 1 || total < perSource) {
            throw new IllegalArgumentException("need 1 <= perSource <= total, got " + perSource + ", " + total);
        }
        this.log = log;
        this.clock = clock;
        this.perSource = perSource;
        this.total = total;
        // The summary of a minute is written when the minute is over, even if no failure follows.
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "login-failure-summary");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::summarizeIfMinuteOver, 10, 10, TimeUnit.SECONDS);
    }

    /** Writes the failure, or counts it when its source or everyone has had their rows this minute. */
    public synchronized void record(LoginFailure failure) {
        summarizeIfMinuteOver();
        if (windowStart == null) {
            windowStart = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        }
        String source = failure.remoteAddress() == null ? UNKNOWN : failure.remoteAddress();
        if (writtenBySource.getOrDefault(source, 0) < perSource && writtenInWindow < total) {
            writtenBySource.merge(source, 1, Integer::sum);
            writtenInWindow++;
            log.record(failure);
        } else {
            countedBySource.merge(source, 1, Integer::sum);
        }
    }

    /** Writes the summary of the current minute now (at shutdown, or in a test) and starts a new minute. */
    public synchronized void summarizeNow() {
        if (!countedBySource.isEmpty()) {
            log.record(summary(windowStart, clock.instant()));
        }
        windowStart = null;
        writtenInWindow = 0;
        writtenBySource.clear();
        countedBySource.clear();
    }

    synchronized void summarizeIfMinuteOver() {
        if (windowStart != null && !clock.instant().isBefore(windowStart.plus(WINDOW))) {
            summarizeNow();
        }
    }

    private LoginFailure summary(Instant from, Instant now) {
        int more = countedBySource.values().stream().mapToInt(Integer::intValue).sum();
        Instant to = now.isBefore(from.plus(WINDOW)) ? now : from.plus(WINDOW);
        String bySource = countedBySource.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(10).map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
        String description = more + " more failed sign-ins (not written one by one) " + HH_MM.format(from) + "–"
                + HH_MM.format(to) + " UTC from " + countedBySource.size() + " address(es): " + bySource;
        String single = countedBySource.size() == 1 ? countedBySource.keySet().iterator().next() : null;
        return new LoginFailure(null, SUMMARY_CODE, description, UNKNOWN.equals(single) ? null : single);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        summarizeNow();
    }
}
