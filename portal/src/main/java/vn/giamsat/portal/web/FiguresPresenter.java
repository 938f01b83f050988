package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.portal.web.FigureRow.CountCell;
import vn.giamsat.portal.web.FigureRow.RateCell;

/** Turns published figures into table rows worded for one language. Invents no number to fill a gap. */
@Component
class FiguresPresenter {
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter VIETNAMESE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final MessageSource messages;

    FiguresPresenter(MessageSource messages) {
        this.messages = messages;
    }

    List<FigureRow> rows(List<PublishedUnitFigures> published, Locale locale) {
        Wording wording = new Wording(messages, locale);
        return published.stream().map(p -> row(p, wording)).toList();
    }

    FigureRow row(PublishedUnitFigures published, Locale locale) {
        return row(published, new Wording(messages, locale));
    }

    String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    String unitName(RoundSnapshot.Unit unit, Locale locale) {
        return new Wording(messages, locale).unitName(unit);
    }

    String formerUnit(List<String> successors, Locale locale) {
        return new Wording(messages, locale).formerUnit(successors);
    }

    String period(LocalDate from, LocalDate to, Locale locale) {
        return new Wording(messages, locale).period(from, to);
    }

    String date(LocalDate day, Locale locale) {
        return day.format(PortalLocales.isEnglish(locale) ? ENGLISH_DATE : VIETNAMESE_DATE);
    }

    String instant(java.time.Instant at, Locale locale) {
        return at.atZone(VIETNAM).format(PortalLocales.isEnglish(locale) ? ENGLISH_TIME : VIETNAMESE_TIME);
    }

    /** A change in percentage points, signed ("+1,5 điểm phần trăm"), or "not comparable" when either side lacks a rate. */
    String points(BigDecimal points, Locale locale) {
        Wording w = new Wording(messages, locale);
        if (points == null) {
            return w.message("trend.notComparable");
        }
        String sign = points.signum() > 0 ? "+" : "";
        return w.message("trend.points", sign + w.percentNumber(points));
    }

    String signedCount(Long change, Locale locale) {
        Wording w = new Wording(messages, locale);
        if (change == null) {
            return w.message("trend.notComparable");
        }
        return (change > 0 ? "+" : change < 0 ? "−" : "") + w.integer(Math.abs(change));
    }

    private static FigureRow row(PublishedUnitFigures p, Wording w) {
        RoundSnapshot.Unit unit = p.unit();
        RoundSnapshot.FiguresEntry f = p.figures();
        HandlingFigures figures = f.toFigures(); // counts and totals as the domain has them: nothing re-derived here
        return new FigureRow(
                anchor(unit, f),
                w.unitName(unit),
                unit.code(),
                p.formerUnit() ? w.formerUnit(p.successorNames()) : null,
                w.period(f.periodFrom(), f.periodTo()),
                w.scope(f),
                w.count(figures.received()),
                w.count(figures.early()),
                w.count(figures.onTime()),
                w.count(figures.withinDeadlineTotal()),
                w.count(figures.late()),
                w.count(figures.receivedOnline()),
                w.rate(p.onTimeRate()),
                w.rate(p.onlineShare()),
                w.rate(Indicators.of(figures).postalShare()),
                w.others(f),
                f.statement(),
                w.source(f),
                w.message("source.publication", p.resolutionNumber(), Integer.toString(p.version())),
                f.sourceNote(),
                "/don-vi/" + unit.unitId(),
                "/giam-sat/" + p.roundId() + "/phien-ban/" + p.version());
    }

