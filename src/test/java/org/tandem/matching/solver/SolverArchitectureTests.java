package org.tandem.matching.solver;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The solver stays a plain library: no Spring, no other part of Tandem, so it can run
 * alone from the command line and be tested without a context.
 */
class SolverArchitectureTests {

	private final JavaClasses solver = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tandem.matching.solver");

	@Test
	void dependsOnNoFramework() {
		noClasses().that()
			.resideInAPackage("org.tandem.matching.solver..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(solver);
	}

	@Test
	void dependsOnNoOtherPartOfTandem() {
		noClasses().that()
			.resideInAPackage("org.tandem.matching.solver..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("org.tandem..").and(not(resideInAPackage("org.tandem.matching.solver.."))))
			.check(solver);
	}

}
