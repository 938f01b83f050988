package vn.giamsat.application.reminder.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A reminder in the outbox (hộp thư đi): what was (or will be) sent to whom, and when the mail server accepted it.
 *
 * @param email    empty when the directory knows no address: the notice is then only in the in-app list
 * @param sentAt   when the SMTP server accepted the mail; empty while it waits (or has no address)
 * @param attempts failed attempts so far; {@code lastError} the last failure's message
 */
public record Notice(long id, ReminderKind kind, String key, String username, Optional<String> email, String subject,
                     String body, Instant createdAt, Optional<Instant> sentAt, int attempts, Optional<String> lastError) {}
