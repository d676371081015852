package de.ihk.edition;

/** An edition is prepared (it shows the live published concept) until it is adopted, which freezes the concept. */
public enum EditionStatus {
    PREPARING,
    ADOPTED
}
