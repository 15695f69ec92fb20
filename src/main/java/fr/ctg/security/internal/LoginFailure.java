package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed login for a user name (which may not exist). Kept in the database so that the throttle
 * survives a restart.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, Instant occurredAt) {
        this.username = username;
        this.occurredAt = occurredAt;
    }
}
