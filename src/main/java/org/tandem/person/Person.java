package org.tandem.person;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.TimeZones;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person known to Tandem with the profile they share with their programs. The email is
 * unique regardless of case.
 */
@Table("person")
public class Person {

	@Id
	private final UUID id;

	private String email;

	private String name;

	private @Nullable String pronouns;

	private @Nullable String title;

	private @Nullable String department;

	private @Nullable String location;

	private @Nullable UUID supervisorId;

	private @Nullable String professionalIntro;

	private @Nullable String personalIntro;

	private List<String> expertise;

	private List<String> interests;

	private List<String> languages;

	private @Nullable String communicationStyle;

	private @Nullable String motivation;

	private @Nullable String background;

	private boolean disabled;

	private @Nullable String timeZone;

	private final Instant createdAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Person(UUID id, String email, String name, List<String> expertise, List<String> interests, List<String> languages,
			Instant createdAt) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.expertise = expertise;
		this.interests = interests;
		this.languages = languages;
		this.createdAt = createdAt;
	}

	static Person create(String email, String name, Instant now) {
		return new Person(UUID.randomUUID(), normalizeEmail(email), name.strip(), List.of(), List.of(), List.of(), now);
	}

	/**
	 * What a committee member sees of someone outside their programs: the directory's
	 * name, email, title and department, never the profile the person shares with their
	 * own programs. A copy that is never saved.
	 */
	Person directoryCard() {
		Person card = new Person(this.id, this.email, this.name, List.of(), List.of(), List.of(), this.createdAt);
		card.title = this.title;
		card.department = this.department;
		card.disabled = this.disabled;
		return card;
	}

	/**
	 * The person in the current row of {@code select * from person}, as Spring Data JDBC
	 * would read it, without its reflection (the pages read people on every request).
	 */
	static Person read(ResultSet row) throws SQLException {
		Person person = new Person(row.getObject("id", UUID.class), row.getString("email"), row.getString("name"),
				texts(row, "expertise"), texts(row, "interests"), texts(row, "languages"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
		person.pronouns = row.getString("pronouns");
		person.title = row.getString("title");
		person.department = row.getString("department");
		person.location = row.getString("location");
		person.supervisorId = row.getObject("supervisor_id", UUID.class);
		person.professionalIntro = row.getString("professional_intro");
		person.personalIntro = row.getString("personal_intro");
		person.communicationStyle = row.getString("communication_style");
		person.motivation = row.getString("motivation");
		person.background = row.getString("background");
		person.disabled = row.getBoolean("disabled");
		person.timeZone = row.getString("time_zone");
		person.version = row.getInt("version");
		return person;
	}

	private static List<String> texts(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public PersonId id() {
		return new PersonId(this.id);
	}

	public String email() {
		return this.email;
	}

	public String name() {
		return this.name;
	}

	public @Nullable String pronouns() {
		return this.pronouns;
	}

	public @Nullable String title() {
		return this.title;
	}

	public @Nullable String department() {
		return this.department;
	}

	public @Nullable String location() {
		return this.location;
	}

	public @Nullable PersonId supervisorId() {
		return this.supervisorId == null ? null : new PersonId(this.supervisorId);
	}

	public @Nullable String professionalIntro() {
		return this.professionalIntro;
	}

	public @Nullable String personalIntro() {
		return this.personalIntro;
	}

	public List<String> expertise() {
		return List.copyOf(this.expertise);
	}

	public List<String> interests() {
		return List.copyOf(this.interests);
	}

	public List<String> languages() {
		return List.copyOf(this.languages);
	}

	public @Nullable String communicationStyle() {
		return this.communicationStyle;
	}

	public @Nullable String motivation() {
		return this.motivation;
	}

	public @Nullable String background() {
		return this.background;
	}

	public boolean disabled() {
		return this.disabled;
	}

	/**
	 * The time zone the person chose, or {@code null} when they chose none (then
	 * {@link People#zoneOf(Person)} gives Tandem's default).
	 */
	public @Nullable ZoneId timeZone() {
		return TimeZones.parse(this.timeZone).orElse(null);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	void changeEmail(String email) {
		this.email = normalizeEmail(email);
	}

	void rename(String name) {
		this.name = name.strip();
	}

	void updateProfile(Profile profile) {
		this.pronouns = profile.pronouns();
		this.title = profile.title();
		this.department = profile.department();
		this.location = profile.location();
		this.professionalIntro = profile.professionalIntro();
		this.personalIntro = profile.personalIntro();
		this.expertise = List.copyOf(profile.expertise());
		this.interests = List.copyOf(profile.interests());
		this.languages = List.copyOf(profile.languages());
		this.communicationStyle = profile.communicationStyle();
		this.motivation = profile.motivation();
		this.background = profile.background();
	}

	void chooseTimeZone(@Nullable ZoneId zone) {
		this.timeZone = (zone != null) ? zone.getId() : null;
	}

	void assignSupervisor(@Nullable PersonId supervisor) {
		this.supervisorId = supervisor == null ? null : supervisor.value();
	}

	void disable() {
		this.disabled = true;
	}

	void enable() {
		this.disabled = false;
	}

	Profile profile() {
		return new Profile(this.pronouns, this.title, this.department, this.location, this.professionalIntro,
				this.personalIntro, expertise(), interests(), languages(), this.communicationStyle, this.motivation,
				this.background);
	}

	/**
	 * The editable profile fields of a person, all optional.
	 */
	public record Profile(@Nullable String pronouns, @Nullable String title, @Nullable String department,
			@Nullable String location, @Nullable String professionalIntro, @Nullable String personalIntro,
			List<String> expertise, List<String> interests, List<String> languages, @Nullable String communicationStyle,
			@Nullable String motivation, @Nullable String background) {

		public static Profile empty() {
			return new Profile(null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null, null);
		}

	}

}
