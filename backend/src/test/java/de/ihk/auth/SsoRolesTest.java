package de.ihk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.access.Role;
import de.ihk.actor.Actor;
import de.ihk.area.Area;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mapping of an ID token's groups to our roles, without a server. */
class SsoRolesTest {

    private static final Area SCHINKEL = area("schinkel");
    private static final Area NORDVIERTEL = area("nordviertel");
    private static final Actor QUARTIERSMANAGEMENT = actor();

    private static final SsoConfig CONFIG = new SsoConfig() {
        @Override
        public Optional<String> issuer() {
            return Optional.of("https://idp.example/realms/city");
        }

        @Override
        public Optional<String> clientId() {
            return Optional.of("ihk");
        }

        @Override
        public Optional<String> clientSecret() {
            return Optional.empty();
        }

        @Override
        public List<String> scopes() {
            return List.of();
        }

        @Override
        public String usernameClaim() {
            return "preferred_username";
        }

        @Override
        public String roleClaim() {
            return "groups";
        }

        @Override
        public String adminGroup() {
            return "ihk-admin";
        }

        @Override
        public String editorGroupPrefix() {
            return "ihk-redaktion-";
        }

        @Override
        public String contributorGroupPrefix() {
            return "ihk-beitrag-";
        }

        @Override
        public boolean localLogin() {
            return true;
        }
    };

    private static Optional<RoleBinding> map(String... groups) {
        Map<String, Area> areas = Map.of("schinkel", SCHINKEL, "nordviertel", NORDVIERTEL);
        Map<UUID, Actor> actors = Map.of(QUARTIERSMANAGEMENT.id, QUARTIERSMANAGEMENT);
        return SsoRoles.map(
                List.of(groups),
                CONFIG,
                slug -> Optional.ofNullable(areas.get(slug)),
                id -> Optional.ofNullable(actors.get(id)));
    }

    @Test
    void anEditorGroupMakesAnEditorOfThatAreaOnly() {
        RoleBinding binding = map("ihk-redaktion-schinkel", "staff").orElseThrow();
        assertThat(binding.role()).isEqualTo(Role.EDITOR);
        assertThat(binding.areas()).containsExactly(SCHINKEL);
        assertThat(binding.actors()).isEmpty();
    }

    @Test
    void severalEditorGroupsMakeAnEditorOfEachAreaAndCaseDoesNotMatter() {
        RoleBinding binding =
                map("IHK-Redaktion-Schinkel", "ihk-redaktion-nordviertel").orElseThrow();
        assertThat(binding.areas()).containsExactlyInAnyOrder(SCHINKEL, NORDVIERTEL);
    }

    @Test
    void theAdminGroupWinsOverEverythingElse() {
        RoleBinding binding = map("ihk-redaktion-schinkel", "ihk-admin").orElseThrow();
        assertThat(binding.role()).isEqualTo(Role.ADMIN);
        assertThat(binding.areas()).isEmpty();
    }

    @Test
    void aContributorGroupNamesTheActorById() {
        RoleBinding binding = map("ihk-beitrag-" + QUARTIERSMANAGEMENT.id).orElseThrow();
        assertThat(binding.role()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(binding.actors()).containsExactly(QUARTIERSMANAGEMENT);
    }

    @Test
    void anEditorGroupWinsOverAContributorGroup() {
        RoleBinding binding = map("ihk-beitrag-" + QUARTIERSMANAGEMENT.id, "ihk-redaktion-schinkel")
                .orElseThrow();
        assertThat(binding.role()).isEqualTo(Role.EDITOR);
        assertThat(binding.actors()).isEmpty();
    }

    @Test
    void groupsNamingNothingThatExistsGiveNoRole() {
        assertThat(map()).isEmpty();
        assertThat(map("staff", "ihk-redaktion-", "ihk-redaktion-unknown-area", "ihk-beitrag-not-a-uuid"))
                .isEmpty();
        assertThat(map("ihk-beitrag-" + UUID.randomUUID())).isEmpty();
        assertThat(map("ihk-admins", "x-ihk-admin")).isEmpty();
    }

    @Test
    void theGroupsClaimIsReadAsArrayOrSingleString() {
        assertThat(SsoResource.groups(
                        Json.createArrayBuilder().add("ihk-admin").add("other").build()))
                .containsExactly("ihk-admin", "other");
        assertThat(SsoResource.groups(java.util.Set.of("ihk-admin"))).containsExactly("ihk-admin");
        assertThat(SsoResource.groups(Json.createValue("ihk-admin"))).containsExactly("ihk-admin");
        assertThat(SsoResource.groups(null)).isEmpty();
    }

    @Test
    void onlyPathsOfThisSiteAreReturnedTo() {
        assertThat(SsoResource.isLocalPath("/areas/schinkel?tab=2")).isTrue();
        assertThat(SsoResource.isLocalPath("/")).isTrue();
        assertThat(SsoResource.isLocalPath("//evil.example/")).isFalse();
        assertThat(SsoResource.isLocalPath("/\\evil.example/")).isFalse();
        assertThat(SsoResource.isLocalPath("https://evil.example/")).isFalse();
        assertThat(SsoResource.isLocalPath("areas")).isFalse();
        assertThat(SsoResource.isLocalPath("/a\nb")).isFalse();
    }

    @Test
    void theUserNameFallsBackToEmailThenSubject() {
        assertThat(SsoService.username("anna", "anna@x", "s1")).isEqualTo("anna");
        assertThat(SsoService.username(null, "anna@x", "s1")).isEqualTo("anna@x");
        assertThat(SsoService.username(" ", null, "s1")).isEqualTo("s1");
        assertThat(SsoService.displayName(null, "Anna", "Redaktion", "anna")).isEqualTo("Anna Redaktion");
        assertThat(SsoService.displayName(null, null, null, "anna")).isEqualTo("anna");
    }

    private static Area area(String slug) {
        Area area = new Area();
        area.id = UUID.randomUUID();
        area.slug = slug;
        return area;
    }

    private static Actor actor() {
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        return actor;
    }
}
