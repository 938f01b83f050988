package vn.giamsat.application.audit.model;

import java.util.List;
import java.util.Objects;

/** An entry with every column of its row before and after, in the table's column order. */
public record AuditDetail(AuditEntry entry, List<FieldChange> fields) {
    public AuditDetail {
        Objects.requireNonNull(entry, "entry");
        fields = List.copyOf(fields);
    }

    public List<FieldChange> changedFields() {
        return fields.stream().filter(FieldChange::changed).toList();
    }
}
