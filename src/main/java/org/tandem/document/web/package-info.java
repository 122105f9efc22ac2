/**
 * The documents pages of a pairing, a document's page with its versions and comments,
 * downloads, and the documents API.
 */
@NullMarked
package org.tandem.document.web;

import org.jspecify.annotations.NullMarked;
