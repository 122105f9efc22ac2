package org.tandem.pairing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A mentor and a mentee (both people) working together in a program. It is active until
 * someone closes it, with a reason; it remembers the days of its first and latest
 * contact.
 */
@Table("pairing")
public class Pairing {

	/**
	 * The longest reason for closing a pairing.
	 */
	public static final int MAX_REASON_LENGTH = 1000;

	@Id
	private final UUID id;

	private final UUID programId;

	private final UUID mentorId;

	private final UUID menteeId;

	private PairingStatus status;

	private final LocalDate startedOn;

	private @Nullable LocalDate firstContactOn;

	private @Nullable LocalDate lastContactOn;

	private @Nullable LocalDate closedOn;

	/**
	 * The reason as ciphertext from {@link CloseReasons}: confidential to the pair and
	 * the program's committee.
	 */
	private @Nullable String closeReasonEnc;

	private @Nullable UUID closedBy;

	private final Instant createdAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Pairing(UUID id, UUID programId, UUID mentorId, UUID menteeId, PairingStatus status, LocalDate startedOn,
			Instant createdAt) {
		this.id = id;
		this.programId = programId;
		this.mentorId = mentorId;
		this.menteeId = menteeId;
		this.status = status;
		this.startedOn = startedOn;
		this.createdAt = createdAt;
	}

	/**
	 * A pairing as stored, for the explicit SQL that reads it with the caller's relation
	 * to it ({@link PairingAccess}).
	 */
	static Pairing restore(UUID id, UUID programId, UUID mentorId, UUID menteeId, PairingStatus status,
			LocalDate startedOn, @Nullable LocalDate firstContactOn, @Nullable LocalDate lastContactOn,
			@Nullable LocalDate closedOn, @Nullable String closeReasonEnc, @Nullable UUID closedBy, Instant createdAt,
			int version) {
		Pairing pairing = new Pairing(id, programId, mentorId, menteeId, status, startedOn, createdAt);
		pairing.firstContactOn = firstContactOn;
		pairing.lastContactOn = lastContactOn;
		pairing.closedOn = closedOn;
		pairing.closeReasonEnc = closeReasonEnc;
		pairing.closedBy = closedBy;
		pairing.version = version;
		return pairing;
	}

	static Pairing start(ProgramId program, UUID mentorId, UUID menteeId, LocalDate startedOn, Instant now) {
		if (mentorId.equals(menteeId)) {
			throw new IllegalArgumentException("A person is never paired with themself");
		}
		return new Pairing(UUID.randomUUID(), program.value(), mentorId, menteeId, PairingStatus.ACTIVE, startedOn,
				now);
	}

	/**
	 * Ends the pairing today.
	 * @param encryptedReason the reason, encrypted by {@link CloseReasons}
	 * @throws ConflictException if it is closed already
	 */
	void close(String encryptedReason, UUID by, Clock clock) {
		if (this.status == PairingStatus.CLOSED) {
			throw new ConflictException("This pairing is closed already.");
		}
		this.status = PairingStatus.CLOSED;
		this.closeReasonEnc = encryptedReason;
		this.closedBy = by;
		this.closedOn = LocalDate.now(clock);
	}

	/**
	 * Counts a contact on this day: the first contact is the earliest day ever recorded,
	 * the last contact the latest, whatever order contacts are recorded in.
	 */
	void recordContact(LocalDate day) {
		if (this.firstContactOn == null || day.isBefore(this.firstContactOn)) {
			this.firstContactOn = day;
		}
		if (this.lastContactOn == null || day.isAfter(this.lastContactOn)) {
			this.lastContactOn = day;
		}
	}

	public PairingId id() {
		return new PairingId(this.id);
	}

	public ProgramId programId() {
		return new ProgramId(this.programId);
	}

	public UUID mentorId() {
		return this.mentorId;
	}

	public UUID menteeId() {
		return this.menteeId;
	}

	public PairingStatus status() {
		return this.status;
	}

	public boolean closed() {
		return this.status == PairingStatus.CLOSED;
	}

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public @Nullable LocalDate firstContactOn() {
		return this.firstContactOn;
	}

	public @Nullable LocalDate lastContactOn() {
		return this.lastContactOn;
	}

	public @Nullable LocalDate closedOn() {
		return this.closedOn;
	}

	/**
	 * The reason as stored; {@link CloseReasons} reads it.
	 */
	@Nullable String closeReasonCiphertext() {
		return this.closeReasonEnc;
	}

	public @Nullable UUID closedBy() {
		return this.closedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * Whether the person is the mentor or the mentee.
	 */
	public boolean hasMember(UUID personId) {
		return this.mentorId.equals(personId) || this.menteeId.equals(personId);
	}

	/**
	 * The other member of the pair.
	 */
	public UUID partnerOf(UUID personId) {
		return this.mentorId.equals(personId) ? this.menteeId : this.mentorId;
	}

}
