package vn.giamsat.domain.dossier;

import java.util.Objects;
import vn.giamsat.domain.common.Reason;

/** What is wrong with one field of a dossier record; {@code field} is null when the record as a whole is wrong. */
public record DossierProblem(DossierField field, Reason reason) {
    public DossierProblem {
        Objects.requireNonNull(reason, "reason");
    }
}
