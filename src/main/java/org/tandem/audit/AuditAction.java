package org.tandem.audit;

/**
 * One action to write into the audit log, as the web layer saw it done.
 *
 * @param action what was done, as {@link Audited#value()} names it
 * @param target what it was done to, path variables filled in
 * @param address the client's address (a trusted proxy's forwarded one, see
 * {@code account.TrustedProxies})
 * @param method the HTTP method
 * @param path the request path
 */
public record AuditAction(String action, String target, String address, String method, String path) {

}
