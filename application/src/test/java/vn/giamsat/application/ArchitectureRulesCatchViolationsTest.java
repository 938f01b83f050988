package vn.giamsat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ApplicationArchitectureTest} would fail if someone broke them: each is run on the planted
 * violations of {@code vn.giamsat.application.archfixture} (test sources, which the real check leaves out) and must
 * name the planted class. Without this, a rule whose pattern no longer matches anything passes silently.
 */
class ArchitectureRulesCatchViolationsTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("vn.giamsat.application.archfixture");

    @Test
    void an_out_port_importing_an_in_port_type_is_caught() {
        assertViolates(ApplicationArchitectureTest.outPortsKnowNeitherInPortsNorServices, "BadOutPort");
    }

    @Test
    void an_in_port_exposing_an_out_port_or_a_service_is_caught() {
        EvaluationResult result = ApplicationArchitectureTest.inPortsKnowNeitherOutPortsNorServices.evaluate(FIXTURES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("LeakyQueries") && d.contains("BadOutPort"))
                .anyMatch(d -> d.contains("LeakyQueries") && d.contains("FixtureService"));
    }

    @Test
    void a_model_reaching_for_a_port_is_caught() {
        assertViolates(ApplicationArchitectureTest.modelsKnowNoPortNorService, "LeakyModel");
    }

    @Test
    void a_package_outside_model_ports_and_service_is_caught() {
        assertViolates(ApplicationArchitectureTest.everyCapabilityHasTheSameFourPackages, "archfixture.helpers.Stray");
    }

    @Test
    void a_use_case_depending_on_a_library_is_caught() {
        assertViolates(ApplicationArchitectureTest.applicationDependsOnlyOnTheDomain, "FixtureService");
    }

    private static void assertViolates(ArchRule rule, String plantedClass) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(plantedClass));
    }
}