    /** Unique per row: a unit may have, for one period, figures of all channels and of one channel. */
    private static String anchor(RoundSnapshot.Unit unit, RoundSnapshot.FiguresEntry f) {
        return "dv-" + unit.code() + "-" + f.periodFrom() + "-" + f.periodTo()
                + (f.channel() == null ? "" : "-" + f.channel().name().toLowerCase(Locale.ROOT))
                + (f.procedureCode() == null ? "" : "-" + f.procedureCode().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Formatting and wording for one request's language. */
    private record Wording(MessageSource messages, Locale locale) {

        boolean english() {
            return PortalLocales.isEnglish(locale);
        }

        String message(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }

        String unitName(RoundSnapshot.Unit unit) {
            // Proper names stay Vietnamese; only the kind of unit is translated.
            return english() ? unit.name() + " (" + unit.kind().english().toLowerCase(Locale.ENGLISH) + ")"
                    : unit.displayName();
        }

        String formerUnit(List<String> successors) {
            // Inside a Vietnamese sentence the kind is written in lower case: "nay thuộc xã Chiên Đàn".
            List<String> names = english() ? successors : successors.stream().map(Wording::lowerFirst).toList();
            return names.isEmpty() ? message("unit.former") : message("unit.formerNowPartOf", String.join(", ", names));
        }

        private static String lowerFirst(String name) {
            return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(PortalLocales.VIETNAMESE) + name.substring(1);
        }

        /** Figures of one channel or one procedure must not read as the unit's totals. */
        String scope(RoundSnapshot.FiguresEntry f) {
            if (f.channel() == null && f.procedureCode() == null) {
                return null;
            }
            String channel = f.channel() == null ? null
                    : message("scope.channel", english() ? f.channel().english() : f.channel().vietnamese());
            String procedure = f.procedureCode() == null ? null : message("scope.procedure", f.procedureCode());
            return channel != null && procedure != null ? channel + "; " + procedure
                    : channel != null ? channel : procedure;
        }

        String period(LocalDate from, LocalDate to) {
            DateTimeFormatter format = english() ? ENGLISH_DATE : VIETNAMESE_DATE;
            return from.format(format) + " – " + to.format(format);
        }

        /** Not reported is said in words, never written as 0. */
        CountCell count(Count count) {
            return count instanceof Count.Reported(long value) ? new CountCell(integer(value), true)
                    : new CountCell(message("count.notReported"), false);
        }

        /** Only what was reported: a count not reported has no line here, so no 0 stands in for it. */
        List<FigureRow.Other> others(RoundSnapshot.FiguresEntry f) {
            var out = new java.util.ArrayList<FigureRow.Other>();
            other(out, "col.carriedOver", f.carriedOver());
            other(out, "col.resolved", f.resolved());
            other(out, "col.receivedPostal", f.receivedPostal());
            other(out, "col.inProgressWithinDeadline", f.inProgressWithinDeadline());
            other(out, "col.inProgressOverdue", f.inProgressOverdue());
            other(out, "col.withdrawn", f.withdrawn());
            return out;
        }

        private void other(List<FigureRow.Other> out, String label, Count count) {
            if (count instanceof Count.Reported(long value)) {
                out.add(new FigureRow.Other(message(label), integer(value)));
            }
        }

        RateCell rate(Rate rate) {
            return switch (rate) {
                case Rate.Computed c when c.smallSample() -> new RateCell(percent(c),
                        message("rate.smallSample", integer(c.numerator()), integer(c.denominator())),
                        RateCell.Kind.SMALL_SAMPLE);
                case Rate.Computed c -> new RateCell(percent(c),
                        message("rate.computedFrom", integer(c.numerator()), integer(c.denominator())),
                        RateCell.Kind.COMPUTED);
                case Rate.ReportedOnly r -> new RateCell(message("rate.reportedByUnit", r.percentTextAsReported(locale)),
                        null, RateCell.Kind.REPORTED_BY_UNIT);
                case Rate.Unavailable u -> new RateCell(english() ? u.why().english() : u.why().vietnamese(),
                        null, RateCell.Kind.UNAVAILABLE);
            };
        }

        String source(RoundSnapshot.FiguresEntry f) {
            return f.source() == null ? message("count.notReported")
                    : english() ? f.source().english() : f.source().vietnamese();
        }

        String integer(long value) {
            return NumberFormat.getIntegerInstance(locale).format(value);
        }

        /** A change in percentage points: the same digits and rounding as a percent ("1,5"). */
        String percentNumber(BigDecimal value) {
            return Rate.percentNumber(value, locale);
        }

        /** A rate computed from counts: one decimal ("96,0%"); a reported one keeps its own digits (see rate()). */
        String percent(Rate available) {
            return available.percentText(locale).orElseThrow();
        }
    }
}
