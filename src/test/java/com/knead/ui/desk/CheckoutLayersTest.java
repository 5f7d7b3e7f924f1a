package com.knead.ui.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The desk's checkout, queue and frame show and ask only: they reach the data through the use
 * cases they are handed, never a store. (DeskDialogs still hands the whole data folder to the
 * dialogs that take it, until each of those has use cases of its own.)
 */
class CheckoutLayersTest {

    @Test
    void theCheckoutAndQueueImportNoStore() {
        JavaClasses desk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.knead.ui.desk", "com.knead.control.desk");
        noClasses().that().haveSimpleNameStartingWith("CheckoutPanel")
                .or().haveSimpleNameStartingWith("PaymentsPanel").or().haveSimpleNameStartingWith("AdjustmentsPanel")
                .or().haveSimpleNameStartingWith("ItemsPanel").or().haveSimpleNameStartingWith("IntakeSummaryButton")
                .or().haveSimpleNameStartingWith("QueuePanel").or().haveSimpleNameStartingWith("QueueTableModel")
                .or().haveSimpleNameStartingWith("DrawerOpener").or().haveSimpleNameStartingWith("DeskFrame")
                .or().resideInAPackage("com.knead.control.desk..")
                .should().dependOnClassesThat().resideInAPackage("com.knead.store..")
                .check(desk);
    }
}
