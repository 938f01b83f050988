package vn.giamsat.application.admin;

import vn.giamsat.application.security.AccessPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.giamsat.application.port.in.NotFoundException;
import vn.giamsat.application.port.out.ClockPort;
import vn.giamsat.application.port.out.FiguresPort;
import vn.giamsat.application.port.out.LoadRoundPort;
import vn.giamsat.application.port.out.UnitCatalogPort;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/** Words the delegation's report from the round and the figures reported to it, then has it laid out. */
final class RoundReportService implements RoundReportUseCase {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Pattern COUNCIL = Pattern.compile(
            "(?iu)^hội đồng nhân dân\\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\\s+(.+)$");

    private final LoadRoundPort rounds;
    private final UnitCatalogPort units;
    private final FiguresPort figures;
    private final ClockPort clock;
    private final ReportRendererPort renderer;
    private final AccessPolicy access;

    RoundReportService(LoadRoundPort rounds, UnitCatalogPort units, FiguresPort figures, ClockPort clock,
                       ReportRendererPort renderer, AccessPolicy access) {
        this.access = access;
        this.rounds = rounds;
        this.units = units;
        this.figures = figures;
        this.clock = clock;
        this.renderer = renderer;
    }

    @Override
    public RenderedReport render(RoundId id, ReportFormat format) {
        SupervisionRound round = load(id);
        RoundReport report = report(round);
        String name = "bao-cao-giam-sat-" + round.resolution().number().value()
                .replaceAll("[^0-9A-Za-z]+", "-").toLowerCase(Locale.ROOT) + "." + format.extension();
        return new RenderedReport(name, format.mediaType(), renderer.render(report, format));
    }

    @Override
    public RoundReport report(RoundId id) {
        return report(load(id));
    }

    private SupervisionRound load(RoundId id) {
        SupervisionRound round = rounds.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        access.requireRead(access.current(), round);
        return round;
    }

    private RoundReport report(SupervisionRound round) {
        Map<UnitId, AdministrativeUnit> scope = units.findAll(round.scope()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        Function<UnitId, String> unitName = u -> Optional.ofNullable(scope.get(u))
                .map(AdministrativeUnit::displayName).orElse(u.toString());
        String council = round.resolution().issuingCouncil();
        Matcher m = COUNCIL.matcher(council);
        String place = m.matches() ? m.group(2) : council;
        String parent = m.matches() ? ("HĐND " + m.group(1) + " " + m.group(2)).toUpperCase(VI) : council.toUpperCase(VI);
        LocalDate date = round.approval().map(a -> LocalDate.ofInstant(a.approvedAt(), ClockPort.VIETNAM))
                .orElseGet(clock::today);

        List<String> intro = new ArrayList<>();
        intro.add("Thực hiện " + round.resolution().citation() + " về việc thành lập Đoàn giám sát "
                + lowerFirst(round.subject()) + ", Đoàn giám sát đã tiến hành giám sát tại "
                + round.scope().size() + " đơn vị, thời kỳ giám sát từ ngày " + round.period().from().format(DATE)
                + " đến ngày " + round.period().to().format(DATE) + ".");
        if (!round.delegation().isEmpty()) {
            intro.add("Thành phần Đoàn giám sát: " + String.join("; ", round.delegation().stream()
                    .map(RoundReportService::member).toList()) + ".");
        }
        if (!round.scope().isEmpty()) {
            intro.add("Đơn vị chịu sự giám sát: " + String.join(", ", round.scopeInOrder().stream().map(unitName).toList()) + ".");
        }
        intro.add("Đoàn giám sát báo cáo kết quả như sau:");

        List<RoundReport.Section> sections = new ArrayList<>();
        String[] numerals = {"I", "II", "III", "IV"};
        int n = 0;
        for (FindingKind kind : FindingKind.values()) {
            sections.add(new RoundReport.Section(numerals[n++] + ". " + kind.vietnamese().toUpperCase(VI),
                    findings(round.findings(), kind, unitName)));
        }
        sections.add(new RoundReport.Section(numerals[n] + ". KIẾN NGHỊ", recommendations(round.recommendations(), unitName)));

        return new RoundReport(parent, "ĐOÀN GIÁM SÁT", "Số:        /BC-ĐGS",
                place + ", ngày " + pad(date.getDayOfMonth()) + " tháng " + pad(date.getMonthValue()) + " năm " + date.getYear(),
                "BÁO CÁO", "Kết quả giám sát " + lowerFirst(round.subject()), intro,
                figuresTable(round, unitName), sections,
                List.of("Thường trực " + council + ";", "Các đơn vị chịu sự giám sát;", "Thành viên Đoàn giám sát;",
                        "Lưu: VT, Đoàn giám sát."),
                "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", round.head().map(DelegationMember::fullName).orElse(""),
                round.approval().isEmpty());
    }

    private RoundReport.FiguresTable figuresTable(SupervisionRound round, Function<UnitId, String> unitName) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (HandlingFigures f : figures.ofRound(round.id()).stream()
                .sorted(java.util.Comparator.comparing((HandlingFigures f) -> round.scopeInOrder().indexOf(f.unit()))
                        .thenComparing(HandlingFigures::period)).toList()) {
            String unit = unitName.apply(f.unit()) + (f.channel() == null ? "" : " (" + f.channel().vietnamese() + ")");
            Indicators ind = Indicators.of(f);
            rows.add(List.of(unit, f.period().toVietnamese(), FiguresText.count(f.received()),
                    FiguresText.count(f.early()), FiguresText.count(f.onTime()),
                    FiguresText.count(f.withinDeadlineTotal()), FiguresText.count(f.late()),
                    FiguresText.count(f.receivedOnline()), FiguresText.rate(ind.onTimeRate())));
            f.statementText().ifPresent(s -> notes.add(unit + ", kỳ " + f.period().toVietnamese() + ": " + s));
        }
        return new RoundReport.FiguresTable("Số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
                List.of("Đơn vị", "Kỳ số liệu", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Trước và đúng hạn", "Trễ hạn",
                        "Trực tuyến", "Tỷ lệ trước và đúng hạn"),
                rows, notes);
    }

    private static List<String> findings(List<Finding> all, FindingKind kind, Function<UnitId, String> unitName) {
        List<String> out = new ArrayList<>();
        all.stream().filter(f -> f.kind() == kind && f.aboutUnit().isEmpty()).forEach(f -> out.add(f.text()));
        all.stream().filter(f -> f.kind() == kind && f.aboutUnit().isPresent())
                .forEach(f -> out.add("- " + unitName.apply(f.unit()) + ": " + f.text()));
        if (out.isEmpty()) {
            out.add("Không có.");
        }
        return out;
    }

    private static List<String> recommendations(List<Recommendation> all, Function<UnitId, String> unitName) {
        List<String> out = new ArrayList<>();
        int i = 1;
        for (Recommendation r : all) {
            out.add(i++ + ". Đối với " + r.addressee() + r.unit().map(u -> " (" + unitName.apply(u) + ")").orElse("")
                    + ": " + r.text() + r.dueDate().map(d -> " Thời hạn: " + d.format(DATE) + ".").orElse(""));
        }
        if (out.isEmpty()) {
            out.add("Không có.");
        }
        return out;
    }

    private static String member(DelegationMember m) {
        return m.fullName() + (m.position() == null ? "" : ", " + m.position()) + " – " + m.role().vietnamese();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static String pad(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
