package vn.giamsat.application.unit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.application.common.FieldParser;
import vn.giamsat.application.common.HeadedTable;
import vn.giamsat.application.common.TextFold;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.UnitTier;
import vn.giamsat.domain.unit.Validity;

/**
 * Imports the unit list of the General Statistics Office and merger lists (decision 026). Two passes: the whole file
 * is read and judged against the catalogue first, every problem collected with its line; only a file without any
 * problem is written, in one transaction.
 */
public final class UnitListImportService implements ImportUnitListsUseCase {
    /** The GSO export's headings ("Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, Tên Tiếng Anh"). */
    static final String PROVINCE = "Tỉnh Thành Phố", PROVINCE_CODE = "Mã TP", DISTRICT = "Quận Huyện",
            DISTRICT_CODE = "Mã QH", COMMUNE = "Phường Xã", COMMUNE_CODE = "Mã PX", LEVEL = "Cấp";
    /** The merger list's headings. */
    static final String OLD_CODE = "Mã cũ", NEW_CODE = "Mã mới", NEW_NAME = "Tên mới", NEW_LEVEL = "Cấp mới",
            NEW_PARENT = "Mã cấp trên mới", EFFECTIVE = "Ngày hiệu lực", DECISION = "Nghị quyết";

    private static final List<Map.Entry<String, UnitKind>> PROVINCE_KINDS = List.of(
            Map.entry("Thành phố", UnitKind.CITY), Map.entry("Tỉnh", UnitKind.PROVINCE));
    private static final List<Map.Entry<String, UnitKind>> DISTRICT_KINDS = List.of(
            Map.entry("Thành phố", UnitKind.PROVINCIAL_CITY), Map.entry("Thị xã", UnitKind.TOWN),
            Map.entry("Quận", UnitKind.URBAN_DISTRICT), Map.entry("Huyện", UnitKind.DISTRICT));
    private static final List<Map.Entry<String, UnitKind>> COMMUNE_KINDS = List.of(
            Map.entry("Thị trấn", UnitKind.TOWNSHIP), Map.entry("Phường", UnitKind.WARD),
            Map.entry("Đặc khu", UnitKind.SPECIAL_ZONE), Map.entry("Xã", UnitKind.COMMUNE));

    private final UnitCatalogPort units;
    private final TableFilePort files;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public UnitListImportService(UnitCatalogPort units, TableFilePort files, TransactionPort tx, AccessPolicy access) {
        this.units = units;
        this.files = files;
        this.tx = tx;
        this.access = access;
    }

    // ------------------------------------------------------------------ unit list

    /** One unit the file names: with a name it declares the unit, without one it only refers to it by code. */
    private record Declared(UnitCode code, String name, UnitKind kind, UnitCode parent, long line) {}

