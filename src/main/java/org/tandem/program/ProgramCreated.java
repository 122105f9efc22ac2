package org.tandem.program;

/**
 * A new program exists. Published inside the transaction that creates it, so that
 * features giving a program its default content (suggested activities, tips) can listen
 * synchronously and write it in the same transaction: a program is never seen without
 * them.
 */
public record ProgramCreated(ProgramId programId) {

}
