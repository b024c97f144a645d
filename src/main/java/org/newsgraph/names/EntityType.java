package org.newsgraph.names;

/** The kinds of named entity newsgraph recognises. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The schema.org local name: Person, Organization, Place. */
    public String label() {
        return label;
    }
}
