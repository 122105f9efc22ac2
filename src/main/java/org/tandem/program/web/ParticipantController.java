package org.tandem.program.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Enrollment;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantId;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.ProfileRules;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Role;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.FormValues;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done on the program page: the committee adds people and decides on applications
 * (with htmx replacing the row, or a plain form post without JavaScript); others apply
 * while enrollment is open.
 */
@HtmlController
class ParticipantController {

	private final ProgramPageModel pageModel;

	private final ProgramAccess access;

	private final Enrollment enrollment;

	private final People people;

	private final FormValidation validation;

	ParticipantController(ProgramPageModel pageModel, ProgramAccess access, Enrollment enrollment, People people,
			FormValidation validation) {
		this.pageModel = pageModel;
		this.access = access;
		this.enrollment = enrollment;
		this.people = people;
		this.validation = validation;
	}

	@Audited(value = "program.participant.enroll", target = "program {id}")
	@PostMapping("/programs/{id}/participants")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		this.access.managed(id, me);
		if (form.role() == Role.COMMITTEE && !me.admin()) {
			throw new ForbiddenException("Only an administrator appoints committee members.");
		}
		// the email comes first in the form, so its message comes first in the summary
		FormErrors errors = FormErrors.none();
		Person person = null;
		if (form.email().isBlank()) {
			errors = errors.with("email", "must not be blank");
		}
		else {
			person = this.people.findByEmail(form.email()).orElse(null);
			if (person == null) {
				errors = errors.with("email", "is not the email of a known person");
			}
		}
		for (Map.Entry<String, String> error : this.validation.errors(form, binding).all().entrySet()) {
			errors = errors.with(error.getKey(), error.getValue());
		}
		Role role = form.role();
		if (errors.isEmpty() && person != null && role != null) {
			try {
				this.enrollment.add(id, me, new Enrollment.Request(person.id().value(), role, form.capacity(),
						form.profile(), ParticipantStatus.ACTIVE));
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						person.name() + " was added as " + role.label().toLowerCase(Locale.ROOT) + ".");
				return "redirect:/programs/" + id;
			}
			catch (InvalidInputException ex) {
				errors = errors(ex.errors());
			}
			catch (ConflictException ex) {
				errors = errors.with("email", ex.getMessage());
			}
		}
		return this.pageModel.render(id, me, 0, ProgramPageModel.Forms.adding(form, FormValues.of(binding), errors),
				model);
	}

	@PostMapping("/programs/{id}/applications")
	String apply(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		this.access.visible(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		Role role = form.role();
		if (errors.isEmpty() && role != null) {
			try {
				this.enrollment.apply(id, me, role, form.capacity(), form.profile());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"Thank you for applying. The committee will review your application.");
				return "redirect:/programs/" + id;
			}
			catch (InvalidInputException ex) {
				errors = errors(ex.errors());
			}
			catch (ConflictException ex) {
				errors = errors.with("role", ex.getMessage());
			}
		}
		return this.pageModel.render(id, me, 0, ProgramPageModel.Forms.applying(form, FormValues.of(binding), errors),
				model);
	}

	@Audited(value = "program.application.approve", target = "participant {participantId} of program {id}")
	@PostMapping("/programs/{id}/participants/{participantId}/approve")
	String approve(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ParticipantId participantId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		return decide(me, id, participantId, true, htmx != null, model, redirect);
	}

	@Audited(value = "program.application.decline", target = "participant {participantId} of program {id}")
	@PostMapping("/programs/{id}/participants/{participantId}/decline")
	String decline(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ParticipantId participantId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		return decide(me, id, participantId, false, htmx != null, model, redirect);
	}

	/**
	 * htmx gets the row back to swap in; a plain post is redirected to the program page.
	 * An application decided meanwhile by someone else is shown as it now stands.
	 */
	private String decide(TandemPrincipal me, ProgramId programId, ParticipantId participantId, boolean approve,
			boolean htmx, Model model, RedirectAttributes redirect) {
		Participant participant;
		String message;
		try {
			participant = this.enrollment.decide(programId, participantId.value(), me, approve);
			message = approve ? "The application was approved." : "The application was declined.";
		}
		catch (ConflictException ex) {
			participant = this.enrollment.find(programId, participantId.value(), me);
			message = "This application had already been decided.";
		}
		if (!htmx) {
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, message);
			return "redirect:/programs/" + programId;
		}
		model.addAttribute("row", this.pageModel.rows(List.of(participant)).get(0));
		return "program/participantRow";
	}

	/**
	 * Errors as the page's forms name their fields: without the JSON API's "profile."
	 */
	private static FormErrors errors(List<InvalidInputException.FieldError> problems) {
		return FormErrors.of(problems.stream()
			.map((problem) -> new InvalidInputException.FieldError(
					problem.field().startsWith(ProfileRules.PREFIX)
							? problem.field().substring(ProfileRules.PREFIX.length()) : problem.field(),
					problem.message()))
			.toList());
	}

}
