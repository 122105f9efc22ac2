/**
 * Markdown written by people (notes, later messages and comments) rendered to HTML that
 * can run no script and load nothing from elsewhere.
 */
@NullMarked
package org.tandem.shared.markdown;

import org.jspecify.annotations.NullMarked;
