package org.tandem.meeting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.MeetingChange;
import org.tandem.meeting.MeetingId;
import org.tandem.meeting.Meetings;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.PageContext;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pair's meeting page: their meetings, a form to log a contact, one to schedule a
 * meeting, and buttons to mark a scheduled one held, cancelled or missed. The committee
 * and administrators see only the dates and formats. Times are shown and typed in the
 * viewer's zone.
 */
@HtmlController
class MeetingController {

	/** The page shows the latest meetings only; older ones remain in the API. */
	static final int SHOWN = 100;

	private final Meetings meetings;

	private final FormValidation validation;

	MeetingController(Meetings meetings, FormValidation validation) {
		this.meetings = meetings;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/meetings")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, PageContext ctx, Model model) {
		return render(me, id, ContactForm.empty(), FormErrors.none(), ScheduleForm.empty(), FormErrors.none(), ctx,
				model);
	}

	/**
	 * Moves a scheduled meeting to another time or duration; like the API, this sends the
	 * pair an updated invitation. Errors are shown at the meeting's move form, with 400
	 * (or 409 if the meeting is no longer scheduled or the pairing closed).
	 */
	@PostMapping("/pairings/{id}/meetings/{meetingId}/move")
	String move(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable MeetingId meetingId, @Valid @ModelAttribute("form") MoveForm form, BindingResult binding,
			PageContext ctx, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = MeetingForms.checkTime(this.validation.errors(form, binding), form.scheduledAt(),
				ctx.zone());
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (errors.isEmpty()) {
			try {
				Meeting moved = this.meetings.change(id, meetingId, me, form.toChange(ctx.zone()));
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The meeting is moved to "
						+ MeetingPageView.time(moved, ctx.zone()) + "; you both get an updated invitation.");
				return "redirect:/pairings/" + id + "/meetings";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				if (ex.field() == null) {
					throw ex; // the pairing is closed: the error page says so
				}
				// the meeting is no longer scheduled, so it has no move form: say why on
				// top
				model.addAttribute("moveProblem", ex.getMessage());
				status = HttpServletResponse.SC_CONFLICT;
			}
		}
		response.setStatus(status);
		model.addAttribute("moveId", meetingId.value());
		model.addAttribute("move", form);
		model.addAttribute("moveErrors", errors);
		return render(me, id, ContactForm.empty(), FormErrors.none(), ScheduleForm.empty(), FormErrors.none(), ctx,
				model);
	}

	@PostMapping("/pairings/{id}/meetings/contacts")
	String logContact(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult binding, PageContext ctx, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Meeting logged = this.meetings.log(id, me, form.toNewMeeting());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"The contact on " + MeetingPageView.day(logged, ctx.zone()) + " is logged.");
				return "redirect:/pairings/" + id + "/meetings";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return render(me, id, form, errors, ScheduleForm.empty(), FormErrors.none(), ctx, model);
	}

	@PostMapping("/pairings/{id}/meetings/scheduled")
	String schedule(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") ScheduleForm form, BindingResult binding, PageContext ctx, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = MeetingForms.checkTime(this.validation.errors(form, binding), form.scheduledAt(),
				ctx.zone());
		if (errors.isEmpty()) {
			try {
				Meeting scheduled = this.meetings.log(id, me, form.toNewMeeting(ctx.zone()));
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"The meeting on " + MeetingPageView.day(scheduled, ctx.zone()) + " is scheduled.");
				return "redirect:/pairings/" + id + "/meetings";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return render(me, id, ContactForm.empty(), FormErrors.none(), form, errors, ctx, model);
	}

	@PostMapping("/pairings/{id}/meetings/{meetingId}/status")
	String mark(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable MeetingId meetingId, @RequestParam String status, PageContext ctx,
			RedirectAttributes redirect) {
		try {
			Meeting changed = this.meetings.change(id, meetingId, me, new MeetingChange(status, null, null, null));
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
					"The meeting on " + MeetingPageView.day(changed, ctx.zone()) + " is marked "
							+ changed.status().label().toLowerCase(Locale.ROOT) + ".");
		}
		catch (ConflictException ex) {
			if (ex.field() == null) {
				throw ex;
			}
			// the meeting changed meanwhile or is still ahead: say why on the page
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, ex.getMessage());
		}
		return "redirect:/pairings/" + id + "/meetings";
	}

	private String render(TandemPrincipal me, PairingId id, ContactForm contact, FormErrors contactErrors,
			ScheduleForm schedule, FormErrors scheduleErrors, PageContext ctx, Model model) {
		Meetings.MeetingPage page = this.meetings.page(id, me, new Paging(0, SHOWN));
		model.addAttribute("view", new MeetingPageView(id.value(), page.member(), page.pairing().closed(),
				page.meetings().items(), page.meetings().total(), ctx.zone()));
		// the program's suggestions for the place fields; only the pair sees the forms
		model.addAttribute("places", page.places());
		model.addAttribute("contact", contact);
		model.addAttribute("contactErrors", contactErrors);
		model.addAttribute("schedule", schedule);
		model.addAttribute("scheduleErrors", scheduleErrors);
		if (!model.containsAttribute("moveId")) {
			model.addAttribute("move", MoveForm.empty());
			model.addAttribute("moveErrors", FormErrors.none());
		}
		return "meeting/meetings";
	}

}
