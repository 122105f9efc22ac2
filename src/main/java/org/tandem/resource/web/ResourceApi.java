package org.tandem.resource.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;
import org.tandem.resource.Audience;
import org.tandem.resource.Moment;
import org.tandem.resource.Tip;
import org.tandem.resource.Tips;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/programs/{id}/resources}: a program's tip sheets, read-only. Beyond
 * the contract in API.md; the committee keeps the tips on the program's resources pages.
 */
@RestController
@Tag(name = "Programs")
class ResourceApi {

	private final Tips tips;

	ResourceApi(Tips tips) {
		this.tips = tips;
	}

	@GetMapping("/api/v1/programs/{id}/resources")
	@Operation(summary = "A program's tips for mentors and mentees",
			description = "In the order of the program's tip sheets, at most " + Tips.MAX_TIPS + " (a plain array). "
					+ "Readable by whoever may read the program (GET /programs/{id}); 404 for anyone else. body is "
					+ "plain text, paragraphs separated by a blank line.")
	List<TipJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return this.tips.of(id, me).stream().map(TipJson::of).toList();
	}

	/**
	 * A tip as the API shows it.
	 *
	 * @param audience {@code MENTOR}, {@code MENTEE} or {@code BOTH}
	 * @param moment where Tandem also shows it: {@code NEW_PAIRING}, {@code AGREEMENT},
	 * {@code DUE}, {@code GOAL_FORM}, or {@code null}
	 */
	@Schema(name = "Tip")
	record TipJson(UUID id, Audience audience, @Nullable Moment moment, String title, String body) {

		static TipJson of(Tip tip) {
			return new TipJson(tip.id().value(), tip.audience(), tip.moment(), tip.title(), tip.body());
		}

	}

}
