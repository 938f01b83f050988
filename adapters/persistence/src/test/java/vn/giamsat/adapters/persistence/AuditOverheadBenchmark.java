package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Not a test (the name keeps it out of {@code mvn verify}): what the audit costs a representative write. Saving the
 * seed's reported round (the round row updated, its 13 child rows deleted and inserted again, as every round save
 * does) in its own transaction, alternately with the audit (tagged transaction, triggers on) and without it (plain
 * transaction, triggers off), in blocks so that a busy machine slows both alike. Run with
 * {@code ./mvnw -B -ntp -q -pl adapters/persistence -am verify -Dtest=AuditOverheadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; prints medians in microseconds.
 */
class AuditOverheadBenchmark {
    static final int WARM_UP = 200;
    static final int BLOCKS = 10;
    static final int PER_BLOCK = 100;
    static final String[] TABLES = {"supervision_round", "round_scope", "delegation_member", "visit", "finding",
            "recommendation", "recommendation_follow_up"};

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcClient jdbc = adapters.jdbc();
    private final DataSourceTransactionManager tm = new DataSourceTransactionManager(TestDatabase.appDataSource());
    private final SpringTransactions audited = new SpringTransactions(tm, () -> AuditLogTest.STAFF);
    private final TransactionTemplate plain = new TransactionTemplate(tm);

    @Test
    void measure() {
        TestDatabase.truncateAll();
        Fixtures f = new Fixtures(adapters).storeUnits();
        SupervisionRound round = f.reportedRound();
        adapters.rounds().save(round);
        List<Long> withAudit = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_UP; i++) {
                saveOnce(round, true);
                saveOnce(round, false);
            }
            for (int b = 0; b < BLOCKS; b++) {
                for (int i = 0; i < PER_BLOCK; i++) {
                    withAudit.add(saveOnce(round, true));
                }
                for (int i = 0; i < PER_BLOCK; i++) {
                    without.add(saveOnce(round, false));
                }
            }
        } finally {
            triggers(true);
        }
        long a = median(withAudit);
        long n = median(without);
        String result = String.format(Locale.ROOT,
                "round save (1 round row + 13 child rows): median %d us with the audit, %d us without, +%d us (%.0f %%);"
                        + " %d saves each", a, n, a - n, 100.0 * (a - n) / n, withAudit.size());
        System.out.println("AUDIT-OVERHEAD " + result);
        assertThat(withAudit).hasSize(BLOCKS * PER_BLOCK);
    }

    /** One save of the whole round in its own transaction; nanoseconds / 1000. */
    private long saveOnce(SupervisionRound stored, boolean audit) {
        triggers(audit);
        SupervisionRound loaded = adapters.rounds().load(stored.id()).orElseThrow();
        long t0 = System.nanoTime();
        if (audit) {
            audited.run("RoundFindingsService.recordFollowUp", () -> adapters.rounds().save(loaded));
        } else {
            plain.executeWithoutResult(s -> adapters.rounds().save(loaded));
        }
        return (System.nanoTime() - t0) / 1000;
    }

    private Boolean enabled;

    private void triggers(boolean on) {
        if (enabled != null && enabled == on) {
            return;
        }
        for (String t : TABLES) {
            jdbc.sql("ALTER TABLE " + t + (on ? " ENABLE" : " DISABLE") + " TRIGGER audit").update();
        }
        enabled = on;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
