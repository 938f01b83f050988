package vn.giamsat.domain.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * A recommendation (kiến nghị) of the delegation to a named addressee, with a due date and its follow-up.
 */
public final class Recommendation {
    private final UUID id;
    private final UnitId unit;
    private String addressee;
    private String text;
    private LocalDate dueDate;
    private FollowUpStatus status;
    private final List<FollowUp> history;
    private Adoption adoption = Adoption.PROPOSED;

    private Recommendation(UUID id, UnitId unit, String addressee, String text, LocalDate dueDate,
                           FollowUpStatus status, List<FollowUp> history) {
        this.id = Require.present(id, "mã kiến nghị", "recommendation id");
        this.unit = unit;
        this.addressee = Require.text(addressee, 300, RoundReasons.ADDRESSEE);
        this.text = Require.text(text, 4000, "nội dung kiến nghị", "recommendation text");
        this.dueDate = dueDate;
        this.status = Require.present(status, "trạng thái", "status");
        this.history = new ArrayList<>(history);
    }

    public static Recommendation create(UnitId unit, String addressee, String text, LocalDate dueDate) {
        return new Recommendation(UUID.randomUUID(), unit, addressee, text, dueDate, FollowUpStatus.NOT_STARTED, List.of());
    }

    public static Recommendation restore(UUID id, UnitId unit, String addressee, String text, LocalDate dueDate,
                                         FollowUpStatus status, List<FollowUp> history) {
        return new Recommendation(id, unit, addressee, text, dueDate, status, history);
    }

    /** As {@link #restore(UUID, UnitId, String, String, LocalDate, FollowUpStatus, List)}, with the council's answer. */
    public static Recommendation restore(UUID id, UnitId unit, String addressee, String text, LocalDate dueDate,
                                         FollowUpStatus status, List<FollowUp> history, Adoption adoption) {
        Recommendation r = new Recommendation(id, unit, addressee, text, dueDate, status, history);
        r.adoption = Require.present(adoption, "tiếp thu", "adoption");
        return r;
    }

    public Decision checkFollowUp(FollowUpStatus to) {
        if (!adoption.isFollowedUp()) { // decision 040: one the council turned down takes no follow-up at all
            return Decision.refused(Reason.of("recommendation.not-adopted",
                    "Kiến nghị này không được Hội đồng nhân dân tiếp thu nên không theo dõi thực hiện.",
                    "The council did not adopt this recommendation: it is not followed up."));
        }
        if (!status.next().contains(to)) {
            return Decision.refused(Reason.of("recommendation.transition",
                    "Không thể chuyển kiến nghị từ \"" + status.vietnamese() + "\" sang \"" + to.vietnamese() + "\".",
                    "A recommendation cannot go from " + status.english() + " to " + to.english() + "."));
        }
        return Decision.allowed();
    }

    void recordFollowUp(FollowUp step) {
        checkFollowUp(step.status()).orThrow();
        if (!history.isEmpty() && step.date().isBefore(history.getLast().date())) {
            throw new DomainRuleViolation(Reason.of(RoundReasons.FOLLOW_UP_BEFORE_PREVIOUS,
                    "Ngày cập nhật " + step.date() + " trước lần cập nhật trước (" + history.getLast().date() + ").",
                    "Follow-up date " + step.date() + " is before the previous one (" + history.getLast().date() + ")."));
        }
        history.add(step);
        status = step.status();
    }

    void revise(String addressee, String text, LocalDate dueDate) {
        this.addressee = Require.text(addressee, 300, RoundReasons.ADDRESSEE);
        this.text = Require.text(text, 4000, "nội dung kiến nghị", "recommendation text");
        this.dueDate = dueDate;
    }

    void answer(Adoption adoption) {
        this.adoption = adoption;
    }

    /** Past its due date and not yet done (quá hạn); one the council turned down is never overdue. */
    public boolean isOverdueOn(LocalDate today) {
        return adoption.isFollowedUp() && dueDate != null && today.isAfter(dueDate) && !status.isSettled();
    }

    public UUID id() { return id; }
    public Optional<UnitId> unit() { return Optional.ofNullable(unit); }
    public String addressee() { return addressee; }
    public String text() { return text; }
    public Optional<LocalDate> dueDate() { return Optional.ofNullable(dueDate); }
    public FollowUpStatus status() { return status; }
    public List<FollowUp> history() { return List.copyOf(history); }
    public Adoption adoption() { return adoption; }
}
