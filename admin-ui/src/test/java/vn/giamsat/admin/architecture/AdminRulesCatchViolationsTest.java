package vn.giamsat.admin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The admin UI's and the adapters' rules would fail if broken: each runs on the planted violations under
 * {@code archfixture} (test sources, which the real checks leave out) and must name the planted class and what it
 * reached for. A rule whose pattern stopped matching would pass everything; this test would then fail.
 */
class AdminRulesCatchViolationsTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "vn.giamsat.admin.archfixture", "vn.giamsat.adapters.archfixturea", "vn.giamsat.adapters.archfixtureb");

    @Test
    void a_view_calling_a_service_is_caught() {
        assertViolates(AdminArchitectureTest.ui_reaches_the_application_only_through_in_ports_and_models,
                "ServiceCallingView", "RoundQueryService");
    }

    @Test
    void a_view_using_an_out_port_kept_in_common_is_caught() {
        assertViolates(AdminArchitectureTest.ui_reaches_the_application_only_through_in_ports_and_models,
                "ClockReadingView", "ClockPort");
    }

    @Test
    void a_view_using_the_composition_root_is_caught() {
        assertViolates(AdminArchitectureTest.ui_reaches_the_application_only_through_in_ports_and_models,
                "RootCallingView", "UseCases");
    }

    @Test
    void a_view_calling_an_adapter_is_caught() {
        assertViolates(AdminArchitectureTest.ui_reaches_the_application_only_through_in_ports_and_models,
                "AdapterCallingView", "vn.giamsat.adapters.archfixtureb");
    }

    @Test
    void a_view_holding_the_round_aggregate_is_caught() {
        assertViolates(AdminArchitectureTest.no_screen_holds_the_round_aggregate,
                "AggregateView", "SupervisionRound");
    }

    @Test
    void an_adapter_calling_another_adapter_is_caught() {
        assertViolates(AdapterBoundariesTest.adapters_do_not_depend_on_each_other,
                "archfixturea.Caller", "archfixtureb.Callee");
    }

    @Test
    void an_adapter_knowing_an_app_is_caught() {
        assertViolates(AdapterBoundariesTest.adapters_know_no_app, "archfixtureb.Callee", "vn.giamsat.admin");
    }

    @Test
    void in_ports_and_models_stay_allowed() {
        EvaluationResult result = AdminArchitectureTest.ui_reaches_the_application_only_through_in_ports_and_models
                .evaluate(FIXTURES);
        assertThat(result.getFailureReport().getDetails()).noneMatch(d -> d.contains("FrontDoorView"));
    }

    private static void assertViolates(ArchRule rule, String plantedClass, String reachedFor) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(plantedClass) && d.contains(reachedFor));
    }
}
