package org.tandem.person.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.person.People;
import org.tandem.person.PersonAccess;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The people directory for administrators and committee members. The search box asks
 * {@code /people/search} for the results as you type (htmx), and is a plain GET form
 * without JavaScript.
 */
@HtmlController
class DirectoryController {

	static final int PAGE_SIZE = 50;

	private final People people;

	private final PersonAccess access;

	DirectoryController(People people, PersonAccess access) {
		this.people = people;
		this.access = access;
	}

	@GetMapping("/people")
	String directory(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute DirectorySearch search,
			BindingResult binding, Model model) {
		model.addAttribute("page", search(me, search, binding));
		return "person/directory";
	}

	/**
	 * The results alone, for htmx. The address bar then shows the full page's address for
	 * this search, so that reloading or sharing it works.
	 */
	@GetMapping("/people/search")
	String results(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute DirectorySearch search,
			BindingResult binding, HttpServletResponse response, Model model) {
		DirectoryPage results = search(me, search, binding);
		response.setHeader("HX-Replace-Url", results.href(results.results().page()));
		model.addAttribute("page", results);
		return "person/results";
	}

	private DirectoryPage search(TandemPrincipal me, DirectorySearch search, BindingResult binding) {
		this.access.requireManager(me);
		String query = search.boundedQuery();
		Paging paging = new Paging(search.pageOrFirst(binding), PAGE_SIZE);
		return new DirectoryPage(this.people.directory(query, paging), query);
	}

}
