package vn.giamsat.application.audit.model;

import java.util.Objects;

/** The order of a page of the audit log; ties are broken by the entry's number, newest first. */
public record AuditSort(Column column, boolean ascending) {
    public enum Column { AT, ACTOR, TABLE, ACTION, OPERATION }

    public static final AuditSort NEWEST_FIRST = new AuditSort(Column.AT, false);

    public AuditSort {
        Objects.requireNonNull(column, "column");
    }
}
