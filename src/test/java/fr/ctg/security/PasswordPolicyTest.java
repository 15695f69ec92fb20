package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** At least 12 characters, at most 72 bytes, not in the shipped list of common passwords, not the person's own name. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shortLongOrDifferingPasswordsAreRefused() {
        assertThatThrownBy(() -> policy.check("Court-2026", null)).hasMessageContaining("account.error.password");
        assertThatThrownBy(() -> policy.check("é".repeat(40), null)).hasMessageContaining("account.error.passwordTooLong");
        assertThatThrownBy(() -> policy.check("une longue phrase secrète", "une autre phrase secrète"))
                .hasMessageContaining("account.error.passwordsDiffer");
    }

    @Test
    void commonAndLeakedPasswordsAreRefusedWhateverTheirCaseAndTrailingDigits() {
        for (String common : new String[] {"azertyuiop123", "AZERTYUIOP123!", "motdepasse2026", "123456789012",
                "ctg-demo-2026", "marseille1313", "aaaaaaaaaaaaaaaa", "password1234"}) {
            assertThatThrownBy(() -> policy.check(common, null)).as(common)
                    .hasMessageContaining("account.error.passwordCommon");
        }
        assertThat(policy.isCommon("soleil123456")).isTrue();
    }

    @Test
    void thePersonsOwnIdentifierIsRefusedAndGoodPassphrasesPass() {
        assertThatThrownBy(() -> policy.check("camille.martin-2026!", null, "camille.martin@cc.test"))
                .hasMessageContaining("account.error.passwordPersonal");
        assertThatCode(() -> policy.check("Lombez-Samatan-2026!", "Lombez-Samatan-2026!", "camille"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("le vélo bleu de la médiathèque", null)).doesNotThrowAnyException();
    }
}
