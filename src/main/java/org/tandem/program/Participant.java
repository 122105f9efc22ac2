package org.tandem.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.ConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's part in a program, with the profile they give for this program. Mentors have
 * a capacity: how many mentees they take on.
 */
@Table("participant")
public class Participant {

	@Id
	private final UUID id;

	private final UUID programId;

	private final UUID personId;

	private final Role role;

	private ParticipantStatus status;

	private int capacity;

	private List<String> expertise;

	private List<String> interests;

	private @Nullable String goals;

	private List<String> meetingFormats;

	private @Nullable String location;

	private List<String> languages;

	private final Instant createdAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Participant(UUID id, UUID programId, UUID personId, Role role, ParticipantStatus status, int capacity,
			List<String> expertise, List<String> interests, List<String> meetingFormats, List<String> languages,
			Instant createdAt) {
		this.id = id;
		this.programId = programId;
		this.personId = personId;
		this.role = role;
		this.status = status;
		this.capacity = capacity;
		this.expertise = expertise;
		this.interests = interests;
		this.meetingFormats = meetingFormats;
		this.languages = languages;
		this.createdAt = createdAt;
	}

	/**
	 * A participant as stored, for explicit SQL ({@link ProgramAccess}).
	 */
	static Participant restore(UUID id, UUID programId, UUID personId, Role role, ParticipantStatus status,
			int capacity, Profile profile, Instant createdAt, int version) {
		Participant participant = new Participant(id, programId, personId, role, status, capacity, profile.expertise(),
				profile.interests(), profile.meetingFormats(), profile.languages(), createdAt);
		participant.goals = profile.goals();
		participant.location = profile.location();
		participant.version = version;
		return participant;
	}

	static Participant create(UUID programId, UUID personId, Role role, ParticipantStatus status, int capacity,
			Profile profile, Instant now) {
		Participant participant = new Participant(UUID.randomUUID(), programId, personId, role, status,
				role == Role.MENTOR ? capacity : 0, List.of(), List.of(), List.of(), List.of(), now);
		participant.updateProfile(profile);
		return participant;
	}

	void updateProfile(Profile profile) {
		this.expertise = List.copyOf(profile.expertise());
		this.interests = List.copyOf(profile.interests());
		this.goals = profile.goals();
		this.meetingFormats = List.copyOf(profile.meetingFormats());
		this.location = profile.location();
		this.languages = List.copyOf(profile.languages());
	}

	void changeCapacity(int capacity) {
		if (this.role == Role.MENTOR) {
			this.capacity = capacity;
		}
	}

	void approve() {
		if (this.status != ParticipantStatus.APPLIED) {
			throw new ConflictException("Only an application can be approved.");
		}
		this.status = ParticipantStatus.ACTIVE;
	}

	void decline() {
		if (this.status != ParticipantStatus.APPLIED) {
			throw new ConflictException("Only an application can be declined.");
		}
		this.status = ParticipantStatus.DECLINED;
	}

	public UUID id() {
		return this.id;
	}

	public ProgramId programId() {
		return new ProgramId(this.programId);
	}

	public UUID personId() {
		return this.personId;
	}

	public Role role() {
		return this.role;
	}

	public ParticipantStatus status() {
		return this.status;
	}

	public int capacity() {
		return this.capacity;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Profile profile() {
		return new Profile(List.copyOf(this.expertise), List.copyOf(this.interests), this.goals,
				List.copyOf(this.meetingFormats), this.location, List.copyOf(this.languages));
	}

	/**
	 * What a participant tells the program about themself for matching.
	 */
	public record Profile(List<String> expertise, List<String> interests, @Nullable String goals,
			List<String> meetingFormats, @Nullable String location, List<String> languages) {

		public static Profile empty() {
			return new Profile(List.of(), List.of(), null, List.of(), null, List.of());
		}

	}

}
