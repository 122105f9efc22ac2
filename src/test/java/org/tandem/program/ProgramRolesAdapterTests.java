package org.tandem.program;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.person.ProgramRoles;
import org.tandem.person.ProgramRoles.RoleInProgram;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProgramRolesAdapterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Enrollment enrollment;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgramRoles roles;

	ProgramTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
	}

	@Test
	void rolesOfListsActiveRolesOnly() {
		Program first = this.support.program(true);
		Program second = this.support.program(false);
		Person person = this.support.member(first, Role.MENTOR, "Rory Roles");
		this.programs.enroll(second.id(), person.id().value(), Role.COMMITTEE, 0, Participant.Profile.empty());
		Program open = this.support.program(true);
		this.enrollment.apply(open.id(), principal(person), Role.MENTEE, null, Participant.Profile.empty());
		assertThat(this.roles.rolesOf(person.id().value()).get()).containsExactly(
				new RoleInProgram(first.id().value(), "MENTOR"), new RoleInProgram(second.id().value(), "COMMITTEE"));
		assertThat(this.roles.rolesOf(UUID.randomUUID()).get()).isEmpty();
	}

	@Test
	void isCommitteeForCoversOnlyTheActiveMentorsAndMenteesOfTheCommitteesPrograms() {
		Program program = this.support.program(true);
		Person committee = this.support.member(program, Role.COMMITTEE, "Cass Committee");
		Person mentee = this.support.member(program, Role.MENTEE, "Mona Mentee");
		Person applicant = this.fixtures.person("Abe Applicant");
		this.enrollment.apply(program.id(), principal(applicant), Role.MENTOR, 1, Participant.Profile.empty());
		Person elsewhere = this.support.member(this.support.program(false), Role.MENTEE, "Eli Elsewhere");
		Person fellow = this.support.member(program, Role.COMMITTEE, "Fay Fellow");
		Person admin = this.fixtures.admin("Ada Admin");
		this.programs.enroll(program.id(), admin.id().value(), Role.MENTOR, 1, Participant.Profile.empty());
		Person otherCommittee = this.support.member(this.support.program(false), Role.COMMITTEE, "Oz Other");
		this.programs.enroll(program.id(), otherCommittee.id().value(), Role.MENTEE, 0, Participant.Profile.empty());
		UUID viewer = committee.id().value();
		assertThat(this.roles.isCommitteeFor(viewer, mentee.id().value())).isTrue();
		assertThat(this.roles.isCommitteeFor(viewer, applicant.id().value())).as("an applicant").isFalse();
		assertThat(this.roles.isCommitteeFor(viewer, elsewhere.id().value())).isFalse();
		assertThat(this.roles.isCommitteeFor(viewer, fellow.id().value())).as("a fellow committee member").isFalse();
		assertThat(this.roles.isCommitteeFor(viewer, admin.id().value())).as("an administrator").isFalse();
		assertThat(this.roles.isCommitteeFor(viewer, otherCommittee.id().value()))
			.as("another program's committee member")
			.isFalse();
		assertThat(this.roles.isCommitteeFor(viewer, viewer)).isFalse();
		assertThat(this.roles.isCommitteeFor(mentee.id().value(), viewer)).isFalse();
		assertThat(this.roles.inProgramsRunBy(viewer,
				List.of(mentee.id().value(), applicant.id().value(), elsewhere.id().value(), fellow.id().value())))
			.as("whose whole profile the committee reads")
			.containsExactlyInAnyOrder(mentee.id().value(), applicant.id().value(), fellow.id().value());
	}

	@Test
	void isCommitteeMemberAndTakesPart() {
		Program program = this.support.program(true);
		Person committee = this.support.member(program, Role.COMMITTEE, "Cleo Committee");
		Person mentor = this.support.member(program, Role.MENTOR, "Mick Mentor");
		Person applicant = this.fixtures.person("Ada Applicant");
		this.enrollment.apply(program.id(), principal(applicant), Role.MENTEE, null, Participant.Profile.empty());
		Person nobody = this.fixtures.person("Ned Nobody");
		assertThat(this.roles.isCommitteeMember(committee.id().value())).isTrue();
		assertThat(this.roles.isCommitteeMember(mentor.id().value())).isFalse();
		assertThat(this.roles.takesPart(mentor.id().value())).isTrue();
		assertThat(this.roles.takesPart(applicant.id().value())).isTrue();
		assertThat(this.roles.takesPart(nobody.id().value())).isFalse();
	}

	private static TandemPrincipal principal(Person person) {
		return new TandemPrincipal() {

			@Override
			public UUID personId() {
				return person.id().value();
			}

			@Override
			public String email() {
				return person.email();
			}

			@Override
			public boolean admin() {
				return false;
			}

		};
	}

}
