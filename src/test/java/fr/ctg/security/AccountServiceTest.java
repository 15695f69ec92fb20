package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts are created by the platform administrator only, with clear refusals of bad input. */
@CtgSpringTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ConventionService conventions;
    @Autowired
    TestLogin login;

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void onlyThePlatformAdministratorCreatesAccounts() {
        login.as("secretariat");
        assertThatThrownBy(() -> accounts.createAccount("newbie", "New Bie", null, null, "long-enough-pw", false))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void badAccountInputIsRefusedWithItsReason() {
        login.as("admin");
        assertThatThrownBy(() -> accounts.createAccount("Bad Name!", "X", null, null, "long-enough-pw", false))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "account.error.username");
        assertThatThrownBy(() -> accounts.createAccount("shortpw", "X", null, null, "short", false))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.password");
        assertThatThrownBy(() -> accounts.createAccount("copil", "Again", null, null, "long-enough-pw", false))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.usernameTaken");
        assertThatThrownBy(() -> accounts.createAccount("noname", " ", null, null, "long-enough-pw", false))
                .hasFieldOrPropertyWithValue("messageKey", "account.error.displayName");
    }

    @Test
    void membersAreListedToReadersOfTheConventionOnly() {
        login.as("lecteur");
        long saves = conventions.myConventions().getFirst().id();
        assertThat(accounts.members(saves)).extracting(MemberSummary::displayName)
                .contains("Sophie Secrétariat", "Paul Pilotage", "Aïcha Association");
        login.as("association");
        assertThatThrownBy(() -> accounts.members(saves)).isInstanceOf(AccessRefusedException.class);
        login.as("lecteur");
        long coteaux = coteauxId();
        assertThatThrownBy(() -> accounts.members(coteaux)).isInstanceOf(NotFoundException.class);
    }

    private long coteauxId() {
        login.as("admin");
        long id = conventions.myConventions().stream().filter(c -> c.code().equals("demo-coteaux"))
                .mapToLong(ConventionRef::id).findFirst().orElseThrow();
        login.as("lecteur");
        return id;
    }
}