    @Override
    public UnitImportOutcome importUnitList(UnitListCommand c) {
        access.requireCatalogueWrite();
        List<LineProblem> problems = new ArrayList<>();
        HeadedTable sheet = HeadedTable.read(files, c.format(), c.content(), into(problems));
        sheet.require(into(problems), "unit-import.column-missing", PROVINCE, PROVINCE_CODE, COMMUNE, COMMUNE_CODE, LEVEL);
        boolean districts = sheet.has(DISTRICT) || sheet.has(DISTRICT_CODE);
        if (districts) {
            sheet.require(into(problems), "unit-import.column-missing", DISTRICT, DISTRICT_CODE); // one without the other is a column missing
        }
        if (!problems.isEmpty()) {
            return new UnitImportOutcome(sheet.rows().size(), 0, 0, problems);
        }
        Map<UnitCode, Declared> declared = new LinkedHashMap<>();
        for (HeadedTable.Row r : sheet.rows()) {
            UnitCode province = declare(declared, problems, r, UnitTier.PROVINCE, sheet.get(r, PROVINCE_CODE),
                    sheet.get(r, PROVINCE), "", null);
            UnitCode parent = province;
            if (districts && !(sheet.get(r, DISTRICT_CODE).isBlank() && sheet.get(r, DISTRICT).isBlank())) {
                parent = declare(declared, problems, r, UnitTier.DISTRICT, sheet.get(r, DISTRICT_CODE),
                        sheet.get(r, DISTRICT), "", province);
            }
            // A row without a commune names only its province (and district): a province with no commune listed yet.
            if (!(sheet.get(r, COMMUNE_CODE).isBlank() && sheet.get(r, COMMUNE).isBlank())) {
                declare(declared, problems, r, UnitTier.COMMUNE, sheet.get(r, COMMUNE_CODE), sheet.get(r, COMMUNE),
                        sheet.get(r, LEVEL), parent);
            }
        }
        if (sheet.rows().isEmpty()) {
            problems.add(new LineProblem(0, Reason.of("unit-import.empty", "Tệp không có dòng nào dưới dòng tiêu đề.",
                    "The file has no row under the header.")));
        }
        // Judged against the catalogue on the list's day, parents before children.
        LocalDate day = c.validFrom();
        Map<UnitCode, AdministrativeUnit> planned = new HashMap<>();
        List<AdministrativeUnit> created = new ArrayList<>();
        List<AdministrativeUnit> renamed = new ArrayList<>();
        List<Declared> ordered = declared.values().stream()
                .sorted(Comparator.comparing((Declared d) -> d.code.tier())).toList();
        Lookup catalogue = new Lookup(declared.keySet());
        for (Declared d : ordered) {
            Optional<AdministrativeUnit> existing = catalogue.find(d.code, day);
            if (d.name == null) { // only referred to by code: it must be in the catalogue on that day
                existing.ifPresentOrElse(u -> planned.put(d.code, u), () -> problems.add(unknownParent(d.line, d.code, day)));
                continue;
            }
            UnitId parent = null;
            if (d.parent != null) {
                AdministrativeUnit p = planned.get(d.parent);
                if (p == null) {
                    continue; // its parent was refused already, with its line
                }
                parent = p.id();
            }
            if (existing.isEmpty()) {
                try {
                    AdministrativeUnit u = AdministrativeUnit.register(d.code, d.name, d.kind, parent, Validity.since(day));
                    planned.put(d.code, u);
                    created.add(u);
                } catch (DomainRuleViolation e) {
                    problems.add(new LineProblem(d.line, e.reason()));
                }
                continue;
            }
            AdministrativeUnit u = existing.get();
            planned.put(d.code, u);
            if (u.kind() != d.kind || !u.parent().equals(Optional.ofNullable(parent))) {
                // A unit that changes kind or parent is a reorganisation: the merger list records it, with its act.
                problems.add(new LineProblem(d.line, Reason.of("unit-import.reorganised",
                        "Mã " + d.code + " đang là " + u.displayName() + " với loại hoặc đơn vị cấp trên khác; việc sắp xếp lại phải nhập bằng danh sách sắp xếp.",
                        "Code " + d.code + " is " + u.name() + " with another kind or parent; a reorganisation is imported with a merger list.")));
            } else if (!u.name().equals(d.name)) {
                renamed.add(u);
                planned.put(d.code, u);
            }
        }
        if (!problems.isEmpty()) {
            return new UnitImportOutcome(sheet.rows().size(), 0, 0, sorted(problems));
        }
        Map<UnitId, String> names = new HashMap<>();
        declared.values().forEach(d -> {
            if (d.name != null) {
                names.put(planned.get(d.code).id(), d.name);
            }
        });
        tx.run("UnitListImportService.importUnitList", () -> {
            units.saveAll(created);
            for (AdministrativeUnit u : renamed) {
                u.rename(names.get(u.id()));
            }
            units.saveAll(renamed);
        });
        return new UnitImportOutcome(sheet.rows().size(), created.size(), renamed.size(), List.of());
    }

