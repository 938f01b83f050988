package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.in.ProcedureListing.PublicProcedure;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.ProcedureSearch;
import vn.giamsat.application.publication.port.in.UnitRef;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.publication.RoundSnapshot.FiguresEntry;

/** The portal's open data tables, built from the same published data as the pages. */
@Component
class OpenDataSets {
    static final String FIGURES = "so-lieu";
    static final String PROCEDURES = "thu-tuc";

    static final List<OpenDataset.Column> FIGURE_COLUMNS = List.of(
            col("round_id", "uuid", "Mã cuộc giám sát", "Supervision round id"),
            col("resolution_number", "text", "Số nghị quyết thành lập đoàn giám sát", "Number of the resolution that set up the round"),
            col("version", "integer", "Phiên bản công khai (lớn hơn 1 là đính chính)", "Published version (above 1: a correction)"),
            col("unit_id", "uuid", "Mã định danh đơn vị", "Unit id"),
            col("unit_code", "text", "Mã đơn vị hành chính theo danh mục của Quyết định 124/2004/QĐ-TTg và, từ ngày 01/7/2025, Quyết định 19/2025/QĐ-TTg (mã của đơn vị trong kỳ số liệu)", "Administrative unit code, from the code list of Decision 124/2004/QĐ-TTg and, from 1 July 2025, Decision 19/2025/QĐ-TTg (the unit's code in the period)"),
            col("unit_name", "text", "Tên đơn vị (như trong kỳ số liệu)", "Unit name (as in the period)"),
            col("unit_kind", "text", "Loại đơn vị", "Kind of unit"),
            col("former_unit", "boolean", "Đơn vị nay không còn tồn tại (đã sáp nhập hoặc giải thể), theo danh mục hiện hành", "The unit no longer exists today (merged or dissolved)"),
            col("period_from", "date", "Ngày đầu kỳ số liệu", "First day of the period"),
            col("period_to", "date", "Ngày cuối kỳ số liệu", "Last day of the period"),
            col("channel", "text", "Kênh tiếp nhận, nếu số liệu chỉ của một kênh (trống: mọi kênh)", "Intake channel if the figures cover one (empty: all)"),
            col("procedure_code", "text", "Mã thủ tục, nếu số liệu chỉ của một thủ tục", "Procedure code if the figures cover one"),
            col("source", "text", "Nguồn số liệu: SELF_REPORTED, COMPUTED_FROM_DOSSIERS, SUPERVISION_ROUND", "Source of the figures"),
            col("carried_over", "integer", "Kỳ trước chuyển sang (trống: chưa báo cáo, không phải 0)", "Carried over from the previous period (empty: not reported, not 0)"),
            col("received", "integer", "Số hồ sơ tiếp nhận (trống: chưa báo cáo, không phải 0)", "Dossiers received (empty: not reported, not 0)"),
            col("received_online", "integer", "Tiếp nhận trực tuyến", "Received online"),
            col("received_postal", "integer", "Tiếp nhận qua bưu chính công ích", "Received by post"),
            col("resolved", "integer", "Đã giải quyết", "Resolved"),
            col("early", "integer", "Giải quyết trước hạn", "Resolved early"),
            col("on_time", "integer", "Giải quyết đúng hạn", "Resolved on time"),
            col("within_deadline", "integer", "Trước hạn và đúng hạn, khi báo cáo gộp", "Early and on time, when reported together"),
            col("late", "integer", "Giải quyết quá hạn", "Resolved late"),
            col("in_progress_within_deadline", "integer", "Đang giải quyết trong hạn", "In progress, within the deadline"),
            col("in_progress_overdue", "integer", "Đang giải quyết quá hạn", "In progress, past the deadline"),
            col("withdrawn", "integer", "Rút hồ sơ (người nộp rút, hoặc trả lại)", "Withdrawn or returned"),
            col("reported_on_time_rate", "decimal", "Tỷ lệ đúng hạn do đơn vị báo cáo (%), không kèm số hồ sơ", "On-time rate as the unit reported it (%), without counts"),
            col("on_time_rate", "decimal", "Tỷ lệ trước hạn và đúng hạn tính từ số hồ sơ (%); trống nếu không tính được", "On-time rate computed from counts (%); empty if it cannot be"),
            col("online_share", "decimal", "Tỷ lệ tiếp nhận trực tuyến (%)", "Online share of dossiers received (%)"),
            col("statement", "text", "Nhận xét bằng lời của đơn vị", "The unit's statement in words"),
            col("source_note", "text", "Ghi chú nguồn", "Source note"));

