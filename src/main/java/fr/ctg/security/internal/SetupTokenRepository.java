package fr.ctg.security.internal;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

    Optional<SetupToken> findByTokenSha256(String tokenSha256);

    List<SetupToken> findByUsedAtIsNull();

    /** The token, locked until the transaction ends (two setups at once: the second finds it spent). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SetupToken t where t.tokenSha256 = :tokenSha256")
    Optional<SetupToken> findByTokenSha256ForUpdate(String tokenSha256);
}
