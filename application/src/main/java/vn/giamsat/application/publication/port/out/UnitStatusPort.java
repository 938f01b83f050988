package vn.giamsat.application.publication.port.out;

import java.util.List;
import java.util.Optional;

/**
 * A unit's present status (hiện trạng: còn tồn tại, đã sáp nhập hay giải thể, và đơn vị kế thừa), read when a page is
 * shown. A published snapshot keeps the figures and the unit as it was in the period for ever; whether the unit has
 * since been merged is a fact of today, so it is never taken from the snapshot.
 */
/** Both questions are asked of the same catalogue: an adapter answers both (no default that a lambda would keep). */
public interface UnitStatusPort {

    /** Empty when the unit is not in the catalogue: the snapshot's own record is then all there is. */
    Optional<UnitStatus> statusOf(String unitId);

    /** The province (tỉnh, thành phố) the unit belonged to, with its kind ("Tỉnh Quảng Nam"); empty when unknown. */
    Optional<String> provinceOf(String unitId);

    /** A catalogue that knows no unit: pages show each snapshot's own record, ungrouped (web and backup tests). */
    static UnitStatusPort none() {
        return new UnitStatusPort() {
            @Override
            public Optional<UnitStatus> statusOf(String unitId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> provinceOf(String unitId) {
                return Optional.empty();
            }
        };
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
