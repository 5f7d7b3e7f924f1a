package com.knead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the README's "How it is built", checked on the compiled classes: ui and app → report,
 * sync, store → domain; domain imports no Swing, AWT, JDBC or JasperReports; ui runs no SQL;
 * controllers ({@code control}) are plain Java; the application layer ({@code usecase}) shows nothing.
 */
class ArchitectureTest {

    private static JavaClasses knead;

    @BeforeAll
    static void importClasses() {
        knead = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.knead");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("com.knead.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "java.sql..",
                        "javax.sql..", "net.sf.jasperreports..", "org.h2..", "org.flywaydb..")
                .check(knead);
    }

    @Test
    void domainImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("com.knead.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.knead.store..", "com.knead.report..",
                        "com.knead.sync..", "com.knead.ui..", "com.knead.app..")
                .check(knead);
    }

    @Test
    void uiRunsNoSql() {
        noClasses().that().resideInAPackage("com.knead.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..")
                .check(knead);
    }

    @Test
    void storeAndReportKnowNoScreens() {
        noClasses().that().resideInAnyPackage("com.knead.store..", "com.knead.report..", "com.knead.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("com.knead.ui..", "com.knead.app..", "javax.swing..")
                .check(knead);
    }

    @Test
    void reportAndStoreStayApart() {
        noClasses().that().resideInAPackage("com.knead.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.knead.store..", "java.sql..")
                .check(knead);
        noClasses().that().resideInAPackage("com.knead.store..")
                .should().dependOnClassesThat().resideInAPackage("com.knead.report..")
                .check(knead);
    }

    @Test
    void screensTalkToUseCasesNotRepositories() {
        noClasses().that().resideInAnyPackage("com.knead.ui..", "com.knead.control..")
                .should().dependOnClassesThat().resideInAPackage("com.knead.store..")
                .check(knead);
    }

    @Test
    void uiDoesNotReachIntoTheApp() {
        noClasses().that().resideInAPackage("com.knead.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.knead.app..")
                .check(knead);
    }

    @Test
    void controllersAreSwingFree() {
        noClasses().that().resideInAPackage("com.knead.control..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "java.sql..",
                        "com.knead.store..", "com.knead.report..", "com.knead.ui..", "com.knead.app..",
                        "net.sf.jasperreports..")
                .check(knead);
    }

    @Test
    void useCasesShowNothing() {
        noClasses().that().resideInAPackage("com.knead.usecase..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.knead.ui..",
                        "com.knead.control..", "com.knead.app..")
                .check(knead);
    }
}
