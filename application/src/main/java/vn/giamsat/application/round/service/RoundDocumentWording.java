package vn.giamsat.application.round.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.LeadTimeRule;
import vn.giamsat.domain.round.RoundDocumentKind;

/**
 * Words the documents a round sends before the visits (issue 19.1): the plan, the decision forming the delegation,
 * and a unit's notice with the outline of the report it must send. Laid out by the report's renderer (Decree
 * 30/2020 layout, decision 025): same header, motto, date, recipients and signature as the report; no figures.
 * The number is left blank ("Số:        /KH-HĐND"): the council's office numbers a document when it signs it.
 */
final class RoundDocumentWording {
    private RoundDocumentWording() {}

    /**
     * @param unitName   the supervised unit a notice goes to ({@code null} for the plan and the decision)
     * @param unitNames  every supervised unit, in the round's order
     * @param visit      the notice's unit's first dated visit, or null
     * @param reportDue  the day that unit's report is due, or null when its visit has no date
     */
    record Facts(RoundDocumentKind kind, String issuingCouncil, String resolutionCitation, String legalBasis,
                 String subject, String periodText, List<DelegationMember> delegation, List<String> unitNames,
                 String unitName, LocalDate visit, LocalDate reportDue, LeadTimeRule noticeRule,
                 LeadTimeRule reportRule, String headName) {}

    static RoundReport word(Facts f) {
        ReportWording.Issuer issuer = ReportWording.issuer(f.issuingCouncil());
        String supervised = ReportWording.supervisedMatter(f.subject());
        List<String> grounds = new ArrayList<>();
        grounds.add("Căn cứ " + f.legalBasis().strip() + ";");
        grounds.add("Căn cứ " + ReportWording.officialCouncilNames(f.resolutionCitation()) + ";");
        String place = issuer.place() + ", " + ReportWording.NO_DATE;
        String members = String.join("; ", f.delegation().stream()
                .map(m -> m.fullName() + (m.position() == null ? "" : ", " + m.position()) + " – "
                        + m.role().vietnamese()).toList());
        return switch (f.kind()) {
            case PLAN -> new RoundReport(issuer.parent(), "ĐOÀN GIÁM SÁT", "Số:        /KH-ĐGS", place, "KẾ HOẠCH",
                    "Giám sát " + supervised, grounds,
                    List.of("Đoàn giám sát xây dựng kế hoạch giám sát như sau:"), null,
                    List.of(new RoundReport.Section("I. MỤC ĐÍCH, YÊU CẦU", List.of(
                                    "Xem xét, đánh giá " + supervised + ", thời kỳ " + f.periodText() + ".")),
                            new RoundReport.Section("II. ĐỐI TƯỢNG GIÁM SÁT", List.of(String.join("; ", f.unitNames()) + ".")),
                            new RoundReport.Section("III. THÀNH PHẦN ĐOÀN GIÁM SÁT", List.of(members + ".")),
                            new RoundReport.Section("IV. THỜI HẠN", List.of(
                                    "Đơn vị chịu sự giám sát được thông báo kế hoạch và đề cương báo cáo chậm nhất "
                                            + f.noticeRule().citation() + " trước ngày làm việc với Đoàn giám sát;",
                                    "Đơn vị gửi báo cáo về Đoàn giám sát chậm nhất " + f.reportRule().citation()
                                            + " trước ngày làm việc."))),
                    List.of("Thường trực " + issuer.council() + ";", "Các đơn vị chịu sự giám sát;",
                            "Thành viên Đoàn giám sát;", "Lưu: VT."),
                    "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", f.headName(), false, null);
            case DELEGATION_DECISION -> new RoundReport(issuer.parent(), "THƯỜNG TRỰC", "Số:        /QĐ-TTHĐND", place,
                    "QUYẾT ĐỊNH", "Về việc thành lập Đoàn giám sát " + supervised, grounds,
                    List.of("QUYẾT ĐỊNH:"), null,
                    List.of(new RoundReport.Section("Điều 1.", List.of("Thành lập Đoàn giám sát " + supervised
                                    + ", gồm: " + members + ".")),
                            new RoundReport.Section("Điều 2.", List.of("Đoàn giám sát thực hiện theo kế hoạch giám sát "
                                    + "tại các đơn vị: " + String.join("; ", f.unitNames()) + "; báo cáo kết quả giám "
                                    + "sát với " + issuer.council() + ".")),
                            new RoundReport.Section("Điều 3.", List.of("Quyết định có hiệu lực kể từ ngày ký. Các thành "
                                    + "viên Đoàn giám sát và các đơn vị có tên tại Điều 2 chịu trách nhiệm thi hành."))),
                    List.of("Như Điều 3;", "Lưu: VT."), "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "", false, null);
            case UNIT_NOTICE -> new RoundReport(issuer.parent(), "ĐOÀN GIÁM SÁT", "Số:        /TB-ĐGS", place,
                    "THÔNG BÁO", "Về việc giám sát " + supervised + " tại " + f.unitName(), grounds,
                    List.of("Đoàn giám sát thông báo tới " + f.unitName() + " kế hoạch giám sát và đề nghị đơn vị báo "
                                    + "cáo theo đề cương dưới đây.",
                            f.visit() == null ? "Thời gian làm việc với đơn vị: Đoàn giám sát sẽ thông báo sau."
                                    : "Thời gian làm việc với đơn vị: ngày " + ReportWording.DATE.format(f.visit()) + ".",
                            f.reportDue() == null
                                    ? "Đơn vị gửi báo cáo về Đoàn giám sát chậm nhất " + f.reportRule().citation()
                                            + " trước ngày làm việc."
                                    : "Đơn vị gửi báo cáo về Đoàn giám sát trước ngày "
                                            + ReportWording.DATE.format(f.reportDue()) + " (" + f.reportRule().citation()
                                            + " trước ngày làm việc)."), null,
                    List.of(new RoundReport.Section("ĐỀ CƯƠNG BÁO CÁO", List.of(
                            "I. Đặc điểm tình hình chung của đơn vị, thời kỳ " + f.periodText() + ".",
                            "II. Kết quả thực hiện: số hồ sơ tiếp nhận, đã giải quyết (trước hạn, đúng hạn, quá hạn), "
                                    + "đang giải quyết; hồ sơ trực tuyến; việc niêm yết, công khai thủ tục hành chính.",
                            "III. Tồn tại, hạn chế và nguyên nhân.",
                            "IV. Đề xuất, kiến nghị."))),
                    List.of(f.unitName() + ";", "Thành viên Đoàn giám sát;", "Lưu: VT."),
                    "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", f.headName(), false, null);
        };
    }
}
