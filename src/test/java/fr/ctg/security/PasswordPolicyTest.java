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
        assertThatThrownBy(() -> policy.checkOne("Court-2026")).hasMessageContaining("account.error.password");
        assertThatThrownBy(() -> policy.checkOne("é".repeat(40))).hasMessageContaining("account.error.passwordTooLong");
        assertThatThrownBy(() -> policy.check("une longue phrase secrète", "une autre phrase secrète"))
                .hasMessageContaining("account.error.passwordsDiffer");
        assertThatThrownBy(() -> policy.check("une longue phrase secrète", null)).as("the confirmation is required")
                .hasMessageContaining("account.error.passwordsDiffer");
        assertThatThrownBy(() -> policy.checkOne("abababababababab")).hasMessageContaining("account.error.passwordSimple");
    }

    @Test
    void commonAndLeakedPasswordsAreRefusedWhateverTheirCaseAndTrailingDigits() {
        for (String common : new String[] {"azertyuiop123", "AZERTYUIOP123!", "motdepasse2026", "123456789012",
                "ctg-demo-2026", "marseille1313", "password1234"}) {
            assertThatThrownBy(() -> policy.checkOne(common)).as(common)
                    .hasMessageContaining("account.error.passwordCommon");
        }
        assertThat(policy.isCommon("soleil123456")).isTrue();
    }

    @Test
    void thePersonsOwnIdentifierIsRefusedAndGoodPassphrasesPass() {
        assertThatThrownBy(() -> policy.checkOne("camille.martin-2026!", "camille.martin@cc.test"))
                .hasMessageContaining("account.error.passwordPersonal");
        assertThatCode(() -> policy.check("Lombez-Samatan-2026!", "Lombez-Samatan-2026!", "camille"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.checkOne("le vélo bleu de la médiathèque")).doesNotThrowAnyException();
    }
}
