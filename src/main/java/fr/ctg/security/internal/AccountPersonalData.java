package fr.ctg.security.internal;

import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.security.ConventionDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The security feature's part of a personal-data export: the account, its memberships, invitations to its address. */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final CafAdministratorRepository cafAdministrators;
    private final ConventionDirectory directory;

    AccountPersonalData(AccountRepository accounts, MembershipRepository memberships, InvitationRepository invitations,
                        CafAdministratorRepository cafAdministrators, ConventionDirectory directory) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.invitations = invitations;
        this.cafAdministrators = cafAdministrators;
        this.directory = directory;
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        Account a = accounts.findById(accountId).orElse(null);
        if (a == null) {
            return List.of();
        }
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("identifiant", a.getUsername());
        account.put("nom", a.getDisplayName());
        account.put("email", a.getEmail());
        account.put("organisation", a.getOrganisation());
        account.put("langue", a.getLanguage());
        account.put("administrateurPlateforme", a.isPlatformAdmin());
        account.put("actif", a.isEnabled());
        account.put("cafDeRattachement", a.getHomeCafId() == null ? null : directory.cafName(a.getHomeCafId()).orElse(null));
        account.put("administreLesCaf", cafAdministrators.findCafIdsByAccountId(accountId).stream()
                .map(directory::cafName).flatMap(Optional::stream).toList());
        account.put("creeLe", Objects.toString(a.getCreatedAt(), null));
        account.put("derniereConnexion", Objects.toString(a.getLastLoginAt(), null));
        account.put("motDePasseChangeLe", Objects.toString(a.getPasswordChangedAt(), null));
        String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(account);

        List<List<String>> rows = new ArrayList<>();
        for (Membership m : memberships.findByAccountId(accountId)) {
            rows.add(List.of(directory.conventionTitle(m.getConventionId()).orElse("?"),
                    m.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    m.getSeats().stream().map(s -> s.committee() + " " + s.seat()).collect(Collectors.joining(", ")),
                    m.getGroupIds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        List<List<String>> invited = new ArrayList<>();
        if (a.getEmail() != null) {
            for (Invitation i : invitations.findByEmailIgnoreCase(a.getEmail())) {
                invited.add(List.of(i.getKind().name(), Objects.toString(i.getSentAt(), ""),
                        Objects.toString(i.getUsedAt(), ""), Objects.toString(i.getRevokedAt(), ""),
                        Objects.toString(i.getInvitedByName(), "")));
            }
        }
        return List.of(PersonalDataFile.text("compte.json", json),
                new PersonalDataFile("adhesions.csv", CsvTable.write(';',
                        List.of("convention", "roles", "sieges", "groupes"), rows)),
                new PersonalDataFile("invitations.csv", CsvTable.write(';',
                        List.of("type", "envoyee", "acceptee", "revoquee", "par"), invited)));
    }
}
