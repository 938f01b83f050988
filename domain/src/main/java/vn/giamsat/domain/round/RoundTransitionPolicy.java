package vn.giamsat.domain.round;

import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.Reason;

/**
 * Whether a round may move to a status now, and if not, why. The UI asks it to enable buttons; the
 * round asks it again before every move.
 */
public final class RoundTransitionPolicy {
    private RoundTransitionPolicy() {}

    public static Decision check(SupervisionRound round, RoundStatus to) {
        RoundStatus from = round.status();
        if (!from.next().contains(to)) {
            return Decision.refused(Reason.of("round.transition",
                    "Không thể chuyển cuộc giám sát từ \"" + from.vietnamese() + "\" sang \"" + to.vietnamese() + "\".",
                    "A round cannot go from " + from.english() + " to " + to.english() + "."));
        }
        return switch (to) {
            case PLANNED -> Decision.firstRefusal(hasScope(round), hasHead(round));
            case IN_PROGRESS -> from == RoundStatus.PLANNED ? hasVisits(round) : Decision.allowed();
            case REPORTED -> hasFindings(round);
            case PUBLISHED -> isApproved(round);
            case CLOSED -> allRecommendationsVerified(round);
            case DRAFT -> Decision.allowed();
        };
    }

    private static Decision hasScope(SupervisionRound round) {
        return round.scope().isEmpty()
                ? Decision.refused(Reason.of("round.no-scope", "Chưa chọn đơn vị chịu sự giám sát.",
                        "No supervised unit has been chosen."))
                : Decision.allowed();
    }

    private static Decision hasHead(SupervisionRound round) {
        return round.head().isEmpty()
                ? Decision.refused(Reason.of("round.no-head", "Đoàn giám sát chưa có Trưởng đoàn.",
                        "The delegation has no head."))
                : Decision.allowed();
    }

    private static Decision hasVisits(SupervisionRound round) {
        return round.visits().isEmpty()
                ? Decision.refused(Reason.of("round.no-visits", "Chưa có lịch làm việc với đơn vị nào.",
                        "No visit to a unit has been scheduled."))
                : Decision.allowed();
    }

    private static Decision hasFindings(SupervisionRound round) {
        return round.findings().isEmpty()
                ? Decision.refused(Reason.of("round.no-findings", "Chưa có nhận xét, đánh giá nào để báo cáo.",
                        "There is no finding to report."))
                : Decision.allowed();
    }

    private static Decision isApproved(SupervisionRound round) {
        return round.approval().isEmpty()
                ? Decision.refused(Reason.of("round.not-approved",
                        "Báo cáo chưa được Trưởng đoàn phê duyệt, chưa thể công khai.",
                        "The head of the delegation has not approved the report: it cannot be published."))
                : Decision.allowed();
    }

    private static Decision allRecommendationsVerified(SupervisionRound round) {
        long open = round.recommendations().stream() // one the council turned down is not followed up
                .filter(r -> r.adoption().isFollowedUp() && r.status() != FollowUpStatus.VERIFIED).count();
        return open > 0
                ? Decision.refused(Reason.of("round.open-recommendations",
                        "Còn " + open + " kiến nghị chưa được kiểm tra, xác nhận kết quả thực hiện.",
                        open + " recommendation(s) are not verified yet."))
                : Decision.allowed();
    }
}
