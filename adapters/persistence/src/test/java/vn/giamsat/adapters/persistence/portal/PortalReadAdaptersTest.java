package vn.giamsat.adapters.persistence.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.publication.port.out.PublicCatalogPort.ListedProcedure;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitKind;

/** The portal's read adapters work under the reader role, which may read the catalogue and published versions only. */
class PortalReadAdaptersTest {
    private static final UUID UNIT = UUID.fromString("6a1b3f51-0000-4000-8000-000000020364");
    private final JdbcClient writer = JdbcClient.create(TestDatabase.appDataSource());
    private final JdbcClient reader = JdbcClient.create(TestDatabase.readerDataSource());

    @BeforeEach
    void catalogue() {
        TestDatabase.truncateAll();
        writer.sql("INSERT INTO administrative_unit (id, code, name, kind, valid_from) VALUES (?, '48', 'Đà Nẵng', 'CITY', '2025-07-01')")
                .param(UUID.randomUUID()).update();
        UUID city = writer.sql("SELECT id FROM administrative_unit WHERE code = '48'").query(UUID.class).single();
        writer.sql("INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from) VALUES (?, '20364', 'Chiên Đàn', 'COMMUNE', ?, '2025-07-01')")
                .params(UNIT, city).update();
        writer.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, fees, required_documents,
                                       online_mode, postal_service_allowed, published_by)
                VALUES ('1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 'COMMUNE', NULL, 'Miễn lệ phí', '["Tờ khai"]', 'PARTIAL', false, 'QĐ 1'),
                       ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 0, NULL, '[]', 'FULL', true, NULL)
                """).update();
        writer.sql("INSERT INTO unit_procedure (unit_id, procedure_code, position) VALUES (?, '1.001193', 0), (?, '1.000894', 1)")
                .params(UNIT, UNIT).update();
    }

    @Test
    void the_reader_reads_every_procedure_as_published_and_each_units_list_in_its_order() {
        var catalog = new JdbcPublicCatalog(reader);
        assertThat(catalog.procedures()).hasSize(2).first().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Đăng ký kết hôn");
            assertThat(p.timeLimitWorkingDays()).isNull(); // not given is not 0 days
            assertThat(p.requiredDocuments()).containsExactly("Tờ khai");
            assertThat(p.onlineMode()).isEqualTo(OnlineMode.PARTIAL);
        });
        assertThat(catalog.publishedLists()).containsExactly(
                new ListedProcedure(UNIT.toString(), "20364", "Chiên Đàn", UnitKind.COMMUNE, "1.001193"),
                new ListedProcedure(UNIT.toString(), "20364", "Chiên Đàn", UnitKind.COMMUNE, "1.000894"));
    }

    @Test
    void a_round_never_published_has_no_versions() {
        assertThat(new JdbcPublishedVersions(reader).versionsOf(RoundId.random())).isEmpty();
    }
}
