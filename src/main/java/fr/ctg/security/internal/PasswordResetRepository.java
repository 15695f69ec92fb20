package fr.ctg.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenSha256(String tokenSha256);

    List<PasswordReset> findByAccountIdAndUsedAtIsNullAndExpiresAtAfter(Long accountId, Instant now);

    long countByAccountIdAndCreatedAtAfter(Long accountId, Instant since);
}
