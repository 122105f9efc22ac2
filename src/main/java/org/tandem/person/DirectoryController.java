package org.tandem.person;

import jakarta.servlet.http.HttpServletResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String directory(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(defaultValue = "") String query,
			@RequestParam(defaultValue = "0") String page, Model model) {
		model.addAttribute("page", search(me, query, page));
		return "person/directory";
	}

	/**
	 * The results alone, for htmx. The address bar then shows the full page's address for
	 * this search, so that reloading or sharing it works.
	 */
	@GetMapping("/people/search")
	String results(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(defaultValue = "") String query,
			@RequestParam(defaultValue = "0") String page, HttpServletResponse response, Model model) {
		DirectoryPage results = search(me, query, page);
		response.setHeader("HX-Replace-Url", results.href(results.results().page()));
		model.addAttribute("page", results);
		return "person/results";
	}

	private DirectoryPage search(TandemPrincipal me, String query, String page) {
		Pages.requireManager(this.access, me);
		// a page number that is no number, or a query longer than any name, is not an
		// error worth a page
		String bounded = query.length() > PersonApi.QUERY_MAX ? query.substring(0, PersonApi.QUERY_MAX) : query;
		int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
		return new DirectoryPage(this.people.directory(bounded, new Paging(number, PAGE_SIZE)), bounded);
	}

}
