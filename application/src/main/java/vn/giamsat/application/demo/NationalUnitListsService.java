package vn.giamsat.application.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.common.TextFold;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.LineProblem;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.MergerListCommand;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitImportOutcome;
import vn.giamsat.application.unit.port.in.ImportUnitListsUseCase.UnitListCommand;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/**
 * Loads {@code data/units/} through the unit-list imports (decision 031), reconciled with what the catalogue holds
 * (the demo's units, decision 026's own merger of them):
 * <ol>
 * <li>the list before 1/7/2025, valid from {@link #LIST_DAY}: a unit the catalogue holds is left as it is;</li>
 * <li>the merger list, without the rows of old units the catalogue has already reorganised (the demo's five
 *     communes, Quảng Nam, Phú Ninh district) and naming as successor, rather than declaring it anew, a unit the
 *     catalogue already has from the reform day (the demo's xã Tây Hồ);</li>
 * <li>an old unit whose code the catalogue already gives to a unit beginning later (xã Tam Phước, 20380, whose code
 *     the demo's xã Tây Hồ holds from 1/7/2025) is recorded already ended, merged into its rows' successors;</li>
 * <li>the list from 1/7/2025, which then changes nothing but the new communes no old one leads to.</li>
 * </ol>
 * Each import is all or nothing; the first with a problem stops the load and its problems are returned.
 */
