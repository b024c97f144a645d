package org.newsgraph.roles;

import java.util.OptionalInt;
import org.newsgraph.text.Span;

/**
 * A person holding a role, possibly in an organisation, as one document states it.
 *
 * @param person       entity index of the person
 * @param role         role words ("spokeswoman", "real estate developer"), or null when only membership
 *                     is stated
 * @param organization entity index of the organisation, when the text names one
 * @param evidence     the span of text that states it
 * @param tenure       when the role is held, as far as the text says ({@link Tenure#UNKNOWN} when it says nothing)
 */
public record RoleFact(int person, String role, OptionalInt organization, Span evidence, Tenure tenure) {

    public RoleFact {
        tenure = tenure == null ? Tenure.UNKNOWN : tenure;
    }

    /** A role the text gives no time for. */
    public RoleFact(int person, String role, OptionalInt organization, Span evidence) {
        this(person, role, organization, evidence, Tenure.UNKNOWN);
    }
}
