package vn.giamsat.application.reminder.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Something that calls for a reminder today, as the database finds it.
 *
 * @param key      what makes this reminder one and the same however often it is found: e.g. the recommendation
 *                 and its due date; with the kind and the recipient it is the outbox's unique key
 * @param unit     the unit that must act (its officers are reminded), empty when the item names none
 * @param accounts usernames reminded by name (e.g. the delegation head of the round)
 * @param staff    whether the council office of {@code council} is reminded too
 */
public record DueItem(ReminderKind kind, String key, RoundId round, String resolutionNumber, String subject,
                      UnitId council, Optional<UnitId> unit, String text, Optional<LocalDate> dueDate,
                      Set<String> accounts, boolean staff) {
    public DueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(council, "council");
        unit = unit == null ? Optional.empty() : unit;
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        accounts = Set.copyOf(accounts);
        text = text == null ? "" : text;
    }
}
