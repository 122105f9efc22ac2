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
 * are the path's, and only those whose paths have as many segments as the path with the
 * same literal ones where they have them ({@code /pairings/{id}/meetings} is not checked
 * against {@code /pairings/{id}/goals}). The answer is Spring's own: a path that is some
 * mapping's exact path, an encoded path, a path with matrix variables, an empty segment
 * or a trailing slash, a CORS preflight, a request that none of the candidates matches
 * (so 404, 405 and 415 are Spring's) and two equally good candidates all go to Spring's
 * full lookup. A mapping whose path starts with a variable is a candidate for every
 * request. The index is rebuilt after any mapping is registered or removed.
 */
class PrefixIndexedHandlerMapping extends RequestMappingHandlerMapping {

	static final int LEVELS = 3;

	private volatile @Nullable Index index;

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Index index = index();
		if (index.exact.contains(lookupPath) || !plain(lookupPath) || CorsUtils.isPreFlightRequest(request)) {
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

	/**
	 * Whether the path is one whose segments are compared as they are: not encoded, no
	 * matrix variables, no empty segment and no trailing slash.
	 */
	private static boolean plain(String path) {
		return path.indexOf('%') < 0 && path.indexOf(';') < 0 && !path.contains("//")
				&& (path.length() == 1 || !path.endsWith("/"));
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

		/**
		 * Per mapping with paths of a fixed number of segments, those paths split at
		 * their slashes, with {@code null} for a segment that is not literal. Mappings
		 * with a path of any length ({@code **}, <code>{*rest}</code>) are not here.
		 */
		private final Map<RequestMappingInfo, List<String[]>> shapes = new HashMap<>();

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
				List<String[]> shapes = shapes(mapping.getPatternValues());
				if (shapes != null) {
					this.shapes.put(mapping, shapes);
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
			String[] segments = path.split("/", -1);
			int end = 0;
			for (int level = 0; level < LEVELS; level++) {
				end = path.indexOf('/', end + 1);
				String prefix = (end < 0) ? path.substring(1) : path.substring(1, end);
				List<RequestMappingInfo> mappings = this.byPrefix.get(level).get(prefix);
				if (mappings != null) {
					for (RequestMappingInfo mapping : mappings) {
						if (fits(mapping, segments)) {
							found.add(mapping);
						}
					}
				}
				if (end < 0) {
					break;
				}
			}
			return found;
		}

		private boolean fits(RequestMappingInfo mapping, String[] segments) {
			List<String[]> shapes = this.shapes.get(mapping);
			if (shapes == null) {
				return true;
			}
			for (String[] shape : shapes) {
				if (fits(shape, segments)) {
					return true;
				}
			}
			return false;
		}

		private static boolean fits(String[] shape, String[] segments) {
			if (shape.length != segments.length) {
				return false;
			}
			for (int i = 0; i < shape.length; i++) {
				if (shape[i] != null && !shape[i].equals(segments[i])) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The patterns split at their slashes, {@code null} for each segment with a
		 * variable or wildcard; {@code null} if a pattern matches paths of any length.
		 */
		static @Nullable List<String[]> shapes(Set<String> patterns) {
			List<String[]> shapes = new ArrayList<>();
			for (String pattern : patterns) {
				if (pattern.contains("**") || pattern.contains("{*")) {
					return null;
				}
				String[] shape = pattern.split("/", -1);
				for (int i = 0; i < shape.length; i++) {
					if (!literal(shape[i])) {
						shape[i] = null;
					}
				}
				shapes.add(shape);
			}
			return shapes;
		}

		private static boolean literal(String segment) {
			return !segment.contains("{") && !segment.contains("*") && !segment.contains("?");
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
				if (segment.isEmpty() || !literal(segment)) {
					break;
				}
				literal.add(segment);
			}
			return String.join("/", literal);
		}

	}

}
