package org.tandem.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.meeting.MeetingId;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pulse after a held meeting: each of the pair says once how useful it was, with an
 * optional comment that only the pair reads. To anyone else the pulses do not exist.
 */
@Service
public class Pulses {

	private static final String CLOSED = "This pairing is closed: it takes no more feedback.";

	private final PairMembership membership;

	private final PulseRepository pulses;

	private final Clock clock;

	Pulses(PairMembership membership, PulseRepository pulses, Clock clock) {
		this.membership = membership;
		this.pulses = pulses;
		this.clock = clock;
	}

	/**
	 * Records the caller's pulse for a held meeting.
	 * @throws NotFoundException unless the caller is one of the pair and the meeting is
	 * theirs
	 * @throws ConflictException if the pairing is closed, the meeting is not held, or the
	 * caller gave its pulse already
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Pulse give(PairingId id, MeetingId meetingId, TandemPrincipal me, PulseDraft draft) {
		Pairing pairing = this.membership.writable(id, me, CLOSED);
		HeldMeeting meeting = this.pulses.meeting(id, meetingId, this.clock.getZone())
			.orElseThrow(() -> new NotFoundException("No such meeting."));
		List<FieldError> problems = new ArrayList<>();
		FeedbackRules.add(problems, FeedbackRules.scale("usefulness", draft.usefulness(), true));
		FeedbackRules.add(problems, FeedbackRules.text("comment", draft.comment(), false, FeedbackRules.COMMENT_MAX));
		Integer usefulness = draft.usefulness();
		if (!problems.isEmpty() || usefulness == null) {
			throw new InvalidInputException(problems);
		}
		if (!meeting.held()) {
			throw new ConflictException("A pulse is for a meeting that was held; this one is "
					+ meeting.status().label().toLowerCase() + ".");
		}
		if (this.pulses.of(id, meetingId, me.personId()).isPresent()) {
			throw answered();
		}
		Pulse pulse = new Pulse(new PulseId(UUID.randomUUID()), meetingId, id, me.personId(), usefulness,
				FeedbackRules.stored(draft.comment()), this.clock.instant());
		try {
			this.pulses.insert(pulse, pairing.programId());
		}
		catch (DuplicateKeyException ex) {
			// the same person's pulse at the same moment, from another tab
			throw answered();
		}
		return pulse;
	}

	/**
	 * The meeting and the caller's pulse for it, if they gave one.
	 * @throws NotFoundException unless the caller is one of the pair and the meeting is
	 * theirs
	 */
	@Transactional(readOnly = true)
	public PulseView view(PairingId id, MeetingId meetingId, TandemPrincipal me) {
		Pairing pairing = this.membership.member(id, me);
		HeldMeeting meeting = this.pulses.meeting(id, meetingId, this.clock.getZone())
			.orElseThrow(() -> new NotFoundException("No such meeting."));
		return new PulseView(pairing, meeting, this.pulses.of(id, meetingId, me.personId()));
	}

	private static ConflictException answered() {
		return new ConflictException("You have told us how useful this meeting was already.");
	}

	/** A held meeting and the viewer's pulse for it. */
	public record PulseView(Pairing pairing, HeldMeeting meeting, Optional<Pulse> mine) {

	}

}
