package vn.giamsat.domain.round;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresField;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;

/**
 * A unit's self-reported figures (form II.06a) as they stood when it handed in its report: one value per period,
 * channel, procedure and field, kept with the version so that a later change is seen against it (issue 19.2). Keys
 * and values are plain text so a version keeps them as they were whatever the figures tables become:
 * key {@code 2021-01-01/2022-12-30|ALL|-|LATE}; value {@code n:42} (a count), {@code nr} (not reported, never 0),
 * {@code rate:78} (a rate the unit reported), {@code text:…} (a statement).
 */
public record UnitReportFigures(SortedMap<String, String> values) {
    public UnitReportFigures {
        values = new TreeMap<>(Objects.requireNonNull(values, "values"));
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().contains("\t") || e.getKey().contains("\n") || e.getValue().contains("\n")
                    || e.getValue().contains("\t")) {
                throw new IllegalArgumentException("a figures key or value holds a tab or a line break: " + e.getKey());
            }
        }
    }

    public static final UnitReportFigures NONE = new UnitReportFigures(new TreeMap<>());

    /** The figures of one unit, every field that holds something; a count not reported is kept as such. */
    public static UnitReportFigures of(Collection<HandlingFigures> figures) {
        SortedMap<String, String> values = new TreeMap<>();
        for (HandlingFigures f : figures) {
            String row = f.period().from() + "/" + f.period().to() + "|" + (f.channel() == null ? "ALL" : f.channel().name())
                    + "|" + (f.procedure() == null ? "-" : f.procedure().toString());
            for (FiguresField field : FiguresField.values()) {
                String value = value(read(field, f));
                if (value != null) {
                    values.put(row + "|" + field.name(), value);
                }
            }
        }
        return new UnitReportFigures(values);
    }

    private static Object read(FiguresField field, HandlingFigures f) {
        return switch (field) {
            case RECEIVED -> f.received();
            case CARRIED_OVER -> f.carriedOver();
            case RECEIVED_ONLINE -> f.receivedOnline();
            case RECEIVED_POSTAL -> f.receivedPostal();
            case RESOLVED -> f.resolved();
            case EARLY -> f.early();
            case ON_TIME -> f.onTime();
            case WITHIN_DEADLINE -> f.withinDeadline();
            case LATE -> f.late();
            case IN_PROGRESS_WITHIN -> f.inProgressWithinDeadline();
            case IN_PROGRESS_OVERDUE -> f.inProgressOverdue();
            case WITHDRAWN -> f.withdrawn();
            case REPORTED_ON_TIME_RATE -> f.reportedOnTimeRate();
            case STATEMENT -> f.statement();
            case SOURCE_NOTE -> f.sourceNote();
        };
    }

    private static String value(Object v) {
        return switch (v) {
            case null -> null;
            case Count.Reported(long n) -> "n:" + n;
            case Count.NotReported n -> "nr";
            case ReportedRate r -> "rate:" + r.percent().stripTrailingZeros().toPlainString();
            case String s when s.isBlank() -> null;
            case String s -> "text:" + s.replaceAll("[\\t\\r\\n]+", " ").strip();
            default -> v.toString();
        };
    }

    /** "key<TAB>value" lines, as stored. */
    public String lines() {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        return out.toString();
    }

    public static UnitReportFigures ofLines(String lines) {
        SortedMap<String, String> values = new TreeMap<>();
        for (String line : lines.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new UnitReportFigures(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The rows (period, channel, procedure) these figures hold. */
    public long rows() {
        return values.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('|'))).distinct().count();
    }

    /** What differs from {@code before} to these, key by key, in key order; a value absent on one side is "(none)". */
    public List<UnitReportChange> changesSince(UnitReportFigures before) {
        SortedMap<String, String> keys = new TreeMap<>(before.values);
        keys.putAll(values);
        List<UnitReportChange> out = new ArrayList<>();
        for (String key : keys.keySet()) {
            String b = before.values.get(key);
            String a = values.get(key);
            if (!Objects.equals(a, b)) {
                out.add(UnitReportChange.figure(key, b, a));
            }
        }
        return out;
    }

    /** "01/01/2021 – 30/12/2022 · Trực tuyến · Quá hạn" for a key. */
    static String label(String key, boolean vietnamese) {
        String[] p = key.split("\\|");
        if (p.length != 4) {
            return key;
        }
        String[] dates = p[0].split("/");
        String period = Period.of(java.time.LocalDate.parse(dates[0]), java.time.LocalDate.parse(dates[1])).toVietnamese();
        String channel = p[1].equals("ALL") ? (vietnamese ? "mọi kênh" : "all channels")
                : vietnamese ? Channel.valueOf(p[1]).vietnamese() : Channel.valueOf(p[1]).english();
        FiguresField field = FiguresField.valueOf(p[3]);
        return period + " · " + channel + (p[2].equals("-") ? "" : " · " + p[2]) + " · "
                + (vietnamese ? field.vietnamese() : field.english());
    }

    /** A stored value as people read it: counts grouped, "chưa báo cáo" never 0. */
    static String display(String value, boolean vietnamese) {
        if (value == null) {
            return vietnamese ? "(trống)" : "(none)";
        }
        if (value.equals("nr")) {
            return vietnamese ? "chưa báo cáo" : "not reported";
        }
        if (value.startsWith("n:")) {
            Locale locale = vietnamese ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
            return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(value.substring(2)));
        }
        if (value.startsWith("rate:")) {
            return value.substring(5) + "%";
        }
        if (value.startsWith("text:")) {
            return "\"" + value.substring(5) + "\"";
        }
        return value;
    }
}
