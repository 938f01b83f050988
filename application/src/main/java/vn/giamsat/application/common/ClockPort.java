package vn.giamsat.application.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time, so that use cases and their tests agree on "now" and "today" (in Vietnam's time zone). */
public interface ClockPort {
    ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    Instant now();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), VIETNAM);
    }
}
