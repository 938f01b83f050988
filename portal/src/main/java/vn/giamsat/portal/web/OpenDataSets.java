package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.port.in.PublishedRoundQueries;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.application.publication.port.in.PublishedResultsQueries;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.publication.port.in.ProcedureListing.PublicProcedure;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.ProcedureSearch;
import vn.giamsat.application.publication.port.in.UnitRef;
import vn.giamsat.application.publication.port.in.UnitHistoryQueries;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.publication.RoundSnapshot.FiguresEntry;

/** The portal's open data tables, built from the same published data as the pages. */
@Component
class OpenDataSets {
    static final String FIGURES = "so-lieu";
    static final String PROCEDURES = "thu-tuc";
    static final String ROUNDS = "cuoc-giam-sat";
    static final String RECOMMENDATIONS = "kien-nghi";
    static final String UNIT_HISTORY = "don-vi-lich-su";

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
            col("source_note", "text", "Ghi chú nguồn", "Source note"),
            // Last, so that readers of the older columns by position keep working (decision 052: indicator 5a).
            col("results_digitized", "integer", "Số hồ sơ đã giải quyết có kết quả được số hóa (cột so_hoa_ket_qua của tệp hồ sơ; chỉ số 5a); trống: chưa báo cáo, hoặc có hồ sơ đã giải quyết không ghi, không phải 0", "Resolved dossiers whose result was digitized (the dossier export's so_hoa_ket_qua; indicator 5a); empty: not reported, or a resolved dossier did not say, not 0"));

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

    /** One row per published round, its newest version (issue 18 item 4). */
    static final List<OpenDataset.Column> ROUND_COLUMNS = List.of(
            col("round_id", "uuid", "Mã cuộc giám sát", "Supervision round id"),
            col("resolution_number", "text", "Số nghị quyết thành lập đoàn giám sát", "Number of the resolution that set up the round"),
            col("resolution_date", "date", "Ngày ban hành nghị quyết", "Date of the resolution"),
            col("issuing_council", "text", "Cơ quan ban hành nghị quyết", "Council that issued the resolution"),
            col("subject", "text", "Nội dung giám sát", "Subject of the round"),
            col("period_from", "date", "Ngày đầu thời kỳ giám sát", "First day of the supervised period"),
            col("period_to", "date", "Ngày cuối thời kỳ giám sát", "Last day of the supervised period"),
            col("version", "integer", "Phiên bản công khai mới nhất (lớn hơn 1 là đã đính chính)", "Newest published version (above 1: corrected)"),
            col("published_at", "datetime", "Thời điểm công khai phiên bản này (UTC)", "When this version was published (UTC)"),
            col("correction_reason", "text", "Lý do đính chính (trống: bản đầu tiên)", "Reason for the correction (empty: first version)"),
            col("units", "integer", "Số đơn vị được giám sát", "Number of supervised units"),
            col("recommendations", "integer", "Số kiến nghị", "Number of recommendations"),
            col("sample_data", "boolean", "Dữ liệu mẫu để trình diễn, không phải kết quả thật", "Demonstration data, not real results"));

    /** One row per recommendation of a published round with its follow-up status (issue 18 item 4). */
    static final List<OpenDataset.Column> RECOMMENDATION_COLUMNS = List.of(
            col("recommendation_id", "uuid", "Mã kiến nghị", "Recommendation id"),
            col("round_id", "uuid", "Mã cuộc giám sát", "Supervision round id"),
            col("resolution_number", "text", "Số nghị quyết thành lập đoàn giám sát", "Number of the resolution that set up the round"),
            col("version", "integer", "Phiên bản công khai chứa kiến nghị", "Published version the recommendation is read from"),
            col("unit_id", "uuid", "Mã định danh đơn vị được kiến nghị (trống: kiến nghị chung)", "Unit the recommendation concerns (empty: general)"),
            col("unit_code", "text", "Mã đơn vị hành chính", "Administrative unit code"),
            col("unit_name", "text", "Tên đơn vị", "Unit name"),
            col("addressee", "text", "Cơ quan, người nhận kiến nghị", "Addressee"),
            col("text", "text", "Nội dung kiến nghị", "What is recommended"),
            col("due_date", "date", "Hạn thực hiện (trống: không nêu hạn)", "Due date (empty: none stated)"),
            col("follow_up_status", "text", "Tình hình thực hiện khi công khai: NOT_STARTED (chưa thực hiện), IN_PROGRESS (đang thực hiện), DONE (đã thực hiện), VERIFIED (đã kiểm tra, xác nhận)", "Follow-up status when published: NOT_STARTED, IN_PROGRESS, DONE, VERIFIED"));

    /** One row per administrative unit the catalogue holds, existing or not, with where it went (issue 18 item 4). */
    static final List<OpenDataset.Column> UNIT_HISTORY_COLUMNS = List.of(
            col("unit_id", "uuid", "Mã định danh đơn vị (như trong bộ dữ liệu so-lieu)", "Unit id (as in the so-lieu dataset)"),
            col("unit_code", "text", "Mã đơn vị hành chính theo danh mục của Quyết định 124/2004/QĐ-TTg và, từ ngày 01/7/2025, Quyết định 19/2025/QĐ-TTg; một mã có thể được dùng lại cho đơn vị khác sau sáp nhập", "Administrative unit code (Decision 124/2004/QĐ-TTg, from 1 July 2025 Decision 19/2025/QĐ-TTg); a code may be reused by another unit after a merger"),
            col("unit_name", "text", "Tên đơn vị, không kèm loại", "Unit name, without its kind"),
            col("unit_kind", "text", "Loại đơn vị: PROVINCE, CITY, DISTRICT, URBAN_DISTRICT, TOWN, PROVINCIAL_CITY, COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE", "Kind of unit"),
            col("level", "text", "Cấp: PROVINCE (tỉnh), DISTRICT (huyện), COMMUNE (xã)", "Tier: PROVINCE, DISTRICT, COMMUNE"),
            col("parent_id", "uuid", "Mã định danh đơn vị cấp trên (trống: cấp tỉnh)", "Id of the unit above (empty: a province)"),
            col("parent_code", "text", "Mã đơn vị cấp trên (trống: cấp tỉnh)", "Code of the unit above (empty: a province)"),
            col("valid_from", "date", "Ngày bắt đầu tồn tại trong danh mục", "First day the unit exists in the catalogue"),
            col("valid_to", "date", "Ngày đầu tiên đơn vị không còn tồn tại (trống: đơn vị vẫn tồn tại, không phải thiếu số liệu)", "First day the unit no longer exists (empty: it still exists)"),
            col("successor_ids", "text", "Mã định danh các đơn vị được sáp nhập vào, cách nhau bởi \" | \" (trống: đơn vị còn tồn tại hoặc giải thể)", "Ids of the units it was merged into, separated by \" | \" (empty: it exists or was dissolved)"),
            col("successor_codes", "text", "Mã các đơn vị được sáp nhập vào, cùng thứ tự (trống: đơn vị còn tồn tại hoặc giải thể)", "Codes of the units it was merged into, in the same order (empty: it exists or was dissolved)"),
            col("ended_by", "text", "Văn bản chấm dứt đơn vị (trống: đơn vị còn tồn tại, hoặc văn bản chưa được ghi)", "The decision that ended the unit (empty: it exists, or the decision was not recorded)"));

    /**
     * One dataset: what a catalogue (DCAT) and a CSVW description say about it (its titles, what it is, its columns
     * and addresses), the record its JSON rows are written as (with the OpenAPI schema), and how its rows are made.
     * One table of datasets, so that the page, the catalogue, the CSVW files, the CSV, the JSON and the OpenAPI
     * description name the same datasets: a new dataset is a new entry here and its JSON endpoint.
     */
    record Description(String id, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
                       List<OpenDataset.Column> columns, Class<? extends Record> jsonRow,
                       Function<OpenDataSets, OpenDataset> build) {
        String csvPath() {
            return "/du-lieu-mo/" + id + ".csv";
        }

        String csvMetadataPath() {
            return csvPath() + "-metadata.json"; // the CSVW default location of a CSV's metadata ({+url}-metadata.json)
        }

        String jsonPath() {
            return "/api/v1/" + id;
        }
    }

    static final List<Description> DESCRIPTIONS = List.of(
            new Description(FIGURES, "Số liệu giải quyết hồ sơ đã công khai", "Published dossier handling figures",
                    "Số liệu giải quyết thủ tục hành chính của từng đơn vị theo kỳ, từ các cuộc giám sát đã công khai; ô trống là chưa báo cáo, không phải 0.",
                    "Handling figures of each unit per period from the published supervision rounds; empty means not reported, not 0.",
                    FIGURE_COLUMNS, OpenDataJson.FiguresRow.class, OpenDataSets::figures),
            new Description(PROCEDURES, "Danh mục thủ tục hành chính", "Administrative procedure catalogue",
                    "Các thủ tục hành chính công khai với thời hạn, phí, thành phần hồ sơ và các đơn vị thực hiện.",
                    "The public administrative procedures with their time limits, fees, documents and the units that handle them.",
                    PROCEDURE_COLUMNS, OpenDataJson.ProcedureRow.class, OpenDataSets::procedures),
            new Description(ROUNDS, "Các cuộc giám sát đã công khai", "Published supervision rounds",
                    "Mỗi cuộc giám sát đã công khai, phiên bản mới nhất, với nghị quyết, thời kỳ và lý do đính chính.",
                    "Every published supervision round, its newest version, with its resolution, period and correction reason.",
                    ROUND_COLUMNS, OpenDataJson.RoundRow.class, OpenDataSets::rounds),
            new Description(RECOMMENDATIONS, "Kiến nghị và tình hình thực hiện", "Recommendations and their follow-up",
                    "Các kiến nghị của đoàn giám sát trong phiên bản công khai mới nhất, với hạn và tình hình thực hiện.",
                    "The delegations' recommendations in the newest published versions, with due date and follow-up status.",
                    RECOMMENDATION_COLUMNS, OpenDataJson.RecommendationRow.class, OpenDataSets::recommendations),
            new Description(UNIT_HISTORY, "Đơn vị hành chính và lịch sử sáp nhập", "Administrative units and their history",
                    "Mọi đơn vị hành chính trong danh mục, kể cả đơn vị đã sáp nhập hoặc giải thể: mã, tên, cấp, đơn vị cấp trên, thời gian tồn tại và đơn vị kế thừa.",
                    "Every administrative unit in the catalogue, merged and dissolved ones included: code, name, tier, the unit above, when it existed and what it became part of.",
                    UNIT_HISTORY_COLUMNS, OpenDataJson.UnitHistoryRow.class, OpenDataSets::unitHistory));

    private final PublishedResultsQueries published;
    private final ProcedureQueries procedures;
    private final PublishedRoundQueries rounds;
    private final UnitHistoryQueries units;

    OpenDataSets(PublishedResultsQueries published, ProcedureQueries procedures, PublishedRoundQueries rounds,
                 UnitHistoryQueries units) {
        this.published = published;
        this.procedures = procedures;
        this.rounds = rounds;
        this.units = units;
    }

    static Description description(String id) {
        return DESCRIPTIONS.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** The dataset {@code id} with its rows as published now; null for a name that is no dataset. */
    OpenDataset byId(String id) {
        Description description = description(id);
        return description == null ? null : description.build().apply(this);
    }

    /** The newest version of every published round, newest first, as the Atom feed lists them. */
    List<PublishedVersion> latestVersions() {
        return rounds.latestVersions();
    }

    OpenDataset rounds() {
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedVersion v : rounds.latestVersions()) {
            RoundSnapshot s = v.snapshot();
            rows.add(values(v.round().value().toString(), s.resolutionNumber(), date(s.resolutionDate()),
                    s.issuingCouncil(), s.subject(), date(s.periodFrom()), date(s.periodTo()), v.number(),
                    v.publishedAt().toString(), v.correctionReason(), s.units().size(), s.recommendations().size(),
                    s.shownAsSampleData()));
        }
        return new OpenDataset(ROUNDS, ROUND_COLUMNS, rows);
    }

    OpenDataset recommendations() {
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedVersion v : rounds.latestVersions()) {
            RoundSnapshot s = v.snapshot();
            Map<String, RoundSnapshot.Unit> units = new HashMap<>();
            s.units().forEach(u -> units.put(u.unitId(), u));
            for (RoundSnapshot.RecommendationEntry r : s.recommendations()) {
                RoundSnapshot.Unit unit = r.unitId() == null ? null : units.get(r.unitId());
                rows.add(values(r.id(), v.round().value().toString(), s.resolutionNumber(), v.number(), r.unitId(),
                        unit == null ? null : unit.code(), unit == null ? null : unit.name(), r.addressee(), r.text(),
                        date(r.dueDate()), r.status() == null ? null : r.status().name()));
            }
        }
        return new OpenDataset(RECOMMENDATIONS, RECOMMENDATION_COLUMNS, rows);
    }

    OpenDataset unitHistory() {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitHistoryQueries.UnitHistoryEntry u : units.everyUnit()) {
            rows.add(values(u.unitId(), u.code(), u.name(), u.kind().name(), u.kind().tier().name(), u.parentId(),
                    u.parentCode(), date(u.validFrom()), date(u.validTo()), joined(u.successorIds()),
                    joined(u.successorCodes()), u.endedBy()));
        }
        return new OpenDataset(UNIT_HISTORY, UNIT_HISTORY_COLUMNS, rows);
    }

    /** A list in one cell, as the procedures table writes its lists; an empty list is an empty cell. */
    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(" | ", values);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
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
                    computed(p.onTimeRate()), computed(p.onlineShare()), f.statement(), f.sourceNote(),
                    number(f.resultsDigitized())));
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
