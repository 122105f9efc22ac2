package org.tandem.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The JSON API's reference page ({@code /api-docs}), read from its OpenAPI document: the
 * operations grouped by tag in the document's order, each with its parameters, body and
 * answers, and the schemas they name. Rendered on the server like every other page.
 */
public record ApiReference(String title, String description, List<Section> sections, List<Schema> schemas) {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	/** The operations of one tag. */
	public record Section(String name, String anchor, List<Operation> operations) {
	}

	/** One method on one path. */
	public record Operation(String method, String path, String anchor, String summary, String description,
			List<Property> parameters, Type body, List<Answer> answers) {
	}

	/** A status code, what it means, and the schema of its body if any. */
	public record Answer(String status, String description, Type body) {
	}

	/** A named schema and its fields. */
	public record Schema(String name, String anchor, List<Property> properties) {
	}

	/** A parameter ({@code in}: path, query or header) or a field of a schema. */
	public record Property(String name, String in, boolean required, Type type, String description) {
	}

	/**
	 * A type as a reader wants it: {@code text} is what to show, {@code schema} the named
	 * schema it links to, if any.
	 */
	public record Type(String text, String schema) {

		public String schemaAnchor() {
			return (this.schema != null) ? anchor("schema", this.schema) : null;
		}

	}

	static ApiReference of(JsonNode document) {
		Map<String, List<Operation>> byTag = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (METHODS.contains(entry.getKey())) {
					JsonNode operation = entry.getValue();
					String tag = operation.path("tags").path(0).asString("Other");
					byTag.computeIfAbsent(tag, (key) -> new ArrayList<>())
						.add(operation(entry.getKey(), path.getKey(), operation));
				}
			}
		}
		List<Section> sections = byTag.entrySet()
			.stream()
			.map((tag) -> new Section(tag.getKey(), anchor("tag", tag.getKey()), tag.getValue()))
			.toList();
		List<Schema> schemas = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
			Set<String> required = texts(schema.getValue().path("required"));
			List<Property> properties = new ArrayList<>();
			for (Map.Entry<String, JsonNode> field : schema.getValue().path("properties").properties()) {
				properties.add(new Property(field.getKey(), null, required.contains(field.getKey()),
						type(field.getValue()), text(field.getValue().path("description"))));
			}
			schemas.add(new Schema(schema.getKey(), anchor("schema", schema.getKey()), properties));
		}
		JsonNode info = document.path("info");
		return new ApiReference(info.path("title").asString("API"), text(info.path("description")), sections, schemas);
	}

	private static Operation operation(String method, String path, JsonNode operation) {
		List<Property> parameters = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			parameters.add(new Property(parameter.path("name").asString(), parameter.path("in").asString(),
					parameter.path("required").asBoolean(false), type(parameter.path("schema")),
					text(parameter.path("description"))));
		}
		List<Answer> answers = new ArrayList<>();
		for (Map.Entry<String, JsonNode> answer : operation.path("responses").properties()) {
			answers
				.add(new Answer(answer.getKey(), text(answer.getValue().path("description")), body(answer.getValue())));
		}
		String verb = method.toUpperCase(Locale.ROOT);
		return new Operation(verb, path, anchor("op", verb + " " + path), text(operation.path("summary")),
				text(operation.path("description")), parameters, body(operation.path("requestBody")), answers);
	}

	/** The schema of the first content type of a request or response body. */
	private static Type body(JsonNode holder) {
		for (JsonNode media : holder.path("content")) {
			return type(media.path("schema"));
		}
		return null;
	}

	private static Type type(JsonNode schema) {
		String reference = schema.path("$ref").asString(null);
		if (reference != null) {
			String name = reference.substring(reference.lastIndexOf('/') + 1);
			return new Type(name, name);
		}
		if ("array".equals(schema.path("type").asString(null))) {
			Type items = type(schema.path("items"));
			return new Type("array of " + items.text(), items.schema());
		}
		StringBuilder text = new StringBuilder(schema.path("type").asString("object"));
		if (schema.has("format")) {
			text.append(" (").append(schema.path("format").asString()).append(')');
		}
		if (schema.has("enum")) {
			text.append(": one of ").append(String.join(", ", texts(schema.path("enum"))));
		}
		if (schema.has("maxLength")) {
			text.append(", at most ").append(schema.path("maxLength").asInt()).append(" characters");
		}
		if (schema.has("minimum") || schema.has("maximum")) {
			text.append(", ")
				.append(schema.path("minimum").asString("…"))
				.append(" to ")
				.append(schema.path("maximum").asString("…"));
		}
		return new Type(text.toString(), null);
	}

	private static Set<String> texts(JsonNode array) {
		Set<String> texts = new LinkedHashSet<>();
		array.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

	private static String text(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asString();
	}

	private static String anchor(String kind, String name) {
		return kind + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
	}

}
