package org.tandem.home.web;

import java.util.ArrayList;
import java.util.List;

import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what this person should do next, by role.
 */
@HtmlController
class HomeController {

	private final Programs programs;

	private final People people;

	HomeController(Programs programs, People people) {
		this.programs = programs;
		this.people = people;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal TandemPrincipal principal, Model model) {
		model.addAttribute("steps", nextSteps(principal));
		return "home/home";
	}

	List<NextStep> nextSteps(TandemPrincipal principal) {
		List<NextStep> steps = new ArrayList<>();
		List<Participant> participations = this.programs.participationsOf(principal.personId());
		if (principal.admin() && this.programs.count() == 0) {
			steps.add(new NextStep("Create your first program",
					"Set its term, the contact rhythm and who sits on its committee.", "/programs/new"));
		}
		for (Participant participation : participations) {
			if (participation.role() == Role.COMMITTEE && participation.status() == ParticipantStatus.ACTIVE) {
				steps.add(new NextStep("Enroll mentors and mentees",
						"Add people to the program, or review the applications that have come in.",
						"/programs/" + participation.programId()));
			}
		}
		boolean participant = participations.stream().anyMatch((p) -> p.role() != Role.COMMITTEE);
		Person me = this.people.find(new PersonId(principal.personId())).orElseThrow();
		if (participant && (me.professionalIntro() == null || me.expertise().isEmpty() && me.interests().isEmpty())) {
			steps.add(new NextStep("Complete your profile",
					"Introduce yourself and say what you know and want to learn, so the committee can find you a good match.",
					"/me"));
		}
		participations.stream()
			.filter((p) -> p.status() == ParticipantStatus.APPLIED)
			.forEach((p) -> steps.add(new NextStep("Your application is with the committee",
					"You will hear from them once they have reviewed it.", "/programs/" + p.programId())));
		if (steps.isEmpty()) {
			steps.add(new NextStep("Look at the programs",
					"See the mentoring programs and apply to one that is open for enrollment.", "/programs"));
		}
		return steps;
	}

}
