package de.ihk.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that starts as a draft and is published by its editors. Besides its version it keeps the version of its
 * last change that readers without draft rights could see ({@code publicVersion}): they are shown that one, so that
 * neither their ETags nor the version in the body move when only drafts change (see the write path, {@code Writes}).
 */
@MappedSuperclass
public abstract class PublishableEntity extends BaseEntity implements Publishable {

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_status")
    public PublicationStatus publicationStatus = PublicationStatus.DRAFT;

    @Column(name = "public_version")
    public long publicVersion;

    @Override
    public PublicationStatus publicationStatus() {
        return publicationStatus;
    }

    @Override
    public Publishable publishedWith() {
        return null;
    }

    /** The version a reader is shown: all changes for those who see drafts, the public ones for everybody else. */
    public long versionFor(boolean drafts) {
        return drafts ? version : publicVersion;
    }
}
