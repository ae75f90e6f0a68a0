package vn.blocstats.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The modules' arrows point one way: etl → warehouse ← dashboard; no cycles between feature packages. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.blocstats");

	@Test
	void the_warehouse_knows_nothing_of_the_etl_or_the_dashboard() {
		noClasses().that().resideInAPackage("vn.blocstats.warehouse..")
			.should().dependOnClassesThat().resideInAnyPackage("vn.blocstats.etl..", "vn.blocstats.dashboard..")
			.check(CLASSES);
	}

	@Test
	void nothing_depends_on_the_dashboard() {
		noClasses().that().resideOutsideOfPackage("vn.blocstats.dashboard..")
			.should().dependOnClassesThat().resideInAPackage("vn.blocstats.dashboard..")
			.check(CLASSES);
	}

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("vn.blocstats.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
	}
}
