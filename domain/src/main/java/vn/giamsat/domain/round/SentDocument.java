package vn.giamsat.domain.round;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * A document of the round as sent (văn bản đã gửi): which, to which unit (a notice only), its number and the day it
 * was sent. The day is what the legal lead times are checked against.
 *
 * @param number e.g. "12/KH-HĐND"; free text, as councils number plans and notices in different ways
 */
public record SentDocument(UUID id, RoundDocumentKind kind, UnitId unit, String number, LocalDate sentOn) {
    public SentDocument {
        Require.present(id, "mã văn bản", "document id");
        Require.present(kind, "loại văn bản", "kind of document");
        if (kind.isForOneUnit() != (unit != null)) {
            throw new DomainRuleViolation(kind.isForOneUnit()
                    ? Reason.of("round-document.unit-required", "Thông báo phải gửi tới một đơn vị chịu sự giám sát.",
                            "A notice is sent to one supervised unit.")
                    : Reason.of("round-document.no-unit", kind.vietnamese() + " gửi chung cho cuộc giám sát, không cho một đơn vị.",
                            "The " + kind.english().toLowerCase() + " is sent for the whole round, not to one unit."));
        }
        number = Require.text(number, 60, "số, ký hiệu văn bản", "document number");
        Require.present(sentOn, "ngày gửi", "date sent");
    }

    public static SentDocument of(RoundDocumentKind kind, UnitId unit, String number, LocalDate sentOn) {
        return new SentDocument(UUID.randomUUID(), kind, unit, number, sentOn);
    }

    public Optional<UnitId> toUnit() {
        return Optional.ofNullable(unit);
    }
}
