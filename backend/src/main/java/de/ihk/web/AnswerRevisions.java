package de.ihk.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the revisions the database keeps for the answer cache (migration V3): one cheap query per request, so that a
 * commit on any backend instance changes the token at once. An answer about one area depends on that area's records
 * and on records shown across areas (global revision); any other answer may depend on every area. The area's id is
 * part of the token because a slug may pass from one area to another.
 */
@ApplicationScoped
public class AnswerRevisions {

    private static final String AREA = """
            SELECT g.revision, a.id || '.' || r.revision FROM global_revision g
              LEFT JOIN area a ON a.slug = ? LEFT JOIN area_revision r ON r.area_id = a.id
            """;
    private static final String ALL = """
            SELECT g.revision, (SELECT sum(revision) || '.' || count(*) FROM area_revision) FROM global_revision g
            """;

    @Inject
    AgroalDataSource dataSource;

    /** The token for an answer about the area with this slug, or about all areas when the slug is null. */
    public String token(String areaSlug) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(areaSlug == null ? ALL : AREA)) {
            if (areaSlug != null) {
                query.setString(1, areaSlug);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) + ":" + row.getString(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The answer revisions could not be read", e);
        }
    }
}
