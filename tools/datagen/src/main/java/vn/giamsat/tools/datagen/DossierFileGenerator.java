package vn.giamsat.tools.datagen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.SplittableRandom;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.procedure.Procedure;

/**
 * Synthetic dossier exports with a fixed seed: the same arguments always give the same bytes. Distributions are
 * chosen to look like a province's one-stop data (see docs/dossier-import.md): a few busy communes and many quiet
 * ones, a few procedures (civil status, certification) taking most dossiers, half the dossiers online, few by post,
 * most resolved early, some late, a few open or withdrawn.
 *
 * <p>The optional columns of issue 16 (docs/performance.md says why these shares): 8 % of the dossiers resolved in
 * time waited 4 to 40 working hours for the applicant's supplements, one in eight of them was asked more than once;
 * 60 % of the late ones carry an apology slip (issued on the due day, naming the day of resolution); 70 % of the
 * results were digitized; the fee was paid online for 40 % of the online dossiers and 3 % of the others. They are
 * drawn from a second random stream, so the other columns are the same as before for a seed.
 *
 * <p>Usage: {@code DossierFileGenerator --rows 1000000 --seed 1 --year 2024 --out dossiers.csv
 * [--catalog-sql catalog.sql] [--as-of 2025-01-31]}
 */
public final class DossierFileGenerator {
    private final SyntheticProvince province;
    private final SplittableRandom random;
    /** The optional columns' draws: the same seed keeps giving the same values in the other columns. */
    private final SplittableRandom extra;
    /** Dossiers are received on one of the {@code days} days from {@code firstDay} (a year, or a month's export). */
    private final LocalDate firstDay;
    private final int days;
    private final String prefix;
    private final WorkingCalendar calendar = WorkingCalendar.weekendsOnly();
    private final LocalDateTime asOf;

    public DossierFileGenerator(SyntheticProvince province, long seed, int year, LocalDateTime asOf) {
        this(province, seed, year, LocalDate.of(year, 1, 1), Year.of(year).length(), asOf);
    }

    /** An export of the dossiers received in one month (the national year's exports, {@link NationalYear}). */
    public DossierFileGenerator(SyntheticProvince province, long seed, YearMonth month, LocalDateTime asOf) {
        this(province, seed, month.getYear(), month.atDay(1), month.lengthOfMonth(), asOf);
    }

    private DossierFileGenerator(SyntheticProvince province, long seed, int year, LocalDate firstDay, int days,
                                 LocalDateTime asOf) {
        this.province = province;
        this.random = new SplittableRandom(seed);
        this.extra = new SplittableRandom(seed * 31 + 16);
        this.firstDay = firstDay;
        this.days = days;
        this.prefix = "S" + seed + "-" + year + "-";
        this.asOf = asOf;
    }

    public void write(Writer out, long rows) throws IOException {
        out.write("ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
                + "ngay_tra_ket_qua,trang_thai,rut_ho_so,gio_cho_bo_sung,ngay_xin_loi,ngay_hen_lai,bo_sung_nhieu_lan,"
                + "so_hoa_ket_qua,thanh_toan_truc_tuyen\r\n");
        StringBuilder line = new StringBuilder(160);
        for (long i = 1; i <= rows; i++) {
            line.setLength(0);
            row(i, line);
            out.write(line.toString());
        }
    }

    private void row(long n, StringBuilder b) {
        String unit = province.communeCodes().get(province.pickCommune(random));
        int p = province.pickProcedure(random);
        String procedure = province.procedureCodes().get(p);
        int limit = province.timeLimits()[p];
        double c = random.nextDouble();
        int channel = c < 0.48 ? 1 : c < 0.95 ? 2 : 3;
        LocalDateTime received = receivedAt();
        LocalDateTime due = Procedure.dueAt(received, limit, calendar);
        LocalDate dueDay = due.toLocalDate();
        double o = random.nextDouble();
        LocalDateTime resolved = null;
        String status;
        boolean withdrawn = false;
        if (o < 0.01) {
            withdrawn = true;
            status = "WITHDRAWN";
        } else if (o < 0.97) {
            // 72 % early, 18 % on time, 6 % late (of all dossiers)
            LocalDate day;
            if (o < 0.73 && limit > 0) {
                day = received.toLocalDate().plusDays(random.nextInt((int) (dueDay.toEpochDay() - received.toLocalDate().toEpochDay())));
            } else if (o < 0.91) {
                day = dueDay;
            } else {
                day = calendar.addWorkingDays(dueDay, 1 + random.nextInt(10));
            }
            resolved = day.atTime(8 + random.nextInt(9), random.nextInt(60));
            if (resolved.isBefore(received)) {
                resolved = received.plusMinutes(30);
            }
            status = "RETURNED";
        } else {
            status = "IN_PROGRESS";
        }
        if (resolved != null && resolved.isAfter(asOf)) {
            resolved = null;
            status = "IN_PROGRESS";
        }
        b.append(prefix).append(n).append(',').append(unit).append(',').append(procedure).append(',').append(channel)
                .append(',');
        time(b, received).append(',');
        time(b, due).append(',');
        if (resolved != null) {
            time(b, resolved).append(',');
            time(b, resolved.plusHours(2)).append(',');
        } else {
            b.append(",,");
        }
        b.append(status).append(',').append(withdrawn ? '1' : '0').append(',');
        boolean late = resolved != null && resolved.toLocalDate().isAfter(dueDay);
        // Pauses only where the dossier is not late: a pause moves the due moment, and a late row's apology slip
        // must name a date after it.
        double x = extra.nextDouble();
        if (!late && !withdrawn && x < 0.08) {
            b.append(4 + extra.nextInt(37));
        }
        b.append(',');
        if (late && extra.nextDouble() < 0.6) {
            b.append(dueDay).append(',');
            time(b, resolved.toLocalDate().atTime(17, 0));
        } else {
            b.append(',');
        }
        b.append(',');
        if (!late && !withdrawn && x < 0.08) {
            b.append(x < 0.01 ? '1' : '0');
        }
        b.append(',');
        if (resolved != null) {
            b.append(extra.nextDouble() < 0.7 ? '1' : '0');
        }
        b.append(',').append(extra.nextDouble() < (channel == 2 ? 0.4 : 0.03) ? '1' : '0').append("\r\n");
    }

    private LocalDateTime receivedAt() {
        LocalDate day;
        do {
            day = firstDay.plusDays(random.nextInt(days));
        } while ((day.getDayOfWeek() == DayOfWeek.SUNDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY)
                && random.nextInt(10) != 0); // a few dossiers arrive online at weekends
        LocalDateTime t = day.atTime(7 + random.nextInt(10), random.nextInt(60));
        return t.isAfter(asOf) ? asOf.minusDays(1 + random.nextInt(30)) : t;
    }

    private static StringBuilder time(StringBuilder b, LocalDateTime t) {
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        return two(b, t.getMinute());
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args);
        long rows = a.longValue("rows", 10_000);
        long seed = a.longValue("seed", 1);
        int year = (int) a.longValue("year", 2024);
        LocalDateTime asOf = LocalDate.parse(a.value("as-of", (year + 1) + "-01-31")).atTime(23, 0);
        SyntheticProvince province = SyntheticProvince.standard();
        Path out = Path.of(a.value("out", "dossiers.csv"));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new DossierFileGenerator(province, seed, year, asOf).write(w, rows);
        }
        String catalog = a.value("catalog-sql", null);
        if (catalog != null) {
            Files.writeString(Path.of(catalog), province.catalogSql(), StandardCharsets.UTF_8);
        }
        System.out.println("Wrote " + rows + " dossiers to " + out);
    }
}
