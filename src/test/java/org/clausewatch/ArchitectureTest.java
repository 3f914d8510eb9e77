package org.clausewatch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package list is the architecture: a pure core, I/O at the edges, one composition root. */
class ArchitectureTest {
    private static final String[] CORE = {
        "org.clausewatch.common..",
        "org.clausewatch.knowledge..",
        "org.clausewatch.extract..",
        "org.clausewatch.version..",
        "org.clausewatch.analysis..",
        "org.clausewatch.provision..",
        "org.clausewatch.change..",
        "org.clausewatch.history..",
        "org.clausewatch.reading.."
    };
    private static final String[] EDGES = {
        "org.clausewatch.fetch..",
        "org.clausewatch.archive..",
        "org.clausewatch.store..",
        "org.clausewatch.track..",
        "org.clausewatch.importer..",
        "org.clausewatch.cli..",
        "org.clausewatch.web..",
        "org.clausewatch.account..",
        "org.clausewatch.alert.."
    };
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clausewatch");
    }

    @Test
    void coreDependsOnNoEdge() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EDGES)
                .check(classes);
    }

    @Test
    void coreDoesNoNetworkOrDatabaseIo() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.net.http..", "java.sql..", "org.jdbi..", "org.flywaydb..", "org.netpreserve..")
                .check(classes);
    }

    @Test
    void declarationsDependOnlyOnCommonValues() {
        noClasses()
                .that()
                .resideInAPackage("org.clausewatch.source..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EDGES)
                .check(classes);
    }

    /** The command line is the entry point: it uses the composition root, and nothing, the root included, uses it. */
    @Test
    void nothingOutsideTheCommandLineUsesIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.clausewatch.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clausewatch.cli..")
                .check(classes);
    }

    @Test
    void theCompositionRootDoesNotUseTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("org.clausewatch")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clausewatch.cli..")
                .check(classes);
    }

    /** Services are handed what they need by the root; none reaches back for the root or its settings. */
    @Test
    void onlyTheCommandLineUsesTheCompositionRoot() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.clausewatch", "org.clausewatch.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clausewatch")
                .check(classes);
    }

    @Test
    void storageIsReachedOnlyFromTheEdgesThatOrchestrate() {
        noClasses()
                .that()
                .resideInAnyPackage("org.clausewatch.fetch..", "org.clausewatch.archive..", "org.clausewatch.source..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clausewatch.store..")
                .check(classes);
    }

    @Test
    void knowledgeDependsOnNothingOfOursButCommonValues() {
        noClasses()
                .that()
                .resideInAPackage("org.clausewatch.knowledge..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.clausewatch..")
                        .and(resideOutsideOfPackages("org.clausewatch.knowledge..", "org.clausewatch.common..")))
                .check(classes);
    }

    @Test
    void nothingThatShipsDependsOnTrainingCode() throws IOException {
        Set<String> training = TrainingSources.classNames();
        assertThat(training).contains("org.clausewatch.analysis.TrainUnfairModel", "org.clausewatch.analysis.Fitting");
        noClasses()
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are compiled from the training sources (src/train/java)",
                        (JavaClass target) -> training.contains(target.getName().replaceFirst("\\$.*", ""))))
                .check(classes);
    }
}
