package org.tandem.person;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.account.Accounts;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.TimeZones;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.kernel.RequestMemo;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of Tandem as other features see them. Emails are unique regardless of case.
 * Callers decide who may do what (see {@code PersonAccess}); this service keeps the data
 * valid.
 */
@Service
public class People {

	static final String DUPLICATE_EMAIL = "A person with this email already exists.";

	private final PersonRepository repository;

	private final Clock clock;

	private final Accounts accounts;

	private final InvitationLetters letters;

	private final TandemProperties properties;

	private final PipelinedReads reads;

	People(PersonRepository repository, Clock clock, Accounts accounts, InvitationLetters letters,
			TandemProperties properties, PipelinedReads reads) {
		this.reads = reads;
		this.repository = repository;
		this.clock = clock;
		this.accounts = accounts;
		this.letters = letters;
		this.properties = properties;
	}

	/**
	 * The zone in which the person reads and types times: the one they chose, else
	 * Tandem's default ({@code TANDEM_TIME_ZONE}).
	 */
	public ZoneId zoneOf(Person person) {
		ZoneId chosen = person.timeZone();
		return (chosen != null) ? chosen : this.properties.zone();
	}

	/**
	 * The zone of the person with this id; Tandem's default for an unknown id.
	 */
	public ZoneId zoneOf(PersonId id) {
		return find(id).map(this::zoneOf).orElseGet(this.properties::zone);
	}

	/**
	 * Tandem's default zone, for people who chose none.
	 */
	public ZoneId defaultZone() {
		return this.properties.zone();
	}

	/**
	 * The person; loaded once per GET request.
	 */
	public Optional<Person> find(PersonId id) {
		return RequestMemo.get(List.of(Person.class, id), () -> this.repository.findById(id.value()));
	}

	public Optional<Person> findByEmail(String email) {
		if (!PersonRules.searchable(email).equals(email)) {
			return Optional.empty();
		}
		return this.repository.findByEmailIgnoreCase(email.strip());
	}

	/**
	 * The people with these ids (unknown ids are left out), in one statement for those
	 * not loaded earlier in the same GET request.
	 */
	public List<Person> findAll(Collection<UUID> ids) {
		return findAllLater(ids).get();
	}

	/**
	 * As {@link #findAll}, read with the page's other reads when first asked for.
	 */
	public Supplier<List<Person>> findAllLater(Collection<UUID> ids) {
		return RequestMemo.getAllLater(Person.class, ids.stream().map(PersonId::new).toList(), Person::id,
				(missing) -> this.reads.list("select * from person where id in (:ids)",
						Map.of("ids", missing.stream().map(PersonId::value).toList()),
						(row, number) -> Person.read(row)));
	}

	/**
	 * How many people Tandem knows, disabled ones included.
	 */
	public long count() {
		return this.repository.count();
	}

	public boolean exists(PersonId id) {
		return this.repository.existsById(id.value());
	}

	/**
	 * Creates a person with a name and email and nothing else.
	 * @throws ConflictException if a person with this email exists
	 */
	@Transactional
	public Person create(String email, String name) {
		if (this.repository.existsByEmailIgnoreCase(email.strip())) {
			throw new ConflictException("email", DUPLICATE_EMAIL);
		}
		return save(Person.create(email, name, this.clock.instant()));
	}

