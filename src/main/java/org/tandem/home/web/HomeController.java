package org.tandem.home.web;

import java.util.ArrayList;
import java.util.List;

import org.tandem.program.ParticipantStatus;
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

	private final HomeQuery facts;

	HomeController(HomeQuery facts) {
		this.facts = facts;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal TandemPrincipal principal, Model model) {
		model.addAttribute("steps", nextSteps(this.facts.of(principal)));
		return "home/home";
	}

	static List<NextStep> nextSteps(HomeQuery.Facts facts) {
		List<NextStep> steps = new ArrayList<>();
		List<HomeQuery.Participation> participations = facts.participations();
		if (facts.noPrograms()) {
			steps.add(new NextStep("Create your first program",
					"Set its term, the contact rhythm and who sits on its committee.", "/programs/new"));
		}
		for (HomeQuery.Participation participation : participations) {
			if (participation.role().equals(Role.COMMITTEE.name())
					&& participation.status().equals(ParticipantStatus.ACTIVE.name())) {
				steps.add(new NextStep("Enroll mentors and mentees",
						"Add people to the program, or review the applications that have come in.",
						"/programs/" + participation.programId()));
			}
		}
		boolean participant = participations.stream().anyMatch((p) -> !p.role().equals(Role.COMMITTEE.name()));
		if (participant && facts.profileIncomplete()) {
			steps.add(new NextStep("Complete your profile",
					"Introduce yourself and say what you know and want to learn, so the committee can find you a good match.",
					"/me"));
		}
		participations.stream()
			.filter((p) -> p.status().equals(ParticipantStatus.APPLIED.name()))
			.forEach((p) -> steps.add(new NextStep("Your application is with the committee",
					"You will hear from them once they have reviewed it.", "/programs/" + p.programId())));
		if (steps.isEmpty()) {
			steps.add(new NextStep("Look at the programs",
					"See the mentoring programs and apply to one that is open for enrollment.", "/programs"));
		}
		return steps;
	}

}
