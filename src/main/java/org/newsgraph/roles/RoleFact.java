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
 */
public record RoleFact(int person, String role, OptionalInt organization, Span evidence) { }
