package org.tandem.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A mentoring program: its term, the 4–6 week cadence window, the days a mentor has for
 * first contact, and whether people may apply.
 */
@Table("program")
public class Program {

	public static final int DEFAULT_CADENCE_MIN_DAYS = 28;

	public static final int DEFAULT_CADENCE_MAX_DAYS = 42;

	public static final int DEFAULT_FIRST_CONTACT_DAYS = 7;

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_DESCRIPTION_LENGTH = 4000;

	@Id
	private final UUID id;

	private String name;

	private @Nullable String description;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private int cadenceMinDays;

	private int cadenceMaxDays;

	private int firstContactDays;

	private boolean enrollmentOpen;

	private final Instant createdAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Program(UUID id, String name, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.createdAt = createdAt;
	}

	/**
	 * A program as stored, for explicit SQL that reads it with the caller's part in it
	 * ({@link ProgramAccess}).
	 */
	static Program restore(UUID id, Settings settings, Instant createdAt, int version) {
		Program program = new Program(id, settings.name(), settings.startsOn(), settings.endsOn(), createdAt);
		program.description = settings.description();
		program.cadenceMinDays = settings.cadenceMinDays();
		program.cadenceMaxDays = settings.cadenceMaxDays();
		program.firstContactDays = settings.firstContactDays();
		program.enrollmentOpen = settings.enrollmentOpen();
		program.version = version;
		return program;
	}

	static Program create(Settings settings, Instant now) {
		Program program = new Program(UUID.randomUUID(), settings.name(), settings.startsOn(), settings.endsOn(), now);
		program.change(settings);
		return program;
	}

	void change(Settings settings) {
		settings.validate();
		this.name = settings.name().strip();
		this.description = (settings.description() == null || settings.description().isBlank()) ? null
				: settings.description().strip();
		this.startsOn = settings.startsOn();
		this.endsOn = settings.endsOn();
		this.cadenceMinDays = settings.cadenceMinDays();
		this.cadenceMaxDays = settings.cadenceMaxDays();
		this.firstContactDays = settings.firstContactDays();
		this.enrollmentOpen = settings.enrollmentOpen();
	}

	public ProgramId id() {
		return new ProgramId(this.id);
	}

	public String name() {
		return this.name;
	}

	public @Nullable String description() {
		return this.description;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public int cadenceMinDays() {
		return this.cadenceMinDays;
	}

	public int cadenceMaxDays() {
		return this.cadenceMaxDays;
	}

	public int firstContactDays() {
		return this.firstContactDays;
	}

	public boolean enrollmentOpen() {
		return this.enrollmentOpen;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Settings settings() {
		return new Settings(this.name, this.description, this.startsOn, this.endsOn, this.cadenceMinDays,
				this.cadenceMaxDays, this.firstContactDays, this.enrollmentOpen);
	}

	/**
	 * Everything the committee sets about a program.
	 */
	public record Settings(String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
			int cadenceMinDays, int cadenceMaxDays, int firstContactDays, boolean enrollmentOpen) {

		/**
		 * @throws InvalidInputException naming every field that breaks a rule
		 */
		public void validate() {
			List<InvalidInputException.FieldError> problems = problems();
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}

		/**
		 * Every rule these settings break, so a form can show all of them at once.
		 */
		public List<InvalidInputException.FieldError> problems() {
			List<InvalidInputException.FieldError> problems = new ArrayList<>();
			if (this.name.isBlank()) {
				problems.add(new InvalidInputException.FieldError("name", "must not be blank"));
			}
			else if (this.name.strip().length() > MAX_NAME_LENGTH) {
				problems.add(new InvalidInputException.FieldError("name",
						"must be at most " + MAX_NAME_LENGTH + " characters"));
			}
			if (this.description != null && this.description.length() > MAX_DESCRIPTION_LENGTH) {
				problems.add(new InvalidInputException.FieldError("description",
						"must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
			}
			if (this.endsOn.isBefore(this.startsOn)) {
				problems.add(new InvalidInputException.FieldError("endsOn", "must not be before startsOn"));
			}
			if (this.cadenceMinDays < 1 || this.cadenceMinDays > 365) {
				problems.add(new InvalidInputException.FieldError("cadenceMinDays", "must be between 1 and 365"));
			}
			if (this.cadenceMaxDays < this.cadenceMinDays || this.cadenceMaxDays > 365) {
				problems.add(new InvalidInputException.FieldError("cadenceMaxDays",
						"must be between cadenceMinDays and 365"));
			}
			if (this.firstContactDays < 1 || this.firstContactDays > 90) {
				problems.add(new InvalidInputException.FieldError("firstContactDays", "must be between 1 and 90"));
			}
			return problems;
		}

	}

}
