package org.tandem.celebration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.celebration.IdeaId;
import org.tandem.celebration.Ideas;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The idea board, "ways to engage", in the JSON API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Celebration and ideas")
class IdeaApi {

	private final Ideas ideas;

	IdeaApi(Ideas ideas) {
		this.ideas = ideas;
	}

	@PostMapping("/programs/{id}/ideas")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Post an idea on the program's board (its participants and committee)",
			description = "title is required (at most 120 characters), body is optional Markdown (2000). The idea "
					+ "is public to the program, with its author's name. 404 for anyone outside the program.")
	IdeaJson post(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestBody IdeaJson.New request) {
		return IdeaJson.of(this.ideas.post(id, me, request.toNewIdea()));
	}

	@GetMapping("/programs/{id}/ideas")
	@Operation(summary = "The program's ideas, most votes first",
			description = "Each with its votes and whether the caller voted for it. The committee and "
					+ "administrators also see hidden ideas. 404 for anyone outside the program.")
	PageResponse<IdeaJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.ideas.board(id, me, Paging.of(page, size)).ideas().map(IdeaJson::of);
	}

	@PostMapping("/ideas/{id}/votes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Vote for an idea, once",
			description = "409 the second time or for a hidden idea; 403 for the idea's author (an idea counts "
					+ "without its author's vote); 404 for anyone outside the program.")
	IdeaJson vote(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id) {
		return IdeaJson.of(this.ideas.vote(id, me));
	}

	@PutMapping("/ideas/{id}/feature")
	@Audited(value = "idea.feature", target = "idea {id}")
	@Operation(summary = "Feature an idea on the program's page (its committee)",
			description = "An addition to the contract. 403 for participants, 409 for a hidden idea.")
	IdeaJson feature(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id) {
		return IdeaJson.of(this.ideas.feature(id, me, true));
	}

	@DeleteMapping("/ideas/{id}/feature")
	@Audited(value = "idea.unfeature", target = "idea {id}")
	@Operation(summary = "Stop featuring an idea (its committee)",
			description = "An addition to the contract. 403 for participants.")
	IdeaJson unfeature(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id) {
		return IdeaJson.of(this.ideas.feature(id, me, false));
	}

	@PutMapping("/ideas/{id}/hidden")
	@Audited(value = "idea.hide", target = "idea {id}")
	@Operation(summary = "Hide an inappropriate idea (its committee)",
			description = "An addition to the contract. A hidden idea is no longer featured and exists only for "
					+ "the committee and administrators; 403 for participants.")
	IdeaJson hide(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id) {
		return IdeaJson.of(this.ideas.hide(id, me, true));
	}

	@DeleteMapping("/ideas/{id}/hidden")
	@Audited(value = "idea.show", target = "idea {id}")
	@Operation(summary = "Show a hidden idea again (its committee)",
			description = "An addition to the contract. 403 for participants.")
	IdeaJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id) {
		return IdeaJson.of(this.ideas.hide(id, me, false));
	}

}
