package org.jianfu.organization;

import java.time.LocalDate;
import java.util.Optional;
import org.jianfu.platform.Actor;

/**
 * 委托, as {@link ApprovalPolicy} asks it: on whose behalf, if anyone's, may the actor decide a matter of a
 * unit's leader today? Kept by the identity module (it knows the people); asked here so that the approval rules
 * stay in one place.
 */
public interface Delegation {

    /** The name of the leader who delegated {@code matter} to {@code actor} for {@code day}, if one did. */
    Optional<String> delegatorFor(Actor actor, ApprovalPolicy.Matter matter, LocalDate day);
}