    static final List<OpenDataset.Column> PROCEDURE_COLUMNS = List.of(
            col("code", "text", "Mã thủ tục (Cơ sở dữ liệu quốc gia về TTHC)", "Procedure code"),
            col("name", "text", "Tên thủ tục", "Name"),
            col("field", "text", "Lĩnh vực", "Field"),
            col("authority_level", "text", "Cấp thực hiện: PROVINCE, DISTRICT, COMMUNE", "Authority level"),
            col("time_limit_working_days", "integer", "Thời hạn giải quyết (ngày làm việc; trống: chưa công bố)", "Time limit in working days (empty: not published)"),
            col("fees", "text", "Phí, lệ phí", "Fees"),
            col("required_documents", "text", "Thành phần hồ sơ, cách nhau bởi \" | \"", "Required documents, separated by \" | \""),
            col("result", "text", "Kết quả", "Result"),
            col("legal_basis", "text", "Căn cứ pháp lý", "Legal basis"),
            col("online_mode", "text", "Dịch vụ công trực tuyến: FULL (toàn trình), PARTIAL (một phần), NONE", "Online mode"),
            col("postal_service_allowed", "boolean", "Thực hiện qua bưu chính công ích", "Postal service allowed"),
            col("published_by", "text", "Quyết định công bố", "Decision that published it"),
            col("unit_codes", "text", "Mã các đơn vị công bố thủ tục, cách nhau bởi \" | \"", "Codes of the units that list it"));

    private final PublishedResultsQueries published;
    private final ProcedureQueries procedures;

    OpenDataSets(PublishedResultsQueries published, ProcedureQueries procedures) {
        this.published = published;
        this.procedures = procedures;
    }

    OpenDataset byId(String id) {
        return switch (id) {
            case FIGURES -> figures();
            case PROCEDURES -> procedures();
            default -> null;
        };
    }

    OpenDataset figures() {
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedUnitFigures p : published.publishedUnitFigures()) {
            FiguresEntry f = p.figures();
            rows.add(values(p.roundId(), p.resolutionNumber(), p.version(), p.unit().unitId(), p.unit().code(),
                    p.unit().name(), p.unit().kind().name(), p.formerUnit(), f.periodFrom().toString(),
                    f.periodTo().toString(), f.channel() == null ? null : f.channel().name(), f.procedureCode(),
                    f.source() == null ? null : f.source().name(), number(f.carriedOver()), number(f.received()), number(f.receivedOnline()),
                    number(f.receivedPostal()), number(f.resolved()), number(f.early()), number(f.onTime()),
                    number(f.withinDeadline()), number(f.late()), number(f.inProgressWithinDeadline()),
                    number(f.inProgressOverdue()), number(f.withdrawn()), f.reportedOnTimeRate(),
                    computed(p.onTimeRate()), computed(p.onlineShare()), f.statement(), f.sourceNote()));
        }
        return new OpenDataset(FIGURES, FIGURE_COLUMNS, rows);
    }

    OpenDataset procedures() {
        List<List<Object>> rows = new ArrayList<>();
        for (PublicProcedure item : procedures.search(ProcedureSearch.everything()).matches()) {
            Procedure p = item.procedure();
            rows.add(values(p.code().value(), p.name(), p.field(), p.authorityLevel().name(), p.timeLimitWorkingDays(),
                    p.fees(), String.join(" | ", p.requiredDocuments()), p.result(), p.legalBasis(), p.onlineMode().name(),
                    p.postalServiceAllowed(), p.publishedBy(),
                    String.join(" | ", item.handledBy().stream().map(UnitRef::code).distinct().toList())));
        }
        return new OpenDataset(PROCEDURES, PROCEDURE_COLUMNS, rows);
    }

    /** A count as open data writes it: the number, or empty (null) when not reported; never 0 for a gap. */
    private static Long number(Count count) {
        return count.orNull();
    }

    /** Only a rate computed from counts is a number here; a reported rate has its own column, none is null. */
    private static BigDecimal computed(Rate rate) {
        return rate instanceof Rate.Computed c ? c.percent() : null;
    }

    private static List<Object> values(Object... values) {
        return java.util.Arrays.asList(values); // keeps nulls, unlike List.of
    }

    private static OpenDataset.Column col(String name, String type, String vietnamese, String english) {
        return new OpenDataset.Column(name, type, vietnamese, english);
    }
}
