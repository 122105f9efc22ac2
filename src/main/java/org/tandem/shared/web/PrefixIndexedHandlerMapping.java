package org.tandem.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's annotated handler lookup, with the mappings indexed by the literal
 * segments their paths start with. For a path with a variable ({@code /pairings/{id}})
 * Spring checks every one of Tandem's mappings against the request, about 8 % of a page's
 * CPU; here it checks only those whose leading literal segments (up to {@value #LEVELS})
 * are the path's. The answer is Spring's own: a path that is some mapping's exact path,
 * an encoded path, a CORS preflight, a request that none of the candidates matches (so
 * 404, 405 and 415 are Spring's) and two equally good candidates all go to Spring's full
 * lookup. A mapping whose path starts with a variable is a candidate for every request.
 * The index is rebuilt after any mapping is registered or removed.
 */
class PrefixIndexedHandlerMapping extends RequestMappingHandlerMapping {

	static final int LEVELS = 3;

	private volatile @Nullable Index index;

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Index index = index();
		if (index.exact.contains(lookupPath) || lookupPath.indexOf('%') >= 0 || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Found> matches = new ArrayList<>();
		for (RequestMappingInfo candidate : index.candidates(lookupPath)) {
			RequestMappingInfo match = getMatchingMapping(candidate, request);
			if (match != null) {
				matches.add(new Found(match, candidate));
			}
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Comparator<RequestMappingInfo> order = getMappingComparator(request);
		matches.sort((one, other) -> order.compare(one.match(), other.match()));
		Found best = matches.get(0);
		HandlerMethod handler = index.handlers.get(best.mapping());
		if (handler == null || (matches.size() > 1 && order.compare(best.match(), matches.get(1).match()) == 0)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(best.match(), lookupPath, request);
		return handler;
	}

	/** Spring's lookup over every mapping: what this one must answer the same as. */
	@Nullable HandlerMethod everyMapping(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	/** How many mappings the path is checked against (Spring's lookup: all of them). */
	int candidateCount(String lookupPath) {
		return index().candidates(lookupPath).size();
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		this.index = null;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		this.index = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		this.index = null;
	}

	private Index index() {
		Index current = this.index;
		if (current == null) {
			current = new Index(getHandlerMethods());
			this.index = current;
		}
		return current;
	}

	/** A mapping that matches the request, and what of it matched. */
	private record Found(RequestMappingInfo match, RequestMappingInfo mapping) {

	}

	/** The mappings by the literal segments their paths start with. */
	private static final class Index {

		private final Map<RequestMappingInfo, HandlerMethod> handlers;

		/** The paths of mappings without variables, which Spring looks up directly. */
		private final Set<String> exact = new HashSet<>();

		/** Per level (1 to {@value #LEVELS} leading literal segments), the mappings. */
		private final List<Map<String, List<RequestMappingInfo>>> byPrefix = new ArrayList<>();

		/** Mappings whose path starts with a variable or wildcard. */
		private final List<RequestMappingInfo> anywhere = new ArrayList<>();

		Index(Map<RequestMappingInfo, HandlerMethod> handlers) {
			this.handlers = handlers;
			for (int level = 0; level < LEVELS; level++) {
				this.byPrefix.add(new HashMap<>());
			}
			for (RequestMappingInfo mapping : handlers.keySet()) {
				this.exact.addAll(mapping.getDirectPaths());
				Set<String> prefixes = new LinkedHashSet<>();
				boolean anywhere = mapping.getPatternValues().isEmpty();
				for (String pattern : mapping.getPatternValues()) {
					String prefix = literalPrefix(pattern);
					if (prefix.isEmpty()) {
						anywhere = true;
					}
					else {
						prefixes.add(prefix);
					}
				}
				if (anywhere) {
					this.anywhere.add(mapping);
					continue;
				}
				for (String prefix : prefixes) {
					int level = (int) prefix.chars().filter((c) -> c == '/').count();
					this.byPrefix.get(level).computeIfAbsent(prefix, (key) -> new ArrayList<>()).add(mapping);
				}
			}
		}

		/** Every mapping that may match the path. */
		List<RequestMappingInfo> candidates(String path) {
			List<RequestMappingInfo> found = new ArrayList<>(this.anywhere);
			int end = 0;
			for (int level = 0; level < LEVELS; level++) {
				end = path.indexOf('/', end + 1);
				String prefix = (end < 0) ? path.substring(1) : path.substring(1, end);
				List<RequestMappingInfo> mappings = this.byPrefix.get(level).get(prefix);
				if (mappings != null) {
					found.addAll(mappings);
				}
				if (end < 0) {
					break;
				}
			}
			return found;
		}

		/**
		 * The pattern's leading literal segments, at most {@value #LEVELS}, without the
		 * leading slash ({@code api/v1/pairings} for {@code /api/v1/pairings/{id}});
		 * empty when it starts with a variable or wildcard.
		 */
		static String literalPrefix(String pattern) {
			String[] segments = pattern.split("/", -1);
			List<String> literal = new ArrayList<>();
			for (int i = 1; i < segments.length && literal.size() < LEVELS; i++) {
				String segment = segments[i];
				if (segment.isEmpty() || segment.contains("{") || segment.contains("*") || segment.contains("?")) {
					break;
				}
				literal.add(segment);
			}
			return String.join("/", literal);
		}

	}

}
