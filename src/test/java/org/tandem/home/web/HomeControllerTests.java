package org.tandem.home.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Programs;
import org.tandem.shared.security.TandemPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The first administrator of an empty installation is asked to create a program; once one
 * exists, no longer.
 */
class HomeControllerTests {

	private final Programs programs = mock(Programs.class);

	private final People people = mock(People.class);

	private final HomeController controller = new HomeController(this.programs, this.people);

	private final TandemPrincipal admin = new TandemPrincipal() {

		private final UUID id = UUID.randomUUID();

		@Override
		public UUID personId() {
			return this.id;
		}

		@Override
		public String email() {
			return "admin@example.org";
		}

		@Override
		public boolean admin() {
			return true;
		}

	};

	@Test
	void newAdministratorIsAskedToCreateTheFirstProgram() {
		given(this.programs.participationsOf(this.admin.personId())).willReturn(List.of());
		given(this.programs.count()).willReturn(0L);
		given(this.people.find(any(PersonId.class))).willReturn(Optional.of(mock(Person.class)));

		assertThat(this.controller.nextSteps(this.admin)).extracting(NextStep::href).containsExactly("/programs/new");
	}

	@Test
	void administratorWithProgramsIsNotAskedAgain() {
		given(this.programs.participationsOf(this.admin.personId())).willReturn(List.of());
		given(this.programs.count()).willReturn(3L);
		given(this.people.find(any(PersonId.class))).willReturn(Optional.of(mock(Person.class)));

		assertThat(this.controller.nextSteps(this.admin)).extracting(NextStep::href).doesNotContain("/programs/new");
	}

}
