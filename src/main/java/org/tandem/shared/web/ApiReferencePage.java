package org.tandem.shared.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The JSON API's reference at {@code /api-docs}: its OpenAPI document as a page of
 * Tandem's, read once at start, open to anyone.
 */
@HtmlController
class ApiReferencePage {

	private final ApiReference reference = ApiReference.of(JsonMapper.builder().build().readTree(ApiDocs.read()));

	@GetMapping("/api-docs")
	String reference(Model model) {
		model.addAttribute("reference", this.reference);
		return "apidocs/reference";
	}

}
