package org.tandem.shared.web;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;

/**
 * The links to the pages before and after one page of a list, for the {@code tags/pager}
 * template; a link is {@code null} where there is no such page.
 */
public record Pager(@Nullable String previousHref, @Nullable String nextHref) {

	/**
	 * The links around {@code page}, as {@code path} with a {@code page} parameter added.
	 * @param path the list's address with any other parameters already in it (escaped)
	 */
	public static Pager of(PageResponse<?> page, String path) {
		String separator = path.contains("?") ? "&" : "?";
		String previous = (page.page() > 0) ? path + separator + "page=" + (page.page() - 1) : null;
		boolean more = (long) (page.page() + 1) * page.size() < page.total();
		String next = more ? path + separator + "page=" + (page.page() + 1) : null;
		return new Pager(previous, next);
	}

	/**
	 * A page number from the address bar; anything that is not a small number is page 0
	 * rather than an error page.
	 */
	public static int pageNumber(@Nullable String page) {
		return (page != null && page.matches("\\d{1,6}")) ? Integer.parseInt(page) : 0;
	}

	/**
	 * Whether there is another page to go to.
	 */
	public boolean shown() {
		return this.previousHref != null || this.nextHref != null;
	}

}
