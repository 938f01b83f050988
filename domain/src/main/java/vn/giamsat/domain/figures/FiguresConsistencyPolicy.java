package vn.giamsat.domain.figures;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giamsat.domain.common.Reason;

/**
 * The arithmetic every set of handling figures obeys, checked only where the parts are reported:
 * <ul>
 *   <li>received = resolved + in progress + withdrawn</li>
 *   <li>resolved = early + on time + late, and early + on time = within deadline</li>
 *   <li>no reported part exceeds its reported whole, even when other parts are missing</li>
 * </ul>
 * Each violation names the figures and their values, in Vietnamese and English.
 */
public final class FiguresConsistencyPolicy {
    private FiguresConsistencyPolicy() {}

    /** The counts under check, as given (nulls already replaced by "not reported"). */
    public record Parts(Count received, Count carriedOver, Count receivedOnline, Count receivedPostal, Count resolved,
                        Count early, Count onTime, Count withinDeadline, Count late, Count inProgressWithinDeadline,
                        Count inProgressOverdue, Count withdrawn) {}

    private record Named(String vi, String en, Count count) {}

    public static List<Reason> violations(Parts p) {
        List<Reason> out = new ArrayList<>();
        Named received = new Named("tiếp nhận", "received", p.received());
        Named resolved = new Named("đã giải quyết", "resolved", p.resolved());
        Named early = new Named("trước hạn", "early", p.early());
        Named onTime = new Named("đúng hạn", "on time", p.onTime());
        Named within = new Named("trước và đúng hạn", "early and on time", p.withinDeadline());
        Named late = new Named("quá hạn", "late", p.late());
        Named inWithin = new Named("đang giải quyết trong hạn", "in progress within deadline", p.inProgressWithinDeadline());
        Named inOverdue = new Named("đang giải quyết quá hạn", "in progress past deadline", p.inProgressOverdue());
        Named withdrawn = new Named("rút hồ sơ", "withdrawn", p.withdrawn());
        Named carried = new Named("kỳ trước chuyển qua", "carried over", p.carriedOver());
        Named online = new Named("tiếp nhận trực tuyến", "received online", p.receivedOnline());
        Named postal = new Named("tiếp nhận qua bưu chính", "received by post", p.receivedPostal());

        equalWhenAllReported(out, "figures.within-deadline", within, List.of(early, onTime));
        equalWhenAllReported(out, "figures.resolved", resolved, List.of(early, onTime, late));
        if (!p.early().isReported() || !p.onTime().isReported()) {
            equalWhenAllReported(out, "figures.resolved", resolved, List.of(within, late));
        }
        // The disjoint parts of received, at the finest level reported.
        List<Named> resolution = p.resolved().isReported() ? List.of(resolved)
                : p.withinDeadline().isReported() ? List.of(within, late) : List.of(early, onTime, late);
        List<Named> outcome = new ArrayList<>(resolution);
        outcome.addAll(List.of(inWithin, inOverdue, withdrawn));
        equalWhenAllReported(out, "figures.received", received, outcome);

        // Where some parts are missing, the reported ones still cannot exceed the whole.
        partsWithinWhole(out, received, outcome, true);
        partsWithinWhole(out, received, List.of(carried, online, postal), false);
        partsWithinWhole(out, resolved, List.of(early, onTime, late), true);
        partsWithinWhole(out, within, List.of(early, onTime), true);
        return List.copyOf(out);
    }

    private static void equalWhenAllReported(List<Reason> out, String code, Named whole, List<Named> parts) {
        if (!whole.count().isReported() || !parts.stream().allMatch(n -> n.count().isReported())) {
            return;
        }
        long sum = parts.stream().mapToLong(n -> n.count().orNull()).sum();
        long total = whole.count().orNull();
        if (sum != total) {
            out.add(Reason.of(code,
                    "Số " + whole.vi() + " (" + vn(total) + ") phải bằng " + joinVi(parts) + " (" + sumText(parts, sum) + ").",
                    capital(whole.en()) + " (" + total + ") must equal " + joinEn(parts) + " (" + sumTextEn(parts, sum) + ")."));
        }
    }

    /** @param skipWhenComplete true where a complete set of parts is already held to equality */
    private static void partsWithinWhole(List<Reason> out, Named whole, List<Named> parts, boolean skipWhenComplete) {
        if (!whole.count().isReported()) {
            return;
        }
        List<Named> reported = parts.stream().filter(n -> n.count().isReported()).toList();
        if (reported.isEmpty() || skipWhenComplete && reported.size() == parts.size()) {
            return;
        }
        long sum = reported.stream().mapToLong(n -> n.count().orNull()).sum();
        long total = whole.count().orNull();
        if (sum > total) {
            String vi = (reported.size() == 1 ? "Số " : "Tổng ") + joinVi(reported) + " (" + sumText(reported, sum)
                    + ") vượt quá số " + whole.vi() + " (" + vn(total) + ").";
            String en = (reported.size() == 1 ? capital(joinEn(reported)) : "The sum of " + joinEn(reported)) + " ("
                    + sumTextEn(reported, sum) + ") exceeds " + whole.en() + " (" + total + ").";
            out.add(Reason.of("figures.parts-exceed", vi, en));
        }
    }

    private static String joinVi(List<Named> parts) {
        return String.join(" + ", parts.stream().map(Named::vi).toList());
    }

    private static String joinEn(List<Named> parts) {
        return String.join(" + ", parts.stream().map(Named::en).toList());
    }

    private static String sumText(List<Named> parts, long sum) {
        if (parts.size() == 1) {
            return vn(sum);
        }
        return String.join(" + ", parts.stream().map(n -> vn(n.count().orNull())).toList()) + " = " + vn(sum);
    }

    private static String sumTextEn(List<Named> parts, long sum) {
        if (parts.size() == 1) {
            return Long.toString(sum);
        }
        return String.join(" + ", parts.stream().map(n -> Long.toString(n.count().orNull())).toList()) + " = " + sum;
    }

    /** 1.062 — Vietnamese thousands separator. */
    static String vn(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(n);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
