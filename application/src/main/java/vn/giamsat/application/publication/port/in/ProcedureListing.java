package vn.giamsat.application.publication.port.in;

import java.util.List;
import vn.giamsat.domain.procedure.Procedure;

/**
 * The procedures that match a search, and what the filters may offer.
 *
 * @param fields every field of the catalogue, for the field filter
 * @param units  every unit that publishes a list, for the unit filter
 */
public record ProcedureListing(List<PublicProcedure> matches, List<String> fields, List<UnitRef> units) {
    public ProcedureListing {
        matches = List.copyOf(matches);
        fields = List.copyOf(fields);
        units = List.copyOf(units);
    }

    /** A procedure with the units that publish it in their lists. */
    public record PublicProcedure(Procedure procedure, List<UnitRef> handledBy) {
        public PublicProcedure {
            handledBy = List.copyOf(handledBy);
        }
    }
}
