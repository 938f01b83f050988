package vn.giamsat.domain.unit;

import java.time.LocalDate;
import java.util.Optional;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * When a unit existed: from a day, until the day before its end (exclusive), or open-ended while it exists.
 * A unit merged on 1 July 2025 has {@code validTo = 2025-07-01}.
 */
public record Validity(LocalDate validFrom, LocalDate validTo) {
    public Validity {
        Require.present(validFrom, UnitReasons.VALID_FROM);
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.VALIDITY_REVERSED,
                    "Ngày hết hiệu lực (" + validTo + ") phải sau ngày bắt đầu hiệu lực (" + validFrom + ").",
                    "Valid-to (" + validTo + ") must be after valid-from (" + validFrom + ")."));
        }
    }

    public static Validity since(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    /** Whether the unit existed on at least one day of the period (it may have begun or ended within it). */
    public boolean overlaps(Period period) {
        return !validFrom.isAfter(period.to()) && (validTo == null || validTo.isAfter(period.from()));
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(validTo);
    }

    Validity endingOn(LocalDate end) {
        return new Validity(validFrom, end);
    }
}
