package vn.giamsat.application.round.service;

import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.application.round.model.RoundReport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.Indicators;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.FindingKind;

/**
 * Words the delegation's report from what a round says, wherever that comes from: the live round (the admin
 * preview and download) or a published snapshot (what citizens download). One wording for both, so a
 * published report reads exactly as the approved one did.
 */
public final class ReportWording {
    /**
     * An empty section says that nothing was recorded, not that there was nothing: the seed's own text of limitations
     * and recommendations is cut off, and "Không có" would assert what the source does not say.
     */
    static final String NOTHING_RECORDED = "Chưa ghi nhận nội dung.";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** The kind words of a council's name; a category name ("thành phố trực thuộc trung ương") is not its name. */
    private static final Pattern COUNCIL = Pattern.compile("(?iu)^hội đồng nhân dân\\s+(tỉnh|thành phố trực thuộc trung ương"
            + "|thành phố thuộc tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\\s+(.+)$");
    /** Decree 30/2020/NĐ-CP, Appendix I: where the document gives no date, the form's blanks. */
    public static final String NO_DATE = "ngày … tháng … năm …";
    /** What every page of demo content says about itself. */
    public static final String SAMPLE_DATA_NOTE = "DỮ LIỆU MẪU / SAMPLE DATA – văn bản minh họa dựng lại từ một bản tin, "
            + "không phải văn bản do cơ quan nêu trên ban hành; nguồn không nêu ngày báo cáo nên ngày để trống.";

    private ReportWording() {}

    /**
     * What the report says, already resolved to names.
     *
     * @param issuingCouncil     e.g. "Hội đồng nhân dân huyện Phú Ninh"
     * @param resolutionCitation e.g. "Nghị quyết số 21/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân huyện Phú Ninh"
     * @param legalBasis         the law the round is carried out under, printed under "Căn cứ"; null: none printed
     * @param date               the report's date: the day the head approved it; null when no date is known (a
     *                           draft, or sample data whose source gives none): the report prints {@link #NO_DATE}
     * @param units              the units under supervision, in the round's order
     * @param figures            the figures table's rows, in the order they are printed
     * @param headName           the head of the delegation, who signs; empty when there is none yet
     * @param draft              true until the head approved the report
     * @param sampleData         true for demo content: the report says so on every page
     */
    public record Facts(String issuingCouncil, String resolutionCitation, String legalBasis, String subject,
                        Period period, LocalDate date, List<DelegationMember> delegation, List<String> units,
                        List<FindingLine> findings, List<RecommendationLine> recommendations,
                        List<FiguresLine> figures, String headName, boolean draft, boolean sampleData) {
        public Facts {
            Require.present(issuingCouncil, "cơ quan ban hành", "issuing council");
            Require.present(period, "thời kỳ giám sát", "period");
            delegation = List.copyOf(delegation);
            units = List.copyOf(units);
            findings = List.copyOf(findings);
            recommendations = List.copyOf(recommendations);
            figures = List.copyOf(figures);
            headName = headName == null ? "" : headName;
        }
    }

    /** @param unitName {@code null} for a finding about the whole round */
    public record FindingLine(FindingKind kind, String unitName, String text) {}

    /** @param unitName {@code null} when the recommendation names no unit; {@code dueDate} may be null */
    public record RecommendationLine(String addressee, String unitName, String text, LocalDate dueDate) {}

    /** @param unitName the unit's display name, e.g. "Thị trấn Phú Thịnh" */
    public record FiguresLine(String unitName, HandlingFigures figures) {}

    /**
     * Who issues the round's documents, as their header prints it.
     *
     * @param council its official name, "Hội đồng nhân dân thành phố Đà Nẵng"
     * @param place   the place before the date, "Đà Nẵng"
     * @param parent  the body above the issuer, "HĐND THÀNH PHỐ ĐÀ NẴNG"
     */
    record Issuer(String council, String place, String parent) {}

    /** The issuer's names from the council named in the resolution; shared by every document of the round. */
    static Issuer issuer(String issuingCouncil) {
        Matcher m = COUNCIL.matcher(issuingCouncil.strip());
        String councilKind = m.matches() ? officialKind(m.group(1)) : null;
        String council = m.matches() ? "Hội đồng nhân dân " + councilKind + " " + m.group(2) : issuingCouncil;
        String place = m.matches() ? m.group(2) : council;
        String parent = m.matches() ? ("HĐND " + councilKind + " " + m.group(2)).toUpperCase(VI) : council.toUpperCase(VI);
        return new Issuer(council, place, parent);
    }

