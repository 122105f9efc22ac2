package org.tandem.program.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Enrollment;
import org.tandem.program.FeaturedIdeas;
import org.tandem.program.NamedParticipant;
import org.tandem.program.Participant;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Role;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the program page's model, both for a plain visit and when a form on it comes back
 * with errors.
 */
@Component
class ProgramPageModel {

	static final int PAGE_SIZE = 50;

	/** The featured ideas the page shows; the idea board has them all. */
	static final int FEATURED_IDEAS = 3;

	private static final PageResponse<ParticipantRow> NO_ROWS = new PageResponse<>(List.of(), 0, PAGE_SIZE, 0);

	private final ProgramAccess access;

	private final Enrollment enrollment;

	private final People people;

	private final FeaturedIdeas ideas;

	ProgramPageModel(ProgramAccess access, Enrollment enrollment, People people, FeaturedIdeas ideas) {
		this.ideas = ideas;
		this.access = access;
		this.enrollment = enrollment;
		this.people = people;
	}

	/**
	 * @return the view name
	 */
	String render(ProgramId id, TandemPrincipal me, int page, Forms forms, Model model) {
		ProgramAccess.View view = this.access.view(id, me);
		// both reads are added before either is taken, so that they travel together
		Supplier<PageResponse<NamedParticipant>> participants = view.manages()
				? this.enrollment.listNamed(id, me, new Paging(page, PAGE_SIZE)) : null;
		Supplier<List<FeaturedIdeas.FeaturedIdea>> featured = this.ideas.of(id, me, FEATURED_IDEAS);
		PageResponse<ParticipantRow> rows = NO_ROWS;
		if (participants != null) {
			PageResponse<NamedParticipant> named = participants.get();
			rows = new PageResponse<>(named.items()
				.stream()
				.map((row) -> new ParticipantRow(row.participant(), row.name(), row.email()))
				.toList(), named.page(), named.size(), named.total());
		}
		model.addAttribute("view", new ProgramPageView(view.program(), view.manages(), view.admin(), view.mayApply(),
				view.mine(), rows, featured.get()));
		model.addAttribute("addForm", forms.add());
		model.addAttribute("addValues", forms.addValues());
		model.addAttribute("addErrors", forms.addErrors());
		model.addAttribute("applyForm", forms.apply());
		model.addAttribute("applyValues", forms.applyValues());
		model.addAttribute("applyErrors", forms.applyErrors());
		return "program/show";
	}

	List<ParticipantRow> rows(Collection<Participant> participants) {
		Map<UUID, Person> people = this.people.findAll(participants.stream().map(Participant::personId).toList())
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		return participants.stream().map((participant) -> {
			Person person = people.get(participant.personId());
			return new ParticipantRow(participant, person == null ? "" : person.name(),
					person == null ? "" : person.email());
		}).toList();
	}

	/**
	 * The two forms of the program page with what was typed and its errors.
	 */
	record Forms(ParticipantForm add, FormValues addValues, FormErrors addErrors, ParticipantForm apply,
			FormValues applyValues, FormErrors applyErrors) {

		static Forms blank() {
			return new Forms(ParticipantForm.empty(Role.MENTOR), FormValues.none(), FormErrors.none(),
					ParticipantForm.empty(Role.MENTEE), FormValues.none(), FormErrors.none());
		}

		static Forms adding(ParticipantForm form, FormValues values, FormErrors errors) {
			return new Forms(form, values, errors, ParticipantForm.empty(Role.MENTEE), FormValues.none(),
					FormErrors.none());
		}

		static Forms applying(ParticipantForm form, FormValues values, FormErrors errors) {
			return new Forms(ParticipantForm.empty(Role.MENTOR), FormValues.none(), FormErrors.none(), form, values,
					errors);
		}

	}

}