	/**
	 * Creates a person who can sign in: with the password given, or else with an
	 * invitation link created by {@code createdBy} and emailed to the person. The link is
	 * returned only to an administrator, and only while no email leaves Tandem: nobody
	 * else could be sure to be the first to use it. Nothing is written if any part fails.
	 * @throws InvalidInputException for an invalid email, name or password
	 * @throws ConflictException if a person with this email exists
	 */
	@Transactional
	public Registration register(@Nullable String email, @Nullable String name, @Nullable String password,
			UUID createdBy, boolean createdByAdmin) {
		PersonEdit edit = PersonRules.normalize(new PersonEdit((name != null) ? name : "", (email != null) ? email : "",
				null, Person.Profile.empty(), null));
		List<FieldError> errors = new ArrayList<>(PersonRules.check(edit));
		if (password != null) {
			try {
				this.accounts.checkPassword("password", password);
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Person person = create(edit.email(), edit.name());
		if (password != null) {
			this.accounts.setPassword(person.id().value(), password);
			return new Registration(person, null);
		}
		return new Registration(person, invite(person, createdBy, createdByAdmin));
	}

	/**
	 * Creates the person's invitation link and emails it to them.
	 * @return the link, when an administrator may be shown it (see {@link #register})
	 */
	@Nullable String invite(Person person, UUID createdBy, boolean createdByAdmin) {
		String url = this.accounts.invite(person.id().value(), createdBy);
		boolean emailed = this.letters.send(person, url);
		return (createdByAdmin && !emailed) ? url : null;
	}

	/**
	 * Replaces the editable fields of a person. The supervisor must be another existing
	 * person, and not someone the person supervises directly or indirectly.
	 * @throws InvalidInputException for invalid values
	 * @throws ConflictException if another person has the email
	 */
	@Transactional
	public Person update(PersonId id, PersonEdit edit) {
		Person person = this.repository.findById(id.value())
			.orElseThrow(() -> new NotFoundException("No such person."));
		PersonEdit normalized = PersonRules.normalize(edit);
		List<FieldError> errors = new ArrayList<>(PersonRules.check(normalized));
		supervisorProblem(id, normalized.supervisorId())
			.ifPresent((problem) -> errors.add(new FieldError("supervisorId", problem)));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!person.email().equalsIgnoreCase(normalized.email())
				&& this.repository.existsByEmailIgnoreCase(normalized.email())) {
			throw new ConflictException("email", DUPLICATE_EMAIL);
		}
		person.rename(normalized.name());
		person.changeEmail(normalized.email());
		person.updateProfile(normalized.profile());
		person.assignSupervisor(normalized.supervisorId());
		person.chooseTimeZone(TimeZones.parse(normalized.timeZone()).orElse(null));
		return save(person);
	}

	private Optional<String> supervisorProblem(PersonId person, @Nullable PersonId supervisor) {
		if (supervisor == null) {
			return Optional.empty();
		}
		if (supervisor.equals(person)) {
			return Optional.of("cannot be the person themself");
		}
		if (!this.repository.existsById(supervisor.value())) {
			return Optional.of("must be the id of an existing person");
		}
		if (this.repository.chainFrom(supervisor.value(), person.value())) {
			return Optional.of("would create a cycle: this person already supervises them, directly or indirectly");
		}
		return Optional.empty();
	}

	/**
	 * One page of people whose name, email or department contains the query, ignoring
	 * case; by name.
	 */
	public PageResponse<Person> directory(String query, Paging paging) {
		String pattern = "%" + escapeLike(PersonRules.searchable(query).strip().toLowerCase(Locale.ROOT)) + "%";
		List<Person> items = this.repository.search(pattern, paging.size(), paging.offset());
		long total = (paging.page() == 0 && items.size() < paging.size()) ? items.size()
				: this.repository.countMatching(pattern);
		return new PageResponse<>(items, paging.page(), paging.size(), total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Disables the person: they can no longer sign in, and their sessions and API tokens
	 * end now.
	 */
	@Transactional
	public void disable(PersonId id) {
		Person person = this.repository.findById(id.value())
			.orElseThrow(() -> new NotFoundException("No such person."));
		person.disable();
		this.repository.save(person);
		this.accounts.endSessions(id.value());
	}

	/**
	 * Lets a disabled person sign in again.
	 */
	@Transactional
	public void enable(PersonId id) {
		Person person = this.repository.findById(id.value())
			.orElseThrow(() -> new NotFoundException("No such person."));
		person.enable();
		this.repository.save(person);
	}

	private Person save(Person person) {
		try {
			return this.repository.save(person);
		}
		catch (DuplicateKeyException ex) {
			// another request took the email between our check and the insert
			throw new ConflictException("email", DUPLICATE_EMAIL);
		}
	}

}
