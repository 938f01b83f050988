package vn.giamsat.application.audit.model;

import java.util.Objects;

/** One column of an audited row: its value before and after (null: no value, or no row). */
public record FieldChange(String name, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(name, "name");
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }
}