    /** Records the unit a row names at one tier; returns its code, or null when the row does not name a usable one. */
    private static UnitCode declare(Map<UnitCode, Declared> declared, List<LineProblem> problems, HeadedTable.Row r,
                                    UnitTier tier, String codeText, String nameText, String levelText, UnitCode parent) {
        if (codeText.isBlank()) {
            problems.add(new LineProblem(r.line(), Reason.of("unit-import.code-missing",
                    "Thiếu mã đơn vị " + tier.vietnamese() + ".", "The " + tier.english() + " unit code is missing.")));
            return null;
        }
        UnitCode code;
        try {
            code = UnitCode.of(codeText);
        } catch (DomainRuleViolation e) {
            problems.add(new LineProblem(r.line(), e.reason()));
            return null;
        }
        if (code.tier() != tier) {
            problems.add(new LineProblem(r.line(), Reason.of("unit-import.code-tier",
                    "Mã " + code + " không phải mã đơn vị " + tier.vietnamese() + ".",
                    "Code " + code + " is not a " + tier.english() + " code.")));
            return null;
        }
        if (tier != UnitTier.PROVINCE && parent == null) {
            return null; // the parent's own problem is reported
        }
        String name = TextFold.nfc(nameText.strip());
        Declared d;
        if (name.isEmpty()) {
            if (tier == UnitTier.COMMUNE) {
                problems.add(new LineProblem(r.line(), Reason.of("unit-import.name-missing",
                        "Thiếu tên đơn vị mã " + code + ".", "The name of unit " + code + " is missing.")));
                return null;
            }
            d = new Declared(code, null, null, parent, r.line());
        } else {
            List<Map.Entry<String, UnitKind>> kinds = switch (tier) {
                case PROVINCE -> PROVINCE_KINDS;
                case DISTRICT -> DISTRICT_KINDS;
                case COMMUNE -> COMMUNE_KINDS;
            };
            Optional<Map.Entry<String, UnitKind>> kind = levelText.isBlank() ? prefixOf(name, kinds)
                    : kinds.stream().filter(k -> TextFold.fold(k.getKey()).equals(TextFold.fold(levelText))).findFirst();
            if (kind.isEmpty()) {
                problems.add(new LineProblem(r.line(), Reason.of("unit-import.kind",
                        "Không nhận ra loại đơn vị của \"" + (levelText.isBlank() ? name : levelText) + "\".",
                        "Unknown kind of unit: \"" + (levelText.isBlank() ? name : levelText) + "\".")));
                return null;
            }
            d = new Declared(code, withoutPrefix(name, kind.get().getKey()), kind.get().getValue(), parent, r.line());
        }
        Declared earlier = declared.get(code);
        if (earlier == null) {
            declared.put(code, d);
        } else if (tier == UnitTier.COMMUNE || !same(earlier, d)) {
            // A province or district repeats on every row of its communes; a commune code may appear once.
            problems.add(new LineProblem(r.line(), Reason.of("unit-import.duplicate-code",
                    "Mã " + code + " đã dùng ở dòng " + earlier.line + " cho cùng ngày.",
                    "Code " + code + " is already used on line " + earlier.line + " for the same day.")));
            return null;
        } else if (earlier.name == null && d.name != null) {
            declared.put(code, d);
        }
        return code;
    }

    private static boolean same(Declared a, Declared b) {
        return java.util.Objects.equals(a.parent, b.parent)
                && (a.name == null || b.name == null || a.name.equals(b.name) && a.kind == b.kind);
    }

    private static Optional<Map.Entry<String, UnitKind>> prefixOf(String name, List<Map.Entry<String, UnitKind>> kinds) {
        String folded = TextFold.fold(name);
        return kinds.stream().filter(k -> folded.startsWith(TextFold.fold(k.getKey()) + " ")).findFirst();
    }

    /** "Phường Phúc Xá" → "Phúc Xá": the catalogue keeps the kind apart from the name. */
    private static String withoutPrefix(String name, String prefix) {
        String[] words = name.split("\\s+");
        int n = prefix.split(" ").length;
        if (words.length > n && TextFold.fold(name).startsWith(TextFold.fold(prefix) + " ")) {
            return String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
        }
        return name;
    }

