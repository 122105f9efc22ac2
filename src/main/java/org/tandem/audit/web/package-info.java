/**
 * The recorder behind {@code @Audited} handlers, and the audit log's page and API for
 * administrators.
 */
@NullMarked
package org.tandem.audit.web;

import org.jspecify.annotations.NullMarked;
