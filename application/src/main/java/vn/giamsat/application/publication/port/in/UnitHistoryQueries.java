package vn.giamsat.application.publication.port.in;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.unit.UnitKind;

/**
 * The unit catalogue as open data (issue 18 item 4, "units with their history"): every administrative unit the
 * system knows, those that exist today and those merged or dissolved, with where each one went. The catalogue is
 * public information (the code lists of Decisions 124/2004/QĐ-TTg and 19/2025/QĐ-TTg and the resolutions that
 * reorganised units); nothing of a supervision round is in it.
 */
public interface UnitHistoryQueries {

    /** Every unit, by code, then by the day it began (a code reused after a merger names two units). */
    List<UnitHistoryEntry> everyUnit();

    /**
     * One unit and its history.
     *
     * @param parentCode     the code of the unit it belongs to (a commune's district or province); null for a province
     * @param validTo        the first day it no longer exists; null while it exists
     * @param successorCodes the codes of the units it was merged into, in the catalogue's order; empty for a unit
     *                       that exists or was dissolved
     * @param endedBy        the decision that ended it ("Nghị quyết 1656/NQ-UBTVQH15"), null when not recorded
     */
    record UnitHistoryEntry(String unitId, String code, String name, UnitKind kind, String parentId,
                            String parentCode, LocalDate validFrom, LocalDate validTo, List<String> successorIds,
                            List<String> successorCodes, String endedBy) {
        public UnitHistoryEntry {
            successorIds = List.copyOf(successorIds);
            successorCodes = List.copyOf(successorCodes);
            if (successorIds.size() != successorCodes.size()) {
                throw new IllegalArgumentException("each successor needs its id and its code");
            }
        }
    }
}
