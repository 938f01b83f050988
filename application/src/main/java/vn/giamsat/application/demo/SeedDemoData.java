package vn.giamsat.application.demo;

import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.unit.UnitTier;

/**
 * The seed: a news report on the supervision by the People's Council of Phú Ninh district (Quảng Nam) of
 * the one-stop mechanism, under Resolution 21/NQ-HĐND of 20/12/2022. Every figure is exactly as reported;
 * what the report does not say is left unreported. See docs/demo-data.md for the reading of each sentence.
 */
public final class SeedDemoData {
    private SeedDemoData() {}

    public static final Resolution RESOLUTION = new Resolution(ResolutionNumber.of("21/NQ-HĐND"),
            LocalDate.of(2022, 12, 20), "Hội đồng nhân dân huyện Phú Ninh");

    public static final String SUBJECT = "Giám sát việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết "
            + "thủ tục hành chính và thực hiện thủ tục hành chính qua dịch vụ bưu chính công ích, dịch vụ công trực "
            + "tuyến tại các xã, thị trấn trên địa bàn huyện";

    public static final Period PERIOD = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30));

    /** Both years whole, where the report says "năm 2021 và 2022" rather than giving the days. */
    public static final Period YEARS_2021_2022 = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));

    /**
     * The delegation as the report names it, each member linked to the demo realm's account (decision 018): the
     * head is the user {@code truongdoan}, the deputy head {@code thanhvien}.
     */
    public static final List<DelegationMember> DELEGATION = List.of(
            new DelegationMember("Phan Thanh Thám", "Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND huyện", DelegationRole.HEAD,
                    "truongdoan"),
            new DelegationMember("Nguyễn Hữu Bình", "Ủy viên Ban Thường vụ, Phó Chủ nhiệm Ủy ban kiểm tra Huyện ủy, "
                    + "Trưởng Ban Kinh tế - Xã hội HĐND huyện", DelegationRole.DEPUTY_HEAD, "thanhvien"));

    /** The seed is a news report (bản tin) on the round, not the delegation's own report: it is named so. */
    public static final String SOURCE = "Bản tin về cuộc giám sát, không phải báo cáo của Đoàn giám sát";

    /**
     * Strengths the delegation found in all units (overall findings): the news report's own words, each exactly as
     * it reads between its separators (docs/demo-data.md, "Statements of the seed", rows {@code round … finding});
     * only the misprints that table names are read ("bộ hận", "xãtheo", the missing space after a closing quote),
     * and the last one stops where the report is cut off (";…").
     */
    public static final List<String> STRENGTHS = List.of(
            "đã có nhiều cố gắng trong công tác chỉ đạo, điều hành, cụ thể hóa các văn bản trên lĩnh vực này để triển "
                    + "khai thực hiện",
            "đầu tư trang bị các trang thiết bị tại bộ phận tiếp nhận và trả kết quả cơ bản đáp ứng được yêu cầu",
            "bố trí cán bộ, công chức tiếp nhận và giải quyết hồ sơ, thủ tục hành chính cho cá nhân, doanh nghiệp",
            "Xây dựng Quy chế tổ chức hoạt động và giải quyết thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả "
                    + "của xã",
            "Thành lập các “Tổ công nghệ số cộng đồng” nhằm đưa nền tảng số, công nghệ số, kỹ năng số đến người dân",
            "Thực hiện việc niêm yết, công khai các quy định về thủ tục hành chính được thực hiện trực tiếp tại Bộ phận "
                    + "tiếp nhận và trả hồ sơ của xã, trên trang thông tin điện tử của UBND xã theo quy định tại Quyết "
                    + "định 3693/QĐ-UBND ngày 16/12/2021 của UBND tỉnh",
            "Chữ ký số và email công vụ được triển khai trong đội ngũ cán bộ công chức; việc xử lý công việc trên môi "
                    + "trường mạng thông qua hệ thống Qoffice, email công vụ được quan tâm");

    /**
     * Common commune-level procedures, for the portal's listings. Illustrative: their details follow the
     * usual published texts but were not checked against the national procedure database.
     */
    public static final List<Procedure> PROCEDURES = List.of(
            procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, "Miễn lệ phí đăng ký khai sinh đúng hạn",
                    List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh hoặc giấy tờ thay thế"),
                    "Giấy khai sinh", "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP", OnlineMode.FULL, true),
            procedure("1.000894", "Đăng ký kết hôn", "Hộ tịch", 0, "Miễn lệ phí",
                    List.of("Tờ khai đăng ký kết hôn", "Giấy tờ tùy thân của hai bên nam, nữ"),
                    "Giấy chứng nhận kết hôn", "Luật Hộ tịch 2014; Luật Hôn nhân và gia đình 2014",
                    OnlineMode.PARTIAL, false),
            procedure("1.000656", "Đăng ký khai tử", "Hộ tịch", 0, "Miễn lệ phí đăng ký khai tử đúng hạn",
                    List.of("Tờ khai đăng ký khai tử", "Giấy báo tử hoặc giấy tờ thay thế"),
                    "Trích lục khai tử", "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP", OnlineMode.FULL, true),
            procedure("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 0,
                    "2.000 đồng/trang", List.of("Bản chính giấy tờ, văn bản", "Bản sao cần chứng thực"),
                    "Bản sao được chứng thực", "Nghị định 23/2015/NĐ-CP", OnlineMode.PARTIAL, false),
            procedure("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3, "Theo quy định của HĐND tỉnh",
                    List.of("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"),
                    "Giấy xác nhận tình trạng hôn nhân", "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
                    OnlineMode.FULL, true));

    private static Procedure procedure(String code, String name, String field, Integer days, String fees,
                                       List<String> documents, String result, String legalBasis, OnlineMode online,
                                       boolean postal) {
        return new Procedure(ProcedureCode.of(code), name, field, UnitTier.COMMUNE, days, fees, documents, result,
                legalBasis, online, postal, "Danh mục minh họa cho dữ liệu mẫu (chưa đối chiếu Cơ sở dữ liệu quốc gia về TTHC)");
    }
}
