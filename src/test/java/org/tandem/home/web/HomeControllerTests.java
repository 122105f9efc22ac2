package org.tandem.home.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator of an empty installation is asked to create a program; once one
 * exists, no longer.
 */
class HomeControllerTests {

	@Test
	void newAdministratorIsAskedToCreateTheFirstProgram() {
		assertThat(HomeController.nextSteps(new HomeQuery.Facts(List.of(), false, true))).extracting(NextStep::href)
			.containsExactly("/programs/new");
	}

	@Test
	void administratorWithProgramsIsNotAskedAgain() {
		assertThat(HomeController.nextSteps(new HomeQuery.Facts(List.of(), false, false))).extracting(NextStep::href)
			.doesNotContain("/programs/new");
	}

	@Test
	void aParticipantWithAnEmptyProfileIsAskedToCompleteIt() {
		UUID program = UUID.randomUUID();
		HomeQuery.Facts facts = new HomeQuery.Facts(List.of(new HomeQuery.Participation(program, "MENTEE", "APPLIED")),
				true, false);
		assertThat(HomeController.nextSteps(facts)).extracting(NextStep::href)
			.containsExactly("/me", "/programs/" + program);
	}

}
