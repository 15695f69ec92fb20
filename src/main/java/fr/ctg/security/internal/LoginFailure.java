package fr.ctg.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed login for a user name (which may not exist). Kept in the database so that the
 * throttle survives a restart; an append-only log, hence no version.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
