package vn.giamsat.application.publication;

import vn.giamsat.application.PortalQueries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.demo.SeedDemoData;
import vn.giamsat.application.publication.port.in.ProcedureListing.PublicProcedure;
import vn.giamsat.application.publication.port.in.ProcedureQueries;
import vn.giamsat.application.publication.port.in.ProcedureSearch;
import vn.giamsat.application.publication.port.out.PublicCatalogPort;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.unit.UnitKind;

class ProcedureSearchTest {
    private static final String CHIEN_DAN = "11111111-1111-1111-1111-111111111111";

    private final ProcedureQueries queries = new PortalQueries(new PublicCatalogPort() {
        @Override
        public List<Procedure> procedures() {
            return SeedDemoData.PROCEDURES;
        }

        @Override
        public List<ListedProcedure> publishedLists() {
            return List.of(new ListedProcedure(CHIEN_DAN, "20364", "Chiên Đàn", UnitKind.COMMUNE, "1.000894"));
        }
    }, List::of, round -> List.of(), vn.giamsat.application.publication.port.out.UnitStatusPort.none()).procedures();

    private List<String> names(ProcedureSearch search) {
        return queries.search(search).matches().stream().map(PublicProcedure::procedure).map(Procedure::name).toList();
    }

    @Test
    void words_without_diacritics_find_the_procedure() {
        assertThat(names(new ProcedureSearch("dang ky ket hon", null, null, null, null))).containsExactly("Đăng ký kết hôn");
        assertThat(names(new ProcedureSearch("ĐĂNG KÝ KẾT HÔN", null, null, null, null))).containsExactly("Đăng ký kết hôn");
        // decomposed input (as some phone keyboards send it) reads the same
        assertThat(names(new ProcedureSearch(java.text.Normalizer.normalize("kết hôn", java.text.Normalizer.Form.NFD),
                null, null, null, null))).containsExactly("Đăng ký kết hôn");
    }

    @Test
    void d_with_stroke_is_searched_as_d_and_words_match_at_their_start() {
        assertThat(names(new ProcedureSearch("dang ky", null, null, null, null)))
                .containsExactlyInAnyOrder("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử");
        assertThat(names(new ProcedureSearch("hon nhan", null, null, null, null)))
                .containsExactly("Cấp Giấy xác nhận tình trạng hôn nhân");
        assertThat(names(new ProcedureSearch("an", null, null, null, null))).isEmpty(); // not inside "nhân"
    }

    @Test
    void filters_by_online_mode_postal_service_field_and_unit() {
        assertThat(names(new ProcedureSearch(null, null, null, OnlineMode.PARTIAL, null)))
                .containsExactlyInAnyOrder("Đăng ký kết hôn", "Chứng thực bản sao từ bản chính giấy tờ, văn bản");
        assertThat(names(new ProcedureSearch(null, "Chứng thực", null, null, null)))
                .containsExactly("Chứng thực bản sao từ bản chính giấy tờ, văn bản");
        assertThat(names(new ProcedureSearch("dang ky", null, null, null, true)))
                .containsExactlyInAnyOrder("Đăng ký khai sinh", "Đăng ký khai tử");
        assertThat(names(new ProcedureSearch(null, null, CHIEN_DAN, null, null))).containsExactly("Đăng ký kết hôn");
    }

    @Test
    void a_procedure_page_names_the_units_that_publish_it() {
        assertThat(queries.procedure("1.000894").orElseThrow().handledBy()).singleElement()
                .satisfies(u -> assertThat(u.displayName()).isEqualTo("Xã Chiên Đàn"));
        assertThat(queries.procedure("9.999999")).isEmpty();
    }
}
