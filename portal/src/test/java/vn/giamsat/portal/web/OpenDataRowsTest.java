package vn.giamsat.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The JSON rows are made from the CSV's rows by one rule (OpenDataJson.rows): the record's properties must be the
 * dataset's columns in the same order, so a JSON row can never carry a value under another column's name.
 */
class OpenDataRowsTest {
    record Swapped(@JsonProperty("unit_code") String unitCode, @JsonProperty("unit_id") String unitId) {}

    record UnitOnly(@JsonProperty("unit_id") String unitId, @JsonProperty("unit_code") String unitCode) {}

    private static final List<OpenDataset.Column> COLUMNS = List.of(
            new OpenDataset.Column("unit_id", "uuid", "Mã định danh đơn vị", "Unit id"),
            new OpenDataset.Column("unit_code", "text", "Mã đơn vị", "Unit code"));

    @Test
    void every_dataset_of_the_table_has_a_json_record_with_its_columns_in_order() {
        for (OpenDataSets.Description d : OpenDataSets.DESCRIPTIONS) {
            assertThat(OpenDataJson.rows(new OpenDataset(d.id(), d.columns(), List.of()), d.jsonRow()))
                    .as(d.id()).isEmpty();
        }
    }

    @Test
    void a_record_whose_properties_are_not_the_columns_in_order_is_refused() {
        OpenDataset dataset = new OpenDataset("thu", COLUMNS, List.of());
        assertThatThrownBy(() -> OpenDataJson.rows(dataset, Swapped.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unit_code").hasMessageContaining("thu");
    }

    @Test
    void a_cell_is_carried_as_text_for_a_text_property_and_an_empty_cell_stays_null() {
        UUID id = UUID.fromString("5b7e0d1c-8f1e-4a52-9a55-0d5b1f0f2c11");
        OpenDataset dataset = new OpenDataset("thu", COLUMNS, List.of(
                Arrays.asList(id, "20374"), Arrays.asList(id, null)));
        assertThat(OpenDataJson.rows(dataset, UnitOnly.class)).containsExactly(
                new UnitOnly(id.toString(), "20374"), new UnitOnly(id.toString(), null));
    }
}
