package org.tandem.audit.web;

import java.lang.reflect.RecordComponent;
import java.util.Map;

import org.tandem.shared.web.FormErrors;

import org.springframework.validation.BindingResult;

/**
 * Whether a page sent its form back with errors: the house's form handlers answer such a
 * request with the form again, often with status 200, and the action did not happen. The
 * errors sit in the model as {@link FormErrors} or a {@link BindingResult}, directly or
 * in a page record.
 */
final class RejectedForms {

	private RejectedForms() {
	}

	static boolean any(Map<String, Object> model) {
		for (Object value : model.values()) {
			if (rejects(value) || (value != null && value.getClass().isRecord() && anyComponentRejects(value))) {
				return true;
			}
		}
		return false;
	}

	private static boolean rejects(Object value) {
		return (value instanceof FormErrors errors && !errors.isEmpty())
				|| (value instanceof BindingResult binding && binding.hasErrors());
	}

	private static boolean anyComponentRejects(Object page) {
		for (RecordComponent component : page.getClass().getRecordComponents()) {
			try {
				var accessor = component.getAccessor();
				accessor.trySetAccessible();
				if (rejects(accessor.invoke(page))) {
					return true;
				}
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				// a page that cannot be read is no rejected form
			}
		}
		return false;
	}

}
