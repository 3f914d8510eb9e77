package org.clausewatch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Redline;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.provision.Provision;
import org.clausewatch.store.ChangeListener;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.version.VersionFlag;
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
        "org.clausewatch.browse..",
        "org.clausewatch.cli..",
        "org.clausewatch.web..",
        "org.clausewatch.account..",
        "org.clausewatch.alert..",
        "org.clausewatch.report..",
        "org.clausewatch.timestamp..",
        "org.clausewatch.evidence..",
        "org.clausewatch.coordination.."
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

    /**
     * Pages, the API and the command line show what is recorded through one read model (browse); the work that records
     * it (tracking, re-extraction, reading) is started through the composition root, never called into.
     */
    @Test
    void webAndCommandLineDoNotDependOnTracking() {
        noClasses()
                .that()
                .resideInAnyPackage("org.clausewatch.web..", "org.clausewatch.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clausewatch.track..")
                .check(classes);
    }

    /** What is archived is a value both sides know (common.Response); the archive never reaches for the fetcher. */
    @Test
    void archiveDoesNotDependOnFetching() {
        noClasses()
                .that()
                .resideInAPackage("org.clausewatch.archive..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.clausewatch.fetch..")
                .check(classes);
    }

    /** The read model only reads: it neither records versions nor fetches, and the web is built on it, not under it. */
    @Test
    void theReadModelRecordsNothingAndKnowsNoEdgeAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("org.clausewatch.browse..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clausewatch.track..",
                        "org.clausewatch.importer..",
                        "org.clausewatch.fetch..",
                        "org.clausewatch.web..",
                        "org.clausewatch.alert..",
                        "org.clausewatch.account..",
                        "org.clausewatch.report..")
                .check(classes);
    }

    /** A report prints the read model: it reaches neither the store's writes nor the archive, the web or tracking. */
    @Test
    void reportsAreBuiltFromTheReadModelOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.clausewatch.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.clausewatch.web..",
                        "org.clausewatch.track..",
                        "org.clausewatch.archive..",
                        "org.clausewatch.fetch..",
                        "org.clausewatch.alert..")
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

    @Test
    void changeListenersSeeNoJdbi() {
        noClasses()
                .that()
                .areAssignableTo(ChangeListener.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jdbi..")
                .because("a listener writes through the store's Transaction, so the store alone owns connections")
                .check(classes);
    }

    /** Rows hold the pipeline's values typed: a severity, significance, kind or flag is never a string. */
    @Test
    void storeRowsHoldTheirValuesTyped() {
        fields().that()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.clausewatch.store..")
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .haveNameMatching("severity|significance|kind|flags|changeFlags")
                .should(notHoldStrings())
                .check(classes);
    }

    /** Enum values are read from text by {@link Labels#parse}, the counterpart of the one spelling. */
    @Test
    void noEdgeParsesPipelineValuesByItself() {
        for (Class<?> type : List.of(
                Severity.class,
                Significance.class,
                ChangeItem.Kind.class,
                ChangeRecord.Flag.class,
                Provision.Kind.class,
                Redline.Op.class,
                VersionFlag.class)) {
            noClasses()
                    .that()
                    .resideInAnyPackage(EDGES)
                    .should()
                    .callMethod(type, "valueOf", String.class)
                    .check(classes);
        }
    }

    /** The rows read from the database are made where their SQL is: the store maps, the edges use. */
    @Test
    void onlyTheStoreMakesTheRowsItReads() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.clausewatch.store..")
                .should()
                .callConstructorWhere(JavaConstructorCall.Predicates.target(
                        HasOwner.Predicates.With.owner(resideInAPackage("org.clausewatch.store..")
                                .and(simpleNameEndingWith("Row"))
                                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                        equivalentTo(DocumentRow.class))))))
                .check(classes);
    }

    private static ArchCondition<JavaField> notHoldStrings() {
        return new ArchCondition<>("not hold a String, nor a collection or optional of them") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (holdsString(field.getType())) {
                    events.add(SimpleConditionEvent.violated(
                            field,
                            field.getFullName() + " holds strings: "
                                    + field.getType().getName()));
                }
            }
        };
    }

    private static boolean holdsString(JavaType type) {
        if (type.toErasure().isEquivalentTo(String.class)) {
            return true;
        }
        return type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureTest::holdsString);
    }
}
