package vn.giamsat.domain.unit;

import java.util.Objects;
import java.util.UUID;

/** Identity of one administrative unit as it existed over its validity: not its code, which can be reused. */
public record UnitId(UUID value) {
    public UnitId {
        Objects.requireNonNull(value, "unit id");
    }

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    public static UnitId of(String uuid) {
        return new UnitId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
