package vn.giamsat.tools.datagen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A made-up province ("99"-free: code 48, like Đà Nẵng after 2025) with communes and commune-level procedures.
 * Communes' and procedures' shares follow Zipf's law (weight 1/rank), which is how dossier volumes spread in
 * practice: a township and a few big communes receive most dossiers.
 */
public record SyntheticProvince(String provinceCode, List<String> communeCodes, List<String> procedureCodes,
                                int[] timeLimits, double[] communeCdf, double[] procedureCdf) {
    public static final UUID PROVINCE_ID = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    public static SyntheticProvince standard() {
        return of(94, 60);
    }

    public static SyntheticProvince of(int communes, int procedures) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            units.add(Integer.toString(20_000 + i * 3));
        }
        return of("48", units, procedures);
    }

    /**
     * A province with the given communes, the first the busiest (Zipf by rank in the list), and the same
     * {@code procedures} procedures as every other province made here.
     */
    public static SyntheticProvince of(String provinceCode, List<String> units, int procedures) {
        List<String> procs = new ArrayList<>();
        int[] limits = new int[procedures];
        int[] typical = {0, 1, 3, 3, 5, 5, 7, 10, 15, 20};
        for (int i = 0; i < procedures; i++) {
            procs.add(String.format("1.%06d", 1000 + i));
            limits[i] = typical[i % typical.length];
        }
        return new SyntheticProvince(provinceCode, List.copyOf(units), procs, limits, zipf(units.size()),
                zipf(procedures));
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    int pickCommune(SplittableRandom r) {
        return pick(communeCdf, r.nextDouble());
    }

    int pickProcedure(SplittableRandom r) {
        return pick(procedureCdf, r.nextDouble());
    }

    private static int pick(double[] cdf, double x) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** SQL that stores this province, its communes and procedures (for the benchmark and manual trials). */
    public String catalogSql() {
        StringBuilder b = new StringBuilder();
        b.append("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from) VALUES ('")
                .append(PROVINCE_ID).append("', '").append(provinceCode).append("', 'Thử nghiệm', 'PROVINCE', NULL, '2008-01-01');\n");
        for (int i = 0; i < communeCodes.size(); i++) {
            b.append("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from) VALUES ('")
                    .append(UUID.nameUUIDFromBytes(("commune-" + communeCodes.get(i)).getBytes())).append("', '")
                    .append(communeCodes.get(i)).append("', 'Thử nghiệm ").append(i + 1).append("', 'COMMUNE', '")
                    .append(PROVINCE_ID).append("', '2008-01-01');\n");
        }
        return b.append(proceduresSql()).toString();
    }

    /** SQL that stores this province's procedures (commune-level, with their time limits). */
    public String proceduresSql() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < procedureCodes.size(); i++) {
            b.append("INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, online_mode, "
                            + "postal_service_allowed) VALUES ('").append(procedureCodes.get(i)).append("', 'Thủ tục thử nghiệm ")
                    .append(i + 1).append("', 'Thử nghiệm', 'COMMUNE', ").append(timeLimits[i]).append(", 'FULL', true);\n");
        }
        return b.toString();
    }
}
