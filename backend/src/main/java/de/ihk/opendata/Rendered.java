package de.ihk.opendata;

import de.ihk.common.Etags;

/** A document as it is sent: its bytes, media type and ETag (made of the bytes, as for the API's lists). */
public final class Rendered {

    private final byte[] body;
    private final String mediaType;
    private final String etag;

    Rendered(byte[] body, String mediaType) {
        this.body = body.clone();
        this.mediaType = mediaType;
        this.etag = Etags.ofContent(body);
    }

    public byte[] body() {
        return body.clone();
    }

    public String mediaType() {
        return mediaType;
    }

    public String etag() {
        return etag;
    }
}
