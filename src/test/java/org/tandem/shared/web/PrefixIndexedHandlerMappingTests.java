package org.tandem.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed lookup answers every request as Spring's lookup over all mappings does:
 * each mapping's own paths with each of its methods, the same paths with other methods
 * (405), one segment deeper (404 or another mapping), with a trailing slash, a matrix
 * variable or an empty segment, and unknown paths.
 */
@IntegrationTest
class PrefixIndexedHandlerMappingTests {

	private static final String ID = "0b6e4a52-8f3e-4a8c-9d57-3e2f1c7a9b10";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRequestGetsSpringsOwnAnswer() throws Exception {
		assertThat(this.mappings).isInstanceOf(PrefixIndexedHandlerMapping.class);
		PrefixIndexedHandlerMapping indexed = (PrefixIndexedHandlerMapping) this.mappings;
		List<String[]> requests = new ArrayList<>();
		for (RequestMappingInfo mapping : indexed.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				String path = concrete(pattern);
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					requests.add(new String[] { method.name(), path });
				}
				requests.add(new String[] { "DELETE", path });
				requests.add(new String[] { "GET", path + "/" + ID });
				requests.add(new String[] { "HEAD", path });
				requests.add(new String[] { "GET", path + "/" });
				requests.add(new String[] { "GET", path + ";x=1" });
				requests.add(new String[] { "GET", path.replaceFirst("/", "//") });
			}
		}
		requests.add(new String[] { "GET", "/no-such-page/" + ID });
		requests.add(new String[] { "GET", "/pairings/" + ID + "/no-such-section" });
		requests.add(new String[] { "POST", "/api/v1/no-such-thing" });
		requests.add(new String[] { "GET", "/" });

		List<String> different = new ArrayList<>();
		for (String[] request : requests) {
			String indexedAnswer = answer(indexed, request, false);
			String springsAnswer = answer(indexed, request, true);
			if (!Objects.equals(indexedAnswer, springsAnswer)) {
				different.add(request[0] + " " + request[1] + ": " + indexedAnswer + " instead of " + springsAnswer);
			}
		}
		assertThat(requests).hasSizeGreaterThan(4 * indexed.getHandlerMethods().size());
		assertThat(different).isEmpty();
	}

	@Test
	void aPathWithAVariableIsCheckedAgainstTheMappingsOfItsLeadingSegmentsOnly() {
		PrefixIndexedHandlerMapping indexed = (PrefixIndexedHandlerMapping) this.mappings;
		int all = indexed.getHandlerMethods().size();
		assertThat(all).isGreaterThan(200);
		assertThat(indexed.candidateCount("/pairings/" + ID)).isPositive().isLessThan(all / 4);
		// only the mappings of the same shape: /pairings/{id}, never
		// /pairings/{id}/meetings
		assertThat(indexed.candidateCount("/pairings/" + ID)).isLessThan(5);
		assertThat(indexed.candidateCount("/pairings/" + ID + "/meetings")).isPositive().isLessThan(5);
		assertThat(indexed.candidateCount("/api/v1/pairings/" + ID)).isPositive().isLessThan(all / 4);
		assertThat(indexed.candidateCount("/no-such-page/" + ID)).isLessThan(all / 20);
	}

	/** The handler chosen, or the exception thrown, for the method and path. */
	private static String answer(PrefixIndexedHandlerMapping mappings, String[] request, boolean springs) {
		MockHttpServletRequest servlet = new MockHttpServletRequest(request[0], request[1]);
		ServletRequestPathUtils.parseAndCache(servlet);
		String lookupPath = ServletRequestPathUtils.getParsedRequestPath(servlet).pathWithinApplication().value();
		try {
			HandlerMethod handler = springs ? mappings.everyMapping(lookupPath, servlet)
					: lookup(mappings, lookupPath, servlet);
			return (handler != null) ? handler.toString() + " " + bestMatch(servlet) : "none";
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	private static HandlerMethod lookup(PrefixIndexedHandlerMapping mappings, String lookupPath,
			HttpServletRequest request) throws Exception {
		return mappings.lookupHandlerMethod(lookupPath, request);
	}

	private static Object bestMatch(HttpServletRequest request) {
		return request.getAttribute(RequestMappingHandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
				+ request.getAttribute(RequestMappingHandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
	}

	/** A path the pattern matches: every variable an id, every wildcard one segment. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{[^}]*\\}", ID).replace("**", "a").replace("*", "a");
	}

}
