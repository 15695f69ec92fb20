package fr.ctg.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An account that administers a Caf: that Caf's conventions and nothing else. */
@Entity
@Table(name = "caf_administrator")
@IdClass(CafAdministrator.Key.class)
public class CafAdministrator {

    @Id
    @Column(name = "caf_id")
    private Long cafId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    protected CafAdministrator() {
    }

    public CafAdministrator(Long cafId, Long accountId) {
        this.cafId = cafId;
        this.accountId = accountId;
    }

    public Long getCafId() {
        return cafId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public static class Key implements Serializable {
        private Long cafId;
        private Long accountId;

        public Key() {
        }

        public Key(Long cafId, Long accountId) {
            this.cafId = cafId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cafId, k.cafId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cafId, accountId);
        }
    }
}
