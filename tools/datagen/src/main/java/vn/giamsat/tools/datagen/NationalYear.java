package vn.giamsat.tools.datagen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamsat.domain.unit.UnitId;

/**
 * A national year of dossier exports (issue 20 item 4): the 34 provinces and 3,321 communes of the list in force since
 * 1 July 2025 ({@code data/units/don-vi-tu-2025-07-01.csv}), one export per province and month (408 a year, keyed
 * {@code 79-2026-03}), {@code total} dossiers in all.
 *
 * <p>Shares: a province receives in proportion to its number of communes (the list gives no population; Thành phố
 * Hồ Chí Minh, 168 communes, gets 5.1 % of the year, Lai Châu, 38, 1.1 %); a month in proportion to its days; within
 * a province the communes follow Zipf's law in the list's order (code order: for most provinces the capital's wards come
 * first; for Hồ Chí Minh those of former Bình Dương), and every
 * other column (channel, outcome, procedure, pauses, slips) is {@link DossierFileGenerator}'s, with the 60 shared
 * procedures of {@link SyntheticProvince}. The exports are taken after the year has closed (31 January of the next
 * year), so the outcome shares are the generator's.
 *
 * <p>The same list, year and total always give the same exports, row for row.
 */
public final class NationalYear {
    static final int PROCEDURES = 60;

    /** A province of the list, with its communes (busiest first) and the procedures every province shares. */
    public record Province(String code, String name, List<Commune> communes, SyntheticProvince dossiers) {
        public UnitId id() {
            return new UnitId(UUID.nameUUIDFromBytes(("province-" + code).getBytes(StandardCharsets.UTF_8)));
        }
    }

    public record Commune(String code, String name, String kind) {
        public UnitId id() {
            return new UnitId(UUID.nameUUIDFromBytes(("commune-" + code).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** One province's dossiers received in one month, as its one-stop system exports them. */
    public record Export(String key, Province province, YearMonth month, long rows, long seed) {}

    private final List<Province> provinces;
    private final List<Export> exports;
    private final int year;

    private NationalYear(List<Province> provinces, int year, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        this.provinces = List.copyOf(provinces);
        this.year = year;
        this.exports = split(this.provinces, year, total);
    }

    /** Reads the national list ({@code Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp}) and splits {@code total}. */
    public static NationalYear of(Path unitList, int year, long total) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Commune>> communes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(unitList, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp")) {
            throw new IllegalArgumentException(unitList + " is not the national list of communes (headings)");
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(unitList + ": expected 5 fields: " + line);
            }
            names.putIfAbsent(f[1], f[0]);
            communes.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Commune(f[3], f[2], f[4]));
        }
        List<Province> provinces = new ArrayList<>();
        names.forEach((code, name) -> {
            List<Commune> list = List.copyOf(communes.get(code));
            provinces.add(new Province(code, name, list,
                    SyntheticProvince.of(code, list.stream().map(Commune::code).toList(), PROCEDURES)));
        });
        return new NationalYear(provinces, year, total);
    }

    /**
     * Month by month, every province in the list's order: the order a year arrives in. Each export's rows are the
     * difference of rounded cumulative shares, so they add up to the total exactly.
     */
    private static List<Export> split(List<Province> provinces, int year, long total) {
        long communes = provinces.stream().mapToLong(p -> p.communes().size()).sum();
        int daysOfYear = Year.of(year).length();
        List<Export> out = new ArrayList<>();
        double cumulative = 0;
        long given = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            for (Province p : provinces) {
                cumulative += (double) p.communes().size() / communes * month.lengthOfMonth() / daysOfYear;
                long upTo = m == 12 && p == provinces.getLast() ? total : Math.round(total * cumulative);
                long seed = (long) year * 10_000 + Long.parseLong(p.code()) * 100 + m;
                out.add(new Export(p.code() + "-" + month, p, month, upTo - given, seed));
                given = upTo;
            }
        }
        return List.copyOf(out);
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<Export> exports() {
        return exports;
    }

    public int year() {
        return year;
    }

    public Province province(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no province " + code));
    }

    /** The province with most communes (Thành phố Hồ Chí Minh in the 2025 list): the largest province-year. */
    public Province largestProvince() {
        return provinces.stream().max(java.util.Comparator.comparingInt(p -> p.communes().size())).orElseThrow();
    }

    /** Writes one export: a CSV of the one-stop columns, as {@link DossierFileGenerator} writes it. */
    public void write(Export export, Writer out) throws IOException {
        LocalDateTime asOf = LocalDate.of(year + 1, 1, 31).atTime(23, 0);
        new DossierFileGenerator(export.province().dossiers(), export.seed(), export.month(), asOf)
                .write(out, export.rows());
    }

    /** SQL that stores the provinces, their communes (valid from 1 July 2025) and the shared procedures. */
    public String catalogSql() {
        StringBuilder b = new StringBuilder();
        for (Province p : provinces) {
            b.append("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from) VALUES ('")
                    .append(p.id().value()).append("', '").append(p.code()).append("', ").append(quoted(p.name()))
                    .append(", 'PROVINCE', NULL, '2025-07-01');\n");
            b.append("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from) VALUES ");
            for (int i = 0; i < p.communes().size(); i++) {
                Commune c = p.communes().get(i);
                b.append(i == 0 ? "" : ", ").append("('").append(c.id().value()).append("', '").append(c.code())
                        .append("', ").append(quoted(c.name())).append(", 'COMMUNE', '").append(p.id().value())
                        .append("', '2025-07-01')");
            }
            b.append(";\n");
        }
        return b.append(provinces.getFirst().dossiers().proceduresSql()).toString();
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
