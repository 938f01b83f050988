package vn.giamsat.admin.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the admin UI's views, dialogs and controllers may reach. {@code config} wires use cases to adapters and
 * {@code security} is the adapter of {@code CurrentActorPort}: both may see everything. The rest reaches the
 * application by its front door: a capability's {@code port.in} and {@code model}, the cross-cutting values of
 * {@code security} (actor, role, scope, refusal) and {@code common} (page request, not found, stale data). Never
 * a service, an out-port, any {@code *Port} (ClockPort and TransactionPort live in {@code common} but are the
 * adapters' side), the access policy, the composition root or an adapter. {@link AdminRulesCatchViolationsTest}
 * plants a breach of each rule and sees it fail.
 */
@AnalyzeClasses(packages = "vn.giamsat.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {

    /** Application classes a view may use; shared with the portal's rule in spirit (same list there). */
    static final DescribedPredicate<JavaClass> BEHIND_THE_FRONT_DOOR = resideInAPackage("vn.giamsat.application..")
            .and(not(resideInAnyPackage("vn.giamsat.application.*.port.in..", "vn.giamsat.application.*.model..",
                    "vn.giamsat.application.security..", "vn.giamsat.application.common..")
                    .and(not(simpleNameEndingWith("Port")))
                    .and(not(simpleNameEndingWith("Policy")))))
            .as("application classes other than in-ports, models and the values of security and common");

    @ArchTest
    static final ArchRule ui_reaches_the_application_only_through_in_ports_and_models = noClasses()
            .that().resideInAPackage("vn.giamsat.admin..")
            .and().resideOutsideOfPackages("vn.giamsat.admin.config..", "vn.giamsat.admin.security..")
            .should().dependOnClassesThat(BEHIND_THE_FRONT_DOOR)
            .orShould().dependOnClassesThat().resideInAPackage("vn.giamsat.adapters..")
            .because("a screen asks a use case; how it is stored or built is config's business");

    @ArchTest
    static final ArchRule no_screen_holds_the_round_aggregate = noClasses()
            .that().resideInAPackage("vn.giamsat.admin..")
            .should().dependOnClassesThat().haveFullyQualifiedName("vn.giamsat.domain.round.SupervisionRound")
            .because("screens show read models (RoundDetails, RoundSummary) built by the use case; "
                    + "the aggregate and its rules stay behind the in-ports");
}
