package vn.giamsat.adapters.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Adapters never call each other, and the persistence adapter knows nothing of the apps. */
@AnalyzeClasses(packages = "vn.giamsat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherAdapterNorApp = noClasses()
            .that().resideInAPackage("vn.giamsat.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.giamsat.portal..", "vn.giamsat.admin..",
                    "vn.giamsat.launcher..")
            .orShould().dependOnClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.describe("another adapter",
                            c -> c.getPackageName().startsWith("vn.giamsat.adapters.")
                                    && !c.getPackageName().startsWith("vn.giamsat.adapters.persistence")));
}
