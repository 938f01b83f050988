package vn.giamsat.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.LineProblem;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.ProcedureFileCommand;
import vn.giamsat.application.procedure.port.in.ImportProceduresUseCase.ProcedureImportOutcome;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.PostalOptions;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitTier;

/** The national procedure database's export and the units' procedure lists, each rule on the in-memory fakes. */
class ProcedureImportTest {
    static final String HEADER = String.join("\t", "Mã thủ tục", "Tên thủ tục", "Cấp thực hiện", "Lĩnh vực",
            "Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Căn cứ pháp lý", "Dịch vụ công trực tuyến",
            "Bưu chính công ích");
    static final String KHAI_SINH = String.join("\t", "1.001193", "Thủ tục đăng ký khai sinh", "Cấp Xã", "Hộ tịch",
            "Ngay trong ngày", "Miễn lệ phí", "Tờ khai đăng ký khai sinh; Giấy chứng sinh",
            "Luật Hộ tịch 2014", "Toàn trình", "Nhận kết quả");
    static final String THAM_DINH = String.join("\t", "2.002999", "Thủ tục thẩm định thử", "Cấp Tỉnh, Cấp Xã",
            "Thử nghiệm", "Không quá 07 ngày làm việc", "", "", "", "Một phần", "Nộp hồ sơ và nhận kết quả");

