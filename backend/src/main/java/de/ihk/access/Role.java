package de.ihk.access;

/** What a caller may do; see the table of roles in docs/api-guide.md. */
public enum Role {
    /** Reads published content only. */
    ANONYMOUS,
    /** Bound to actors: updates status, progress and steps of the measures its actors lead or partner in. */
    CONTRIBUTOR,
    /** Bound to areas: everything in its areas. */
    EDITOR,
    /** Everything, in all areas; manages accounts, areas, committees, target groups and API tokens. */
    ADMIN
}
