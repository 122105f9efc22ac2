package org.tandem.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.TypedId;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Binds a {@link TypedId} from its text, so that controllers take
 * {@code @PathVariable PairingId id} and no controller parses a UUID by hand. Text that
 * is no UUID fails the conversion, which the error handlers answer with 404 for a path
 * variable.
 */
final class TypedIdConverter implements ConditionalGenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, TypedId.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return targetType.getType().isRecord() && TypedId.class.isAssignableFrom(targetType.getType());
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		// an empty field is no id, as with Spring's own converters: a form's @NotNull
		// says so
		if (source == null || source.toString().isBlank()) {
			return null;
		}
		UUID value = UUID.fromString(source.toString().strip());
		try {
			Constructor<?> constructor = targetType.getType().getDeclaredConstructor(UUID.class);
			constructor.setAccessible(true);
			return constructor.newInstance(value);
		}
		catch (NoSuchMethodException | InstantiationException | IllegalAccessException ex) {
			throw new IllegalStateException(targetType.getType() + " is a TypedId without a (UUID) constructor", ex);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalArgumentException(ex.getCause());
		}
	}

}
