package org.tandem.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.EvaluationDraft;
import org.tandem.feedback.EvaluationKind;
import org.tandem.feedback.Evaluations;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /pairings/{id}/evaluations/{kind}}: a member answers the mid-term or end-of-term
 * evaluation, or reads their answers. The questions are the program's, so the form's
 * fields are too: each answer comes as {@code answers[questionId]}, checked by
 * {@link Evaluations} as the API's are. To anyone outside the pair it does not exist.
 */
@HtmlController
class EvaluationController {

	private static final String PREFIX = "answers[";

	private final Evaluations evaluations;

	EvaluationController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/pairings/{id}/evaluations/{kind}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable EvaluationKind kind, Model model) {
		return render(me, id, kind, Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/pairings/{id}/evaluations/{kind}")
	String submit(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable EvaluationKind kind, @RequestParam MultiValueMap<String, String> fields, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, @Nullable Object> answers = new LinkedHashMap<>();
		Map<String, String> given = new LinkedHashMap<>();
		fields.forEach((name, values) -> {
			if (name.startsWith(PREFIX) && name.endsWith("]") && !values.isEmpty()) {
				String question = name.substring(PREFIX.length(), name.length() - 1);
				String value = values.get(0);
				given.put(question, value);
				if (value != null && !value.isBlank()) {
					answers.put(question, value);
				}
			}
		});
		try {
			this.evaluations.submit(id, me, new EvaluationDraft(kind.name(), answers));
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
					"Thank you: your " + kind.label().toLowerCase() + " is saved.");
			return "redirect:/pairings/" + id + "/evaluations/" + kind.name();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// the service names an answer answers.<id>; the form's field is answers[<id>]
			List<FieldError> errors = ex.errors()
				.stream()
				.map((error) -> error.field().startsWith("answers.")
						? new FieldError(PREFIX + error.field().substring("answers.".length()) + "]", error.message())
						: error)
				.toList();
			return render(me, id, kind, given, FormErrors.of(errors), model);
		}
	}

	private String render(TandemPrincipal me, PairingId id, EvaluationKind kind, Map<String, String> given,
			FormErrors errors, Model model) {
		model.addAttribute("view", new EvaluationPageView(this.evaluations.form(id, kind, me), given));
		model.addAttribute("errors", errors);
		return "feedback/evaluation";
	}

}
