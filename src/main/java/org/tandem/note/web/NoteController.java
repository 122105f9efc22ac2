package org.tandem.note.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.note.Note;
import org.tandem.note.NoteId;
import org.tandem.note.Notes;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

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
 * The pair's notes page (their own notes and the shared ones, and a form to write one)
 * and the page where an author edits or deletes a note. To anyone outside the pair these
 * pages do not exist.
 */
@HtmlController
class NoteController {

	static final int PAGE_SIZE = 20;

	private final Notes notes;

	private final Pairings pairings;

	private final People people;

	private final FormValidation validation;

	NoteController(Notes notes, Pairings pairings, People people, FormValidation validation) {
		this.notes = notes;
		this.pairings = pairings;
		this.people = people;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/notes")
	String list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable String page, Model model) {
		return render(me, id, Pager.pageNumber(page), NoteForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/pairings/{id}/notes")
	String write(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") NoteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Note note = this.notes.write(id, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, note.shared()
						? "Your note is saved; you both can read it." : "Your note is saved; only you can read it.");
				return "redirect:/pairings/" + id + "/notes";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, 0, form, errors, model);
	}

	@GetMapping("/notes/{id}/edit")
	String edit(@AuthenticationPrincipal TandemPrincipal me, @PathVariable NoteId id, Model model) {
		Note note = this.notes.editable(id, me);
		return renderEdit(me, note, NoteForm.of(note), FormErrors.none(), model);
	}

	@PostMapping("/notes/{id}/edit")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable NoteId id,
			@Valid @ModelAttribute("form") NoteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Note changed = this.notes.change(id, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your note is updated.");
				return "redirect:/pairings/" + changed.pairingId() + "/notes";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		// the same answer as the form itself for anyone who may not edit the note
		Note note = this.notes.editable(id, me);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return renderEdit(me, note, form, errors, model);
	}

	@PostMapping("/notes/{id}/delete")
	String delete(@AuthenticationPrincipal TandemPrincipal me, @PathVariable NoteId id, RedirectAttributes redirect) {
		Note deleted = this.notes.delete(id, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your note is deleted.");
		return "redirect:/pairings/" + deleted.pairingId() + "/notes";
	}

	private String render(TandemPrincipal me, PairingId id, int page, NoteForm form, FormErrors errors, Model model) {
		Notes.NotePage found = this.notes.list(id, me, new Paging(page, PAGE_SIZE));
		Pairing pairing = found.pairing();
		if (pairing.closed() && !errors.isEmpty()) {
			// a closed pairing shows no form to correct
			throw new ConflictException("This pairing is closed: its notes stay readable but no longer change.");
		}
		model.addAttribute("view",
				new NotesPageView(id.value(), pairing.closed(), me.personId(), partnerName(pairing, me),
						found.notes().items(), found.notes().total(),
						Pager.of(found.notes(), "/pairings/" + id + "/notes")));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "note/notes";
	}

	private String renderEdit(TandemPrincipal me, Note note, NoteForm form, FormErrors errors, Model model) {
		Pairing pairing = this.pairings.find(note.pairingId())
			.orElseThrow(() -> new NotFoundException("No such note."));
		model.addAttribute("view", new NoteEditView(note, me.personId(), partnerName(pairing, me)));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "note/edit";
	}

	private String partnerName(Pairing pairing, TandemPrincipal me) {
		return this.people.find(new PersonId(pairing.partnerOf(me.personId())))
			.map(Person::name)
			.orElse("your partner");
	}

}
