/**
 * The agreement page and the agreement API of a pairing.
 */
@NullMarked
package org.tandem.agreement.web;

import org.jspecify.annotations.NullMarked;
