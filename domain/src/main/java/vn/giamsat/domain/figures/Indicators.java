package vn.giamsat.domain.figures;

import vn.giamsat.domain.common.Reason;

/**
 * Indicators of one set of handling figures. Each refuses to invent a number: when a part is not reported
 * the indicator says which, when a count is small it is flagged.
 *
 * <ul>
 *   <li>on-time rate = (early + on time) ÷ resolved</li>
 *   <li>late rate = late ÷ resolved (Circular 01/2020 definition; {@link #lateRateInclOverdue()} adds
 *       in-progress past deadline, as the national portal counts)</li>
 *   <li>online share = received online ÷ received; postal share = received by post ÷ received</li>
 * </ul>
 */
public record Indicators(HandlingFigures figures, int minimumCount) {

    /** Rates over fewer dossiers than this are flagged as small samples. */
    public static final int DEFAULT_MINIMUM_COUNT = 30;

    public Indicators {
        if (minimumCount < 1) {
            throw new IllegalArgumentException("minimumCount must be at least 1");
        }
    }

    public static Indicators of(HandlingFigures figures) {
        return new Indicators(figures, DEFAULT_MINIMUM_COUNT);
    }

    public Rate onTimeRate() {
        Count within = figures.withinDeadlineTotal();
        Count resolved = figures.resolvedTotal();
        if (within.isReported() && resolved.isReported()) {
            return ratio(within, resolved, "hồ sơ đã giải quyết", "resolved dossiers");
        }
        if (figures.reportedOnTimeRate() != null) {
            return new Rate.ReportedOnly(figures.reportedOnTimeRate().percent());
        }
        return new Rate.Unavailable(missing(within.isReported() ? "số đã giải quyết" : "số giải quyết trước hạn và đúng hạn",
                within.isReported() ? "resolved count" : "early and on-time counts"));
    }

    public Rate lateRate() {
        Count resolved = figures.resolvedTotal();
        if (figures.late().isReported() && resolved.isReported()) {
            return ratio(figures.late(), resolved, "hồ sơ đã giải quyết", "resolved dossiers");
        }
        return new Rate.Unavailable(missing(figures.late().isReported() ? "số đã giải quyết" : "số quá hạn",
                figures.late().isReported() ? "resolved count" : "late count"));
    }

    /** Late resolved plus in progress past deadline, over resolved plus in progress past deadline. */
    public Rate lateRateInclOverdue() {
        Count numerator = figures.late().plus(figures.inProgressOverdue());
        Count denominator = figures.resolvedTotal().plus(figures.inProgressOverdue());
        if (numerator.isReported() && denominator.isReported()) {
            return ratio(numerator, denominator, "hồ sơ", "dossiers");
        }
        return new Rate.Unavailable(missing("số quá hạn hoặc đang giải quyết quá hạn", "late or in-progress-overdue count"));
    }

    public Rate onlineShare() {
        return share(figures.receivedOnline(), "số tiếp nhận trực tuyến", "online count");
    }

    public Rate postalShare() {
        return share(figures.receivedPostal(), "số tiếp nhận qua bưu chính", "postal count");
    }

    private Rate share(Count part, String partVi, String partEn) {
        if (part.isReported() && figures.received().isReported()) {
            return ratio(part, figures.received(), "hồ sơ tiếp nhận", "received dossiers");
        }
        return new Rate.Unavailable(part.isReported() ? missing("số tiếp nhận", "received count") : missing(partVi, partEn));
    }

    private Rate ratio(Count numerator, Count denominator, String whatVi, String whatEn) {
        long d = denominator.orNull();
        if (d == 0) {
            return new Rate.Unavailable(Reason.of("rate.no-dossiers",
                    "Không có " + whatVi + " trong kỳ: không tính tỷ lệ.", "No " + whatEn + " in the period: no rate."));
        }
        return Rate.of(numerator.orNull(), d, minimumCount);
    }

    private static Reason missing(String vi, String en) {
        return Reason.of("rate.not-reported", "Chưa báo cáo " + vi + ".", "The " + en + " was not reported.");
    }
}