    private static LineProblem unknownParent(long line, UnitCode code, LocalDate day) {
        return new LineProblem(line, Reason.of("unit-import.unknown-parent",
                "Đơn vị cấp trên mã " + code + " không có trong tệp cũng như trong danh mục vào ngày " + day + ".",
                "Parent unit " + code + " is neither in the file nor in the catalogue on " + day + "."));
    }

    // ------------------------------------------------------------------ merger list

    private record Merger(long line, UnitCode old, UnitCode successor, LocalDate day, String decision) {}

    private record NewUnit(long line, UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate day) {}

    @Override
    public UnitImportOutcome importMergerList(MergerListCommand c) {
        access.requireCatalogueWrite();
        List<LineProblem> problems = new ArrayList<>();
        HeadedTable sheet = HeadedTable.read(files, c.format(), c.content(), into(problems));
        sheet.require(into(problems), "unit-import.column-missing", OLD_CODE, NEW_CODE, EFFECTIVE, DECISION);
        if (!problems.isEmpty()) {
            return new UnitImportOutcome(sheet.rows().size(), 0, 0, problems);
        }
        List<Merger> mergers = new ArrayList<>();
        Map<String, NewUnit> newUnits = new LinkedHashMap<>(); // by code and day
        for (HeadedTable.Row r : sheet.rows()) {
            int before = problems.size();
            UnitCode old = code(problems, r, sheet.get(r, OLD_CODE), true);
            UnitCode successor = code(problems, r, sheet.get(r, NEW_CODE), false);
            LocalDate day = null;
            try {
                day = FieldParser.date(sheet.get(r, EFFECTIVE));
            } catch (FieldParser.ImpossibleDate | RuntimeException e) {
                // reported below
            }
            if (day == null) {
                problems.add(new LineProblem(r.line(), Reason.of("unit-import.date",
                        "Ngày hiệu lực \"" + sheet.get(r, EFFECTIVE) + "\" không đọc được.",
                        "Effective date \"" + sheet.get(r, EFFECTIVE) + "\" cannot be read.")));
            }
            String decision = sheet.get(r, DECISION).strip();
            if (decision.isEmpty() || decision.length() > 100) {
                problems.add(new LineProblem(r.line(), Reason.of("unit-import.decision",
                        "Cần ghi nghị quyết quyết định việc sắp xếp (tối đa 100 ký tự).",
                        "The deciding resolution is required (at most 100 characters).")));
            }
            String name = TextFold.nfc(sheet.get(r, NEW_NAME).strip());
            if (successor != null && !name.isEmpty() && day != null) {
                List<Map.Entry<String, UnitKind>> kinds = switch (successor.tier()) {
                    case PROVINCE -> PROVINCE_KINDS;
                    case DISTRICT -> DISTRICT_KINDS;
                    case COMMUNE -> COMMUNE_KINDS;
                };
                String level = sheet.get(r, NEW_LEVEL);
                Optional<Map.Entry<String, UnitKind>> kind = level.isBlank() ? prefixOf(name, kinds)
                        : kinds.stream().filter(k -> TextFold.fold(k.getKey()).equals(TextFold.fold(level))).findFirst();
                UnitCode parent = sheet.get(r, NEW_PARENT).isBlank() ? null : code(problems, r, sheet.get(r, NEW_PARENT), true);
                if (kind.isEmpty()) {
                    problems.add(new LineProblem(r.line(), Reason.of("unit-import.kind",
                            "Không nhận ra loại đơn vị mới của \"" + name + "\".", "Unknown kind of new unit \"" + name + "\".")));
                } else {
                    NewUnit n = new NewUnit(r.line(), successor, withoutPrefix(name, kind.get().getKey()),
                            kind.get().getValue(), parent, day);
                    NewUnit earlier = newUnits.putIfAbsent(successor + "@" + day, n);
                    if (earlier != null && !(earlier.name.equals(n.name) && earlier.kind == n.kind
                            && java.util.Objects.equals(earlier.parent, n.parent))) {
                        problems.add(new LineProblem(r.line(), Reason.of("unit-import.duplicate-code",
                                "Mã " + successor + " đã dùng ở dòng " + earlier.line + " cho đơn vị khác cùng ngày.",
                                "Code " + successor + " is used on line " + earlier.line + " for another unit on the same day.")));
                    }
                }
            }
            if (problems.size() == before) {
                mergers.add(new Merger(r.line(), old, successor, day, decision));
            }
        }
        if (sheet.rows().isEmpty()) {
            problems.add(new LineProblem(0, Reason.of("unit-import.empty", "Tệp không có dòng nào dưới dòng tiêu đề.",
                    "The file has no row under the header.")));
        }
        // Each old unit: all its rows on one day and one resolution; its successors are its rows' new units.
        Set<UnitCode> named = new LinkedHashSet<>();
        mergers.forEach(m -> {
            named.add(m.old);
            if (m.successor != null) {
                named.add(m.successor);
            }
        });
        newUnits.values().forEach(n -> {
            if (n.parent != null) {
                named.add(n.parent);
            }
        });
        Lookup catalogue = new Lookup(named);
        Map<UnitCode, List<Merger>> byOld = new LinkedHashMap<>();
        mergers.forEach(m -> byOld.computeIfAbsent(m.old, k -> new ArrayList<>()).add(m));
        Map<UnitCode, AdministrativeUnit> ending = new LinkedHashMap<>();
        for (var e : byOld.entrySet()) {
            Merger first = e.getValue().getFirst();
            for (Merger m : e.getValue()) {
                if (!m.day.equals(first.day) || !m.decision.equals(first.decision)
                        || (m.successor == null) != (first.successor == null)) {
                    problems.add(new LineProblem(m.line, Reason.of("unit-import.old-twice",
                            "Đơn vị mã " + m.old + " đã có ở dòng " + first.line + " với ngày, nghị quyết hoặc cách kết thúc khác.",
                            "Unit " + m.old + " is on line " + first.line + " with another date, resolution or ending.")));
                }
            }
            Optional<AdministrativeUnit> old = catalogue.find(e.getKey(), first.day.minusDays(1))
                    .filter(u -> u.validity().validTo() == null);
            if (old.isEmpty()) {
                problems.add(new LineProblem(first.line, Reason.of("unit-import.old-unknown",
                        "Không có đơn vị mã " + e.getKey() + " còn hiệu lực trước ngày " + first.day + ".",
                        "No current unit holds code " + e.getKey() + " before " + first.day + ".")));
            } else {
                ending.put(e.getKey(), old.get());
            }
        }
        // New units of the file, parents first; then every successor must be one of them or in the catalogue.
        Map<String, AdministrativeUnit> created = new LinkedHashMap<>();
        List<NewUnit> ordered = newUnits.values().stream().sorted(Comparator.comparing((NewUnit n) -> n.code.tier())).toList();
        for (NewUnit n : ordered) {
            Optional<AdministrativeUnit> holder = catalogue.find(n.code, n.day)
                    .filter(u -> !endsOn(ending, u, n.day));
            if (holder.isPresent()) {
                problems.add(new LineProblem(n.line, Reason.of("unit-import.duplicate-code",
                        "Mã " + n.code + " đang là của " + holder.get().displayName() + " vào ngày " + n.day + ".",
                        "Code " + n.code + " belongs to " + holder.get().name() + " on " + n.day + ".")));
                continue;
            }
            UnitId parent = null;
            if (n.parent != null) {
                AdministrativeUnit p = Optional.ofNullable(created.get(n.parent + "@" + n.day))
                        .or(() -> catalogue.find(n.parent, n.day).filter(u -> !endsOn(ending, u, n.day)))
                        .orElse(null);
                if (p == null) {
                    problems.add(unknownParent(n.line, n.parent, n.day));
                    continue;
                }
                parent = p.id();
            }
            try {
                created.put(n.code + "@" + n.day, AdministrativeUnit.register(n.code, n.name, n.kind, parent, Validity.since(n.day)));
            } catch (DomainRuleViolation e) {
                problems.add(new LineProblem(n.line, e.reason()));
            }
        }
        Map<UnitCode, Set<UnitId>> successors = new LinkedHashMap<>();
        for (Merger m : mergers) {
            if (m.successor == null) {
                continue;
            }
            AdministrativeUnit s = Optional.ofNullable(created.get(m.successor + "@" + m.day))
                    .or(() -> newUnits.containsKey(m.successor + "@" + m.day) ? Optional.empty()
                            : catalogue.find(m.successor, m.day).filter(u -> !endsOn(ending, u, m.day)))
                    .orElse(null);
            if (s == null) {
                if (!newUnits.containsKey(m.successor + "@" + m.day)) { // a refused new unit has its own problem
                    problems.add(new LineProblem(m.line, Reason.of("unit-import.successor-missing",
                            "Đơn vị kế thừa mã " + m.successor + " không có trong danh mục vào ngày " + m.day
                                    + " cũng như trong các đơn vị mới của tệp.",
                            "Successor " + m.successor + " is neither in the catalogue on " + m.day
                                    + " nor among the file's new units.")));
                }
                continue;
            }
            successors.computeIfAbsent(m.old, k -> new LinkedHashSet<>()).add(s.id());
        }
        if (!problems.isEmpty()) {
            return new UnitImportOutcome(sheet.rows().size(), 0, 0, sorted(problems));
        }
        tx.run("UnitListImportService.importMergerList", () -> {
            // Old units end first, so that a new unit may take over one of their codes (xã Chiên Đàn keeps 20364).
            List<AdministrativeUnit> ended = new ArrayList<>();
            for (var e : ending.entrySet()) {
                Merger first = byOld.get(e.getKey()).getFirst();
                AdministrativeUnit old = e.getValue();
                if (first.successor == null) {
                    old.dissolve(first.day, first.decision);
                } else {
                    old.mergeInto(first.day, List.copyOf(successors.get(e.getKey())), first.decision);
                }
                ended.add(old);
            }
            units.saveAll(ended);
            units.saveAll(List.copyOf(created.values()));
        });
        return new UnitImportOutcome(sheet.rows().size(), created.size(), ending.size(), List.of());
    }

