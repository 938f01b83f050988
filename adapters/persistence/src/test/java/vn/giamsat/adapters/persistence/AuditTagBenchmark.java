package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Not a test (the name keeps it out of {@code mvn verify}): what telling the database who acts ({@link AuditTags},
 * one {@code set_config} round trip when {@link SpringTransactions} opens a transaction) costs a command that reads
 * and is then refused (loads the seed's round, then throws, so the transaction rolls back): the most that sending
 * the tags later, or only before a write, could save. {@link SpringTransactions} against the same transaction
 * without the tags, in alternating blocks, so that a busy machine slows both alike. Run with {@code ./mvnw -B -ntp -q -pl adapters/persistence -am verify
 * -Dtest=AuditTagBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; prints medians in microseconds.
 */
class AuditTagBenchmark {
    static final int WARM_UP = 300;
    static final int BLOCKS = 10;
    static final int PER_BLOCK = 200;

    private final Adapters adapters = Adapters.onTestDatabase();
    private final DataSourceTransactionManager tm = new DataSourceTransactionManager(TestDatabase.appDataSource());
    private final SpringTransactions tagged = new SpringTransactions(tm, () -> AuditLogTest.STAFF);
    private final TransactionTemplate plain = new TransactionTemplate(tm);

    @Test
    void measure() {
        TestDatabase.truncateAll();
        SupervisionRound round = new Fixtures(adapters).storeUnits().reportedRound();
        adapters.rounds().save(round);
        RoundId stored = round.id();
        List<Long> withTags = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            refused(stored, true);
            refused(stored, false);
        }
        for (int b = 0; b < BLOCKS; b++) {
            for (int i = 0; i < PER_BLOCK; i++) {
                withTags.add(refused(stored, true));
            }
            for (int i = 0; i < PER_BLOCK; i++) {
                without.add(refused(stored, false));
            }
        }
        long a = median(withTags);
        long n = median(without);
        System.out.println(String.format(Locale.ROOT, "AUDIT-TAG refused command (load a round, roll back): median %d us"
                + " with the tags, %d us without, %d us for the tags; %d each", a, n, a - n, withTags.size()));
        assertThat(without).hasSize(BLOCKS * PER_BLOCK);
    }

    /** One refused command in its own transaction; nanoseconds / 1000. */
    private long refused(RoundId id, boolean tags) {
        long t0 = System.nanoTime();
        try {
            if (tags) {
                tagged.run("RoundLifecycleService.approve", () -> loadThenRefuse(id));
            } else {
                plain.executeWithoutResult(s -> loadThenRefuse(id));
            }
        } catch (Refused expected) {
            // the command's answer
        }
        return (System.nanoTime() - t0) / 1000;
    }

    private void loadThenRefuse(RoundId id) {
        adapters.rounds().load(id).orElseThrow();
        throw new Refused();
    }

    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
