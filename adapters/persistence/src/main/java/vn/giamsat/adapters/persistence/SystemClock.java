package vn.giamsat.adapters.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import vn.giamsat.application.common.ClockPort;

/**
 * The system clock, cut to microseconds: PostgreSQL's timestamptz keeps microseconds, so an instant read
 * back equals the one written (published versions and approvals compare equal after a reload).
 */
@Component
public class SystemClock implements ClockPort {
    private final Clock clock = Clock.systemUTC();

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
