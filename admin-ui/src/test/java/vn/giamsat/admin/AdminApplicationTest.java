package vn.giamsat.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.rounds.RoundsView;
import vn.giamsat.application.port.in.RoundSummary;

/** The whole app on a real (embedded) PostgreSQL with the seed's demo data, as an operator would start it. */
@SpringBootTest(classes = AdminApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"giamsat.demo-data=true", "server.address=127.0.0.1"})
@ViewPackages(classes = RoundsView.class)
class AdminApplicationTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", TestDatabase::jdbcUrl);
        r.add("spring.datasource.username", TestDatabase::superuser);
    }

    @LocalServerPort
    int port;

    @Test
    void the_rounds_list_shows_the_seed_round_read_from_the_database() {
        navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoundSummary> grid = $(Grid.class).single();
        var rows = test(grid);

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 0)).isEqualTo("21/NQ-HĐND ngày 20/12/2022");
        assertThat(rows.getCellText(0, 2)).isEqualTo("Hội đồng nhân dân huyện Phú Ninh");
        assertThat(rows.getCellText(0, 3)).isEqualTo("01/01/2021 – 30/12/2022");
        assertThat(rows.getCellText(0, 5)).isEqualTo("5");
    }

    @Test
    void serves_the_admin_page_under_admin_in_vietnamese() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"");
    }
}
