package org.tandem;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.PathVariable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house style, checked: web adapters live in {@code web} packages and nothing else
 * depends on them; a feature's root package exposes only what is used from outside it;
 * path variables are typed; tests wait for effects instead of sleeping.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tandem");

	/**
	 * Main and test classes and the precompiled templates: everything that may use a
	 * type.
	 */
	private static final JavaClasses EVERYTHING = new ClassFileImporter().importPackages("org.tandem",
			"gg.jte.generated");

	private static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

	/**
	 * Public because the feature's web package reads its constants, which the compiler
	 * copies into the reader, so no class file shows the use.
	 */
	private static final Set<String> READ_ONLY_FOR_CONSTANTS = Set.of("org.tandem.program.ProfileRules");

	@Test
	void nothingOutsideAWebPackageDependsOnOne() {
		noClasses().that()
			.resideOutsideOfPackage("org.tandem..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.tandem..web..")
			.because("controllers, page models, forms and JSON records are adapters: the domain does not know them")
			.check(MAIN);
	}

	@Test
	void aFeaturesRootPackageExposesOnlyWhatIsUsedFromOutsideIt() {
		List<String> needless = new ArrayList<>();
		for (ApplicationModule module : MODULES) {
			String root = module.getBasePackage().getName();
			Set<String> events = module.getPublishedEvents()
				.stream()
				.map((event) -> event.getType().getName())
				.collect(Collectors.toSet());
			for (JavaClass type : MAIN) {
				if (!type.getPackageName().equals(root) || !type.getModifiers().contains(JavaModifier.PUBLIC)
						|| type.isNestedClass() || type.getSimpleName().equals("package-info")
						|| events.contains(type.getName()) || READ_ONLY_FOR_CONSTANTS.contains(type.getName())) {
					continue;
				}
				// templates are the web layer written in another language: they count as
				// users
				boolean usedOutside = EVERYTHING.get(type.getName())
					.getDirectDependenciesToSelf()
					.stream()
					.map((dependency) -> dependency.getOriginClass().getPackageName())
					.anyMatch((origin) -> (origin.startsWith("org.tandem.") || origin.startsWith("gg.jte.generated"))
							&& !origin.equals(root));
				if (!usedOutside) {
					needless.add(type.getName());
				}
			}
		}
		assertThat(needless).as("public types of a feature's root package that nothing outside the package uses")
			.isEmpty();
	}

	@Test
	void pathVariablesAreTypedIdsOrSecretsNeverStringsOrRawUuids() {
		List<String> untyped = new ArrayList<>();
		for (JavaClass type : MAIN) {
			for (var method : type.reflect().getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					if (parameter.isAnnotationPresent(PathVariable.class)
							&& (parameter.getType() == String.class || parameter.getType() == UUID.class)) {
						untyped.add(type.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
					}
				}
			}
		}
		assertThat(untyped).isEmpty();
	}

	@Test
	void nothingSleepsToWaitForAnEffect() {
		noClasses().should()
			.callMethod(Thread.class, "sleep", long.class)
			.orShould()
			.callMethod(Thread.class, "sleep", long.class, int.class)
			.because("a sleep either waits too long or not long enough: wait for the effect (Awaitility)")
			.check(new ClassFileImporter().importPackages("org.tandem"));
	}

}
