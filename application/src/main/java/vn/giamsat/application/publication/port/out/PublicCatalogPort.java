package vn.giamsat.application.publication.port.out;

import java.util.List;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.unit.UnitKind;

/** The public procedure catalogue and the lists units publish: data any citizen may read. */
public interface PublicCatalogPort {

    List<Procedure> procedures();

    /** Every unit's published list, unit by unit in the order each unit publishes it. */
    List<ListedProcedure> publishedLists();

    /** One line of a unit's published list, with the unit named so that no second lookup is needed. */
    record ListedProcedure(String unitId, String unitCode, String unitName, UnitKind unitKind, String procedureCode) {}
}
