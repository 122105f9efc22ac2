package org.tandem.shared.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers an answer for the rest of one GET (or HEAD) request, so that the many
 * sections of a page that each ask "may this caller see this pairing?" send the question
 * to the database once. Every request asks afresh: nothing outlives the request, and a
 * request that may change data (any other method), a job or an event listener (no request
 * on its thread) always loads. The key must name everything the answer depends on (the
 * caller, the object).
 */
public final class RequestMemo {

	private static final String ATTRIBUTE = RequestMemo.class.getName();

	private RequestMemo() {
	}

	/**
	 * The answer remembered under the key in this request, else the loaded one (then
	 * remembered when the request is a GET or HEAD).
	 * @param key what the answer depends on, with equals and hashCode (a record, a list)
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(List<?> key, Supplier<T> load) {
		Map<List<?>, Object> memo = memo();
		if (memo == null) {
			return load.get();
		}
		Object known = memo.get(key);
		if (known != null) {
			return (T) known;
		}
		T loaded = load.get();
		if (loaded != null) {
			memo.put(key, loaded);
		}
		return loaded;
	}

	/**
	 * The answer remembered under the key in this request, or {@code null} if there is
	 * none (or no request to remember it in).
	 */
	@SuppressWarnings("unchecked")
	public static <T> @Nullable T known(List<?> key) {
		Map<List<?>, Object> memo = memo();
		return (memo != null) ? (T) memo.get(key) : null;
	}

	/**
	 * Remembers the answer under the key for the rest of this request, when it is a GET
	 * or HEAD: for a query that answers another key's question on the way.
	 */
	public static void put(List<?> key, Object answer) {
		Map<List<?>, Object> memo = memo();
		if (memo != null) {
			memo.put(key, answer);
		}
	}

	/**
	 * The objects with these ids (unknown ids are left out): those remembered in this
	 * request under {@code List.of(type, id)} as an {@code Optional}, as {@code get} with
	 * such a key remembers a single one, and the others loaded by one call of
	 * {@code load}, then remembered the same way.
	 */
	public static <I, T> List<T> getAll(Class<T> type, Collection<I> ids, Function<T, I> idOf,
			Function<List<I>, Iterable<T>> load) {
		return getAllLater(type, ids, idOf, (missing) -> {
			Iterable<T> loaded = load.apply(missing);
			return () -> loaded;
		}).get();
	}

	/**
	 * As {@link #getAll}, for a load that answers later (a read that travels with the
	 * page's other reads): the missing ids are asked for now, and the answer, once asked
	 * for, is remembered like {@code getAll}'s.
	 */
	public static <I, T> Supplier<List<T>> getAllLater(Class<T> type, Collection<I> ids, Function<T, I> idOf,
			Function<List<I>, Supplier<? extends Iterable<T>>> load) {
		List<T> found = new ArrayList<>();
		List<I> missing = new ArrayList<>();
		for (I id : new LinkedHashSet<>(ids)) {
			Optional<T> known = known(List.of(type, id));
			if (known == null) {
				missing.add(id);
			}
			else {
				known.ifPresent(found::add);
			}
		}
		if (missing.isEmpty()) {
			return () -> found;
		}
		Supplier<? extends Iterable<T>> loading = load.apply(missing);
		boolean[] added = new boolean[1];
		return () -> {
			if (!added[0]) {
				added[0] = true;
				for (T loaded : loading.get()) {
					put(List.of(type, idOf.apply(loaded)), Optional.of(loaded));
					found.add(loaded);
				}
			}
			return found;
		};
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<List<?>, Object> memo() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return null;
		}
		HttpServletRequest request = servlet.getRequest();
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return null;
		}
		Object memo = request.getAttribute(ATTRIBUTE);
		if (memo == null) {
			memo = new HashMap<List<?>, Object>();
			request.setAttribute(ATTRIBUTE, memo);
		}
		return (Map<List<?>, Object>) memo;
	}

}
