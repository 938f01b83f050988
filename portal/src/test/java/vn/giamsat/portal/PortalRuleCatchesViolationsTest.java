package vn.giamsat.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** {@link PortalArchitectureTest}'s rule fails on a planted controller that calls a service. */
class PortalRuleCatchesViolationsTest {

    @Test
    void a_controller_calling_a_service_is_caught() {
        EvaluationResult result = PortalArchitectureTest.web_sees_inbound_ports_only
                .evaluate(new ClassFileImporter().importPackages("vn.giamsat.portal.archfixture"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("ServiceCallingController") && d.contains("PublishedRoundQueryService"));
    }
}
