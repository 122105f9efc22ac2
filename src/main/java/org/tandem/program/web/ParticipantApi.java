package org.tandem.program.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.program.Enrollment;
import org.tandem.program.ParticipantId;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.ProfileRules;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's participants: the committee enrolls people and decides on applications;
 * people apply for themselves while enrollment is open.
 */
@RestController
@RequestMapping("/api/v1/programs/{id}")
@Tag(name = "Programs")
class ParticipantApi {

	private final Enrollment enrollment;

	ParticipantApi(Enrollment enrollment) {
		this.enrollment = enrollment;
	}

	@Audited(value = "program.participant.enroll", target = "program {id}")
	@PostMapping("/participants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enroll a person (committee or administrators)",
			description = "Mentors' capacity defaults to 1 and must be 0 to 50. Only administrators appoint "
					+ "COMMITTEE members. 409 if the person already has this role in the program.")
	ParticipantJson add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @RequestBody AddParticipant request) {
		Enrollment.Request enroll = new Enrollment.Request(request.personId(), request.role(), request.capacity(),
				ParticipantJson.ProfileJson.toProfile(request.profile()), ParticipantStatus.ACTIVE);
		return ParticipantJson.of(this.enrollment.add(id, me, enroll));
	}

	@GetMapping("/participants")
	@Operation(summary = "List a program's participants",
			description = "The committee and administrators see everyone, applications included; active mentors "
					+ "and mentees see the active participants; 404 for anyone else.")
	PageResponse<ParticipantJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.enrollment.list(id, me, Paging.of(page, size)).map(ParticipantJson::of);
	}

	@PostMapping("/applications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply to take part as mentor or mentee",
			description = "For the caller, while enrollment is open. 409 when it is closed or the caller already "
					+ "applied or takes part as mentor or mentee.")
	ParticipantJson apply(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @RequestBody Application request) {
		return ParticipantJson.of(this.enrollment.apply(id, me, request.role(), request.capacity(),
				ParticipantJson.ProfileJson.toProfile(request.profile())));
	}

	@Audited(value = "program.application.approve", target = "participant {participantId} of program {id}")
	@PostMapping("/participants/{participantId}/approve")
	@Operation(summary = "Approve an application (committee or administrators)",
			description = "409 if the participant is not an application.")
	ParticipantJson approve(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ParticipantId participantId) {
		return ParticipantJson.of(this.enrollment.decide(id, participantId.value(), me, true));
	}

	@Audited(value = "program.application.decline", target = "participant {participantId} of program {id}")
	@PostMapping("/participants/{participantId}/decline")
	@Operation(summary = "Decline an application (committee or administrators)",
			description = "409 if the participant is not an application.")
	ParticipantJson decline(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ParticipantId participantId) {
		return ParticipantJson.of(this.enrollment.decide(id, participantId.value(), me, false));
	}

	record AddParticipant(@NotNull UUID personId, @NotNull Role role,
			@Min(0) @Max(ProfileRules.MAX_CAPACITY) @Nullable Integer capacity,
			ParticipantJson.@Nullable ProfileJson profile) {
	}

	record Application(@NotNull Role role, @Min(0) @Max(ProfileRules.MAX_CAPACITY) @Nullable Integer capacity,
			ParticipantJson.@Nullable ProfileJson profile) {
	}

}
