package org.tandem.shared.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The JSON API's reference at {@code /api-docs}: its OpenAPI document as a page of
 * Tandem's, open to anyone, read once when first asked for (not during the start).
 */
@HtmlController
class ApiReferencePage {

	private final SingletonSupplier<ApiReference> reference = SingletonSupplier
		.of(() -> ApiReference.of(JsonMapper.builder().build().readTree(ApiDocs.read())));

	@GetMapping("/api-docs")
	String reference(Model model) {
		model.addAttribute("reference", this.reference.obtain());
		return "apidocs/reference";
	}

}
