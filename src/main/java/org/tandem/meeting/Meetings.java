package org.tandem.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.program.SuggestedPlace;
import org.tandem.program.SuggestedPlaces;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of a pairing. Only its mentor and mentee write them and read their
 * confidential texts; the program's committee and administrators see when and how the
 * pair met, nothing more; to anyone else the pairing does not exist. Days (today, the day
 * a scheduled meeting counts for the cadence) are counted in Tandem's zone, the clock's
 * ({@code TANDEM_TIME_ZONE}); times are instants, which each page shows in its viewer's
 * zone.
 */
@Service
public class Meetings {

	private final Pairings pairings;

	private final MeetingRepository meetings;

	private final MeetingAnnouncements announcements;

	private final SuggestedPlaces places;

	private final Clock clock;

	Meetings(Pairings pairings, MeetingRepository meetings, MeetingAnnouncements announcements, SuggestedPlaces places,
			Clock clock) {
		this.pairings = pairings;
		this.meetings = meetings;
		this.announcements = announcements;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * Logs a contact that happened, counted as contact on its day, or schedules a
	 * meeting.
	 * @throws NotFoundException if the caller may not see the pairing
	 * @throws ForbiddenException if they see it but are not one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Meeting log(PairingId id, TandemPrincipal me, NewMeeting request) {
		Pairing pairing = writable(id, me);
		Instant now = this.clock.instant();
		List<FieldError> problems = MeetingRules.check(request, pairing.startedOn(), now, this.clock.getZone());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate occurredOn = request.occurredOn();
		Meeting meeting = new Meeting(UUID.randomUUID(), id, request.scheduledAt(), request.durationMinutes(),
				occurredOn, MeetingRules.format(request.format()),
				(occurredOn != null) ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
				MeetingRules.stored(request.place()), MeetingRules.stored(request.agenda()),
				MeetingRules.stored(request.sharedNotes()), me.personId(), now, now);
		this.meetings.insert(meeting, suggestedPlace(pairing, meeting.place()));
		if (occurredOn != null) {
			this.pairings.recordContact(id, occurredOn);
		}
		this.announcements.logged(meeting, me.personId());
		return meeting;
	}

	/**
	 * Marks a scheduled meeting held (then it counts as contact on its day), cancelled or
	 * missed, or moves it to another time or duration, and/or changes its texts. Moving
	 * or cancelling a scheduled meeting sends the pair an updated invitation.
	 * @throws NotFoundException if the caller may not see the pairing or the meeting
	 * @throws ForbiddenException if they see the pairing but are not one of the pair
	 * @throws ConflictException if the pairing is closed, the meeting is no longer
	 * scheduled, or it is to be held or missed on a day still ahead
	 * @throws InvalidInputException for an unknown status, a text, time or duration that
	 * breaks a rule, or a new status together with a new time
	 */
	@Transactional
	public Meeting change(PairingId id, MeetingId meetingId, TandemPrincipal me, MeetingChange change) {
		Pairing pairing = writable(id, me);
		Meeting meeting = this.meetings.lock(id, meetingId.value())
			.orElseThrow(() -> new NotFoundException("No such meeting."));
		MeetingStatus status = status(change.status());
		Instant now = this.clock.instant();
		List<FieldError> problems = new ArrayList<>(
				MeetingRules.texts(change.place(), change.agenda(), change.sharedNotes()));
		if (change.reschedules()) {
			if (status != null) {
				problems.add(new FieldError("status", "must not be given together with a new time or duration"));
			}
			problems.addAll(MeetingRules.reschedule(change.scheduledAt(), change.durationMinutes(), pairing.startedOn(),
					now, this.clock.getZone()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Meeting changed = meeting.withTexts(keepOr(meeting.place(), change.place()),
				keepOr(meeting.agenda(), change.agenda()), keepOr(meeting.sharedNotes(), change.sharedNotes()), now);
		if (change.reschedules()) {
			changed = reschedule(changed, change, now);
		}
		if (status != null && status != meeting.status()) {
			changed = newStatus(changed, status, now);
		}
		this.meetings.update(changed);
		if (change.place() != null) {
			this.meetings.linkPlace(changed.id(), suggestedPlace(pairing, changed.place()));
		}
		if (status == MeetingStatus.HELD && meeting.status() != MeetingStatus.HELD) {
			this.pairings.recordContact(id, changed.day(this.clock.getZone()));
		}
		this.announcements.changed(meeting, changed, me.personId());
		return changed;
	}

	private static Meeting reschedule(Meeting meeting, MeetingChange change, Instant now) {
		Instant scheduledAt = (change.scheduledAt() != null) ? change.scheduledAt() : meeting.scheduledAt();
		if (!meeting.scheduled() || scheduledAt == null) {
			throw new ConflictException("scheduledAt",
					"The meeting is " + meeting.status().label().toLowerCase() + " already; it cannot be moved.");
		}
		Integer duration = (change.durationMinutes() != null) ? change.durationMinutes() : meeting.durationMinutes();
		return meeting.withSchedule(scheduledAt, duration, now);
	}

	private Meeting newStatus(Meeting meeting, MeetingStatus status, Instant now) {
		if (!meeting.scheduled()) {
			throw new ConflictException("status",
					"The meeting is " + meeting.status().label().toLowerCase() + " already.");
		}
		LocalDate day = meeting.day(this.clock.getZone());
		boolean ahead = day.isAfter(LocalDate.ofInstant(now, this.clock.getZone()));
		if (ahead && status != MeetingStatus.CANCELLED) {
			throw new ConflictException("status", "A meeting on a day still ahead can only be cancelled.");
		}
		return meeting.withStatus(status, (status == MeetingStatus.HELD) ? day : null, now);
	}

	/**
	 * The program's suggested place the pair chose, if the place they typed is one, so
	 * that the program's celebration counts meetings by place without reading any.
	 */
	private @Nullable UUID suggestedPlace(Pairing pairing, @Nullable String place) {
		return (place == null) ? null : MeetingRules.suggestedPlace(place, this.places.of(pairing.programId()));
	}

	private static @Nullable MeetingStatus status(@Nullable String name) {
		if (name == null) {
			return null;
		}
		for (MeetingStatus status : List.of(MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.MISSED)) {
			if (status.name().equals(name)) {
				return status;
			}
		}
		throw new InvalidInputException("status", "must be one of HELD, CANCELLED, MISSED");
	}

	private static @Nullable String keepOr(@Nullable String current, @Nullable String change) {
		return (change == null) ? current : MeetingRules.stored(change);
	}

	/**
	 * The pairing's meetings, newest first, with their texts only for the pair.
	 * @throws NotFoundException if the caller may not see the pairing
	 */
	@Transactional(readOnly = true)
	public MeetingPage list(PairingId id, TandemPrincipal me, Paging paging) {
		Pairing pairing = this.pairings.visible(id, me);
		boolean member = pairing.hasMember(me.personId());
		return new MeetingPage(pairing, member, this.meetings.pageWithTotal(id, member, paging), List.of());
	}

	/**
	 * The meetings page: the pairing's meetings as {@link #list}, and for one of the pair
	 * the program's suggested places for the place fields, in the same statement.
	 * @throws NotFoundException if the caller may not see the pairing
	 */
	@Transactional(readOnly = true)
	public MeetingPage page(PairingId id, TandemPrincipal me, Paging paging) {
		Pairing pairing = this.pairings.visible(id, me);
		if (!pairing.hasMember(me.personId())) {
			return new MeetingPage(pairing, false, this.meetings.pageWithTotal(id, false, paging), List.of());
		}
		MeetingRepository.WithPlaces page = this.meetings.pageWithPlaces(id, pairing.programId(), paging);
		return new MeetingPage(pairing, true, page.meetings(), page.places());
	}

	/**
	 * The pairing, locked until the transaction ends, so that a close at the same moment
	 * waits for this meeting or makes it fail with 409.
	 */
	private Pairing writable(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.lockActive(id, me, "This pairing is closed; it takes no more meetings.");
		if (!pairing.hasMember(me.personId())) {
			throw new ForbiddenException("Only the mentor and the mentee record their meetings.");
		}
		return pairing;
	}

	/**
	 * A page of meetings, whether the caller is one of the pair (and so reads the texts)
	 * and, for the meetings page of one of the pair, the program's suggested places.
	 */
	public record MeetingPage(Pairing pairing, boolean member, PageResponse<Meeting> meetings,
			List<SuggestedPlace> places) {

	}

}
