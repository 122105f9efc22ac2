/**
 * The pages to raise and answer concerns, the concerns API, and the closing invitation
 * fragment for the pair's workspace.
 */
@NullMarked
package org.tandem.concern.web;

import org.jspecify.annotations.NullMarked;
