package fr.ctg.admin;

import fr.ctg.TestLogin;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.CafService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.NewCaf;
import fr.ctg.convention.NewConvention;
import fr.ctg.convention.RenewalMode;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * A fresh Caf per test with its own administrator and two conventions, each with an administrator, a secretariat
 * and a reader (all with the demo password): tenancy tests compare two such Cafs.
 */
@TestComponent
public class TenantFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final CafService cafs;
    private final ConventionService conventions;
    private final AccountService accounts;
    private final AccountAdministrationService administration;

    TenantFixture(CafService cafs, ConventionService conventions, AccountService accounts,
                  AccountAdministrationService administration) {
        this.cafs = cafs;
        this.conventions = conventions;
        this.accounts = accounts;
        this.administration = administration;
    }

    /** {@code user(...)}: the people's user names; conventions {@code one} and {@code two}. */
    public record Tenant(String prefix, long cafId, long one, long two) {
        public String user(String who) {
            return prefix + "-" + who;
        }
    }

    public Tenant create() {
        String prefix = "caf" + System.nanoTime() % 100000 + "x" + SEQ.incrementAndGet();
        return SystemIdentity.call(() -> {
            long caf = cafs.create(new NewCaf(prefix, "Caf " + prefix, "99 – Test", "1 rue de la Caf")).id();
            long admin = person(prefix, "cafadmin", "Claude Caf");
            administration.addCafAdministrator(caf, admin);
            long one = convention(caf, prefix + "-one", "Convention une " + prefix);
            long two = convention(caf, prefix + "-two", "Convention deux " + prefix);
            for (long c : new long[] {one, two}) {
                String n = c == one ? "one" : "two";
                accounts.grant(person(prefix, n + "-admin", "Ada Admin " + n), c, Role.ADMIN, null, null);
                accounts.grant(person(prefix, n + "-secretariat", "Sam Secrétariat " + n), c, Role.SECRETARIAT,
                        Committee.COMITE_PILOTAGE, Seat.PERMANENT);
                accounts.grant(person(prefix, n + "-reader", "Rita Reader " + n), c, Role.READER, null, null);
            }
            return new Tenant(prefix, caf, one, two);
        });
    }

    private long person(String prefix, String who, String name) {
        return accounts.createAccount(prefix + "-" + who, name + " " + prefix, prefix + "-" + who + "@test.invalid", null,
                TestLogin.DEMO_PASSWORD, false);
    }

    private long convention(long caf, String code, String title) {
        return conventions.create(caf, new NewConvention(code, title, "Territoire " + code, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), RenewalMode.EXPRESS, 3, null,
                ConventionStatus.IN_FORCE, false,
                List.of(new NewConvention.NewParty(PartyKind.CAF, "Caisse d’allocations familiales de test", "Caf " + code,
                                null, null, null, List.of()),
                        new NewConvention.NewParty(PartyKind.EPCI, "Communauté de communes " + code, "CC " + code, null,
                                null, null, List.of())),
                List.of(), List.of(), List.of(), List.of("Champ A", "Champ B"),
                List.of(new NewConvention.NewThematicGroup("Petite enfance", null),
                        new NewConvention.NewThematicGroup("Parentalité", null)), List.of()));
    }
}