    public static RoundReport word(Facts f) {
        Issuer issuer = issuer(f.issuingCouncil());
        String council = issuer.council();
        String place = issuer.place();
        String parent = issuer.parent();
        String supervised = supervisedMatter(f.subject());
        String resolutionCitation = officialCouncilNames(f.resolutionCitation());

        List<String> grounds = new ArrayList<>();
        if (f.legalBasis() != null && !f.legalBasis().isBlank()) {
            grounds.add("Căn cứ " + f.legalBasis().strip() + ";");
        }
        grounds.add("Căn cứ " + resolutionCitation + " về việc thành lập Đoàn giám sát " + supervised + ";");

        List<String> intro = new ArrayList<>();
        intro.add("Đoàn giám sát đã tiến hành giám sát tại " + f.units().size()
                + " đơn vị, thời kỳ giám sát từ ngày " + f.period().from().format(DATE)
                + " đến ngày " + f.period().to().format(DATE) + ".");
        if (!f.delegation().isEmpty()) {
            intro.add("Thành phần Đoàn giám sát: " + String.join("; ", f.delegation().stream()
                    .map(ReportWording::member).toList()) + ".");
        }
        if (!f.units().isEmpty()) {
            intro.add("Đơn vị chịu sự giám sát: " + String.join(", ", f.units()) + ".");
        }
        intro.add("Đoàn giám sát báo cáo kết quả như sau:");

        List<RoundReport.Section> sections = new ArrayList<>();
        String[] numerals = {"I", "II", "III", "IV"};
        int n = 0;
        for (FindingKind kind : FindingKind.values()) {
            sections.add(new RoundReport.Section(numerals[n++] + ". " + kind.vietnamese().toUpperCase(VI),
                    findings(f.findings(), kind)));
        }
        sections.add(new RoundReport.Section(numerals[n] + ". KIẾN NGHỊ", recommendations(f.recommendations())));

        return new RoundReport(parent, "ĐOÀN GIÁM SÁT", "Số:        /BC-ĐGS", place + ", " + issueDate(f.date()),
                "BÁO CÁO", "Kết quả giám sát " + supervised, grounds, intro,
                figuresTable(f.figures()), sections,
                List.of("Thường trực " + council + ";", "Các đơn vị chịu sự giám sát;", "Thành viên Đoàn giám sát;",
                        "Lưu: VT, Đoàn giám sát."),
                "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", f.headName(), f.draft(),
                f.sampleData() ? SAMPLE_DATA_NOTE : null);
    }

    /**
     * The date of issue as Decree 30/2020/NĐ-CP (Appendix I, part I, section II.4) writes it: a zero before a day
     * under 10 and before months 1 and 2 only ("ngày 05 tháng 01 năm 2023", "ngày 20 tháng 12 năm 2022",
     * "ngày 15 tháng 3 năm 2023"); the blanks of the form when there is no date.
     */
    public static String issueDate(LocalDate date) {
        if (date == null) {
            return NO_DATE;
        }
        int month = date.getMonthValue();
        return "ngày " + pad(date.getDayOfMonth()) + " tháng " + (month <= 2 ? pad(month) : Integer.toString(month))
                + " năm " + date.getYear();
    }

    /**
     * What was supervised, for "Kết quả giám sát …" and "Đoàn giám sát …": a subject worded "Giám sát việc …"
     * gives "việc …", so the report never says "giám sát giám sát".
     */
    static String supervisedMatter(String subject) {
        String s = subject.strip();
        while (s.toLowerCase(VI).startsWith("giám sát ")) {
            s = s.substring("giám sát ".length()).strip();
        }
        return lowerFirst(s);
    }

    /** "thành phố trực thuộc trung ương Đà Nẵng" is a category and a name; official texts say "thành phố Đà Nẵng". */
    static String officialCouncilNames(String text) {
        return text.replaceAll("(?iu)thành phố (trực thuộc trung ương|thuộc tỉnh) ", "thành phố ");
    }

    private static String officialKind(String kind) {
        String k = kind.toLowerCase(VI);
        return k.startsWith("thành phố") ? "thành phố" : k;
    }

    private static RoundReport.FiguresTable figuresTable(List<FiguresLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (FiguresLine line : lines) {
            HandlingFigures f = line.figures();
            String unit = line.unitName() + (f.channel() == null ? "" : " (" + f.channel().vietnamese() + ")");
            Indicators ind = Indicators.of(f);
            rows.add(List.of(unit, f.period().toVietnamese(), FiguresText.count(f.received()),
                    FiguresText.count(f.early()), FiguresText.count(f.onTime()),
                    FiguresText.count(f.withinDeadlineTotal()), FiguresText.count(f.late()),
                    FiguresText.count(f.receivedOnline()), FiguresText.rate(ind.onTimeRate())));
            f.statementText().ifPresent(s -> notes.add(unit + ", kỳ " + f.period().toVietnamese() + ": " + s));
        }
        return new RoundReport.FiguresTable("Số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
                List.of("Đơn vị", "Kỳ số liệu", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Trước và đúng hạn", "Quá hạn",
                        "Trực tuyến", "Tỷ lệ trước và đúng hạn"),
                rows, notes);
    }

    private static List<String> findings(List<FindingLine> all, FindingKind kind) {
        List<String> out = new ArrayList<>();
        all.stream().filter(f -> f.kind() == kind && f.unitName() == null).forEach(f -> out.add(f.text()));
        all.stream().filter(f -> f.kind() == kind && f.unitName() != null)
                .forEach(f -> out.add("- " + f.unitName() + ": " + f.text()));
        if (out.isEmpty()) {
            out.add(NOTHING_RECORDED);
        }
        return out;
    }

    private static List<String> recommendations(List<RecommendationLine> all) {
        List<String> out = new ArrayList<>();
        int i = 1;
        for (RecommendationLine r : all) {
            out.add(i++ + ". Đối với " + r.addressee() + (r.unitName() == null ? "" : " (" + r.unitName() + ")")
                    + ": " + r.text() + (r.dueDate() == null ? "" : " Thời hạn: " + r.dueDate().format(DATE) + "."));
        }
        if (out.isEmpty()) {
            out.add(NOTHING_RECORDED);
        }
        return out;
    }

    private static String member(DelegationMember m) {
        return m.fullName() + (m.position() == null ? "" : ", " + m.position()) + " – " + m.role().vietnamese();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static String pad(int v) { // only where Decree 30 asks for it: see issueDate
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