    InMemoryPorts ports;
    ImportProceduresUseCase imports;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        ports.useCases().loadDemoData().load();
        UseCases uc = new UseCases(ports.ports().tableFiles(new TabLines()).build());
        imports = uc.importProcedures();
        ports.actAs(Actor.user("u", "Người dùng", Set.of(Role.ADMIN), Set.of()));
    }

    ProcedureImportOutcome catalogue(String... lines) {
        return imports.importCatalogue(new ProcedureFileCommand("tthc.csv",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    ProcedureImportOutcome unitLists(String... lines) {
        return imports.importUnitLists(new ProcedureFileCommand("don-vi-tthc.csv",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> problems(ProcedureImportOutcome o) {
        return o.problems().stream().map(p -> p.line() + " " + p.reason().code()).toList();
    }

    @Test
    void theExportCreatesAndReplacesProceduresWithEveryFieldAndThePostalOptions() {
        ProcedureImportOutcome o = catalogue(HEADER, KHAI_SINH, THAM_DINH);

        assertThat(o.problems()).isEmpty();
        assertThat(o.created()).isEqualTo(1); // 1.001193 is the seed's: replaced
        assertThat(o.changed()).isEqualTo(1);
        Procedure khaiSinh = ports.find(ProcedureCode.of("1.001193")).orElseThrow();
        assertThat(khaiSinh.name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(khaiSinh.timeLimitWorkingDays()).isZero();
        assertThat(khaiSinh.requiredDocuments()).containsExactly("Tờ khai đăng ký khai sinh", "Giấy chứng sinh");
        assertThat(khaiSinh.legalBasis()).isEqualTo("Luật Hộ tịch 2014");
        assertThat(khaiSinh.onlineMode()).isEqualTo(OnlineMode.FULL);
        assertThat(khaiSinh.postal()).isEqualTo(PostalOptions.RECEIVE_RESULT);
        Procedure thu = ports.find(ProcedureCode.of("2.002999")).orElseThrow();
        assertThat(thu.authorityLevel()).as("the most local of its levels").isEqualTo(UnitTier.COMMUNE);
        assertThat(thu.timeLimitWorkingDays()).isEqualTo(7);
        assertThat(thu.postal()).isEqualTo(PostalOptions.BOTH);
        assertThat(thu.fees()).isNull();
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsWritten() {
        ProcedureImportOutcome o = catalogue(HEADER,
                THAM_DINH,
                KHAI_SINH.replace("Cấp Xã", "Cấp Thôn"),
                KHAI_SINH.replace("Ngay trong ngày", "15 ngày"),
                KHAI_SINH.replace("Toàn trình", "Mức độ 5"),
                KHAI_SINH.replace("Nhận kết quả", "Bằng bồ câu"),
                THAM_DINH.replace("Thủ tục thẩm định thử", ""),
                KHAI_SINH.replace("1.001193", "1.001 193"));

        assertThat(problems(o)).containsExactly("3 procedure-import.level", "4 procedure-import.time-limit",
                "5 procedure-import.online-mode", "6 procedure-import.postal", "7 required.procedure-name",
                "8 procedure-code.format");
        assertThat(o.created()).isZero();
        assertThat(ports.find(ProcedureCode.of("2.002999"))).as("all or nothing").isEmpty();
        assertThat(ports.find(ProcedureCode.of("1.001193")).orElseThrow().name()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void aCodeTwiceAMissingColumnAndAnEmptyFileAreRefused() {
        assertThat(problems(catalogue(HEADER, THAM_DINH, THAM_DINH))).containsExactly(
                "3 procedure-import.duplicate-code");
        assertThat(problems(catalogue(HEADER.replace("\tBưu chính công ích", ""), THAM_DINH))).containsExactly(
                "1 procedure-import.column-missing");
        assertThat(problems(catalogue(HEADER))).containsExactly("0 procedure-import.empty");
        assertThat(ports.find(ProcedureCode.of("2.002999"))).isEmpty();
    }

    @Test
    void onlyAnAdministratorImports() {
        ports.actAs(Actor.user("vp", null, Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518"))));
        assertThatThrownBy(() -> catalogue(HEADER, THAM_DINH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unitLists("Mã đơn vị\tMã thủ tục", "20364\t1.001193"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theUnitListsSetWhichProceduresEachNamedUnitHandlesInTheFilesOrder() {
        catalogue(HEADER, THAM_DINH);
        AdministrativeUnit tamDan = ports.findByCodeOn(UnitCode.of("20374"), LocalDate.of(2025, 1, 1)).orElseThrow();
        List<ProcedureCode> before = ports.listOf(tamDan.id()).stream().map(Procedure::code).toList();

        ProcedureImportOutcome o = unitLists("Mã đơn vị\tMã thủ tục", "20364\t2.002999", "20364\t1.001193");

        assertThat(o.problems()).isEmpty();
        assertThat(o.created()).isEqualTo(1);
        AdministrativeUnit chienDan = ports.findByCodeOn(UnitCode.of("20364"), ports.today()).orElseThrow();
        assertThat(ports.listOf(chienDan.id())).extracting(p -> p.code().value())
                .containsExactly("2.002999", "1.001193");
        assertThat(ports.listOf(tamDan.id()).stream().map(Procedure::code).toList())
                .as("a unit the file does not name keeps its list").isEqualTo(before);
    }

    @Test
    void aUnitListNamingAnUnknownUnitOrProcedureOrAPairTwiceChangesNothing() {
        AdministrativeUnit chienDan = ports.findByCodeOn(UnitCode.of("20364"), ports.today()).orElseThrow();
        List<Procedure> before = ports.listOf(chienDan.id());

        ProcedureImportOutcome o = unitLists("Mã đơn vị\tMã thủ tục",
                "20364\t1.001193", "99999\t1.001193", "20364\t9.999999", "20364\t1.001193");

        assertThat(problems(o)).containsExactly("3 procedure-import.unknown-unit",
                "4 procedure-import.unknown-procedure", "5 procedure-import.duplicate-pair");
        assertThat(ports.listOf(chienDan.id())).isEqualTo(before);
    }

    /** Tab-separated lines, enough for these tests (the real reader's quoting is the file adapter's own test). */
    static final class TabLines implements TableFilePort {
        @Override
        public Table open(FileFormat format, InputStream in) throws IOException {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            return new Table() {
                int i = -1;

                public boolean next() {
                    while (++i < lines.length) {
                        if (!lines[i].isBlank()) {
                            return true;
                        }
                    }
                    return false;
                }

                public List<String> fields() { return Arrays.asList(lines[i].split("\t", -1)); }
                public long line() { return i + 1; }
                public Problem problem() { return null; }
                public void close() {}
            };
        }
    }

    static List<LineProblem> none() {
        return List.of();
    }
}
