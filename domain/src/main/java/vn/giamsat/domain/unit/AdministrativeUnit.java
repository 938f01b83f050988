package vn.giamsat.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;

/**
 * An administrative unit (đơn vị hành chính) as it existed over its validity. When units merge, the old
 * unit is ended and keeps links to its successors; its figures stay attached to it and are never rewritten
 * to new borders.
 */
public final class AdministrativeUnit {
    private final UnitId id;
    private final UnitCode code;
    private String name;
    private final UnitKind kind;
    private final UnitId parent;
    private Validity validity;
    private final List<UnitId> successors;
    private final long version;
    /** The act that ended the unit (văn bản quyết định), e.g. "1659/NQ-UBTVQH15"; null while current or unknown. */
    private String endedBy;

    private AdministrativeUnit(UnitId id, UnitCode code, String name, UnitKind kind, UnitId parent,
                               Validity validity, List<UnitId> successors, long version, String endedBy) {
        this.id = Require.present(id, "mã định danh", "id");
        this.code = Require.present(code, UnitReasons.CODE);
        this.name = Require.text(name, 200, UnitReasons.NAME);
        this.kind = Require.present(kind, UnitReasons.KIND);
        this.validity = Require.present(validity, UnitReasons.VALIDITY);
        this.parent = parent;
        this.successors = new ArrayList<>(successors);
        this.version = version;
        this.endedBy = decision(endedBy);
        if (code.tier() != kind.tier()) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.CODE_TIER,
                    "Mã " + code + " là mã " + code.tier().vietnamese() + " nhưng loại đơn vị là " + kind.vietnamese() + ".",
                    "Code " + code + " is a " + code.tier().english() + " code but the kind is " + kind.english() + "."));
        }
        if (kind.tier() != UnitTier.PROVINCE && parent == null) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.PARENT_REQUIRED,
                    "Đơn vị " + name + " cần có đơn vị cấp trên.", "Unit " + name + " needs a parent unit."));
        }
    }

    public static AdministrativeUnit register(UnitCode code, String name, UnitKind kind, UnitId parent, Validity validity) {
        return new AdministrativeUnit(UnitId.random(), code, name, kind, parent, validity, List.of(), 0, null);
    }

    /** Rebuilds a unit from storage, with the version it was stored with. */
    public static AdministrativeUnit restore(UnitId id, UnitCode code, String name, UnitKind kind, UnitId parent,
                                             Validity validity, List<UnitId> successors, long version) {
        return restore(id, code, name, kind, parent, validity, successors, version, null);
    }

    /** Rebuilds a unit from storage, with the act that ended it. */
    public static AdministrativeUnit restore(UnitId id, UnitCode code, String name, UnitKind kind, UnitId parent,
                                             Validity validity, List<UnitId> successors, long version, String endedBy) {
        return new AdministrativeUnit(id, code, name, kind, parent, validity, successors, version, endedBy);
    }

    /**
     * Ends this unit on {@code day} (it no longer exists from that day) and records where it went
     * (sáp nhập): one successor for a merger, several for a split.
     */
    public void mergeInto(LocalDate day, List<UnitId> into) {
        mergeInto(day, into, null);
    }

    /** As {@link #mergeInto(LocalDate, List)}, naming the act that decided it ("1659/NQ-UBTVQH15"). */
    public void mergeInto(LocalDate day, List<UnitId> into, String decision) {
        Require.notEmpty(into, UnitReasons.SUCCESSOR_UNIT);
        requireNotEnded();
        if (into.contains(id)) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.SELF_SUCCESSOR,
                    "Đơn vị không thể kế thừa chính nó.", "A unit cannot succeed itself."));
        }
        String act = decision(decision); // checked before anything changes
        this.validity = validity.endingOn(day);
        this.successors.addAll(into);
        this.endedBy = act;
    }

    /**
     * Corrects the unit's name (a spelling fix, or a renaming that keeps the unit). A unit that has ended keeps the
     * name it ended with: its history is not rewritten.
     */
    public void rename(String newName) {
        requireNotEnded();
        this.name = Require.text(newName, 200, UnitReasons.NAME);
    }

    /** Ends this unit with no successor: e.g. a district on 1 July 2025, when the district tier was abolished. */
    public void dissolve(LocalDate day) {
        dissolve(day, null);
    }

    /** As {@link #dissolve(LocalDate)}, naming the act that decided it. */
    public void dissolve(LocalDate day, String decision) {
        requireNotEnded();
        String act = decision(decision); // checked before anything changes
        this.validity = validity.endingOn(day);
        this.endedBy = act;
    }

    private static String decision(String decision) {
        return decision == null || decision.isBlank() ? null : Require.text(decision, 100, UnitReasons.DECISION);
    }

    private void requireNotEnded() {
        if (validity.validTo() != null) {
            throw new DomainRuleViolation(Reason.of(UnitReasons.ALREADY_ENDED,
                    "Đơn vị " + name + " đã hết hiệu lực từ " + validity.validTo() + ".",
                    "Unit " + name + " already ended on " + validity.validTo() + "."));
        }
    }

    public boolean isCurrentOn(LocalDate day) {
        return validity.isCurrentOn(day);
    }

    /** "Xã Tam Đàn" */
    public String displayName() {
        return kind.vietnamese() + " " + name;
    }

    /** The name official texts use: "Thành phố Đà Nẵng", "Xã Tam Đàn" ({@link UnitKind#officialPrefix()}). */
    public String officialName() {
        return kind.officialPrefix() + " " + name;
    }

    public UnitId id() { return id; }
    public UnitCode code() { return code; }
    public String name() { return name; }
    public UnitKind kind() { return kind; }
    public Optional<UnitId> parent() { return Optional.ofNullable(parent); }
    public Validity validity() { return validity; }
    public List<UnitId> successors() { return List.copyOf(successors); }
    public long version() { return version; }
    public Optional<String> endedBy() { return Optional.ofNullable(endedBy); }
}
