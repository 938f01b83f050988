package vn.giamsat.application.figures.service;

import vn.giamsat.application.figures.model.SheetFormat;
import vn.giamsat.application.figures.port.in.FiguresImportUseCase;
import vn.giamsat.application.figures.port.out.FiguresSheetPort;

import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.application.figures.port.out.FiguresSheetPort.SheetRow;
import vn.giamsat.application.common.FieldParser;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresInconsistent;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;

/** Checks every row of a figures file, then stores all rows in one transaction, or none. */
public final class FiguresImportService implements FiguresImportUseCase {
    /** Column headers of the file, in the template's order; a blank count cell means "not reported". */
    static final List<Column> COLUMNS = List.of(
            new Column("ma_don_vi", "mã đơn vị", "unit code"),
            new Column("tu_ngay", "từ ngày", "from"),
            new Column("den_ngay", "đến ngày", "to"),
            new Column("kenh", "kênh (1 trực tiếp, 2 trực tuyến, 3 bưu chính; trống: tất cả)", "channel"),
            new Column("tiep_nhan", "tiếp nhận", "received"),
            new Column("ky_truoc_chuyen_qua", "kỳ trước chuyển qua", "carried over"),
            new Column("tiep_nhan_truc_tuyen", "tiếp nhận trực tuyến", "received online"),
            new Column("tiep_nhan_buu_chinh", "tiếp nhận qua bưu chính", "received by post"),
            new Column("da_giai_quyet", "đã giải quyết", "resolved"),
            new Column("truoc_han", "trước hạn", "early"),
            new Column("dung_han", "đúng hạn", "on time"),
            new Column("truoc_va_dung_han", "trước và đúng hạn", "early and on time"),
            new Column("tre_han", "quá hạn", "late"),
            new Column("dang_giai_quyet_trong_han", "đang giải quyết trong hạn", "in progress within deadline"),
            new Column("dang_giai_quyet_qua_han", "đang giải quyết quá hạn", "in progress past deadline"),
            new Column("rut_ho_so", "rút hồ sơ", "withdrawn"),
            // a rate the unit reported without counts ("đạt 78%"); blank: none. Never a count derived from it.
            new Column("ty_le_truoc_va_dung_han_don_vi_bao_cao", "tỷ lệ trước và đúng hạn do đơn vị báo cáo (%)",
                    "early and on-time rate reported by the unit (%)"),
            new Column("ghi_chu", "ghi chú", "note"));
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    record Column(String header, String vi, String en) {}

    private final LoadRoundPort rounds;
    private final UnitCatalogPort units;
    private final FiguresPort figures;
    private final FiguresSheetPort sheets;
    private final TransactionPort tx;
    private final AccessPolicy access;
    private final FrozenFigures frozen;

    public FiguresImportService(LoadRoundPort rounds, UnitCatalogPort units, FiguresPort figures, FiguresSheetPort sheets,
                         TransactionPort tx, AccessPolicy access) {
        this.access = access;
        this.rounds = rounds;
        this.units = units;
        this.figures = figures;
        this.sheets = sheets;
        this.tx = tx;
        this.frozen = new FrozenFigures(rounds, figures);
    }

    @Override
    public byte[] template(SheetFormat format) {
        return sheets.template(format, COLUMNS.stream().map(Column::header).toList(), List.of(List.of(
                "20364", "01/01/2021", "30/12/2022", "", "1062", "", "58", "", "1062", "976", "44", "", "42", "", "",
                "", "", "Báo cáo của đơn vị"), List.of(
                "20386", "01/01/2022", "31/12/2022", "", "5398", "", "", "", "", "", "", "", "", "", "", "", "78",
                "Tỷ lệ hồ sơ trước hạn và đúng hạn đạt 78%")));
    }

