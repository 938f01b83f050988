package vn.giamsat.domain.round;

import java.util.Objects;
import java.util.UUID;

public record RoundId(UUID value) {
    public RoundId {
        Objects.requireNonNull(value, "round id");
    }

    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    public static RoundId of(String uuid) {
        return new RoundId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
