package org.jianfu.documents.spi;

/**
 * A rule a document must satisfy before it is issued, contributed as a bean by another module.
 * At {@link CheckMoment#ISSUING} it runs inside the issuing transaction, so a check may reserve
 * what it guards (a quota slot) atomically; if anything fails the reservation rolls back with it.
 * A BLOCK is lifted only by an explanation approved by the 减负办 one level up (the documents
 * module records it and then no longer asks this check for that document).
 */
public interface IssueCheck {

    /** Stable name, also the key of an approved explanation. */
    String name();

    CheckOutcome check(DraftUnderCheck draft);
}
