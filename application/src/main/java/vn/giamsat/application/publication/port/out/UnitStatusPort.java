package vn.giamsat.application.publication.port.out;

import java.util.List;
import java.util.Optional;

/**
 * A unit's present status (hiện trạng: còn tồn tại, đã sáp nhập hay giải thể, và đơn vị kế thừa), read when a page is
 * shown. A published snapshot keeps the figures and the unit as it was in the period for ever; whether the unit has
 * since been merged is a fact of today, so it is never taken from the snapshot.
 */
@FunctionalInterface
public interface UnitStatusPort {

    /** Empty when the unit is not in the catalogue: the snapshot's own record is then all there is. */
    Optional<UnitStatus> statusOf(String unitId);

    /** The province (tỉnh, thành phố) the unit belonged to, with its kind ("Tỉnh Quảng Nam"); empty when unknown. */
    default Optional<String> provinceOf(String unitId) {
        return Optional.empty();
    }

    /**
     * @param former         the unit no longer exists (merged or dissolved)
     * @param successorNames the units it became part of, with their kind ("Xã Chiên Đàn"); empty for a dissolved one
     */
    record UnitStatus(boolean former, List<String> successorNames) {
        public UnitStatus {
            successorNames = List.copyOf(successorNames);
        }
    }
}
