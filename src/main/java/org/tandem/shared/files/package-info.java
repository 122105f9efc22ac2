/**
 * Files that hold secrets: created readable by their owner only, and refused when others
 * could read or change them.
 */
@NullMarked
package org.tandem.shared.files;

import org.jspecify.annotations.NullMarked;
