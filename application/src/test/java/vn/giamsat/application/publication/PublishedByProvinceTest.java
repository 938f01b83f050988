package vn.giamsat.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.fakes.InMemoryPorts;
import vn.giamsat.application.publication.port.in.PublishedUnitFigures;
import vn.giamsat.application.unit.port.in.UnitCommands.RegisterUnitCommand;
import vn.giamsat.domain.unit.UnitKind;

/**
 * The portal's unit list at national scale (decision 032): only the units with published figures, grouped by the
 * province they belonged to, whatever else the catalogue holds.
 */
class PublishedByProvinceTest {

    @Test
    void only_units_with_published_figures_grouped_by_their_province() {
        InMemoryPorts ports = new InMemoryPorts();
        UseCases useCases = ports.useCases();
        assertThat(useCases.loadDemoData().load()).isTrue();
        // Another province with its own commune, without figures: not listed.
        var hue = useCases.registerUnit().register(RegisterUnitCommand.of("46", "Huế", UnitKind.CITY, null,
                java.time.LocalDate.of(2025, 1, 1)));
        useCases.registerUnit().register(RegisterUnitCommand.of("19753", "Phú Hội", UnitKind.WARD, hue,
                java.time.LocalDate.of(2025, 1, 1)));

        Map<String, List<PublishedUnitFigures>> groups = useCases.publishedResults().publishedUnitFiguresByProvince();

        assertThat(groups).containsOnlyKeys("Tỉnh Quảng Nam");
        assertThat(groups.get("Tỉnh Quảng Nam")).extracting(p -> p.unit().code()).containsOnly(
                "20364", "20365", "20374", "20386", "20392");
        assertThat(groups.get("Tỉnh Quảng Nam")).hasSameSizeAs(useCases.publishedResults().publishedUnitFigures());
    }
}
