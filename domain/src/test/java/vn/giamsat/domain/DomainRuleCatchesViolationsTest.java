package vn.giamsat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** {@link DomainArchitectureTest}'s rule fails on a planted domain class that depends on a library. */
class DomainRuleCatchesViolationsTest {

    @Test
    void a_domain_class_depending_on_a_library_is_caught() {
        EvaluationResult result = DomainArchitectureTest.domainDependsOnlyOnTheJdk
                .evaluate(new ClassFileImporter().importPackages("vn.giamsat.domain.archfixture"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("LeakyEntity") && d.contains("org.assertj"));
    }
}
