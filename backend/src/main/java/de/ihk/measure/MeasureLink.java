package de.ihk.measure;

import jakarta.persistence.Embeddable;

/** A labelled web link of a measure. */
@Embeddable
public class MeasureLink {

    public String label;
    public String url;

    protected MeasureLink() {}

    public MeasureLink(String label, String url) {
        this.label = label;
        this.url = url;
    }
}
