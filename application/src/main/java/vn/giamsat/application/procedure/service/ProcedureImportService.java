package vn.giamsat.application.procedure.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamsat.application.common.HeadedTable;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.common.TextFold;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.PostalOptions;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitTier;

/**
 * Imports the national procedure database's export and the units' procedure lists (decision 033): the whole file is
 * read and judged first, every problem collected with its line; only a file without any problem is written, in one
 * transaction.
 */
public final class ProcedureImportService implements ImportProceduresUseCase {
    /** The export's headings, as the national database (csdl.dichvucong.gov.vn) names its fields. */
    static final String CODE = "Mã thủ tục", NAME = "Tên thủ tục", LEVEL = "Cấp thực hiện", FIELD = "Lĩnh vực",
            TIME_LIMIT = "Thời hạn giải quyết", FEES = "Phí, lệ phí", DOCUMENTS = "Thành phần hồ sơ",
            RESULT = "Kết quả thực hiện", LEGAL_BASIS = "Căn cứ pháp lý", ONLINE = "Dịch vụ công trực tuyến",
            POSTAL = "Bưu chính công ích", PUBLISHED_BY = "Quyết định công bố";
    /** The unit lists' headings. */
    static final String UNIT_CODE = "Mã đơn vị";

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,3})\\s*ngay lam viec");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private final ProcedureCatalogPort procedures;
    private final UnitCatalogPort units;
    private final TableFilePort files;
    private final TransactionPort tx;
    private final ClockPort clock;
    private final AccessPolicy access;

    public ProcedureImportService(ProcedureCatalogPort procedures, UnitCatalogPort units, TableFilePort files,
                                  TransactionPort tx, ClockPort clock, AccessPolicy access) {
        this.procedures = procedures;
        this.units = units;
        this.files = files;
        this.tx = tx;
        this.clock = clock;
        this.access = access;
    }

    // ------------------------------------------------------------------ catalogue

    @Override
    public ProcedureImportOutcome importCatalogue(ProcedureFileCommand c) {
        access.requireCatalogueWrite();
        List<LineProblem> problems = new ArrayList<>();
        HeadedTable t = HeadedTable.read(files, c.format(), c.content(), into(problems));
        t.require(into(problems), "procedure-import.column-missing", CODE, NAME, LEVEL, FIELD, TIME_LIMIT, ONLINE, POSTAL);
        if (!problems.isEmpty()) {
            return new ProcedureImportOutcome(t.rows().size(), 0, 0, sorted(problems));
        }
        Map<ProcedureCode, Long> lines = new HashMap<>();
        List<Procedure> read = new ArrayList<>();
        for (HeadedTable.Row r : t.rows()) {
            Procedure p = procedure(t, r, problems);
            if (p == null) {
                continue;
            }
            Long earlier = lines.putIfAbsent(p.code(), r.line());
            if (earlier != null) {
                problems.add(new LineProblem(r.line(), Reason.of("procedure-import.duplicate-code",
                        "Mã thủ tục " + p.code() + " đã có ở dòng " + earlier + ".",
                        "Procedure code " + p.code() + " is already on line " + earlier + ".")));
                continue;
            }
            read.add(p);
        }
        if (t.rows().isEmpty()) {
            problems.add(empty());
        }
        if (!problems.isEmpty()) {
            return new ProcedureImportOutcome(t.rows().size(), 0, 0, sorted(problems));
        }
        int[] replaced = {0};
        tx.run("ProcedureImportService.importCatalogue", () -> {
            for (Procedure p : read) {
                if (procedures.find(p.code()).isPresent()) {
                    replaced[0]++;
                }
                procedures.save(p);
            }
        });
        return new ProcedureImportOutcome(t.rows().size(), read.size() - replaced[0], replaced[0], List.of());
    }

    /** One row as a procedure, or null with its problems added. */
    private static Procedure procedure(HeadedTable t, HeadedTable.Row r, List<LineProblem> problems) {
        int before = problems.size();
        ProcedureCode code = null;
        try {
            code = ProcedureCode.of(t.get(r, CODE));
        } catch (DomainRuleViolation e) {
            problems.add(new LineProblem(r.line(), e.reason()));
        }
        UnitTier level = level(t.get(r, LEVEL));
        if (level == null) {
            problems.add(new LineProblem(r.line(), Reason.of("procedure-import.level",
                    "Cấp thực hiện \"" + t.get(r, LEVEL) + "\" không phải Cấp Tỉnh, Cấp Huyện hoặc Cấp Xã.",
                    "Authority level \"" + t.get(r, LEVEL) + "\" is not Cấp Tỉnh, Cấp Huyện or Cấp Xã.")));
        }
        Optional<Integer> days = Optional.empty();
        try {
            days = timeLimit(t.get(r, TIME_LIMIT));
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(r.line(), Reason.of("procedure-import.time-limit",
                    "Thời hạn giải quyết \"" + t.get(r, TIME_LIMIT) + "\" phải là số ngày làm việc (ví dụ \"05 ngày làm việc\" hoặc \"Trong ngày\").",
                    "Time limit \"" + t.get(r, TIME_LIMIT) + "\" must be a number of working days (e.g. \"05 ngày làm việc\" or \"Trong ngày\").")));
        }
        OnlineMode online = online(t.get(r, ONLINE));
        if (online == null) {
            problems.add(new LineProblem(r.line(), Reason.of("procedure-import.online-mode",
                    "Dịch vụ công trực tuyến \"" + t.get(r, ONLINE) + "\" phải là Toàn trình, Một phần hoặc Không.",
                    "Online service \"" + t.get(r, ONLINE) + "\" must be Toàn trình, Một phần or Không.")));
        }
        PostalOptions postal = postal(t.get(r, POSTAL));
        if (postal == null) {
            problems.add(new LineProblem(r.line(), Reason.of("procedure-import.postal",
                    "Bưu chính công ích \"" + t.get(r, POSTAL) + "\" phải là Nộp hồ sơ, Nhận kết quả, Nộp hồ sơ và nhận kết quả, hoặc Không.",
                    "Postal service \"" + t.get(r, POSTAL) + "\" must be Nộp hồ sơ, Nhận kết quả, Nộp hồ sơ và nhận kết quả, or Không.")));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new Procedure(code, TextFold.nfc(t.get(r, NAME)), TextFold.nfc(t.get(r, FIELD)), level,
                    days.orElse(null), blankToNull(t.get(r, FEES)), documents(t.get(r, DOCUMENTS)),
                    blankToNull(t.get(r, RESULT)), blankToNull(t.get(r, LEGAL_BASIS)), online, postal,
                    blankToNull(t.get(r, PUBLISHED_BY)));
        } catch (DomainRuleViolation e) { // a name or field missing or too long
            problems.add(new LineProblem(r.line(), e.reason()));
            return null;
        }
    }

    /**
     * "Cấp Xã", "xã", "COMMUNE"...; a procedure the database lists at several levels ("Cấp Tỉnh, Cấp Xã") is taken
     * at the most local one, the level whose units this system monitors for it.
     */
    static UnitTier level(String text) {
        UnitTier found = null;
        for (String part : text.split("[,;\\n]")) {
            String f = TextFold.fold(part).replaceFirst("^cap ", "");
            UnitTier tier = switch (f) {
                case "xa", "phuong", "xa phuong", "commune" -> UnitTier.COMMUNE;
                case "huyen", "quan huyen", "district" -> UnitTier.DISTRICT;
                case "tinh", "province" -> UnitTier.PROVINCE;
                default -> null;
            };
            if (tier == null) {
                return null;
            }
            if (found == null || tier.compareTo(found) > 0) {
                found = tier;
            }
        }
        return found;
    }

    /**
     * Working days: "05 ngày làm việc", "Không quá 20 ngày làm việc", "7" (the number written before "ngày làm
     * việc", so "Từ 01 đến 03 ngày làm việc" is 3 and "... cần xác minh không quá 05 ngày làm việc" is 5: the longest
     * the law allows, which is what a dossier is late against; decision 033); "Trong ngày", "Ngay trong ngày..." (0);
     * blank: none stated.
     */
    static Optional<Integer> timeLimit(String text) {
        String f = TextFold.fold(text).toLowerCase(java.util.Locale.ROOT);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WORKING_DAYS.matcher(f);
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        if (NUMBER.matcher(f).matches()) {
            return Optional.of(Integer.parseInt(f));
        }
        // "Ngay trong ngày tiếp nhận yêu cầu, ... sau 15 giờ ... trong ngày làm việc tiếp theo": the same day.
        if (f.startsWith("trong ngay") || f.startsWith("ngay trong ngay") || f.startsWith("giai quyet ngay")
                || f.startsWith("ngay khi nhan")) {
            return Optional.of(0);
        }
        throw new IllegalArgumentException(text);
    }

    static OnlineMode online(String text) {
        return switch (TextFold.fold(text).toLowerCase(java.util.Locale.ROOT)) {
            case "toan trinh", "full", "muc do 4" -> OnlineMode.FULL;
            case "mot phan", "partial", "muc do 3" -> OnlineMode.PARTIAL;
            case "", "khong", "none", "muc do 2", "muc do 1" -> OnlineMode.NONE;
            default -> null;
        };
    }

    static PostalOptions postal(String text) {
        return switch (TextFold.fold(text).toLowerCase(java.util.Locale.ROOT)) {
            case "nop ho so", "tiep nhan ho so", "send_dossier" -> PostalOptions.SEND_DOSSIER;
            case "nhan ket qua", "tra ket qua", "receive_result" -> PostalOptions.RECEIVE_RESULT;
            case "nop ho so va nhan ket qua", "tiep nhan ho so va tra ket qua", "ca hai", "both", "co" ->
                    PostalOptions.BOTH;
            case "", "khong", "none" -> PostalOptions.NONE;
            default -> null;
        };
    }

    /** One document a line (the export's cells hold them on lines, "-" or "+" in front), or split at ";". */
    static List<String> documents(String text) {
        String[] parts = text.contains("\n") ? text.split("\\R") : text.split(";");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String d = TextFold.nfc(p.strip().replaceFirst("^[-+•*]\\s*", "").strip());
            if (!d.isEmpty()) {
                out.add(d);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : TextFold.nfc(s);
    }

    // ------------------------------------------------------------------ unit lists

    @Override
    public ProcedureImportOutcome importUnitLists(ProcedureFileCommand c) {
        access.requireCatalogueWrite();
        List<LineProblem> problems = new ArrayList<>();
        HeadedTable t = HeadedTable.read(files, c.format(), c.content(), into(problems));
        t.require(into(problems), "procedure-import.column-missing", UNIT_CODE, CODE);
        if (!problems.isEmpty()) {
            return new ProcedureImportOutcome(t.rows().size(), 0, 0, sorted(problems));
        }
        java.time.LocalDate today = clock.today();
        Map<UnitCode, AdministrativeUnit> found = new HashMap<>();
        Map<UnitId, List<ProcedureCode>> lists = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Map<ProcedureCode, Boolean> inCatalogue = new HashMap<>();
        for (HeadedTable.Row r : t.rows()) {
            UnitCode unitCode;
            ProcedureCode code;
            try {
                unitCode = UnitCode.of(t.get(r, UNIT_CODE));
                code = ProcedureCode.of(t.get(r, CODE));
            } catch (DomainRuleViolation e) {
                problems.add(new LineProblem(r.line(), e.reason()));
                continue;
            }
            AdministrativeUnit unit = found.computeIfAbsent(unitCode, k -> units.findByCodeOn(k, today).orElse(null));
            if (unit == null) {
                problems.add(new LineProblem(r.line(), Reason.of("procedure-import.unknown-unit",
                        "Không có đơn vị mã " + unitCode + " còn hiệu lực hôm nay (" + today + ").",
                        "No unit holds code " + unitCode + " today (" + today + ").")));
                continue;
            }
            if (!inCatalogue.computeIfAbsent(code, k -> procedures.find(k).isPresent())) {
                problems.add(new LineProblem(r.line(), Reason.of("procedure-import.unknown-procedure",
                        "Thủ tục mã " + code + " chưa có trong danh mục; hãy nhập danh mục thủ tục trước.",
                        "Procedure " + code + " is not in the catalogue; import the procedure catalogue first.")));
                continue;
            }
            Long earlier = seen.putIfAbsent(unitCode + "/" + code, r.line());
            if (earlier != null) {
                problems.add(new LineProblem(r.line(), Reason.of("procedure-import.duplicate-pair",
                        "Thủ tục " + code + " của đơn vị " + unitCode + " đã có ở dòng " + earlier + ".",
                        "Procedure " + code + " of unit " + unitCode + " is already on line " + earlier + ".")));
                continue;
            }
            lists.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(code);
        }
        if (t.rows().isEmpty()) {
            problems.add(empty());
        }
        if (!problems.isEmpty()) {
            return new ProcedureImportOutcome(t.rows().size(), 0, 0, sorted(problems));
        }
        tx.run("ProcedureImportService.importUnitLists", () -> lists.forEach(procedures::publishList));
        return new ProcedureImportOutcome(t.rows().size(), lists.size(),
                lists.values().stream().mapToInt(List::size).sum(), List.of());
    }

    private static LineProblem empty() {
        return new LineProblem(0, Reason.of("procedure-import.empty", "Tệp không có dòng nào dưới dòng tiêu đề.",
                "The file has no row under the header."));
    }

    private static List<LineProblem> sorted(List<LineProblem> problems) {
        return problems.stream().sorted(Comparator.comparingLong(LineProblem::line)).toList();
    }

    private static java.util.function.BiConsumer<Long, Reason> into(List<LineProblem> problems) {
        return (line, reason) -> problems.add(new LineProblem(line, reason));
    }
}
