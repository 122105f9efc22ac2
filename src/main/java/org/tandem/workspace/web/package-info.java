/**
 * The workspace page.
 */
@NullMarked
package org.tandem.workspace.web;

import org.jspecify.annotations.NullMarked;
