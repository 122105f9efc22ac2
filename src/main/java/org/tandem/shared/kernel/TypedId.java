package org.tandem.shared.kernel;

import java.util.UUID;

/**
 * An aggregate's id: a record of one {@link UUID} named {@code value}. A path variable of
 * such a type is bound from its text by the web layer, and a malformed one names nothing
 * (404), like an unknown one.
 */
public interface TypedId {

	UUID value();

}