    @Override
    public ImportOutcome importFile(ImportFiguresCommand c) {
        SupervisionRound round = rounds.load(c.round())
                .orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", c.round()));
        access.requireRead(access.current(), round);
        requireMayImport(round); // before the file is parsed; each unit of the file is checked again before writing
        List<SheetRow> rows = sheets.read(c.format(), c.content());
        if (rows.isEmpty()) {
            throw new DomainRuleViolation(Reason.of("import.empty",
                    "Tệp không có dòng số liệu nào dưới dòng tiêu đề.", "The file has no data row under the header."));
        }
        List<RowError> errors = new ArrayList<>();
        List<HandlingFigures> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            List<Reason> rowErrors = new ArrayList<>();
            Optional<HandlingFigures> parsed = parse(row, round, c.fileName(), rowErrors);
            parsed.ifPresent(f -> {
                String key = f.unit() + "|" + f.period() + "|" + f.channel();
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    rowErrors.add(Reason.of("import.duplicate",
                            "Trùng đơn vị, kỳ và kênh với dòng " + earlier + ".",
                            "Same unit, period and channel as line " + earlier + "."));
                }
                // a frozen row is an error of its line: the file is refused whole (issue 14.3)
                frozen.refusal(f, round, units.find(f.unit()).map(AdministrativeUnit::displayName).orElse(row.cells()
                        .get("ma_don_vi"))).ifPresent(rowErrors::add);
            });
            if (rowErrors.isEmpty()) {
                parsed.ifPresent(valid::add);
            } else {
                rowErrors.forEach(r -> errors.add(new RowError(row.line(), r)));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportOutcome(rows.size(), 0, errors);
        }
        valid.forEach(f -> access.requireFiguresWrite(f.unit())); // every unit of the file, before any write
        tx.run("FiguresImportService.importFile", () -> valid.forEach(f -> figures.save(f, round.id())));
        return new ImportOutcome(rows.size(), valid.size(), List.of());
    }

    /** Figures may be recorded by council staff over the round's council or the officer of a unit in its scope. */
    private void requireMayImport(SupervisionRound round) {
        Actor actor = access.requireAnyRole("nhập số liệu", "record figures", Role.COUNCIL_STAFF, Role.UNIT_OFFICER);
        if (!access.inJurisdiction(actor, round.council())
                && round.scope().stream().noneMatch(unit -> access.inJurisdiction(actor, unit))) {
            throw new AccessDeniedException("nhập số liệu cho cuộc giám sát này", "import figures into this round");
        }
    }

    private Optional<HandlingFigures> parse(SheetRow row, SupervisionRound round, String fileName, List<Reason> errors) {
        Map<String, String> cells = row.cells();
        String code = cells.get("ma_don_vi");
        LocalDate from = date(cells, COLUMNS.get(1), errors);
        LocalDate to = date(cells, COLUMNS.get(2), errors);
        Channel channel = channel(cells.get("kenh"), errors);
        Map<String, Count> counts = new HashMap<>();
        for (Column column : COLUMNS.subList(4, 16)) {
            counts.put(column.header(), count(cells.get(column.header()), column, errors));
        }
        ReportedRate rate = rate(cells.get("ty_le_truoc_va_dung_han_don_vi_bao_cao"), COLUMNS.get(16), errors);
        Optional<AdministrativeUnit> unit = Optional.empty();
        if (code == null) {
            errors.add(Reason.of("import.unit-missing", "Thiếu mã đơn vị.", "Missing unit code."));
        } else if (from != null) {
            try {
                unit = units.findByCodeOn(UnitCode.of(code), from);
                if (unit.isEmpty()) {
                    errors.add(Reason.of("import.unit-unknown",
                            "Không có đơn vị mã " + code + " vào ngày " + from.format(VN_DATE) + ".",
                            "No unit with code " + code + " on " + from + "."));
                } else if (!round.scope().contains(unit.get().id())) {
                    errors.add(Reason.of("import.unit-out-of-scope",
                            unit.get().displayName() + " (mã " + code + ") không thuộc phạm vi cuộc giám sát này.",
                            unit.get().name() + " (code " + code + ") is not in the scope of this round."));
                }
            } catch (DomainRuleViolation e) {
                errors.add(e.reason());
            }
        }
        if (!errors.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HandlingFigures(unit.get().id(), Period.of(from, to), null, channel,
                    FiguresSource.SELF_REPORTED, counts.get("tiep_nhan"), counts.get("ky_truoc_chuyen_qua"),
                    counts.get("tiep_nhan_truc_tuyen"), counts.get("tiep_nhan_buu_chinh"), counts.get("da_giai_quyet"),
                    counts.get("truoc_han"), counts.get("dung_han"), counts.get("truoc_va_dung_han"),
                    counts.get("tre_han"), counts.get("dang_giai_quyet_trong_han"),
                    counts.get("dang_giai_quyet_qua_han"), counts.get("rut_ho_so"), rate, cells.get("ghi_chu"),
                    "Nhập từ tệp " + fileName));
        } catch (FiguresInconsistent e) {
            errors.addAll(e.violations());
        } catch (DomainRuleViolation e) {
            errors.add(e.reason());
        }
        return Optional.empty();
    }

    private static LocalDate date(Map<String, String> cells, Column column, List<Reason> errors) {
        String text = cells.get(column.header());
        if (text == null) {
            errors.add(Reason.of("import.date-missing", "Thiếu " + column.vi() + ".", "Missing " + column.en() + " date."));
            return null;
        }
        LocalDate day;
        try {
            day = FieldParser.date(text);
        } catch (FieldParser.ImpossibleDate e) {
            day = null;
        }
        if (day == null) {
            errors.add(Reason.of("import.date-format",
                    "Cột " + column.vi() + ": \"" + text + "\" không phải ngày dạng dd/mm/yyyy.",
                    "Column " + column.en() + ": \"" + text + "\" is not a date like dd/mm/yyyy."));
        }
        return day;
    }

    private static Channel channel(String text, List<Reason> errors) {
        if (text == null) {
            return null;
        }
        Channel channel = FieldParser.channel(text);
        if (channel == null) {
            errors.add(Reason.of("import.channel", "Kênh \"" + text + "\" phải là 1, 2, 3 hoặc để trống.",
                    "Channel \"" + text + "\" must be 1, 2, 3 or blank."));
        }
        return channel;
    }

    /** Blank: no rate reported; "78", "78%", "78,5" as the unit wrote it (0 to 100). */
    private static ReportedRate rate(String text, Column column, List<Reason> errors) {
        if (text == null) {
            return null;
        }
        try {
            return new ReportedRate(new java.math.BigDecimal(text.replace("%", "").replace(',', '.').strip()));
        } catch (NumberFormatException | DomainRuleViolation e) {
            errors.add(Reason.of("import.rate",
                    "Cột " + column.vi() + ": \"" + text + "\" phải là số từ 0 đến 100 (để trống nếu không báo cáo).",
                    "Column " + column.en() + ": \"" + text + "\" must be a number from 0 to 100 (blank if none)."));
            return null;
        }
    }

    /** Blank is "not reported"; "1.062" and "1 062" are read as 1062, as Vietnamese reports write them. */
    private static Count count(String text, Column column, List<Reason> errors) {
        if (text == null) {
            return Count.notReported();
        }
        Long n = FieldParser.count(text);
        if (n == null) {
            errors.add(Reason.of("import.count",
                    "Cột " + column.vi() + ": \"" + text + "\" không phải số hồ sơ (để trống nếu chưa báo cáo).",
                    "Column " + column.en() + ": \"" + text + "\" is not a dossier count (leave blank if not reported)."));
            return Count.notReported();
        }
        return Count.of(n);
    }
}
