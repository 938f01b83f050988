package vn.giamsat.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.audit.model.LoginFailure;

/** The throttle's arithmetic on a clock the test moves: per address, in all, per minute, and the summary. */
class LoginFailureThrottleTest {
    private final List<LoginFailure> written = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-07T01:02:03Z");
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    private static LoginFailure from(String address) {
        return new LoginFailure(null, "authorization_request_not_found", null, address);
    }

    @Test
    void each_address_gets_its_rows_then_the_rest_is_counted_and_summed_up_when_the_minute_is_over() {
        try (LoginFailureThrottle throttle = new LoginFailureThrottle(written::add, clock, 3, 10)) {
            for (int i = 0; i < 100; i++) {
                throttle.record(from("203.113.131.5"));
            }
            throttle.record(from("198.51.100.7"));
            assertThat(written).hasSize(4);

            now = Instant.parse("2026-12-07T01:03:00Z"); // the next minute: the first failure in it writes the summary
            throttle.record(from("198.51.100.7"));
            assertThat(written).hasSize(6);
            LoginFailure summary = written.get(4);
            assertThat(summary.errorCode()).isEqualTo(LoginFailureThrottle.SUMMARY_CODE);
            assertThat(summary.description()).isEqualTo(
                    "97 more failed sign-ins (not written one by one) 01:02–01:03 UTC from 1 address(es): 203.113.131.5 ×97");
            assertThat(summary.remoteAddress()).isEqualTo("203.113.131.5");
            assertThat(written.get(5).errorCode()).isEqualTo("authorization_request_not_found");
        }
    }

    @Test
    void many_addresses_together_get_no_more_than_the_total_and_one_summary_names_the_busiest() {
        try (LoginFailureThrottle throttle = new LoginFailureThrottle(written::add, clock, 5, 20)) {
            for (int i = 0; i < 1000; i++) {
                throttle.record(from("10.0." + (i % 250) / 10 + "." + i % 10));
            }
            assertThat(written).hasSize(20);
            throttle.summarizeNow();
            assertThat(written).hasSize(21);
            LoginFailure summary = written.getLast();
            assertThat(summary.description()).startsWith("980 more failed sign-ins").contains("from 250 address(es)");
            assertThat(summary.remoteAddress()).isNull();
        }
    }

    @Test
    void nothing_counted_writes_no_summary_and_nonsense_limits_are_refused() {
        try (LoginFailureThrottle throttle = new LoginFailureThrottle(written::add, clock, 5, 50)) {
            throttle.record(from("127.0.0.1"));
            throttle.summarizeNow();
            assertThat(written).hasSize(1);
        }
        assertThatThrownBy(() -> new LoginFailureThrottle(written::add, clock, 0, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginFailureThrottle(written::add, clock, 10, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
