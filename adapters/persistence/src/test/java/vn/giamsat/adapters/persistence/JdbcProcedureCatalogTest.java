package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitTier;

class JdbcProcedureCatalogTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcProcedureCatalog catalog = adapters.procedures();
    private Fixtures f;

    private final Procedure birth = new Procedure(ProcedureCode.of("1.001193"), "Đăng ký khai sinh", "Hộ tịch",
            UnitTier.COMMUNE, null, "Miễn lệ phí",
            List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh"), "Giấy khai sinh",
            "Luật Hộ tịch 2014", OnlineMode.FULL, true, "Quyết định 3693/QĐ-UBND ngày 16/12/2021");
    private final Procedure certification = new Procedure(ProcedureCode.of("2.000908"), "Chứng thực bản sao từ bản chính",
            "Chứng thực", UnitTier.COMMUNE, 0, null, List.of(), null, null, OnlineMode.NONE, false, null);

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
    }

    @Test
    void aProcedureComesBackWithEveryFieldAndIsReplacedBySavingItsCodeAgain() {
        catalog.save(birth);
        catalog.save(certification);
        assertThat(catalog.find(birth.code())).contains(birth);
        assertThat(catalog.find(certification.code())).contains(certification);

        Procedure revised = new Procedure(birth.code(), birth.name(), birth.field(), UnitTier.COMMUNE, 1, "Miễn lệ phí",
                List.of("Tờ khai"), birth.result(), birth.legalBasis(), OnlineMode.PARTIAL, false, birth.publishedBy());
        catalog.save(revised);
        assertThat(catalog.find(birth.code())).contains(revised);
        assertThat(catalog.find(ProcedureCode.of("9.999999"))).isEmpty();
    }

    @Test
    void aUnitsPublishedListKeepsItsOrderAndIsReplacedWhole() {
        catalog.save(birth);
        catalog.save(certification);
        catalog.publishList(f.tamDan.id(), List.of(certification.code(), birth.code()));
        assertThat(catalog.listOf(f.tamDan.id())).containsExactly(certification, birth);
        assertThat(catalog.listOf(f.phuThinh.id())).isEmpty();

        catalog.publishList(f.tamDan.id(), List.of(birth.code()));
        assertThat(catalog.listOf(f.tamDan.id())).containsExactly(birth);
    }
}
