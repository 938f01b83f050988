package vn.giamsat.application.reminder.model;

import java.util.Objects;

/** A reminder to one recipient, rendered, before it enters the outbox. */
public record NewNotice(ReminderKind kind, String key, String username, String email, String subject, String body) {
    public NewNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