public final class NationalUnitListsService implements LoadNationalUnitListsUseCase {
    /** The list before the reform describes the units of 4/1/2025; the catalogue holds them from 1/1/2025. */
    public static final LocalDate LIST_DAY = LocalDate.of(2025, 1, 1);
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final ImportUnitListsUseCase imports;
    private final UnitCatalogPort units;
    private final TableFilePort files;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public NationalUnitListsService(ImportUnitListsUseCase imports, UnitCatalogPort units, TableFilePort files,
                                    TransactionPort tx, AccessPolicy access) {
        this.imports = imports;
        this.units = units;
        this.files = files;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public NationalLoadOutcome load(NationalUnitLists lists) {
        access.requireCatalogueWrite();
        Csv before = Csv.read(files, lists.before()), mergers = Csv.read(files, lists.mergers()),
                after = Csv.read(files, lists.after());
        String firstBefore = before.firstNonBlank("Mã PX"), firstAfter = after.firstNonBlank("Mã PX");
        if (units.findByCodeOn(UnitCode.of(firstBefore), LIST_DAY).isPresent()
                && units.findByCodeOn(UnitCode.of(firstAfter), REFORM).isPresent()) {
            return new NationalLoadOutcome(true, "", 0, 0, List.of());
        }
        int created = 0, ended = 0;

        // 1. Before 1/7/2025, without the codes the catalogue gives to a unit that begins later.
        Map<String, List<AdministrativeUnit>> byCode = byCode();
        Set<String> takenLater = new HashSet<>();
        for (List<String> r : before.rows) {
            String code = before.get(r, "Mã PX");
            if (!code.isBlank() && byCode.getOrDefault(code, List.of()).stream().noneMatch(u -> u.isCurrentOn(LIST_DAY))
                    && byCode.getOrDefault(code, List.of()).stream().anyMatch(u -> u.validity().validFrom().isAfter(LIST_DAY))) {
                takenLater.add(code);
            }
        }
        UnitImportOutcome o = imports.importUnitList(new UnitListCommand(NationalUnitLists.BEFORE,
                before.without(r -> takenLater.contains(before.get(r, "Mã PX"))), LIST_DAY));
        if (!o.succeeded()) {
            return new NationalLoadOutcome(false, NationalUnitLists.BEFORE, 0, 0, o.problems());
        }
        created += o.created();

        // 2. The merger list, less what the catalogue has already reorganised.
        byCode = byCode();
        Map<String, List<AdministrativeUnit>> known = byCode;
        List<List<String>> kept = new ArrayList<>();
        for (List<String> r : mergers.rows) {
            String old = mergers.get(r, "Mã cũ"), successor = mergers.get(r, "Mã mới");
            boolean open = known.getOrDefault(old, List.of()).stream()
                    .anyMatch(u -> u.isCurrentOn(REFORM.minusDays(1)) && u.validity().validTo() == null);
            if (!open || takenLater.contains(old)) {
                continue;
            }
            List<String> row = new ArrayList<>(r);
            boolean successorThere = known.getOrDefault(successor, List.of()).stream()
                    .anyMatch(u -> u.isCurrentOn(REFORM) && !u.validity().validFrom().isBefore(REFORM));
            if (successorThere) {
                for (String h : List.of("Tên mới", "Cấp mới", "Mã cấp trên mới")) {
                    mergers.set(row, h, "");
                }
            }
            kept.add(row);
        }
        o = imports.importMergerList(new MergerListCommand(NationalUnitLists.MERGERS, mergers.with(kept)));
        if (!o.succeeded()) {
            return new NationalLoadOutcome(false, NationalUnitLists.MERGERS, created, 0, o.problems());
        }
        created += o.created();
        ended += o.changed();

        // 3. Old units whose code a later unit of the catalogue holds: recorded ended, merged into their successors.
        List<LineProblem> problems = new ArrayList<>();
        List<AdministrativeUnit> late = new ArrayList<>();
        for (List<String> r : before.rows) {
            String code = before.get(r, "Mã PX");
            if (!takenLater.contains(code)) {
                continue;
            }
            Optional<AdministrativeUnit> district = units.findByCodeOn(UnitCode.of(before.get(r, "Mã QH")), LIST_DAY);
            List<UnitId> successors = new ArrayList<>();
            String decision = null;
            for (List<String> m : mergers.rows) {
                if (mergers.get(m, "Mã cũ").equals(code)) {
                    decision = mergers.get(m, "Nghị quyết");
                    units.findByCodeOn(UnitCode.of(mergers.get(m, "Mã mới")), REFORM).ifPresent(s -> successors.add(s.id()));
                }
            }
            UnitKind kind = kindOf(before.get(r, "Cấp"));
            if (district.isEmpty() || successors.isEmpty() || kind == null) {
                problems.add(new LineProblem(0, Reason.of("national-units.unplaced",
                        "Không ghép được đơn vị mã " + code + " với danh mục.", "Unit " + code + " cannot be placed in the catalogue.")));
                continue;
            }
            String name = TextFold.nfc(before.get(r, "Phường Xã"));
            if (TextFold.fold(name).startsWith(TextFold.fold(kind.vietnamese()) + " ")) {
                name = name.substring(kind.vietnamese().length()).strip();
            }
            AdministrativeUnit u = AdministrativeUnit.register(UnitCode.of(code), name, kind, district.get().id(),
                    Validity.since(LIST_DAY));
            u.mergeInto(REFORM, successors, decision);
            late.add(u);
        }
        if (!problems.isEmpty()) {
            return new NationalLoadOutcome(false, NationalUnitLists.BEFORE, created, ended, problems);
        }
        tx.run("NationalUnitListsService.load", () -> late.forEach(units::save));
        created += late.size();
        ended += late.size();

        // 4. From 1/7/2025: the communes no old one leads to; the rest is already there.
        o = imports.importUnitList(new UnitListCommand(NationalUnitLists.AFTER, lists.after(), REFORM));
        if (!o.succeeded()) {
            return new NationalLoadOutcome(false, NationalUnitLists.AFTER, created, ended, o.problems());
        }
        return new NationalLoadOutcome(false, "", created + o.created(), ended, List.of());
    }

    private Map<String, List<AdministrativeUnit>> byCode() {
        Map<String, List<AdministrativeUnit>> m = new HashMap<>();
        units.all().forEach(u -> m.computeIfAbsent(u.code().toString(), k -> new ArrayList<>()).add(u));
        return m;
    }

    private static UnitKind kindOf(String level) {
        for (UnitKind k : List.of(UnitKind.TOWNSHIP, UnitKind.WARD, UnitKind.SPECIAL_ZONE, UnitKind.COMMUNE)) {
            if (TextFold.fold(k.vietnamese()).equals(TextFold.fold(level))) {
                return k;
            }
        }
        return null;
    }

    /** A small CSV of our own data files: its header, its rows, and a writer for the rows kept. */
    private record Csv(List<String> header, List<List<String>> rows) {
        static Csv read(TableFilePort files, byte[] content) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            try (TableFilePort.Table t = files.open(FileFormat.CSV, new ByteArrayInputStream(content))) {
                while (t.next()) {
                    if (t.problem() != null) {
                        throw new IllegalArgumentException("line " + t.line() + ": " + t.problem().reason().english());
                    }
                    List<String> f = new ArrayList<>(t.fields().stream().map(s -> s == null ? "" : s).toList());
                    if (header == null) {
                        header = f;
                    } else {
                        rows.add(f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Csv(header == null ? List.of() : header, rows);
        }

        int column(String heading) {
            for (int i = 0; i < header.size(); i++) {
                if (TextFold.fold(header.get(i)).equals(TextFold.fold(heading))) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + heading);
        }

        String get(List<String> row, String heading) {
            int i = column(heading);
            return i < row.size() ? row.get(i).strip() : "";
        }

        void set(List<String> row, String heading, String value) {
            row.set(column(heading), value);
        }

        String firstNonBlank(String heading) {
            return rows.stream().map(r -> get(r, heading)).filter(s -> !s.isBlank()).findFirst().orElseThrow();
        }

        byte[] without(java.util.function.Predicate<List<String>> drop) {
            return with(rows.stream().filter(drop.negate()).toList());
        }

        byte[] with(List<List<String>> kept) {
            StringBuilder b = new StringBuilder();
            line(b, header);
            kept.forEach(r -> line(b, r));
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static void line(StringBuilder b, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i);
                b.append(i == 0 ? "" : ",").append(c.matches("(?s).*[,\"\\n\\r].*") ? '"' + c.replace("\"", "\"\"") + '"' : c);
            }
            b.append('\n');
        }
    }
}
