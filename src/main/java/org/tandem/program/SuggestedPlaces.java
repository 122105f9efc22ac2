package org.tandem.program;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places a program suggests for meetings. The committee and administrators keep the
 * list; every active participant may read it.
 */
@Service
public class SuggestedPlaces {

	/**
	 * The most places a program keeps: enough for any campus, and a bound for every list.
	 */
	public static final int MAX_PLACES = 100;

	/**
	 * The order of every list of places: by kind, then by name. Public for read models
	 * that fetch the places together with other data in one statement.
	 */
	public static final String ORDER = """
			order by case kind when 'WALKING' then 0 when 'LUNCH' then 1 when 'ROOM' then 2 else 3 end,
			lower(name), id""";

	private final JdbcClient jdbc;

	private final ProgramAccess access;

	private final Clock clock;

	SuggestedPlaces(JdbcClient jdbc, ProgramAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The program's places by kind and name, at most {@link #MAX_PLACES}; checks no
	 * access (callers have checked that the caller takes part in the program).
	 */
	public List<SuggestedPlace> of(ProgramId program) {
		return page(program, MAX_PLACES, 0);
	}

	/**
	 * The places, for a participant of the program or an administrator.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but take no part in it
	 */
	@Transactional(readOnly = true)
	public PageResponse<SuggestedPlace> readable(ProgramId program, TandemPrincipal me, Paging paging) {
		ProgramAccess.View view = this.access.view(program, me);
		if (!view.admin() && !view.takesPart()) {
			throw new ForbiddenException("Only the program's participants see its suggested places.");
		}
		return new PageResponse<>(page(program, paging.size(), paging.offset()), paging.page(), paging.size(),
				count(program));
	}

	/**
	 * The places, for the committee's page.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional(readOnly = true)
	public PlacesPage managed(ProgramId id, TandemPrincipal me) {
		Program program = this.access.managed(id, me);
		return new PlacesPage(id.value(), program.name(), of(id), count(id) >= MAX_PLACES);
	}

	/**
	 * Adds a place to a program the caller manages.
	 * @throws InvalidInputException naming every field at fault
	 * @throws ConflictException if the program has a place of that name or is full
	 */
	@Transactional
	public SuggestedPlace add(ProgramId id, TandemPrincipal me, PlaceForm form) {
		this.access.managed(id, me);
		List<InvalidInputException.FieldError> problems = form.problems();
		String name = form.storedName();
		PlaceKind kind = form.placeKind();
		if (!problems.isEmpty() || name == null || kind == null) {
			throw new InvalidInputException(problems);
		}
		// the program row is locked so that two additions cannot both pass the bound
		this.jdbc.sql("select id from program where id = :id for update").param("id", id.value()).query().listOfRows();
		if (count(id) >= MAX_PLACES) {
			throw new ConflictException("name", "The program has " + MAX_PLACES + " places already; remove one first.");
		}
		SuggestedPlace place = new SuggestedPlace(UUID.randomUUID(), id, name, kind, form.storedDescription());
		try {
			this.jdbc.sql("""
					insert into suggested_place (id, program_id, name, kind, description, created_at)
					values (:id, :program, :name, :kind, :description, :now)
					""")
				.param("id", place.id())
				.param("program", id.value())
				.param("name", place.name())
				.param("kind", kind.name())
				.param("description", place.description())
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("name", "The program suggests a place of that name already.");
		}
		return place;
	}

	/**
	 * Removes a place of a program the caller manages; meetings that named it keep their
	 * own copy of the name.
	 * @throws NotFoundException if there is no such place in the program
	 */
	@Transactional
	public String remove(ProgramId id, UUID placeId, TandemPrincipal me) {
		this.access.managed(id, me);
		return this.jdbc.sql("delete from suggested_place where program_id = :program and id = :id returning name")
			.param("program", id.value())
			.param("id", placeId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No such place."));
	}

	private List<SuggestedPlace> page(ProgramId program, int limit, long offset) {
		return this.jdbc
			.sql("select id, name, kind, description from suggested_place where program_id = :program " + ORDER
					+ " limit :limit offset :offset")
			.param("program", program.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new SuggestedPlace(rs.getObject("id", UUID.class), program, rs.getString("name"),
					PlaceKind.valueOf(rs.getString("kind")), rs.getString("description")))
			.list();
	}

	private long count(ProgramId program) {
		return this.jdbc.sql("select count(*) from suggested_place where program_id = :program")
			.param("program", program.value())
			.query(Long.class)
			.single();
	}

}