    /**
     * The catalogue's units by code on a day, read once per day for every code the file names (decision 031: a
     * query per code made the national lists take minutes); a code the file does not name is asked on its own.
     */
    private final class Lookup {
        private final Set<UnitCode> codes;
        private final Map<LocalDate, Map<UnitCode, AdministrativeUnit>> byDay = new HashMap<>();

        Lookup(Set<UnitCode> codes) {
            this.codes = Set.copyOf(codes);
        }

        Optional<AdministrativeUnit> find(UnitCode code, LocalDate day) {
            if (!codes.contains(code)) {
                return units.findByCodeOn(code, day);
            }
            return Optional.ofNullable(byDay.computeIfAbsent(day, d -> units.findByCodesOn(codes, d)).get(code));
        }
    }

    private static boolean endsOn(Map<UnitCode, AdministrativeUnit> ending, AdministrativeUnit u, LocalDate day) {
        AdministrativeUnit e = ending.get(u.code());
        return e != null && e.id().equals(u.id());
    }

    private static UnitCode code(List<LineProblem> problems, HeadedTable.Row r, String text, boolean required) {
        if (text.isBlank()) {
            if (required) {
                problems.add(new LineProblem(r.line(), Reason.of("unit-import.code-missing", "Thiếu mã đơn vị.",
                        "The unit code is missing.")));
            }
            return null;
        }
        try {
            return UnitCode.of(text);
        } catch (DomainRuleViolation e) {
            problems.add(new LineProblem(r.line(), e.reason()));
            return null;
        }
    }

    // ------------------------------------------------------------------ reading

    private static java.util.function.BiConsumer<Long, Reason> into(List<LineProblem> problems) {
        return (line, reason) -> problems.add(new LineProblem(line, reason));
    }

    private static List<LineProblem> sorted(List<LineProblem> problems) {
        return problems.stream().sorted(Comparator.comparingLong(LineProblem::line)).toList();
    }
}
