package org.tandem.person;

import java.util.Optional;

import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The access answers of the person pages, as the error page shows them.
 */
final class Pages {

	/**
	 * The flash attribute of the one-line confirmation after a redirect. A plain string,
	 * because flash attributes live in the (serialized) session.
	 */
	static final String NOTICE = "notice";

	private Pages() {
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	static ResponseStatusException forbidden() {
		return new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

	static void requireManager(PersonAccess access, TandemPrincipal viewer) {
		if (!access.canManage(viewer)) {
			throw forbidden();
		}
	}

	/**
	 * The person behind a path id, if the viewer may read them; otherwise a 404 that does
	 * not tell whether they exist.
	 */
	static Person readable(People people, PersonAccess access, TandemPrincipal viewer, String id) {
		return PersonApi.parse(id)
			.flatMap((personId) -> access.view(viewer, personId)
				.flatMap((view) -> people.find(personId)
					.map((person) -> (view == PersonAccess.View.FULL) ? person : person.directoryCard())))
			.orElseThrow(Pages::notFound);
	}

}
